"""ui/icons.py: the SVG icons of resources/icons/, a standard icon where one is missing,
and icons drawn in one colour for the dark sidebar."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from inventory_app.ui.icons import icon, tinted, tinted_icon

RED = QColor("#b3261e")


def colours(picture: QIcon, size: int = 20) -> set[str]:
    """The colours of the icon's opaque pixels."""
    image = picture.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_an_svg_icon_renders_and_is_made_once(qapp: Any) -> None:
    stock = icon("stock")
    assert not stock.isNull() and not stock.pixmap(16, 16).isNull()
    assert icon("stock") is stock  # cached: the table asks on every paint


def test_a_missing_icon_falls_back_to_a_standard_one(qapp: Any) -> None:
    missing = icon("no-such-icon")
    assert not missing.isNull() and not missing.pixmap(16, 16).isNull()


def test_a_tinted_icon_is_drawn_in_its_colour_only(qapp: Any) -> None:
    red = tinted_icon("stock", RED)
    assert colours(red) == {RED.name()}
    assert red.availableSizes() and red.availableSizes()[0].width() == 20
    fallback = tinted_icon("no-such-icon", RED)  # no SVG text: the painted fallback
    assert colours(fallback) == {RED.name()}


def test_tinted_paints_any_icons_shape_in_one_colour(qapp: Any) -> None:
    square = QPixmap(20, 20)
    square.fill(QColor("black"))
    painted = tinted(QIcon(square), RED)
    assert colours(painted) == {RED.name()}
