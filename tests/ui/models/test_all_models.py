"""Every item model of the window passes Qt's model tester, on rows read from the demo bar.

The models are found by importing every module under `inventory_app/ui`, so a new model is
checked without anyone listing it; one that has no builder in `BUILDERS` fails the test
that says so. Each builder fills its model the way its page or dialog does (the same read
in `ui/queries.py` or the same service), on a copy of the demo bar with a count, a draft
order and a backup made first, so that no model is checked empty.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel

import inventory_app.ui
from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.services.backups.files import back_up_now, backups_of
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.view import CountRow
from inventory_app.services.imports.preview import preview_sales
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ordering import orders
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling.unmatched import resolve_to_recipe, unmatched_sales
from inventory_app.services.views.stock import Order
from inventory_app.services.views.timeline import Sort, TimelineFilter, TimelineRow
from inventory_app.ui import batch_operations, pour_work, queries
from inventory_app.ui.dialogs import batches_dialog
from inventory_app.ui.dialogs.backups_section import BackupsModel
from inventory_app.ui.dialogs.batches_dialog import BatchModel
from inventory_app.ui.dialogs.people_section import PeopleModel
from inventory_app.ui.models.bottle_model import BottleModel
from inventory_app.ui.models.control_models import (
    ExcessModel,
    FlagModel,
    OpenNowModel,
    WeekOpeningModel,
    control_flags,
)
from inventory_app.ui.models.count_model import CountModel
from inventory_app.ui.models.history_model import HistoryModel
from inventory_app.ui.models.modifier_model import ModifierTableModel
from inventory_app.ui.models.opening_log_model import OpeningLogModel
from inventory_app.ui.models.order_models import OrderLineModel, OrderModel, ProposalModel
from inventory_app.ui.models.recipe_model import RecipeFilterProxy, RecipeTableModel
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel
from inventory_app.ui.models.sales_preview_model import SalesPreviewModel
from inventory_app.ui.models.stock_model import StockFilterProxy, StockTableModel
from inventory_app.ui.models.supplier_model import SupplierModel
from inventory_app.ui.models.timeline_model import TimelineModel
from inventory_app.ui.models.unmatched_model import UnmatchedModel
from inventory_app.ui.models.variance_model import VarianceModel
from inventory_app.ui.opening_reads import load_dashboard
from inventory_app.ui.pages import dashboard_page
from inventory_app.ui.pages.dashboard_page import CardModel
from inventory_app.ui.supplier_operations import load_suppliers
from tests.ui.conftest import DEMO_OWNER

SALES = "date,time,item,qty,channel,transaction_id\n" + "".join(
    f"2026-11-20,21:0{n},{name},1,speakeasy,T{n}\n"
    for n, name in enumerate(("Negroni", "Spritz", "Mystery Sour"))
)


@dataclass(frozen=True)
class DemoBar:
    """A copy of the demo bar with one of everything a model shows: a finalised count and
    an open one, a draft order, a backup and a sales file to preview."""

    database: Database
    sales_file: Path
    finalised_count: int


def model_classes() -> list[type[QAbstractItemModel]]:
    """Every QAbstractItemModel subclass defined in a module of `inventory_app.ui`."""
    found: dict[str, type[QAbstractItemModel]] = {}
    for module_info in pkgutil.walk_packages(inventory_app.ui.__path__, "inventory_app.ui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


# --- builders: each returns its model(s) filled as the window fills them ----------------------
def stock_rows(bar: DemoBar) -> StockTableModel:
    model = StockTableModel()
    model.set_rows(queries.load_stock(bar.database, order=Order.NAME))
    return model


def stock_proxy(bar: DemoBar) -> StockFilterProxy:
    proxy = StockFilterProxy()
    source = stock_rows(bar)
    source.setParent(proxy)  # the proxy does not own its source: without this, Python frees it
    proxy.setSourceModel(source)
    proxy.set_search("a")  # the tester walks a filtered view, as the page shows one
    return proxy


def generic_rows(bar: DemoBar) -> RowTableModel[Any]:
    columns: list[RowColumn[Any]] = [
        RowColumn("SKU", lambda r: r.sku),
        RowColumn("On hand", lambda r: str(r.on_hand), numeric=True),
    ]
    model: RowTableModel[Any] = RowTableModel(columns)
    model.set_rows(queries.load_stock(bar.database, order=Order.LOCATION))
    return model


def recipe_rows(bar: DemoBar) -> RecipeTableModel:
    model = RecipeTableModel()
    model.set_rows(queries.load_recipe_rows(bar.database))
    return model


def recipe_proxy(bar: DemoBar) -> RecipeFilterProxy:
    proxy = RecipeFilterProxy()
    source = recipe_rows(bar)
    source.setParent(proxy)  # as above
    proxy.setSourceModel(source)
    return proxy


def item_history(bar: DemoBar) -> HistoryModel:
    model = HistoryModel()
    rows = queries.load_stock(bar.database, order=Order.NAME)
    model.set_entries(next(h for r in rows if (h := queries.load_history(bar.database, r.item_id))))
    return model


def bottles(bar: DemoBar) -> BottleModel:
    model = BottleModel()
    model.set_rows(queries.load_bottles(bar.database, state=None))
    return model


def opening_log(bar: DemoBar) -> OpeningLogModel:
    """The log of the demo's latest day of openings (the Openings page shows one day)."""
    model = OpeningLogModel()
    latest = max(entry.at for entry in control_state(bar).openings)  # naive UTC
    model.set_rows(
        queries.load_opening_log(bar.database, latest.replace(tzinfo=UTC).astimezone().date())
    )
    return model


def control_state(bar: DemoBar) -> Any:
    """The Control page's read over the demo's last two months."""
    today = date.today()
    return queries.load_control(bar.database, today - timedelta(days=60), today)


def control(bar: DemoBar) -> list[QAbstractItemModel]:
    state = control_state(bar)
    week, open_now, excess, flags = WeekOpeningModel(), OpenNowModel(), ExcessModel(), FlagModel()
    week.set_rows(state.openings)
    open_now.set_rows(state.open_now)
    excess.set_rows(state.report.excess)
    flags.set_rows(control_flags(state.report))
    return [week, open_now, excess, flags]


def count_sheet(bar: DemoBar) -> CountModel:
    def save(row: CountRow, texts: Any) -> CountRow | InventoryError:
        return row

    model = CountModel(save)
    state = queries.load_count_state(bar.database)
    model.update_rows(state.rows, editable=state.count_id is not None)
    return model


def variance(bar: DemoBar) -> VarianceModel:
    model = VarianceModel()
    report = queries.load_count_report(bar.database, bar.finalised_count)
    assert report is not None
    model.set_rows(report.lines)
    return model


def proposal(bar: DemoBar) -> ProposalModel:
    model = ProposalModel()
    model.set_proposals(queries.load_proposal(bar.database))
    return model


def order_list(bar: DemoBar) -> OrderModel:
    model = OrderModel()
    model.set_rows(queries.load_orders(bar.database, status=None))
    return model


def order_lines(bar: DemoBar) -> OrderLineModel:
    model = OrderLineModel()
    first = queries.load_orders(bar.database, status=None)[0]
    model.set_rows(queries.load_order_lines(bar.database, first.order_id))
    return model


def modifier_rules(bar: DemoBar) -> ModifierTableModel:
    model = ModifierTableModel()
    model.set_rows(queries.load_modifier_rules(bar.database, None))
    return model


def suppliers(bar: DemoBar) -> SupplierModel:
    model = SupplierModel()
    model.set_rows(load_suppliers(bar.database))
    return model


def sales_preview(bar: DemoBar) -> SalesPreviewModel:
    model = SalesPreviewModel()
    with bar.database.reading() as s:
        model.set_rows(preview_sales(s, bar.sales_file).lines)
    return model


def timeline(bar: DemoBar) -> TimelineModel:
    def load(
        where: TimelineFilter, sort: Sort, descending: bool, after: TimelineRow | None, limit: int
    ) -> list[TimelineRow]:
        return queries.load_timeline(
            bar.database, where, sort=sort, descending=descending, after=after, limit=limit
        )

    model = TimelineModel(load)
    model.page_size = 50  # so the tester also walks fetchMore over the demo's history
    model.set_query(TimelineFilter())
    return model


def people(bar: DemoBar) -> PeopleModel:
    model = PeopleModel()
    model.set_rows(queries.load_all_people(bar.database))
    return model


def backups(bar: DemoBar) -> BackupsModel:
    model = BackupsModel()
    model.set_rows(backups_of(bar.database))
    return model


def dashboard_cards(bar: DemoBar) -> list[QAbstractItemModel]:
    board = load_dashboard(bar.database)
    cards: list[tuple[Sequence[RowColumn[Any]], Sequence[Any]]] = [
        (dashboard_page.LOW_COLUMNS, board.low),
        (dashboard_page.RUNNING_OUT_COLUMNS, board.running_out),
        (dashboard_page.ORDER_COLUMNS, board.open_orders),
        (dashboard_page.FLASK_COLUMNS, board.flasks_to_make),
        (dashboard_page.WATCH_COLUMNS, board.bottles_to_watch),
    ]
    models: list[QAbstractItemModel] = []
    for columns, rows in cards:
        model: CardModel[Any] = CardModel(columns)
        model.set_rows(rows)
        models.append(model)
    return models


def flask_batches(bar: DemoBar) -> BatchModel:
    """A batch of orgeat made beside the flasks' opening batches, as Item › Batches… lists."""
    with bar.database.transaction() as s:
        make_prep(s, "House orgeat", author=DEMO_OWNER)
    model = BatchModel(batches_dialog.COLUMNS)
    model.set_rows(batch_operations.load_batches(bar.database))
    return model


Builder = Callable[[DemoBar], QAbstractItemModel | list[QAbstractItemModel]]


def unmatched(bar: DemoBar) -> UnmatchedModel:
    """The sales file's two unknown names parked, one resolved: a waiting and a resolved row."""
    with bar.database.transaction() as s:
        import_sales(s, bar.sales_file, author=DEMO_OWNER, park_unknown=True)
        first = unmatched_sales(s)[0]
        resolve_to_recipe(s, first.id, "Negroni", author=DEMO_OWNER)
    model = UnmatchedModel()
    model.set_rows(pour_work.load_unmatched(bar.database, include_resolved=True))
    return model


BUILDERS: dict[type[QAbstractItemModel], Builder] = {
    UnmatchedModel: unmatched,
    BatchModel: flask_batches,
    BackupsModel: backups,
    PeopleModel: people,
    BottleModel: bottles,
    WeekOpeningModel: lambda bar: control(bar)[0],
    OpenNowModel: lambda bar: control(bar)[1],
    ExcessModel: lambda bar: control(bar)[2],
    FlagModel: lambda bar: control(bar)[3],
    CountModel: count_sheet,
    HistoryModel: item_history,
    ModifierTableModel: modifier_rules,
    OpeningLogModel: opening_log,
    ProposalModel: proposal,
    OrderModel: order_list,
    OrderLineModel: order_lines,
    RecipeTableModel: recipe_rows,
    RecipeFilterProxy: recipe_proxy,
    RowTableModel: generic_rows,
    SalesPreviewModel: sales_preview,
    StockTableModel: stock_rows,
    StockFilterProxy: stock_proxy,
    SupplierModel: suppliers,
    TimelineModel: timeline,
    VarianceModel: variance,
    CardModel: dashboard_cards,
}


@pytest.fixture
def demo_bar(demo_db: Database, tmp_path: Path) -> DemoBar:
    """The demo bar with a finalised count, a count left open, a draft order and a backup."""
    with demo_db.transaction() as s:
        counts.start_count(s, author=DEMO_OWNER)
        for sku, quantity in counts_to_enter(demo_db):
            counts.set_line(s, sku, author=DEMO_OWNER, quantity=quantity)
        finalised = counts.finalise_count(s, author=DEMO_OWNER)
        counts.start_count(s, author=DEMO_OWNER)
    first_supplier = queries.load_proposal(demo_db)[0].supplier  # the others stay proposed
    with demo_db.transaction() as s:
        orders.create_orders(s, author=DEMO_OWNER, suppliers=(first_supplier,))
    back_up_now(demo_db.url)
    sales = tmp_path / "sales.csv"
    sales.write_text(SALES, encoding="utf-8")
    return DemoBar(demo_db, sales, finalised.count_id)


def counts_to_enter(database: Database) -> Iterator[tuple[str, Any]]:
    """Three lines counted below what the bar holds: the variance model gets rows."""
    for row in queries.load_stock(database, order=Order.NAME)[:3]:
        yield row.sku, row.on_hand / 2


def test_every_model_has_a_builder() -> None:
    missing = [cls.__qualname__ for cls in model_classes() if cls not in BUILDERS]
    assert missing == [], f"add a builder to BUILDERS in {__name__} for: {missing}"


@pytest.mark.parametrize("model_class", model_classes(), ids=lambda cls: cls.__qualname__)
def test_every_model_passes_the_qt_model_tester(
    qapp: Any, qtmodeltester: Any, demo_bar: DemoBar, model_class: type[QAbstractItemModel]
) -> None:
    """`qapp` first: cells draw icons and colours, which need the application."""
    if model_class not in BUILDERS:
        pytest.fail(f"no builder for {model_class.__qualname__} (see BUILDERS)")
    built = BUILDERS[model_class](demo_bar)
    models = built if isinstance(built, list) else [built]
    for model in models:
        assert isinstance(model, model_class)
        qtmodeltester.check(model)
    assert any(m.rowCount() > 0 for m in models), f"{model_class.__qualname__} was built empty"
