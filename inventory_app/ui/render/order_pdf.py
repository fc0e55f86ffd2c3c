"""An order as a PDF for its supplier, drawn by Qt's PDF writer on A4.

The content is the OrderDocument the services built (every text in the supplier's
language); here it becomes rich text laid out by QTextDocument, one family throughout,
paginated with the lines' header repeated and a numbered footer on each page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from inventory_app.domain.order_document import DocumentLine, Logo, OrderDocument
from inventory_app.io.atomic_file import write_atomically

# One family for every word; the first one installed wins (Liberation Sans on Linux is
# Arial's metrics). Sizes in points: the body reads well printed, the name stands out.
FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"]
BODY_PT = 9.5
MARGINS_MM = QMarginsF(16, 14, 16, 14)
FOOTER_PT = 8
RESOLUTION = 300  # dots per inch of the PDF's coordinates (text stays vector)
RULE = "#8a94a3"
SHADE = "#e4e8ee"
LOGO_URL = "logo"
LOGO_HEIGHT = 240  # the image's own pixels: sharp when printed 18 mm tall
LOGO_SHOWN = 68  # rich text's pixels are 1/96 inch whatever the device: 18 mm


def write_order_pdf(path: Path, document: OrderDocument) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    gui_application()
    return write_atomically(path, lambda temporary: _draw(temporary, document))


def gui_application() -> QGuiApplication:
    """Fonts need a Qt application: the window's, or an offscreen one for the CLI."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["inventory-app", "-platform", "offscreen"])


def _draw(path: Path, document: OrderDocument) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            MARGINS_MM, QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    writer.setTitle(document.title + (f" {document.number}" if document.number else ""))
    writer.setCreator("inventory_app")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = _points(FOOTER_PT * 3)
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # points are the PDF's points
    text.setDefaultFont(_font(BODY_PT))
    text.setDocumentMargin(0)
    logo = logo_image(document.logo)
    if logo is not None:
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), logo)
    shown = None if logo is None else (round(LOGO_SHOWN * logo.width() / logo.height()), LOGO_SHOWN)
    text.setHtml(order_html(document, logo=shown))
    text.setPageSize(QSizeF(area.width(), area.height() - footer_height))
    pages = text.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_page(painter, text, page, area.width(), area.height() - footer_height)
            _draw_footer(painter, document, page, pages, area.width(), area.height())
    finally:
        painter.end()


def _draw_page(painter: QPainter, text: QTextDocument, page: int, width: int, height: int) -> None:
    painter.save()
    painter.translate(0, -page * height)
    text.drawContents(painter, QRectF(0, page * height, width, height))
    painter.restore()


def _draw_footer(
    painter: QPainter, document: OrderDocument, page: int, pages: int, width: int, bottom: int
) -> None:
    painter.save()
    painter.setFont(_font(FOOTER_PT))
    words = document.footer.format(page=page + 1, pages=pages)
    box = QRectF(
        QPointF(0, bottom - _points(FOOTER_PT * 1.6)), QSizeF(width, _points(FOOTER_PT * 1.6))
    )
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), words)
    painter.restore()


def _font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    # No 'fi' ligature: a supplier who copies or searches the PDF finds "confirmed" as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _points(points: float) -> int:
    """Points as the PDF's device pixels."""
    return round(points * RESOLUTION / 72)


def logo_image(logo: Logo | None) -> QImage | None:
    """The logo at the height it prints, or None when there is none or it cannot be read:
    the order prints without it rather than not at all."""
    if logo is None:
        return None
    if logo.kind == "svg":
        return _svg_image(logo.data)
    image = QImage()
    if not image.loadFromData(logo.data) or image.isNull():
        return None
    return image.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)


def _svg_image(data: bytes) -> QImage | None:
    from PySide6.QtSvg import QSvgRenderer  # QtGui's sibling: no widgets

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        return None
    size = renderer.defaultSize().scaled(
        10 * LOGO_HEIGHT, LOGO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio
    )
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def order_html(document: OrderDocument, *, logo: tuple[int, int] | None = None) -> str:
    """The page as Qt's rich text: heading, supplier beside the fields, lines, totals, notes.
    `logo`: its (width, height) shown, when the document's resources hold it at LOGO_URL."""
    family = ", ".join(f"'{f}'" for f in FAMILIES)
    return (
        f'<html><body style="font-family: {family}; font-size: {BODY_PT}pt;">'
        + _heading(document, logo=logo)
        + _parties(document)
        + _lines(document)
        + _totals(document)
        + "".join(f"<p style='margin-top: 6pt;'>{escape(n)}</p>" for n in document.notes)
        + "</body></html>"
    )


def _heading(document: OrderDocument, *, logo: tuple[int, int] | None) -> str:
    name = escape(document.bar.name or document.title)
    picture = (
        f"<td valign='top' width='1'><img src='{LOGO_URL}' width='{logo[0]}' "
        f"height='{logo[1]}'/>&nbsp;&nbsp;&nbsp;</td>"
        if logo
        else ""
    )
    details = "<br/>".join(escape(t) for t in document.bar_lines)
    number = (
        f"<br/><span style='font-size: 13pt; font-weight: bold;'>{escape(document.number)}</span>"
        if document.number
        else ""
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{picture}"
        f"<td valign='top'><span style='font-size: 16pt; font-weight: bold;'>{name}</span>"
        f"<br/>{details}</td>"
        f"<td valign='top' align='right'><span style='font-size: 13pt; font-weight: bold;'>"
        f"{escape(document.title)}</span>{number}</td>"
        "</tr></table>"
        f"<hr style='color: {RULE};'/>"
    )


def _parties(document: OrderDocument) -> str:
    """The supplier on the left, the order's number, dates and delivery on the right."""
    supplier = "<br/>".join(
        f"<b>{escape(t)}</b>" if i == 0 else escape(t)
        for i, t in enumerate(document.supplier_lines)
    )
    fields = "".join(
        f"<tr><td><b>{escape(f.label)}</b></td><td width='10'></td><td>{escape(f.value)}</td></tr>"
        for f in document.fields
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top: 6pt;'><tr>"
        f"<td width='36%' valign='top'><span style='color: #555;'>"
        f"{escape(document.supplier_heading)}</span><br/>{supplier}</td>"
        f"<td width='64%' valign='top'><table cellspacing='0' cellpadding='1'>{fields}</table></td>"
        "</tr></table>"
    )


RIGHT = (False, False, False, True, True, True)  # the figures' columns align right


def _lines(document: OrderDocument) -> str:
    head = "".join(
        f"<th align='{'right' if right else 'left'}' bgcolor='{SHADE}'>{escape(h)}</th>"
        for h, right in zip(document.headings, RIGHT, strict=True)
    )
    rows = "".join(_line_row(line) for line in document.lines)
    return (
        "<p style='margin: 0; font-size: 6pt;'>&nbsp;</p>"
        "<table width='100%' cellspacing='0' cellpadding='4' "
        f"style='border-collapse: collapse;'>"
        f"<thead><tr>{head}</tr></thead>{rows}</table>"
    )


def _line_row(line: DocumentLine) -> str:
    cells = (line.code, line.item, line.packs, line.units_text, line.unit_price_text,
             line.line_total_text)  # fmt: skip
    return (
        "<tr>"
        + "".join(
            f"<td align='{'right' if right else 'left'}' "
            f"style='border-bottom: 1px solid {SHADE};'>{escape(text)}</td>"
            for text, right in zip(cells, RIGHT, strict=True)
        )
        + "</tr>"
    )


def _totals(document: OrderDocument) -> str:
    rows = (
        (document.net_label, document.net_text, False),
        (document.vat_label, document.vat_text, False),
        (document.gross_label, document.gross_text, True),
    )
    body = "".join(
        f"<tr><td align='right'>{_bold(label, strong)}</td><td width='24'></td>"
        f"<td align='right'>{_bold(value, strong)}</td></tr>"
        for label, value, strong in rows
    )
    return (
        "<table align='right' cellspacing='0' cellpadding='2' style='margin-top: 8pt;'>"
        f"{body}</table><br clear='all'/>"
    )


def _bold(text: str, strong: bool) -> str:
    return f"<b>{escape(text)}</b>" if strong else escape(text)
