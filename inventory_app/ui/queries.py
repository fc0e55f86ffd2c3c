"""Reads the GUI needs, each in its own short session; they return plain rows, never ORM objects."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import Database
from inventory_app.domain import display
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel, pour_cost_pct
from inventory_app.io.reorder_workbook import write_reorder_workbook
from inventory_app.services import settings
from inventory_app.services.bottles import opening_control, second_opening
from inventory_app.services.bottles import view as bottle_view
from inventory_app.services.bottles.draws import UnassignedDraws, unassigned_draws
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.counts import report as count_report
from inventory_app.services.counts import view as count_view
from inventory_app.services.counts.report import CountReport
from inventory_app.services.demo.people import demo_pins
from inventory_app.services.imports import counts as count_import
from inventory_app.services.ordering import orders
from inventory_app.services.ordering.reorder import (
    SupplierProposal,
    reorder_proposal,
    with_quantities,
)
from inventory_app.services.people import roster as people
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.selling import sales as selling
from inventory_app.services.selling.sales import MenuEntry
from inventory_app.services.views import timeline
from inventory_app.services.views.stock import HistoryEntry, Order, StockRow, history, stock_rows


@dataclass(frozen=True)
class LoadedItem:
    """An item as the editor opened it: its fields and the version to save against."""

    item_id: int
    spec: ItemSpec
    version: int


@dataclass(frozen=True)
class Choices:
    """What the item dialog's editable combos offer."""

    suppliers: list[str]
    locations: list[str]
    categories: list[str]


def load_stock(database: Database, *, order: Order) -> list[StockRow]:
    with database.reading() as session:
        return stock_rows(session, order=order)


def load_stock_view(
    database: Database, *, order: Order
) -> tuple[list[StockRow], display.ContainerStyle]:
    """The Stock page's rows and how the bar reads part bottles, in one reading."""
    with database.reading() as session:
        return stock_rows(session, order=order), settings.container_style(session)


def load_history(database: Database, item_id: int) -> list[HistoryEntry]:
    with database.reading() as session:
        return history(session, item_id)


def load_item(database: Database, item_id: int) -> LoadedItem:
    with database.reading() as session:
        item = catalogue.get_item(session, item_id)
        return LoadedItem(item.id, catalogue.item_spec(item), item.version)


def load_choices(database: Database) -> Choices:
    with database.reading() as session:
        categories = sorted({r.category for r in stock_rows(session) if r.category}, key=str.lower)
        return Choices(
            suppliers=catalogue.supplier_names(session),
            locations=catalogue.location_names(session),
            categories=categories,
        )


def lookup_code(database: Database, code: str) -> tuple[int, str] | None:
    """The item a scanned barcode or SKU names, as (id, name), or None."""
    with database.reading() as session:
        try:
            item = catalogue.find_item(session, code)
        except NotFoundError:
            return None
        return item.id, item.name


@dataclass(frozen=True)
class LastSale:
    """The sale an Undo would void, as plain values (never the ORM row)."""

    sale_id: int
    recipe: str
    quantity: Decimal
    channel: Channel
    at: datetime | None = None  # naive UTC, as stored


@dataclass(frozen=True)
class SellState:
    """Everything the Sell page shows, read in one short session."""

    menu: list[MenuEntry]
    recent: list[LastSale]  # this user's last standing sales, newest first
    today: Decimal
    default_channel: Channel

    @property
    def last_sale(self) -> LastSale | None:
        return self.recent[0] if self.recent else None


def load_sell_state(
    database: Database, *, user: str, day: date | None = None, recent: int = 5
) -> SellState:
    """The menu in its order, this user's last standing sales and the day's drinks."""
    start, end = selling.local_day_bounds(day or date.today())
    with database.reading() as session:
        return SellState(
            menu=selling.menu(session),
            recent=[
                LastSale(s.id, s.recipe_name, s.quantity, Channel(s.channel), s.at)
                for s in selling.recent_sales(session, author=user, limit=recent)
            ],
            today=selling.drinks_sold(session, start, end),
            default_channel=settings.default_channel(session),
        )


def still_open(database: Database, code: str) -> second_opening.StillOpen | None:
    """What of an item is open already, asked before another of it is opened."""
    with database.reading() as session:
        return second_opening.still_open(session, code)


def is_known_barcode(database: Database, code: str) -> bool:
    """Whether fast keys typed into a field spell a barcode the bar knows (see the scanner)."""
    with database.reading() as session:
        return catalogue.is_known_barcode(session, code)


@dataclass(frozen=True)
class ItemChoice:
    """An ingredient the recipe editor offers: 'SKU — name', in the item's base unit."""

    sku: str
    name: str
    unit: str

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}"


@dataclass(frozen=True)
class LoadedRecipe:
    recipe_id: int
    spec: recipes.RecipeSpec
    version: int


@dataclass(frozen=True)
class RecipeCheck:
    """What the editor shows while typing: every problem, and the cost if the spec is valid."""

    problems: list[InputError]
    cost_by_channel: dict[Channel, Decimal]
    pour_cost_pct: Decimal | None


def load_recipe_rows(database: Database) -> list[recipes.RecipeRow]:
    with database.reading() as session:
        return recipes.recipe_rows(session)


def load_recipe(database: Database, recipe_id: int) -> LoadedRecipe:
    with database.reading() as session:
        spec, version = recipes.recipe_spec(session, recipe_id)
        return LoadedRecipe(recipe_id, spec, version)


def load_item_choices(database: Database) -> list[ItemChoice]:
    with database.reading() as session:
        rows = stock_rows(session)
    return sorted((ItemChoice(r.sku, r.name, r.unit) for r in rows), key=lambda c: c.sku)


def check_recipe(
    database: Database, spec: recipes.RecipeSpec, *, recipe_id: int | None
) -> RecipeCheck:
    """The service's own rules and costs for an unsaved spec.

    The spec is saved in a session that is never committed (it rolls back when closed):
    the cost comes from the one costing function, not a copy of it in the GUI.
    """
    with database.sessions() as session:
        problems = recipes.recipe_problems(session, spec, recipe_id=recipe_id)
        if problems:
            return RecipeCheck(problems, {}, None)
        costs = recipes.draft_costs(session, spec, recipe_id=recipe_id)
        channel = settings.default_channel(session)
        vat = settings.vat_rate_pct(session)
        session.rollback()
    pct = pour_cost_pct(costs[channel], spec.price, vat) if spec.price else None
    return RecipeCheck([], costs, pct)


def load_count_state(database: Database) -> count_view.CountState:
    """The open count and its rows (the whole bar's rows when none is open)."""
    with database.reading() as session:
        return count_view.count_state(session)


def load_count_report(database: Database, count_id: int | None) -> CountReport | None:
    """A finalised count's variance (the latest by default); None when none is finalised."""
    with database.reading() as session:
        if not count_report.finalised_counts(session):
            return None
        return count_report.count_report(session, count_id)


def load_finalised_counts(database: Database) -> list[count_report.CountListing]:
    with database.reading() as session:
        return count_report.finalised_counts(session)


def export_count_sheet(database: Database, path: Path, *, locations: tuple[str, ...]) -> int:
    """Write the blind count sheet; reads only, so it takes no write lock."""
    with database.reading() as session:
        return count_import.export_count_sheet(session, path, locations=locations)


def load_opening_targets(database: Database, text: str) -> list[bottle_view.OpeningTarget]:
    """What a search or scan on the Openings page matches: bulk items and single bottles."""
    with database.reading() as session:
        return bottle_view.opening_targets(session, text)


def load_opening_log(database: Database, day: date | None = None) -> list[bottle_view.OpeningEntry]:
    """The day's openings and finishes (local day), newest first."""
    start, end = selling.local_day_bounds(day or date.today())
    with database.reading() as session:
        return bottle_view.opening_log(session, start, end)


def load_bottles(database: Database, *, state: BottleState | None) -> list[bottle_view.BottleRow]:
    with database.reading() as session:
        return bottle_view.bottle_rows(session, state=state)


def load_bottle_history(database: Database, bottle_id: int) -> list[HistoryEntry]:
    with database.reading() as session:
        return history(session, bottle_id=bottle_id)


def load_unassigned_draws(database: Database) -> list[UnassignedDraws]:
    """Serial items poured while none of their bottles was open."""
    with database.reading() as session:
        return unassigned_draws(session)


@dataclass(frozen=True)
class ControlState:
    """The Control page's period: what was opened, what is open now, and the control report."""

    openings: list[bottle_view.OpeningEntry]
    open_now: list[bottle_view.OpenContainer]
    report: opening_control.OpeningReport


def load_control(database: Database, first: date, last: date) -> ControlState:
    """Local days, both ends included, as `openings report` reads them; one short session."""
    start, end = selling.local_day_bounds(first)[0], selling.local_day_bounds(last)[1]
    with database.reading() as session:
        return ControlState(
            openings=bottle_view.openings(session, start, end),
            open_now=bottle_view.open_now(session),
            report=opening_control.opening_report(session, start, end),
        )


def load_proposal(database: Database) -> list[SupplierProposal]:
    with database.reading() as session:
        return reorder_proposal(session)


def load_orders(database: Database, *, status: str | None) -> list[orders.OrderRow]:
    with database.reading() as session:
        return orders.order_rows(session, status=status)


def load_order_lines(database: Database, order_id: int) -> list[orders.OrderLineRow]:
    with database.reading() as session:
        return orders.order_lines(session, order_id)


def export_reorder_workbook(
    database: Database,
    path: Path,
    *,
    quantities: Mapping[tuple[str, str], Decimal],
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The draft orders, then the proposal with the owner's quantities: one sheet per
    supplier's draft or proposal; reads only (nothing is marked sent)."""
    with database.reading() as session:
        drafts = orders.draft_sheets(session)
        proposals = reorder_proposal(session)
    edited = [
        with_quantities(
            p, {sku: q for (supplier, sku), q in quantities.items() if supplier == p.supplier}
        )
        for p in proposals
    ]
    return write_reorder_workbook(path, drafts + edited, day=date.today(), progress=progress)


@dataclass(frozen=True)
class TimelineChoices:
    """What the History page's filter bar offers."""

    items: list[tuple[int, str]]
    reasons: list[str]
    entities: list[str]


def load_timeline_choices(database: Database) -> TimelineChoices:
    with database.reading() as session:
        return TimelineChoices(
            items=timeline.item_choices(session),
            reasons=timeline.reasons(session),
            entities=timeline.entities(session),
        )


def load_timeline_people(database: Database) -> list[str]:
    with database.reading() as session:
        return timeline.people(session)


def load_timeline(
    database: Database,
    where: timeline.TimelineFilter,
    *,
    sort: timeline.Sort,
    descending: bool,
    after: timeline.TimelineRow | None,
    limit: int,
) -> list[timeline.TimelineRow]:
    with database.reading() as session:
        return timeline.timeline(
            session, where, sort=sort, descending=descending, after=after, limit=limit
        )


def count_timeline(database: Database, where: timeline.TimelineFilter) -> int:
    with database.reading() as session:
        return timeline.count(session, where)


def load_all_people(database: Database) -> list[people.UserRow]:
    """Everyone, active or not (File > Settings > People)."""
    with database.reading() as session:
        return people.list_users(session)


def load_demo_pins(database: Database) -> list[tuple[str, str]]:
    """The demo's PINs while its people still have them, else nothing (services/demo/bar.py)."""
    with database.reading() as session:
        return demo_pins(session)


def load_people(database: Database) -> tuple[list[people.UserRow], bool]:
    """The active people for the sign-in screen, and whether the first owner is still to come."""
    with database.reading() as session:
        rows = [u for u in people.list_users(session) if u.active]
        return rows, people.needs_first_owner(session)


def load_idle_minutes(database: Database) -> int:
    """Minutes without a touch before the window locks; 0 never locks."""
    with database.reading() as session:
        return int(settings.get_setting(session, "idle_lock_minutes"))
