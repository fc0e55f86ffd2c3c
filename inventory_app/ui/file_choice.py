"""Asking where to write a workbook or which file to read: one wording, None on Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

WORKBOOK = "Excel workbook (*.xlsx)"


def save_path(parent: QWidget, title: str, suggested: str, kinds: str = WORKBOOK) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return Path(name) if name else None


def open_path(parent: QWidget, title: str, kinds: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(name) if name else None
