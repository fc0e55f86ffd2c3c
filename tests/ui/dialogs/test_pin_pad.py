"""The PIN pad: big keys for fingers, the keyboard's digits, Backspace and Enter alike."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inventory_app.ui.dialogs.pin_pad import BACKSPACE, KEY_SIZE, OK, PinPad

Click = Qt.MouseButton.LeftButton


def test_taps_make_a_pin(qtbot: Any) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    for key in ("1", "2", "9", BACKSPACE, "3", "4"):
        qtbot.mouseClick(pad.keys[key], Click)
    with qtbot.waitSignal(pad.entered) as entered:
        qtbot.mouseClick(pad.keys[OK], Click)
    assert entered.args == ["1234"]
    assert pad.display.echoMode() == pad.display.EchoMode.Password


def test_the_keyboard_works_too(qtbot: Any) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    qtbot.keyClicks(pad, "5678")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.pin == "567"
    with qtbot.waitSignal(pad.entered) as entered:
        qtbot.keyClick(pad, Qt.Key.Key_Enter)
    assert entered.args == ["567"]


def test_a_password_can_be_typed(qtbot: Any) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    qtbot.keyClicks(pad, "Negroni!")
    assert pad.pin == "Negroni!"


def test_ok_on_nothing_does_nothing(qtbot: Any) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    with qtbot.assertNotEmitted(pad.entered):
        pad.press(OK)


def test_keys_are_big_enough_for_a_finger(qtbot: Any) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    assert {b.size().width() for b in pad.keys.values()} == {KEY_SIZE}
    assert KEY_SIZE >= 64 and len(pad.keys) == 12
