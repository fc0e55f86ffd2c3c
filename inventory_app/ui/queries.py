"""Reads the GUI needs, each one service call in its own short session.

Every function here is one line of work: a read through ui/ops.py's `read_now` that calls
the service holding the read (plain rows and values, never ORM objects) and returns what
it returns. The rules and the SQL live in services/; the dataclasses the pages use are
re-exported from there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import Database
from inventory_app.domain import display
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.local_day import local_day_bounds
from inventory_app.io.reorder_workbook import write_reorder_workbook
from inventory_app.services import settings
from inventory_app.services.bottles import second_opening
from inventory_app.services.bottles import view as bottle_view
from inventory_app.services.bottles.control import ControlState, control_state
from inventory_app.services.bottles.draws import UnassignedDraws, unassigned_draws
from inventory_app.services.catalogue import editor_reads
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.catalogue.editor_reads import ItemFormChoices, LoadedItem
from inventory_app.services.counts import report as count_report
from inventory_app.services.counts import view as count_view
from inventory_app.services.counts.report import CountReport
from inventory_app.services.demo.people import demo_pins
from inventory_app.services.imports import counts as count_import
from inventory_app.services.ordering import order_reads, orders
from inventory_app.services.ordering.lead_times import LeadTime, lead_times
from inventory_app.services.ordering.receiving_form import ReceivingForm, receiving_form
from inventory_app.services.ordering.reorder import SupplierProposal, reorder_proposal
from inventory_app.services.people import roster as people
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes import editor_reads as recipe_reads
from inventory_app.services.recipes.allergens import RecipeAllergens, recipe_allergens
from inventory_app.services.recipes.editor_reads import LoadedRecipe, RecipeCheck
from inventory_app.services.recipes.modifiers import RuleRow, modifier_rules
from inventory_app.services.selling.standing import LastSale, SellState, sell_state
from inventory_app.services.views import timeline
from inventory_app.services.views.allergen_register import allergen_register
from inventory_app.services.views.stock import (
    HistoryEntry,
    ItemChoice,
    Order,
    StockRow,
    history,
    ingredient_choices,
    stock_rows,
    stock_view,
)
from inventory_app.services.views.timeline_choices import TimelineChoices, timeline_choices
from inventory_app.ui.ops import read_now
from inventory_app.ui.render.allergen_files import write_register_file

Choices = ItemFormChoices  # the item dialog's name for it

# The plain values pages import from here; each is defined in the service that reads it.
__all__ = [
    "Choices", "ControlState", "ItemChoice", "LastSale", "LoadedItem", "LoadedRecipe",
    "RecipeCheck", "SellState", "TimelineChoices",
]  # fmt: skip


def load_stock(database: Database, *, order: Order) -> list[StockRow]:
    return read_now(database, lambda session: stock_rows(session, order=order))


def load_stock_view(
    database: Database, *, order: Order
) -> tuple[list[StockRow], display.ContainerStyle]:
    """The Stock page's rows and how the bar reads part bottles, in one reading."""
    return read_now(database, lambda session: stock_view(session, order=order))


def load_history(database: Database, item_id: int) -> list[HistoryEntry]:
    return read_now(database, lambda session: history(session, item_id))


def load_item(database: Database, item_id: int) -> LoadedItem:
    return read_now(database, lambda session: editor_reads.loaded_item(session, item_id))


def load_choices(database: Database) -> ItemFormChoices:
    return read_now(database, editor_reads.item_form_choices)


def lookup_code(database: Database, code: str) -> tuple[int, str] | None:
    """The item a scanned barcode or SKU names, as (id, name), or None."""
    return read_now(database, lambda session: editor_reads.item_for_code(session, code))


def load_sell_state(
    database: Database, *, user: str, day: date | None = None, recent: int = 5
) -> SellState:
    """The menu in its order, this user's last standing sales and the day's drinks."""
    return read_now(
        database, lambda session: sell_state(session, user=user, day=day, recent=recent)
    )


def still_open(database: Database, code: str) -> second_opening.StillOpen | None:
    """What of an item is open already, asked before another of it is opened."""
    return read_now(database, lambda session: second_opening.still_open(session, code))


def is_known_barcode(database: Database, code: str) -> bool:
    """Whether fast keys typed into a field spell a barcode the bar knows (see the scanner)."""
    return read_now(database, lambda session: catalogue.is_known_barcode(session, code))


def load_recipe_rows(database: Database) -> list[recipes.RecipeRow]:
    return read_now(database, recipes.recipe_rows)


def load_recipe(database: Database, recipe_id: int) -> LoadedRecipe:
    return read_now(database, lambda session: recipe_reads.loaded_recipe(session, recipe_id))


def load_modifier_rules(database: Database, recipe: str | None) -> list[RuleRow]:
    """The rules a recipe follows (its own and every recipe's), or every rule."""
    return read_now(database, lambda session: modifier_rules(session, recipe=recipe))


def load_item_choices(database: Database) -> list[ItemChoice]:
    return read_now(database, ingredient_choices)


def check_recipe(
    database: Database, spec: recipes.RecipeSpec, *, recipe_id: int | None
) -> RecipeCheck:
    """The service's own rules and costs for an unsaved spec (services/recipes/editor_reads.py),
    in a session that is never committed: it is rolled back before it closes."""
    with database.sessions() as session:
        checked = recipe_reads.check_draft(session, spec, recipe_id=recipe_id)
        session.rollback()
    return checked


def load_count_state(database: Database) -> count_view.CountState:
    """The open count and its rows (the whole bar's rows when none is open)."""
    return read_now(database, count_view.count_state)


def load_count_report(database: Database, count_id: int | None) -> CountReport | None:
    """A finalised count's variance (the latest by default); None when none is finalised."""
    return read_now(database, lambda session: count_report.latest_report(session, count_id))


def load_finalised_counts(database: Database) -> list[count_report.CountListing]:
    return read_now(database, count_report.finalised_counts)


def export_count_sheet(database: Database, path: Path, *, locations: tuple[str, ...]) -> int:
    """Write the blind count sheet; reads only, so it takes no write lock."""
    return read_now(
        database,
        lambda session: count_import.export_count_sheet(session, path, locations=locations),
    )


def load_opening_targets(database: Database, text: str) -> list[bottle_view.OpeningTarget]:
    """What a search or scan on the Openings page matches: bulk items and single bottles."""
    return read_now(database, lambda session: bottle_view.opening_targets(session, text))


def load_opening_log(database: Database, day: date | None = None) -> list[bottle_view.OpeningEntry]:
    """The day's openings and finishes (local day), newest first."""
    return read_now(
        database,
        lambda session: bottle_view.opening_log(session, *local_day_bounds(day or date.today())),
    )


def load_bottles(database: Database, *, state: BottleState | None) -> list[bottle_view.BottleRow]:
    return read_now(database, lambda session: bottle_view.bottle_rows(session, state=state))


def load_bottle_history(database: Database, bottle_id: int) -> list[HistoryEntry]:
    return read_now(database, lambda session: history(session, bottle_id=bottle_id))


def load_unassigned_draws(database: Database) -> list[UnassignedDraws]:
    """Serial items poured while none of their bottles was open."""
    return read_now(database, unassigned_draws)


def load_control(database: Database, first: date, last: date) -> ControlState:
    """Local days, both ends included, as `openings report` reads them; one short session."""
    return read_now(database, lambda session: control_state(session, first, last))


def load_proposal(database: Database) -> list[SupplierProposal]:
    return read_now(database, reorder_proposal)


def load_orders(database: Database, *, status: str | None) -> list[order_reads.OrderRow]:
    return read_now(database, lambda session: order_reads.order_rows(session, status=status))


def load_order_lines(database: Database, order_id: int) -> list[order_reads.OrderLineRow]:
    return read_now(database, lambda session: order_reads.order_lines(session, order_id))


def load_lead_times(database: Database) -> list[LeadTime]:
    """Every supplier's lead time, as given and as observed on their received orders."""
    return read_now(database, lead_times)


def load_receiving_form(database: Database, order_id: int) -> ReceivingForm:
    """A sent order as the Receive dialog opens it (InputError for any other status)."""
    return read_now(database, lambda session: receiving_form(session, order_id))


def export_reorder_workbook(
    database: Database,
    path: Path,
    *,
    quantities: Mapping[tuple[str, str], Decimal],
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The draft orders, then the proposal with the owner's quantities: one sheet per
    supplier's draft or proposal; reads only (nothing is marked sent)."""
    sheets = read_now(database, lambda session: orders.workbook_sheets(session, quantities))
    return write_reorder_workbook(path, sheets, day=date.today(), progress=progress)


def load_timeline_choices(database: Database) -> TimelineChoices:
    return read_now(database, timeline_choices)


def load_timeline_people(database: Database) -> list[str]:
    return read_now(database, timeline.people)


def load_timeline(
    database: Database,
    where: timeline.TimelineFilter,
    *,
    sort: timeline.Sort,
    descending: bool,
    after: timeline.TimelineRow | None,
    limit: int,
) -> list[timeline.TimelineRow]:
    return read_now(
        database,
        lambda session: timeline.timeline(
            session, where, sort=sort, descending=descending, after=after, limit=limit
        ),
    )


def count_timeline(database: Database, where: timeline.TimelineFilter) -> int:
    return read_now(database, lambda session: timeline.count(session, where))


def load_all_people(database: Database) -> list[people.UserRow]:
    """Everyone, active or not (File > Settings > People)."""
    return read_now(database, people.list_users)


def load_demo_pins(database: Database) -> list[tuple[str, str]]:
    """The demo's PINs while its people still have them, else nothing (services/demo/bar.py)."""
    return read_now(database, demo_pins)


def load_people(database: Database) -> tuple[list[people.UserRow], bool]:
    """The active people for the sign-in screen, and whether the first owner is still to come."""
    return read_now(database, people.sign_in_roster)


def load_idle_minutes(database: Database) -> int:
    """Minutes without a touch before the window locks; 0 never locks."""
    return read_now(database, settings.idle_lock_minutes)


def load_recipe_allergens(database: Database) -> dict[int, RecipeAllergens]:
    """Every recipe's allergens by its id, inherited through its preps."""
    return read_now(database, recipe_allergens)


def write_allergen_register(database: Database, path: Path) -> Path:
    """The menu's allergen register in the bar's language, dated today, as .pdf or .xlsx."""
    register = read_now(database, allergen_register)
    return write_register_file(path, register)
