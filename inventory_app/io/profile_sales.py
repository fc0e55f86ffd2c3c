"""Rows of a till's export read through its profile; drift is refused, never guessed.

A required column the header lacks stops the import before any row is read, naming the
profile, the field and the names it looked for. A cell that no longer parses (a new
refund word, a date in another order) is reported with its row, its column, the profile
and the value, like every bad cell, and nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from decimal import Decimal

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.numbers import shown
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, read_cell
from inventory_app.io.profile_cells import number_text, parse_time_of_day, parse_when
from inventory_app.io.sales_cells import (
    local_to_utc,
    note_text,
    optional_amount,
    parse_count,
    parse_transaction_id,
    refund_sign,
)
from inventory_app.io.sales_line import SalesLine, item_name, modifier_cells
from inventory_app.io.sales_profile import (
    SalesProfile,
    field_label,
    header_key,
    missing_fields,
    profile_columns,
)
from inventory_app.io.sheet_stream import SheetRow

MAX_LISTED_COLUMNS = 40  # a message quotes this many of the file's columns at most
RowParser = Callable[[SheetRow, list[InputError]], SalesLine | None]


def missing_columns_error(
    file_name: str,
    profile: SalesProfile,
    missing: list[str],
    header: tuple[str, ...],
    sample: SheetRow | None = None,
) -> ImportErrors:
    """One problem per missing field: the profile, the names looked for, the header found.

    A column the profile does not know is shown with its first value, from `sample` (the
    first row): the renamed column is among them, and 'Artikel' (e.g. 'Negroni') says which."""
    known = {column.index for column in profile_columns(profile, header).values()}
    listed = [
        _column_shown(index, name, None if index in known else sample)
        for index, name in enumerate(header[:MAX_LISTED_COLUMNS])
        if name
    ]
    if len(header) > MAX_LISTED_COLUMNS:
        listed.append("…")
    found = ", ".join(listed)
    problems = [
        InputError(
            tr(
                "the profile {profile} needs a column {names} for its {field}; "
                "the file's columns are {found}"
            ).format(
                profile=repr(profile.shown_title),
                names=_either(profile.columns.get(name, (name,))),
                field=field_label(name),
                found=found,
            ),
            row=1,
        )
        for name in missing
    ]
    return ImportErrors(file_name, problems)


def _column_shown(index: int, name: str, sample: SheetRow | None) -> str:
    """'Artikel', or with its first value: "'Artikel' (e.g. 'Negroni')"."""
    value = sample.get(index) if sample is not None else ""
    if not value:
        return shown(name)
    return tr("{column} (e.g. {value})").format(column=shown(name), value=shown(value))


def _either(names: tuple[str, ...]) -> str:
    """'Description', 'Beschreibung' or 'Descrizione'."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return tr("{first} or {last}").format(first=", ".join(quoted[:-1]), last=quoted[-1])


def profile_parser(
    file_name: str,
    profile: SalesProfile,
    header: tuple[str, ...],
    sample: SheetRow | None = None,
) -> RowParser:
    """A row reader for this header; a missing required column raises ImportErrors now,
    showing the first values (`sample`, the first row) of the columns it does not know."""
    columns = profile_columns(profile, header)
    missing = missing_fields(profile, columns)
    if missing:
        raise missing_columns_error(file_name, profile, missing, header, sample)
    return _TableLines(profile, columns).parse


def field_reader(profile: SalesProfile, field: str) -> Callable[[str], object]:
    """How this profile reads one cell of `field`, as the import reads it (the mapping
    assistant shows each column's first values read this way before it is saved)."""
    lines = _TableLines(profile, {})
    readers: dict[str, Callable[[str], object]] = {
        "date": lines._when, "datetime": lines._when, "time": parse_time_of_day, "item": item_name,
        "quantity": lines._count, "line_type": lines._line_type, "status": lines._counts,
        "transaction_id": parse_transaction_id, "channel": lines._channel,
        "net_amount": lines._amount, "gross_amount": lines._amount,
    }  # fmt: skip
    return readers.get(field, str)  # variant, modifiers, note: the text as written


class _TableLines:
    """Each row's cells read by the profile's fields; unknown extra columns are ignored."""

    def __init__(self, profile: SalesProfile, columns: Mapping[str, Column]) -> None:
        self.profile = profile
        self.columns = columns
        self.date = columns.get("date") or columns.get("datetime")
        self.words = {header_key(word): kind for word, kind in profile.line_types.items()}
        self.statuses = {header_key(word): counts for word, counts in profile.statuses.items()}

    def parse(self, row: SheetRow, problems: list[InputError]) -> SalesLine | None:
        columns, before = self.columns, len(problems)
        when = read_cell(row, self.date, self._when, problems)
        clock = read_cell(row, columns.get("time"), parse_time_of_day, problems)
        item = read_cell(row, columns["item"], item_name, problems)
        kind = read_cell(row, columns.get("line_type"), self._line_type, problems)
        counts = read_cell(row, columns.get("status"), self._counts, problems)
        signed = read_cell(row, columns["quantity"], self._count, problems)
        net = read_cell(row, columns.get("net_amount"), self._amount, problems)
        gross = read_cell(row, columns.get("gross_amount"), self._amount, problems)
        transaction = read_cell(row, columns.get("transaction_id"), parse_transaction_id, problems)
        channel_column = columns.get("channel")
        if len(problems) > before or when is None or item is None or signed is None:
            return None
        if kind is SaleKind.VOID or counts is False:
            return None  # a voided line or a cancelled receipt: nothing to deduct or record
        if kind is None:  # no line type written: a negative quantity is a refund
            kind = SaleKind.REFUND if signed < 0 else SaleKind.SALE
        elif kind is SaleKind.SALE and signed < 0:
            problems.append(self._negative_sale(row))
            return None
        day, written = when  # a time column wins over a time written after the date
        time_column = columns.get("time")
        typed = row.get(time_column.index) if time_column is not None else ""
        at = local_to_utc(day, clock if typed or written is None or clock is None else written)
        refund = kind is SaleKind.REFUND
        variant, modifiers = modifier_cells(row, columns.get("variant"), columns.get("modifiers"))
        return SalesLine(
            row=row.number,
            at=at,
            item=item,
            quantity=abs(signed),
            channel=self._channel(row.get(channel_column.index)) if channel_column else None,
            transaction_id=transaction,
            net_sales=refund_sign(net, refund),
            gross_sales=refund_sign(gross, refund),
            kind=kind,
            note=note_text(row, columns.get("note")),
            variant=variant,
            modifiers=modifiers,
        )

    def _when(self, text: str) -> tuple[date, time | None]:
        if not text:
            raise InputError(
                tr("expected a date (profile {profile}), got an empty cell").format(
                    profile=repr(self.profile.shown_title)
                )
            )
        try:
            return parse_when(text, self.profile.date_order)
        except InputError as exc:
            raise self._named(exc) from None

    def _line_type(self, text: str) -> SaleKind | None:
        if not text:
            return None
        kind = self.words.get(header_key(text))
        if kind is None:
            raise self._new_word(
                tr(
                    "the profile {profile} does not know the line type {text} (it knows "
                    "{known}); if the till has a new word, add it to the profile"
                ),
                text,
                self.profile.line_types,
            )
        return kind

    def _counts(self, text: str) -> bool | None:
        """Whether a receipt of this status counts; blank says nothing, an unknown word stops."""
        if not text:
            return None
        counts = self.statuses.get(header_key(text))
        if counts is None:
            raise self._new_word(
                tr(
                    "the profile {profile} does not know the receipt status {text} (it knows "
                    "{known}); if the till has a new word, add it to the profile"
                ),
                text,
                self.profile.statuses,
            )
        return counts

    def _new_word(self, message: str, text: str, known: Mapping[str, object]) -> InputError:
        """A word the till now writes that the profile has no meaning for: drift, refused."""
        return InputError(
            message.format(
                profile=repr(self.profile.shown_title), text=shown(text),
                known=", ".join(sorted(known)),
            )
        )  # fmt: skip

    def _count(self, text: str) -> Decimal:
        try:
            return parse_count(number_text(text, self.profile.decimal), signed=True)
        except InputError as exc:
            raise self._named(exc) from None

    def _amount(self, text: str) -> Decimal | None:
        try:
            return optional_amount(number_text(text, self.profile.decimal))
        except InputError as exc:
            raise self._named(exc) from None

    def _channel(self, text: str) -> Channel:
        letters = "".join(ch for ch in text.casefold() if ch.isalpha())
        return Channel.TAKEAWAY if letters in self.profile.takeaway else Channel.SPEAKEASY

    def _named(self, exc: InputError) -> InputError:
        """The cell's own complaint, with the profile that expected otherwise."""
        return InputError(
            tr("{problem} (profile {profile})").format(
                problem=exc.detail, profile=repr(self.profile.shown_title)
            )
        )

    def _negative_sale(self, row: SheetRow) -> InputError:
        qty = self.columns["quantity"]
        return InputError(
            tr("expected a positive number of drinks for a sale, got {text}").format(
                text=repr(row.get(qty.index))
            ),
            row=row.number,
            column=qty.name,
        )
