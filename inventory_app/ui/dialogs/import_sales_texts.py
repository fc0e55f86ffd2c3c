"""The Import sales dialog's words: the profiles as the chooser names them, the names
no recipe or rule knows, and the summary of a run (dry or real).

Apart from the dialog (ui/dialogs/import_sales_dialog.py), which holds the preview and
the worker: these only turn what the services report into sentences, counts grouped as
the reader writes them (domain/display.py).
"""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.display import number_text
from inventory_app.i18n.catalogue import NC_, ntr, tr, trc
from inventory_app.services.imports.sales import SalesFormat, SalesImportSummary

# The import profiles as the chooser names them (the value stays the name --profile
# takes): auto, then the built-in ones. The owner's own profiles are found by auto.
FORMAT_LABELS = {
    SalesFormat.AUTO.value: NC_("sales format", "auto"),
    SalesFormat.SQUARE.value: NC_("sales format", "square"),
    "sumup": NC_("sales format", "SumUp"),
    "loyverse": NC_("sales format", "Loyverse"),
    SalesFormat.GENERIC.value: NC_("sales format", "generic"),
}


def format_label(name: str) -> str:
    """A profile as the window names it; an owner's profile by its own name."""
    label = FORMAT_LABELS.get(str(name))
    return trc("sales format", label) if label is not None else str(name)


def names_with_lines(counts: dict[str, int]) -> str:
    """'"Spritz" (41 lines), "Mule" (1 line)': the most lines first, then by name."""
    ordered = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold()))
    return ", ".join(
        ntr('"{name}" ({count} line)', '"{name}" ({count} lines)', c).format(name=n, count=whole(c))
        for n, c in ordered
    )


def unknown_text(unknown: dict[str, int]) -> str:
    """'2 names match no recipe: "Spritz" (41 lines), "Mule" (1 line)'."""
    listed = names_with_lines(unknown)
    return ntr(
        "{count} name matches no recipe or POS name: {names}. Add them as POS names on "
        "the Recipes page, or tick Keep unknown names.",
        "{count} names match no recipe or POS name: {names}. Add them as POS names on "
        "the Recipes page, or tick Keep unknown names.",
        len(unknown),
    ).format(count=whole(len(unknown)), names=listed)


def modifiers_text(modifiers: dict[str, int]) -> str:
    """'1 variant or modifier no rule describes: "Oat milk" (3 lines). ...'."""
    listed = names_with_lines(modifiers)
    return ntr(
        "{count} variant or modifier no rule describes: {names}. Describe them with "
        "Modifiers… on the Recipes page, or tick Keep unknown names.",
        "{count} variants or modifiers no rule describes: {names}. Describe them with "
        "Modifiers… on the Recipes page, or tick Keep unknown names.",
        len(modifiers),
    ).format(count=whole(len(modifiers)), names=listed)


def summary_text(summary: SalesImportSummary) -> str:
    if summary.dry_run:
        head = tr(
            "Dry run, nothing written: would import {imported} of {lines} lines ({drinks} drinks)"
        )
    else:
        head = tr("Imported {imported} of {lines} lines ({drinks} drinks)")
    parts = [
        head.format(
            imported=whole(summary.imported),
            lines=whole(summary.lines),
            drinks=whole(summary.drinks),
        ),
        tr("{count} already known").format(count=whole(summary.already_known)),
        tr("{count} refunds").format(count=whole(summary.refunds)),
        tr("{count} parked as unmatched").format(count=whole(summary.skipped_unknown)),
    ]
    text = " · ".join(parts)
    if summary.skipped_unknown and not summary.dry_run:
        text += "\n" + ntr(
            "It waits in Unmatched sales: resolve it with the button below.",
            "They wait in Unmatched sales: resolve them with the button below.",
            summary.skipped_unknown,
        )
    return text


def whole(count: int | Decimal) -> str:
    """A count of lines or drinks, thousands grouped as the reader writes them."""
    return number_text(Decimal(count))
