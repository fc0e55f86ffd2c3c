"""Icons from resources/icons/, with a standard Qt icon when an SVG cannot be loaded."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QStyle

from inventory_app.resources import resource_path

SP = QStyle.StandardPixmap

# The fallback keeps the window usable where the SVG plugin is missing.
_FALLBACK: dict[str, QStyle.StandardPixmap] = {
    "status-ok": SP.SP_DialogApplyButton,
    "status-low": SP.SP_MessageBoxWarning,
    "status-out": SP.SP_MessageBoxCritical,
    "stock": SP.SP_FileDialogDetailedView,
    "history": SP.SP_FileDialogContentsView,
    "add": SP.SP_FileDialogNewFolder,
    "edit": SP.SP_FileDialogInfoView,
    "adjust": SP.SP_BrowserReload,
    "undo": SP.SP_ArrowBack,
    "app": SP.SP_ComputerIcon,
    "sell": SP.SP_DialogYesButton,
    "recipes": SP.SP_FileDialogListView,
    "import": SP.SP_ArrowDown,
    "make": SP.SP_MediaPlay,
    "dashboard": SP.SP_DesktopIcon,
    "orders": SP.SP_DriveFDIcon,
}


@cache
def icon(name: str) -> QIcon:
    """The named icon; cached because the table asks for it on every paint."""
    path = resource_path("icons", f"{name}.svg")
    loaded = QIcon(str(path)) if path.exists() else QIcon()
    if _renders(loaded):
        return loaded
    style = QApplication.style()
    return style.standardIcon(_FALLBACK.get(name, SP.SP_FileIcon))


def tinted(source: QIcon, colour: QColor, size: int = 20) -> QIcon:
    """The icon's shape in one colour: line icons drawn dark stay visible on a dark sidebar."""
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
