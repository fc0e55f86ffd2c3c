"""Square's item sales export read row by row (io/square_sales.py); whole Square files
through `open_sales` are in tests/io/test_sales_file.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal

import pytest

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.sales_cells import local_to_utc
from inventory_app.io.sales_line import SalesLine
from inventory_app.io.sheet_stream import SheetRow
from inventory_app.io.square_sales import looks_like_square, square_key, square_parser
from tests.timezones import local_zone

HEADER = ("Date", "Time", "Item", "Qty", "Gross Sales", "Net Sales", "Transaction ID",
          "Event Type", "Dining Option")  # fmt: skip
Parse = Callable[[SheetRow, list[InputError]], SalesLine | None]


@pytest.fixture(autouse=True)
def rome() -> Iterator[None]:
    """Milan's clock; local_to_utc keeps its answers, so they are forgotten on each change."""
    local_to_utc.cache_clear()
    with local_zone("Europe/Rome"):
        yield
    local_to_utc.cache_clear()


def parsed(*cells: str, header: tuple[str, ...] = HEADER) -> tuple[SalesLine | None, list[str]]:
    parse: Parse = square_parser("items.csv", header)
    problems: list[InputError] = []
    line = parse(SheetRow(7, cells), problems)
    return line, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("name", "key"),
    [("Transaction ID", "transaction id"), ("  GROSS   Sales ", "gross sales"), ("Qty", "qty")],
)
def test_column_names_compare_without_case_or_doubled_spaces(name: str, key: str) -> None:
    assert square_key(name) == key


@pytest.mark.parametrize(
    ("header", "square"),
    [
        (HEADER, True),
        (("Date", "Item", "Qty", "Event Type"), True),
        (("date", "item", "qty", "transaction  id"), True),
        (("date", "item", "qty", "net_sales"), False),  # the generic format
        (("Date", "Item", "Gross Sales"), False),  # no Qty: not an item sales export
    ],
)
def test_a_square_header_has_item_qty_and_one_of_its_own_columns(
    header: tuple[str, ...], square: bool
) -> None:
    assert looks_like_square(header) is square


def test_a_payment_is_a_sale_at_the_utc_of_the_bars_clock() -> None:
    line, problems = parsed(
        "2026-07-04", "21:30:05", "Negroni", "2.0", "€20.00", "€16.39", "T1", "Payment", "To Go"
    )
    assert problems == []
    assert line == SalesLine(
        row=7, at=datetime(2026, 7, 4, 19, 30, 5), item="Negroni", quantity=Decimal(2),
        channel=Channel.TAKEAWAY, transaction_id="T1", net_sales=Decimal("16.39"),
        gross_sales=Decimal("20.00"), kind=SaleKind.SALE,
    )  # fmt: skip


@pytest.mark.parametrize(("gross", "net"), [("-€10.00", "-€8.20"), ("€10.00", "€8.20")])
def test_a_refund_gives_money_back_whatever_sign_the_export_wrote(gross: str, net: str) -> None:
    line, _ = parsed("2026-03-06", "22:10", "Negroni", "-1.0", gross, net, "T2", "Refund", "")
    assert line is not None
    assert (line.kind, line.quantity) == (SaleKind.REFUND, Decimal(1))
    assert (line.gross_sales, line.net_sales) == (Decimal("-10.00"), Decimal("-8.20"))
    assert line.channel is Channel.SPEAKEASY


def test_without_event_type_the_sign_of_qty_decides() -> None:
    header = ("Date", "Time", "Item", "Qty", "Gross Sales", "Transaction ID")
    sale, _ = parsed("2025-12-31", "23:59:59", "Negroni", "1.0", "€9.00", "A", header=header)
    refund, _ = parsed("2025-12-31", "23:59:59", "Negroni", "-1.0", "€9.00", "A", header=header)
    assert sale is not None and refund is not None
    assert (sale.kind, sale.gross_sales, sale.channel) == (SaleKind.SALE, Decimal("9.00"), None)
    assert (refund.kind, refund.quantity, refund.gross_sales) == (
        SaleKind.REFUND, Decimal(1), Decimal("-9.00"),
    )  # fmt: skip


def test_a_payment_of_a_negative_qty_is_refused_by_row_and_column() -> None:
    line, problems = parsed("2026-03-06", "22:10", "Negroni", "-1.0", "", "", "T2", "Payment", "")
    assert line is None
    assert problems == [
        "row 7, column 'Qty': expected a positive whole number of drinks for a Payment, got '-1.0'"
    ]


def test_every_bad_cell_of_a_row_is_named() -> None:
    line, problems = parsed("2026-13-06", "25:00", "", "x", "€", "", "T3", "Void", "")
    assert line is None
    assert [p.split(":")[0] for p in problems] == [
        "row 7, column 'Date'", "row 7, column 'Time'", "row 7, column 'Item'",
        "row 7, column 'Event Type'", "row 7, column 'Qty'", "row 7, column 'Gross Sales'",
    ]  # fmt: skip
    assert "expected Payment or Refund, got 'Void'" in problems[3]


def test_an_export_without_its_required_columns_is_refused_at_once() -> None:
    with pytest.raises(ImportErrors) as caught:
        square_parser("items.csv", ("Time", "Item", "Event Type", "Gross Sales"))
    assert [str(e) for e in caught.value.errors] == [
        "row 1: a Square export needs the columns Date, Item and Qty; missing Date, Qty"
    ]
    assert caught.value.file == "items.csv"


def test_price_point_and_modifiers_applied() -> None:
    header = (*HEADER, "Price Point Name", "Modifiers Applied")
    line, problems = parsed(
        "2026-03-06", "21:00", "Latte", "1.0", "€5.00", "€5.00", "T1", "Payment", "To Go",
        "Large", "12oz, Oat Milk, Cold Foam, Strawberry", header=header,
    )  # fmt: skip
    assert problems == []
    assert line is not None
    assert (line.variant, line.modifiers) == (
        "Large",
        ("12oz", "Oat Milk", "Cold Foam", "Strawberry"),
    )
    old, _ = parsed("2026-03-06", "21:00", "Latte", "1.0", "€5.00", "€5.00", "T1", "Payment", "")
    assert old is not None and (old.variant, old.modifiers) == ("", ())
