"""What the sales import says about lines it does not know, and the note a parked line keeps."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from inventory_app.domain.recipes import SaleKind
from inventory_app.io.sales_line import SalesLine
from inventory_app.services.imports.unknown_lines import UnknownItemsError, parked_note


def line(note: str = "", variant: str = "", modifiers: tuple[str, ...] = ()) -> SalesLine:
    return SalesLine(
        row=2, at=datetime(2026, 3, 6, 20), item="Negroni", quantity=Decimal(1), channel=None,
        transaction_id="T1", net_sales=None, gross_sales=None, kind=SaleKind.SALE, note=note,
        variant=variant, modifiers=modifiers,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sold", "note"),
    [
        (line(), ""),
        (line("for Marco"), "for Marco"),
        (line(variant="Regular"), ""),  # the till's only price says nothing
        (line(variant="Large"), "variant: Large"),
        (line("for Marco", "Double", ("Oat milk", "2 x Extra shot")),
         "for Marco · variant: Double · modifiers: Oat milk, 2 x Extra shot"),
    ],
)  # fmt: skip
def test_a_parked_line_keeps_what_the_till_printed(sold: SalesLine, note: str) -> None:
    assert parked_note(sold) == note


def test_items_and_modifiers_are_listed_most_lines_first() -> None:
    error = UnknownItemsError("s.csv", {"Hugo": 2, "Spritz": 12}, {"Oat milk": 3})
    assert str(error) == (
        's.csv: 2 unknown items; nothing was imported: "Spritz" (12 lines), "Hugo" (2 lines); '
        "add them as recipes or POS names, or use --park-unknown; 1 modifier or variant nobody "
        'has described; nothing was imported: "Oat milk" (3 lines); describe them (`import '
        "modifiers` or the Recipes page), or use --park-unknown"
    )
    many = UnknownItemsError("s.csv", {}, {f"M{n:02d}": 1 for n in range(23)})
    assert str(many).endswith('"M19" (1 line) and 3 more; describe them (`import modifiers` or '
                              "the Recipes page), or use --park-unknown")  # fmt: skip
    assert (many.unknown, len(many.modifiers)) == ({}, 23)
