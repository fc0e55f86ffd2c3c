"""A line of the timeline as a person reads it: signed quantities, changed fields, references."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inventory_app.services.views.timeline_rows import Kind, TimelineRow, change_text
from tests.services.views.timeline_fixtures import SATURDAY

D = Decimal


def test_change_text_names_added_and_removed_fields() -> None:
    assert change_text(None, '{"role": "bartender"}') == "role: bartender"
    assert change_text('{"pin": "set"}', None) == "pin: set removed"


def line(**fields: Any) -> TimelineRow:
    """A movement line of Campari, with `fields` changed."""
    base = TimelineRow(
        Kind.MOVEMENT, 1, SATURDAY, "Bob", 3, "CAMP", "Campari", "", "sale", D(-30), "ml",
        "", "sale:9", "", None, None, None, False,
    )  # fmt: skip
    return base._replace(**fields)


def test_a_movement_shows_its_signed_quantity_and_is_stock() -> None:
    assert line().delta_text == "-30 ml"
    assert line(delta=D(700), reason="receive").delta_text == "+700 ml"
    assert line().kind_text == "stock"
    assert not line().is_undo and line(undoes_id=4).is_undo


def test_a_change_shows_what_it_changed_and_its_kind() -> None:
    change = line(
        kind=Kind.CHANGE, entity="item", reason="update", delta=None, unit="",
        before='{"cost": "21.00"}', after='{"cost": "23.50"}',
    )  # fmt: skip
    assert change.delta_text == "cost: 21.00 → 23.50"
    assert change.kind_text == "item"


def test_a_sale_line_names_its_drink_and_keeps_its_reference() -> None:
    assert line().reference_shown == "sale:9"
    assert line(detail="Sale: Negroni ×2").reference_shown == "Sale: Negroni ×2 (sale:9)"


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("reason", "shown"),
    [("waste", "scarto"), ("breakage", "rottura"), ("comp", "omaggio"),
     ("correction", "rettifica"), ("sale", "vendita"), ("count", "conta"), ("receive", "carico")],
)  # fmt: skip
def test_a_movement_reads_in_italian(reason: str, shown: str) -> None:
    row = line(reason=reason, delta=D("-1360.5"))
    assert (row.reason_shown, row.kind_shown) == (shown, "giacenza")
    assert row.change_shown == "-1.360,5 ml"
    assert row.reason == reason  # the stored code stays English
    assert row.delta_text == "-1360.5 ml"  # the command line's JSON stays locale-free


@pytest.mark.usefixtures("italian")
def test_a_change_reads_in_italian() -> None:
    change = line(
        kind=Kind.CHANGE, entity="item", reason="update", delta=None, unit="",
        before='{"cost": "1234.5"}', after='{"cost": "23.50"}',
    )  # fmt: skip
    assert (change.reason_shown, change.kind_shown) == ("modifica", "articolo")
    assert change.change_shown == "costo di Campari: 1.234,50\u00a0€ → 23,50\u00a0€"
    assert change.kind_text == "item"
