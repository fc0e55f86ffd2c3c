"""One small function per user action, each an Op (ui/ops.py) saying what the action changes.

The Orders page's actions are in ui/order_operations.py, signing in and the people in
ui/people_operations.py, the modifier rules in ui/modifier_operations.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import Session
from inventory_app.db.restore import Restored
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import Unit
from inventory_app.i18n.catalogue import tr
from inventory_app.services import bar_logo, settings
from inventory_app.services.backups import files as backups
from inventory_app.services.backups import restoring
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.counts import report as count_report
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts import view as count_view
from inventory_app.services.counts.report import CountReport
from inventory_app.services.counts.view import CountRow
from inventory_app.services.imports import counts as count_import
from inventory_app.services.ledger import movements as stock
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes import menu_order, production
from inventory_app.services.selling import sales as selling
from inventory_app.services.undo import changes as undo_changes
from inventory_app.services.undo import movements as undo_movements
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op


@dataclass(frozen=True)
class Adjustment:
    """What the adjust dialog asks for: a signed amount in a unit, a reason and a note."""

    sku: str
    amount: Decimal
    unit: Unit
    reason: Reason
    note: str = ""
    batch: str | None = None  # a flask's batch code; None: the oldest batches first


def save_item(
    context: AppContext, *, spec: ItemSpec, expected_version: int | None
) -> InventoryError | None:
    """Create or update an item; a newer version saved elsewhere comes back as a ConflictError."""
    return _run(
        context,
        Change.ITEMS,
        lambda s: catalogue.save_item(
            s, spec, author=context.user, expected_version=expected_version
        ),
    )


def adjust_stock(context: AppContext, *, adjustment: Adjustment) -> InventoryError | None:
    """Record waste, breakage, a comp or a correction in the ledger."""
    a = adjustment
    return _run(
        context,
        Change.STOCK,
        lambda s: stock.adjust(
            s,
            a.sku,
            a.amount,
            a.unit,
            a.reason,
            author=context.user,
            note=a.note.strip(),
            batch=a.batch,
        ),
    )


def undo_movement(context: AppContext, *, movement_id: int) -> InventoryError | None:
    """Cancel a movement with a compensating one; the original stays in the ledger."""
    return _run(
        context,
        Change.STOCK | Change.SALES | Change.BOTTLES,
        lambda s: undo_movements.undo_movement(s, movement_id, author=context.user),
    )


def undo_change(context: AppContext, *, entry_id: int) -> InventoryError | None:
    """Reverse a change from the audit log with a new entry; the original stays."""
    return _run(
        context,
        Change.EVERYTHING,
        lambda s: undo_changes.undo_change(s, entry_id, author=context.user),
    )


def sell(
    context: AppContext, *, name: str, quantity: Decimal, channel: Channel
) -> selling.SaleResult | InventoryError:
    """Drinks sold at the window: the sale and its deductions; shortages come back with it."""
    return Op(
        context,
        Change.SALES | Change.STOCK | Change.BOTTLES,
        lambda s: selling.sell(s, name, author=context.user, quantity=quantity, channel=channel),
    ).run()


def move_on_menu(
    context: AppContext, *, recipe_id: int, to_recipe_id: int
) -> InventoryError | None:
    """The owner dropped a tile on another: it takes that tile's place on the menu."""
    return _run(
        context,
        Change.RECIPES,
        lambda s: menu_order.move_on_menu(s, recipe_id, to_recipe_id, author=context.user),
    )


def undo_sale(context: AppContext, *, sale_id: int) -> InventoryError | None:
    """Void a sale: compensating movements put back exactly what it took."""
    return _run(
        context,
        Change.SALES | Change.STOCK | Change.BOTTLES,
        lambda s: selling.undo_sale(s, sale_id, author=context.user),
    )


def save_recipe(
    context: AppContext,
    *,
    spec: recipes.RecipeSpec,
    recipe_id: int | None,
    expected_version: int | None,
) -> InventoryError | None:
    """Create or replace a recipe; later sales deduct the new lines, past ones stay."""
    return _run(
        context,
        Change.RECIPES,
        lambda s: recipes.save_recipe(
            s, spec, author=context.user, recipe_id=recipe_id, expected_version=expected_version
        ),
    )


def make_prep(
    context: AppContext, *, name: str, batches: Decimal
) -> production.ProductionResult | InventoryError:
    """Batches of a house prep: ingredients out, the flask item in."""
    return Op(
        context,
        Change.STOCK,
        lambda s: production.make_prep(s, name, author=context.user, batches=batches),
    ).run()


def start_count(context: AppContext, *, locations: tuple[str, ...]) -> InventoryError | None:
    """Open a count of the whole bar (no locations) or of some locations."""
    return _run(
        context,
        Change.COUNTS,
        lambda s: counts.start_count(s, author=context.user, locations=locations),
    )


def set_count_line(
    context: AppContext, *, item_id: int, sku: str, texts: Mapping[str, str]
) -> CountRow | InventoryError:
    """Save one item's entry as typed (all blank forgets it); the row comes back.

    A refused entry is saved too, with its reason: the row then counts nothing (the core's
    rule, see counts.set_line) and the page shows why.
    """

    def work(session: Session) -> CountRow:
        if not any(text.strip() for text in texts.values()):
            counts.clear_line(session, sku, author=context.user)
        else:
            counts.set_line_text(session, sku, author=context.user, texts=texts)
        return count_view.count_row(session, item_id)

    return Op(context, Change.COUNTS, work).run()


def finalise_count(context: AppContext) -> CountReport | InventoryError:
    """Write the count's differences to the ledger; its variance report comes back."""

    def work(session: Session) -> CountReport:
        done = counts.finalise_count(session, author=context.user)
        return count_report.count_report(session, done.count_id)

    return Op(context, Change.COUNTS | Change.STOCK, work).run()


def import_count_sheet(
    context: AppContext, *, path: Path, finalise: bool
) -> count_import.CountImportSummary | InventoryError:
    """Read a filled count sheet into the open count, all rows or none."""
    return Op(
        context,
        Change.COUNTS | Change.STOCK,
        lambda s: count_import.import_count_sheet(s, path, author=context.user, finalise=finalise),
    ).run()


def _run(
    context: AppContext, changes: Change, work: Callable[[Session], object]
) -> InventoryError | None:
    """The transaction around one action; on success the pages that show `changes` hear once."""
    done = Op(context, changes, work).run()
    return done if isinstance(done, InventoryError) else None


def open_container(
    context: AppContext, *, code: str, bottle_id: int | None = None
) -> bottles.OpeningResult | InventoryError:
    """The bartender opens a bottle or a container: a ledger event with their name."""
    return Op(
        context,
        Change.BOTTLES | Change.STOCK,
        lambda s: bottles.open_container(s, code, author=context.user, bottle_id=bottle_id),
    ).run()


def empty_container(
    context: AppContext, *, code: str, bottle_id: int | None = None
) -> bottles.OpeningResult | InventoryError:
    """A bottle or container finished; a bottle's ledger remainder is written off."""
    return Op(
        context,
        Change.BOTTLES | Change.STOCK,
        lambda s: bottles.empty_container(s, code, author=context.user, bottle_id=bottle_id),
    ).run()


def undo_opening(context: AppContext, *, movement_id: int) -> InventoryError | None:
    """Take back an opening or a finish from today's log; the bottle steps back too."""
    return _run(
        context,
        Change.BOTTLES | Change.STOCK,
        lambda s: undo_movements.undo_opening(s, movement_id, author=context.user),
    )


def save_settings(context: AppContext, *, values: Mapping[str, str]) -> InventoryError | None:
    """All the settings dialog's values in one transaction: every one is saved, or none."""

    def work(session: Session) -> None:
        for key, value in values.items():
            settings.set_setting(session, key, value, author=context.user)

    return _run(context, Change.SETTINGS, work)


def set_bar_logo(context: AppContext, *, data: bytes | None) -> InventoryError | None:
    """Keep `data` as the bar's logo at once (None removes it)."""
    user = context.user
    if data is None:
        return _run(context, Change.SETTINGS, lambda s: bar_logo.clear_bar_logo(s, author=user))
    return _run(context, Change.SETTINGS, lambda s: bar_logo.set_bar_logo(s, data, author=user))


def back_up_now(context: AppContext) -> Path | InventoryError:
    """A manual backup of the SQLite file; a full disk comes back as a message."""
    try:
        return backups.back_up_now(context.database.url)
    except InventoryError as error:
        return error
    except (OSError, sqlite3.Error) as error:
        return InventoryError(tr("the backup was not written: {error}").format(error=error))


def restore_backup(context: AppContext, *, source: Path) -> Restored | InventoryError:
    """Put a backup back under the open window; every page then shows the restored data."""
    try:
        restored = restoring.restore_open(
            context.database, source, sign_in=lambda _database: context.user
        )
    except InventoryError as error:
        return error
    except (OSError, sqlite3.Error) as error:
        return InventoryError(tr("the backup was not restored: {error}").format(error=error))
    context.changes.announce(Change.EVERYTHING)
    return restored
