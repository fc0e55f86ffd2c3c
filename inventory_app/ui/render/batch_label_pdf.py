"""House-prep labels as a PDF, drawn by Qt's PDF writer (as ui/render/order_pdf.py draws an
order): one 62 x 40 mm label per page for a 62 mm continuous roll (Brother QL and the
like), or an A4 sheet of 3 x 8 labels of 70 x 37 mm (the common 24-up sheet, no margins
at the sides, 0.5 mm top and bottom).

Each label: the name, the HACCP lines (made on, use by, allergens, storage, made by), and
on the right a QR code of the batch code with the code printed under it. The text is
shrunk until it fits: a long allergen list still prints whole, in smaller type.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from html import escape
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from inventory_app.domain.batch_label import BatchLabel
from inventory_app.io.atomic_file import write_atomically
from inventory_app.ui.render.a4_pdf import FAMILIES, gui_application

RESOLUTION = 300
ROLL_MM = (62.0, 40.0)  # one label per page
SHEET_COLUMNS, SHEET_ROWS = 3, 8
SHEET_LABEL_MM = (70.0, 37.0)
SHEET_TOP_MM = (297.0 - SHEET_ROWS * SHEET_LABEL_MM[1]) / 2
PADDING_MM = 2.5
QR_BORDER = 2  # modules of white around the code: scanners need a quiet zone
SIZES_PT = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)


def write_labels_pdf(path: Path, label: BatchLabel, *, sheet: bool, copies: int = 1) -> Path:
    """`copies` labels of one batch: pages of the roll, or cells of A4 sheets filled in
    reading order. Written beside `path`, then moved in: never half a file."""
    gui_application()
    return write_atomically(path, lambda temporary: _draw(temporary, label, sheet, copies))


def _mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def _draw(path: Path, label: BatchLabel, sheet: bool, copies: int) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    size = QPageSize(QPageSize.PageSizeId.A4) if sheet else QPageSize(
        QSizeF(*ROLL_MM), QPageSize.Unit.Millimeter, "62 x 40 mm"
    )  # fmt: skip
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                    QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setTitle(f"{label.name} {label.code}")
    writer.setCreator("inventory_app")
    cells = _cells(sheet, max(1, copies))
    drawing = _Drawing(writer, cells[0][1].size(), label)
    painter = QPainter(writer)
    try:
        for n, (page, rect) in enumerate(cells):
            if n and page != cells[n - 1][0]:
                writer.newPage()
            drawing.draw(painter, rect)
    finally:
        painter.end()


def _cells(sheet: bool, copies: int) -> list[tuple[int, QRectF]]:
    """(page, rectangle in device pixels) of each label."""
    if not sheet:
        return [(n, QRectF(0, 0, _mm(ROLL_MM[0]), _mm(ROLL_MM[1]))) for n in range(copies)]
    per_page = SHEET_COLUMNS * SHEET_ROWS
    width, height = SHEET_LABEL_MM
    out = []
    for n in range(copies):
        page, place = divmod(n, per_page)
        row, column = divmod(place, SHEET_COLUMNS)
        rect = QRectF(_mm(column * width), _mm(SHEET_TOP_MM + row * height), _mm(width),
                      _mm(height))  # fmt: skip
        out.append((page, rect))
    return out


class _Drawing:
    """One label laid out once (every copy is the same), then drawn into each cell.

    Few painter calls per label on purpose: in this PySide every call of a method that
    returns nothing (save, restore, setFont, drawRect...) takes one reference from None,
    and a sheet drawn module by module crashed the interpreter at exit. So the QR code is
    one image and the text one laid-out document."""

    def __init__(self, writer: QPdfWriter, cell: QSizeF, label: BatchLabel) -> None:
        pad = _mm(PADDING_MM)
        self.inner = QRectF(pad, pad, cell.width() - 2 * pad, cell.height() - 2 * pad)
        code_height = _mm(4.2)
        side = min(self.inner.height() - code_height, self.inner.width() * 0.38)
        self.qr = QRectF(self.inner.right() - side, self.inner.top(), side, side)
        self.code_box = QRectF(self.qr.left() - _mm(1), self.qr.bottom(), side + _mm(1),
                               code_height)  # fmt: skip
        self.image = qr_image(label.code)
        self.code = label.code
        self.code_font = _font(7.5, bold=True, mono=True)
        width = self.qr.left() - self.inner.left() - _mm(1.5)
        self.text = _fitted(writer, label, QSizeF(width, self.inner.height()))

    def draw(self, painter: QPainter, cell: QRectF) -> None:
        at = cell.topLeft()
        painter.drawImage(self.qr.translated(at), self.image)
        painter.setFont(self.code_font)
        painter.drawText(self.code_box.translated(at), int(Qt.AlignmentFlag.AlignCenter), self.code)
        origin = self.inner.topLeft() + at
        painter.translate(origin)
        self.text.drawContents(painter, QRectF(QPointF(0, 0), self.text.size()))
        painter.translate(-origin)


def qr_image(code: str) -> QImage:
    """The QR code of `code` with a quiet zone, ten pixels a module (sharp when scaled)."""
    buffer = io.BytesIO()
    segno.make(code, error="m", micro=False).save(buffer, kind="png", scale=10, border=QR_BORDER)
    return QImage.fromData(buffer.getvalue())


def _fitted(writer: QPdfWriter, label: BatchLabel, box: QSizeF) -> QTextDocument:
    """The largest type at which the name and every line fit the box."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setTextWidth(box.width())
    for points in SIZES_PT:
        document.setDefaultFont(_font(points, plain=True))
        document.setHtml(label_html(label, points))
        if document.size().height() <= box.height():
            break
    return document


def label_html(label: BatchLabel, points: float) -> str:
    family = ", ".join(f"'{f}'" for f in FAMILIES)
    lines = "".join(
        f"<p style='margin: 0 0 1pt 0;'>{_line(label, line)}</p>" for line in label.lines
    )
    return (
        f'<html><body style="font-family: {family}; font-size: {points}pt;">'
        f"<p style='margin: 0 0 2pt 0; font-size: {points * 1.35:.1f}pt;'>"
        f"<b>{escape(label.name)}</b></p>{lines}</body></html>"
    )


def _line(label: BatchLabel, line: str) -> str:
    """The use-by line in bold: the one the bartender must see at a glance."""
    return f"<b>{escape(line)}</b>" if line == label.use_by else escape(line)


def _font(points: float, *, bold: bool = False, mono: bool = False, plain: bool = False) -> QFont:
    """`plain`: without ligatures, so that 'Coffee' stays six letters to a PDF reader's
    search and copy (set once per layout, not per label: see _Drawing)."""
    font = QFont()
    font.setFamilies(["DejaVu Sans Mono", "Liberation Mono"] if mono else FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    if plain:
        font.setFeature(QFont.Tag("liga"), 0)
    return font


__all__: Sequence[str] = ("label_html", "write_labels_pdf")
