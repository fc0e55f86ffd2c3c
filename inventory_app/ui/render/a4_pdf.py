"""What every A4 document we print shares: one family of fonts, the margins, a numbered
footer, and the drawing of rich text page by page with Qt's PDF writer.

The supplier's order and the allergen register are both read on paper and searched on a
screen, so they are drawn alike (ligatures off, so a search for "confirmed" or "solfiti"
finds the word as typed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
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

# One family for every word; the first one installed wins (Liberation Sans on Linux is
# Arial's metrics).
FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"]
MARGINS_MM = QMarginsF(16, 14, 16, 14)
FOOTER_PT = 8
RESOLUTION = 300  # dots per inch of the PDF's coordinates (text stays vector)
RULE = "#8a94a3"
SHADE = "#e4e8ee"


def gui_application() -> QGuiApplication:
    """Fonts need a Qt application: the window's, or an offscreen one for the CLI."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["inventory-app", "-platform", "offscreen"])


def document_font(points: float) -> QFont:
    """Without ligatures: a word copied or searched in the PDF is the word as typed."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def device_points(points: float) -> int:
    """Points as the PDF's device pixels."""
    return round(points * RESOLUTION / 72)


def write_a4_pdf(
    path: Path,
    *,
    title: str,
    html: str,
    body_pt: float,
    footer: Callable[[int, int], str],
    images: Mapping[str, QImage] | None = None,
) -> None:
    """`html` on as many A4 pages as it takes; `footer(page, pages)` (from 1) under each."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            MARGINS_MM, QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    writer.setTitle(title)
    writer.setCreator("inventory_app")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    height = area.height() - device_points(FOOTER_PT * 3)
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # points are the PDF's points
    text.setDefaultFont(document_font(body_pt))
    text.setDocumentMargin(0)
    for url, image in (images or {}).items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    text.setHtml(html)
    text.setPageSize(QSizeF(area.width(), height))
    pages = text.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            text.drawContents(painter, QRectF(0, page * height, area.width(), height))
            painter.restore()
            _draw_footer(painter, footer(page + 1, pages), area.width(), area.height())
    finally:
        painter.end()


def _draw_footer(painter: QPainter, words: str, width: int, bottom: int) -> None:
    painter.save()
    painter.setFont(document_font(FOOTER_PT))
    tall = device_points(FOOTER_PT * 1.6)
    box = QRectF(QPointF(0, bottom - tall), QSizeF(width, tall))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), words)
    painter.restore()
