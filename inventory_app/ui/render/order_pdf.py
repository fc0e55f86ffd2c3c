"""An order as a PDF for its supplier, drawn by Qt's PDF writer on A4.

The content is the OrderDocument the services built (every text in the supplier's
language); here it becomes rich text laid out by QTextDocument, one family throughout,
paginated with the lines' header repeated and a numbered footer on each page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter

from inventory_app.domain.order_document import DocumentLine, Logo, OrderDocument
from inventory_app.io.atomic_file import write_atomically
from inventory_app.ui.render.a4_pdf import FAMILIES, RULE, SHADE, gui_application, write_a4_pdf

BODY_PT = 9.5
LOGO_URL = "logo"
LOGO_HEIGHT = 240  # the image's own pixels: sharp when printed 18 mm tall
LOGO_SHOWN = 68  # rich text's pixels are 1/96 inch whatever the device: 18 mm


def write_order_pdf(path: Path, document: OrderDocument) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    gui_application()
    return write_atomically(path, lambda temporary: _draw(temporary, document))


def _draw(path: Path, document: OrderDocument) -> None:
    logo = logo_image(document.logo)
    shown = None if logo is None else (round(LOGO_SHOWN * logo.width() / logo.height()), LOGO_SHOWN)
    write_a4_pdf(
        path,
        title=document.title + (f" {document.number}" if document.number else ""),
        html=order_html(document, logo=shown),
        body_pt=BODY_PT,
        footer=lambda page, pages: document.footer.format(page=page, pages=pages),
        images=None if logo is None else {LOGO_URL: logo},
    )


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
