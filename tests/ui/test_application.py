"""ui/application.py: the one QApplication, named, styled Fusion, with our stylesheet.

The test's QApplication is the one pytest-qt made: it is given back as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from inventory_app.i18n.catalogue import ENGLISH, set_language
from inventory_app.resources import resource_path
from inventory_app.ui.application import (
    APP_NAME,
    ORGANISATION,
    QT_WORDS,
    create_application,
    install_qt_words,
    load_stylesheet,
)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test session's application, its looks restored afterwards."""
    sheet, style = qapp.styleSheet(), qapp.style().name()
    names = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.organizationName())
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setApplicationName(names[0])
    qapp.setApplicationDisplayName(names[1])
    qapp.setOrganizationName(names[2])


def test_the_stylesheet_points_its_icons_at_our_folder() -> None:
    sheet = load_stylesheet()
    assert sheet and "@icons/" not in sheet
    raw = resource_path("style", "app.qss").read_text(encoding="utf-8")
    if "@icons/" in raw:
        assert f"{resource_path('icons').as_posix()}/" in sheet


def test_the_application_is_reused_and_dressed(app: QApplication, qtbot: Any) -> None:
    made = create_application([])
    assert made is app  # never a second QApplication
    assert (made.applicationName(), made.organizationName()) == (APP_NAME, ORGANISATION)
    assert made.styleSheet() == load_stylesheet()
    assert not made.windowIcon().isNull()


def test_qt_speaks_the_apps_language_and_stops_when_it_changes(
    qapp: QApplication, italian: None
) -> None:
    """Qt's own words (a button box's Cancel, a message box's Show Details…) follow too."""
    install_qt_words(qapp)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
        # the buttons of a message box's question and of a dialog's Save, as Qt names them
        for english, said in (("&Yes", "&Sì"), ("&No", "&No"), ("Save", "Salva")):
            assert QCoreApplication.translate("QPlatformTheme", english) == said
        install_qt_words(qapp)  # asked again in the same language: one translator
        assert len(qapp.findChildren(QTranslator, QT_WORDS)) == 1
    finally:
        set_language(ENGLISH)
        install_qt_words(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert qapp.findChild(QTranslator, QT_WORDS) is None
