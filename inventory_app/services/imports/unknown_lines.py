"""What a sales import says about the lines it does not know, and how it keeps them.

A line whose item is no recipe, or whose variant or modifier no rule describes, stops
the import (UnknownItemsError, listed with their lines), or with --park-unknown waits as
an unmatched sale whose note carries what the till printed (services/imports/sales.py).
"""

from __future__ import annotations

from inventory_app.domain.errors import InputError
from inventory_app.domain.modifiers import is_plain_variant
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.io.sales_line import SalesLine

MAX_LISTED = 20


class UnknownItemsError(InputError):
    """Names in the file that are neither a recipe nor a POS name, or modifiers and variants
    no rule describes (`modifiers`): nothing was imported."""

    def __init__(
        self, file: str, unknown: dict[str, int], modifiers: dict[str, int] | None = None
    ) -> None:
        self.unknown = unknown
        self.modifiers = modifiers or {}
        parts = []
        if unknown:
            text = ntr(
                "{count} unknown item; nothing was imported: {listed}; add them as recipes or "
                "POS names, or use --park-unknown",
                "{count} unknown items; nothing was imported: {listed}; add them as recipes or "
                "POS names, or use --park-unknown",
                len(unknown),
            )
            parts.append(text.format(count=len(unknown), listed=_listed(unknown)))
        if self.modifiers:
            text = ntr(
                "{count} modifier or variant nobody has described; nothing was imported: "
                "{listed}; describe them (`import modifiers` or the Recipes page), or use "
                "--park-unknown",
                "{count} modifiers or variants nobody has described; nothing was imported: "
                "{listed}; describe them (`import modifiers` or the Recipes page), or use "
                "--park-unknown",
                len(self.modifiers),
            )
            parts.append(text.format(count=len(self.modifiers), listed=_listed(self.modifiers)))
        super().__init__("; ".join(parts), file=file)


def _listed(unknown: dict[str, int]) -> str:
    """'"Spritz" (41 lines), "Mule" (1 line)', the most frequent first, MAX_LISTED at most."""
    ordered = sorted(unknown.items(), key=lambda pair: (-pair[1], pair[0].casefold()))
    listed = ", ".join(f'"{name}" ({_lines(count)})' for name, count in ordered[:MAX_LISTED])
    if len(ordered) > MAX_LISTED:
        listed = tr("{listed} and {count} more").format(
            listed=listed, count=len(ordered) - MAX_LISTED
        )
    return listed


def _lines(count: int) -> str:
    return ntr("{count} line", "{count} lines", count).format(count=count)


def parked_note(line: SalesLine) -> str:
    """The till's note, then the variant and modifiers it printed: the owner resolving the
    line later sees what was asked for ("Negroni · variant: Double · modifiers: Oat milk")."""
    parts = [line.note] if line.note else []
    if not is_plain_variant(line.variant):
        parts.append(tr("variant: {variant}").format(variant=line.variant))
    if line.modifiers:
        parts.append(tr("modifiers: {modifiers}").format(modifiers=", ".join(line.modifiers)))
    return " · ".join(parts)
