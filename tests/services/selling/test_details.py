"""What a sale did to stock, and how a sale reads in History: 'Sale: Negroni ×2, take-away'."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.selling import details
from inventory_app.services.selling.details import (
    StockChange,
    sale_deductions,
    sale_descriptions,
    sale_words,
    undo_returns,
)
from inventory_app.services.selling.sales import sell, undo_sale
from inventory_app.services.selling.unmatched import unmatched_sales
from tests.conftest import AUTHOR
from tests.services.sales_fixtures import make_bar, write

D = Decimal


@pytest.mark.parametrize(
    ("kind", "recipe", "quantity", "channel", "words"),
    [
        ("sale", "Negroni", Decimal("2.000000"), "takeaway", "Sale: Negroni ×2, take-away"),
        ("refund", "Negroni", Decimal("1"), "speakeasy", "Refund: Negroni ×1, speakeasy"),
        ("sale", "Gin Tonic", Decimal("0.5"), "takeaway", "Sale: Gin Tonic ×0.5, take-away"),
    ],
)
def test_sale_words(kind: str, recipe: str, quantity: Decimal, channel: str, words: str) -> None:
    assert sale_words(kind, recipe, quantity, channel) == words


def test_descriptions_of_the_sale_references_asked_for(session: Session) -> None:
    make_bar(session)
    two = sell(session, "Negroni", author=AUTHOR, quantity=D(2), channel=Channel.TAKEAWAY)
    shot = sell(session, "Shot", author=AUTHOR, channel=Channel.SPEAKEASY)
    void = undo_sale(session, two.sale_id, author=AUTHOR)
    asked = [f"sale:{two.sale_id}", f"sale:{shot.sale_id}", f"sale:{void}", "order:7",
             "sale:x", "sale:999"]  # fmt: skip
    assert sale_descriptions(session, asked) == {
        f"sale:{two.sale_id}": "Sale: Negroni ×2, take-away",
        f"sale:{shot.sale_id}": "Sale: Shot ×1, speakeasy",
        f"sale:{void}": "Void: Negroni ×2, take-away",
    }
    assert sale_descriptions(session, ["order:7", "import:3"]) == {}


def test_far_apart_sales_are_asked_by_id(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids too far apart for one range are read with IN: the same answer."""
    make_bar(session)
    first = sell(session, "Shot", author=AUTHOR, channel=Channel.TAKEAWAY).sale_id
    second = sell(session, "Shot", author=AUTHOR, quantity=D(3)).sale_id
    wanted = [f"sale:{first}", f"sale:{second}"]
    ranged = sale_descriptions(session, wanted)
    monkeypatch.setattr(details, "RANGE_SLACK", -100)  # never a range
    assert sale_descriptions(session, wanted) == ranged
    assert ranged[f"sale:{second}"].startswith("Sale: Shot ×3, ")


def test_a_sale_and_its_undo_list_their_stock_changes(session: Session) -> None:
    make_bar(session)
    sold = sell(session, "Shot", author=AUTHOR, quantity=D(2))
    assert sale_deductions(session, sold.sale_id) == [
        StockChange("GIN", "Gin", D(-45), "ml", D(-45))
    ]
    assert undo_returns(session, sold.sale_id) == []
    undo_sale(session, sold.sale_id, author=AUTHOR)
    assert undo_returns(session, sold.sale_id) == [StockChange("GIN", "Gin", D(45), "ml", D(0))]


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("kind", "quantity", "channel", "words"),
    [
        ("sale", Decimal("2.000000"), "takeaway", "Vendita: Negroni ×2, asporto"),
        ("refund", Decimal("1"), "speakeasy", "Rimborso: Negroni ×1, speakeasy"),
        ("void", Decimal("0.5"), "takeaway", "Storno: Negroni ×0,5, asporto"),
    ],
)
def test_sale_words_in_italian(kind: str, quantity: Decimal, channel: str, words: str) -> None:
    assert sale_words(kind, "Negroni", quantity, channel) == words


@pytest.mark.parametrize(
    ("variant", "modifiers", "words"),
    [
        (None, None, "Sale: Negroni ×1, take-away"),
        ("Regular", None, "Sale: Negroni ×1, take-away"),  # the till's only price
        ("Regular", "Senza ghiaccio", "Sale: Negroni (Senza ghiaccio) ×1, take-away"),
        ("Double", "Gin Sipsmith, 2 x Extra bitters",
         "Sale: Negroni (Double; Gin Sipsmith, 2 x Extra bitters) ×1, take-away"),
        ("Large", None, "Sale: Negroni (Large) ×1, take-away"),
    ],
)  # fmt: skip
def test_sale_words_name_the_variant_and_modifiers(
    variant: str | None, modifiers: str | None, words: str
) -> None:
    assert sale_words("sale", "Negroni", D(1), "takeaway", variant=variant,
                      modifiers=modifiers) == words  # fmt: skip


def test_a_resolved_lines_pours_are_named_by_the_tills_words(
    session: Session, tmp_path: Path
) -> None:
    """History shows 'Unmatched sale: Special ×2' for the movements of unmatched:<id>."""
    make_bar(session)
    night = write(
        tmp_path / "night.csv",
        "Date,Time,Item,Qty,Gross Sales,Event Type\n2026-03-06,22:15:00,Special,2,€24.00,Payment\n",
    )
    import_sales(session, night, author=AUTHOR, park_unknown=True)
    [line] = unmatched_sales(session)
    sold = sell(session, "Shot", author=AUTHOR)
    asked = [f"unmatched:{line.id}", "unmatched:999", "unmatched:x", f"sale:{sold.sale_id}"]
    assert sale_descriptions(session, asked) == {
        f"unmatched:{line.id}": "Unmatched sale: Special ×2",
        f"sale:{sold.sale_id}": "Sale: Shot ×1, take-away",
    }
