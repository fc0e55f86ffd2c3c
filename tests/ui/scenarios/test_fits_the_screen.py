"""The window fits a 1280×800 screen on every page, in Italian (longer words) and English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, set_language
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.page_table import PAGES
from tests.ui.scenarios.conftest import go_to

SCREEN = (1280, 800)


@pytest.mark.parametrize("language", [ITALIAN, ENGLISH])
def test_every_page_fits_a_small_laptop_screen(
    qtbot: Any, open_main_window: Callable[..., MainWindow], language: str
) -> None:
    set_language(language)
    window = open_main_window(size=SCREEN)
    too_wide = {}
    for spec in PAGES:
        go_to(qtbot, window, spec.shown_title)
        qtbot.wait(50)
        needed = window.minimumSizeHint()
        if needed.width() > SCREEN[0] or window.width() > SCREEN[0]:
            too_wide[spec.shown_title] = (needed.width(), window.width())
    assert not too_wide, too_wide
