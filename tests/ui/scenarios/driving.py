"""Doing what a person does in the window: answering the dialog that opens next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

Answer = Callable[[QWidget], None]


def when_a_dialog_opens(answer: Answer, *, seen: list[QWidget] | None = None) -> None:
    """Call `answer` with the next modal dialog once it is up (looked for every 10 ms)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        if seen is not None:
            seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)


def click(text: str, *, texts: list[str] | None = None) -> Answer:
    """An answer that clicks the dialog's button showing `text` (keeping what it said)."""

    def press(dialog: QWidget) -> None:
        if texts is not None:
            texts.append(getattr(dialog, "text", lambda: "")())
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
        buttons[text].click()

    return press
