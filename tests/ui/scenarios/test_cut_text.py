"""No text is cut without a tooltip: every page, at 1280×800 and at 1920×1080."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.page_table import PAGES
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.cut_text import every_cut_text, untold

SIZES = [(1280, 800), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_shows_cut_text_whole_on_hover(
    qtbot: Any, open_main_window: Callable[..., MainWindow], size: tuple[int, int]
) -> None:
    window = open_main_window(size=size)
    missing = []
    for spec in PAGES:
        page = go_to(qtbot, window, spec.title)
        qtbot.wait(250)  # pages that read in the background fill their tables
        missing += untold(every_cut_text(spec.title, page))
    assert missing == []
