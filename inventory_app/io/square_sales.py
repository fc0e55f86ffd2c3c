"""Square's item sales export: columns found by name, so older exports with fewer work too."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.numbers import shown
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, find_columns, read_cell
from inventory_app.io.sales_cells import (
    dining_channel,
    note_text,
    optional_amount,
    parse_count,
    parse_transaction_id,
    refund_sign,
)
from inventory_app.io.sales_line import SalesLine, modifier_cells, read_when_and_item
from inventory_app.io.sheet_stream import SheetRow

REQUIRED = ("date", "item", "qty")
# Any of these next to Item and Qty marks a header as Square's.
MARKERS = frozenset({"event type", "transaction id", "gross sales"})


def square_key(name: str) -> str:
    """Square's column names compared without case or doubled spaces."""
    return " ".join(name.lower().split())


def looks_like_square(header: Iterable[str]) -> bool:
    names = {square_key(h) for h in header}
    return {"item", "qty"} <= names and bool(names & MARKERS)


def square_parser(
    file_name: str, header: tuple[str, ...]
) -> Callable[[SheetRow, list[InputError]], SalesLine | None]:
    """A row reader for this file's columns; a missing required column is an error."""
    columns = find_columns(header, square_key)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        names = ", ".join(n.title() for n in missing)
        message = tr("a Square export needs the columns Date, Item and Qty; missing {names}")
        message = message.format(names=names)
        raise ImportErrors(file_name, [InputError(message, row=1)])

    def parse(row: SheetRow, problems: list[InputError]) -> SalesLine | None:
        return _square_line(row, columns, problems)

    return parse


def _square_line(
    row: SheetRow, columns: dict[str, Column], problems: list[InputError]
) -> SalesLine | None:
    before = len(problems)
    at, item = read_when_and_item(row, columns, problems)
    kind = read_cell(row, columns.get("event type"), _event, problems)
    signed = read_cell(row, columns["qty"], _signed_count, problems)
    gross = read_cell(row, columns.get("gross sales"), optional_amount, problems)
    net = read_cell(row, columns.get("net sales"), optional_amount, problems)
    transaction = read_cell(row, columns.get("transaction id"), parse_transaction_id, problems)
    if len(problems) > before or at is None or item is None or signed is None:
        return None
    if kind is None:  # no Event Type: a negative Qty is a refund
        kind = SaleKind.REFUND if signed < 0 else SaleKind.SALE
    elif kind is SaleKind.SALE and signed < 0:
        qty = columns["qty"]
        problems.append(
            InputError(
                tr("expected a positive whole number of drinks for a Payment, got {text}").format(
                    text=repr(row.get(qty.index))
                ),
                row=row.number,
                column=qty.name,
            )
        )
        return None
    refund = kind is SaleKind.REFUND
    dining = columns.get("dining option")
    variant, modifiers = modifier_cells(
        row, columns.get("price point name"), columns.get("modifiers applied")
    )
    return SalesLine(
        row=row.number,
        at=at,
        item=item,
        quantity=abs(signed),
        channel=dining_channel(row.get(dining.index)) if dining is not None else None,
        transaction_id=transaction,
        net_sales=refund_sign(net, refund),
        gross_sales=refund_sign(gross, refund),
        kind=kind,
        note=note_text(row, columns.get("notes")),
        variant=variant,
        modifiers=modifiers,
    )


def _event(text: str) -> SaleKind | None:
    """Payment or Refund; blank (or no column, in old exports) lets the Qty's sign decide."""
    kind = {"payment": SaleKind.SALE, "refund": SaleKind.REFUND}.get(text.lower())
    if kind is None and text:
        raise InputError(tr("expected Payment or Refund, got {text}").format(text=shown(text)))
    return kind


def _signed_count(text: str) -> Decimal:
    return parse_count(text, signed=True)
