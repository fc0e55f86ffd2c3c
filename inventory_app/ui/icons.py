"""Icons from resources/icons/, with a standard Qt icon when an SVG cannot be loaded."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QColor, QIcon, QPixmap

from inventory_app.resources import resource_path

_PAINT = re.compile(r'\b(stroke|fill)="(?!none")[^"]*"')
_SIZE = re.compile(r'\bwidth="24" height="24"')

# The fallback keeps the window usable where the SVG plugin is missing. Names, not
# QStyle.StandardPixmap members: that enum type is made on first use (a few ms).
_FALLBACK: dict[str, str] = {
    "status-ok": "SP_DialogApplyButton",
    "status-low": "SP_MessageBoxWarning",
    "status-out": "SP_MessageBoxCritical",
    "stock": "SP_FileDialogDetailedView",
    "history": "SP_FileDialogContentsView",
    "add": "SP_FileDialogNewFolder",
    "edit": "SP_FileDialogInfoView",
    "adjust": "SP_BrowserReload",
    "undo": "SP_ArrowBack",
    "app": "SP_ComputerIcon",
    "sell": "SP_DialogYesButton",
    "recipes": "SP_FileDialogListView",
    "import": "SP_ArrowDown",
    "make": "SP_MediaPlay",
    "dashboard": "SP_DesktopIcon",
    "orders": "SP_DriveFDIcon",
}


@cache
def icon(name: str) -> QIcon:
    """The named icon; cached because the table asks for it on every paint."""
    path = resource_path("icons", f"{name}.svg")
    loaded = QIcon(str(path)) if path.exists() else QIcon()
    if _renders(loaded):
        return loaded
    from PySide6.QtWidgets import QApplication, QStyle  # a QStyle's enums take ms to set up

    standard = getattr(QStyle.StandardPixmap, _FALLBACK.get(name, "SP_FileIcon"))
    return QApplication.style().standardIcon(standard)


def tinted_icon(name: str, colour: QColor, size: int = 20) -> QIcon:
    """The named icon in one colour, as `tinted` draws it, made from its SVG's text.

    Every stroke and fill takes the colour and SVG draws it: no QPainter, whose first
    fillRect sets up PySide6's whole Qt namespace (~20 ms) before the frame could paint.
    """
    path = resource_path("icons", f"{name}.svg")
    text = _PAINT.sub(rf'\1="{colour.name()}"', path.read_text("utf-8")) if path.exists() else ""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap()
        svg = _SIZE.sub(f'width="{size * scale}" height="{size * scale}"', text, count=1)
        if not text or not pixmap.loadFromData(svg.encode("utf-8"), "SVG"):
            return tinted(icon(name), colour, size)
        result.addPixmap(pixmap)
    return result


def tinted(source: QIcon, colour: QColor, size: int = 20) -> QIcon:
    """The icon's shape in one colour: line icons drawn dark stay visible on a dark sidebar."""
    from PySide6.QtGui import QPainter

    result = QIcon()
    for scale in (1, 2):
        pixmap = source.pixmap(size * scale, size * scale)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        result.addPixmap(pixmap)
    return result


def _renders(candidate: QIcon) -> bool:
    """SVG icons report no fixed sizes; ask for a pixmap to know whether they load."""
    return not candidate.isNull() and not candidate.pixmap(16, 16).isNull()
