"""ui/queries.py: the window's reads, each one short session over the service that holds it.

What is checked here is what the module adds to the services: a draft recipe is checked
without keeping anything, the opening log reads today by default, the export takes no
write lock, and the reads answer on a real SQLite file as the pages receive them.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import Database
from inventory_app.domain.recipes import Channel, RecipeLineSpec, RecipeSpec
from inventory_app.domain.units import Unit
from inventory_app.ui import operations, people_operations, queries
from inventory_app.ui.context import AppContext, Changes
from tests.ui.conftest import DEMO_OWNER, Bar, Menu


def test_a_code_finds_its_item_by_barcode_or_sku(db: Database, bar: Bar) -> None:
    assert queries.lookup_code(db, "8001234567890") == (bar.campari, "Campari")
    assert queries.lookup_code(db, "GIN-TANQ") == (bar.gin, "Tanqueray")
    assert queries.lookup_code(db, "0000000000000") is None
    assert queries.is_known_barcode(db, "8000000000017")
    assert not queries.is_known_barcode(db, "8000000000018")


def test_a_draft_recipe_is_checked_and_nothing_is_kept(db: Database, menu: Menu) -> None:
    before = queries.load_recipe_rows(db)
    spec = RecipeSpec(
        name="Gin neat", price=Decimal("7.00"),
        lines=(RecipeLineSpec("GIN-TANQ", Decimal(5), Unit.CL),),
    )  # fmt: skip
    checked = queries.check_recipe(db, spec, recipe_id=None)
    assert checked.problems == []
    assert set(checked.cost_by_channel) >= {Channel.TAKEAWAY}
    wrong = RecipeSpec(name="Ghost", lines=(RecipeLineSpec("NO-SUCH", Decimal(1), Unit.CL),))
    assert queries.check_recipe(db, wrong, recipe_id=None).problems
    assert queries.load_recipe_rows(db) == before


def test_the_opening_log_reads_today_unless_told_a_day(context: AppContext, bar: Bar) -> None:
    opened = operations.open_container(context, code="CAMP-1L")
    assert not isinstance(opened, Exception), opened
    [entry] = queries.load_opening_log(context.database)
    assert entry.sku == "CAMP-1L" and entry.author == context.user
    assert queries.load_opening_log(context.database, date.today()) == [entry]
    assert queries.load_opening_log(context.database, date.today() - timedelta(days=1)) == []


def test_the_count_sheet_is_written_while_another_terminal_writes(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    """Reads only: a write lock held elsewhere does not stop it."""
    writer = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        writer.execute("BEGIN IMMEDIATE")
        rows = queries.export_count_sheet(db, tmp_path / "sheet.xlsx", locations=())
    finally:
        writer.rollback()
        writer.close()
    assert rows == 4 and (tmp_path / "sheet.xlsx").is_file()
    assert queries.export_count_sheet(db, tmp_path / "fridge.xlsx", locations=("Fridge",)) == 1


def test_the_demo_pins_are_said_until_someone_changes_one(demo_db: Database) -> None:
    assert sorted(queries.load_demo_pins(demo_db)) == [("giulia", "1111"), (DEMO_OWNER, "1234")]
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    assert people_operations.set_person_pin(context, name=DEMO_OWNER, pin="9753") is None
    assert queries.load_demo_pins(demo_db) == []


def test_the_sign_in_roster_and_the_idle_minutes(demo_db: Database) -> None:
    active, first_owner_to_come = queries.load_people(demo_db)
    assert {p.name for p in active} >= {DEMO_OWNER, "giulia"} and not first_owner_to_come
    assert queries.load_idle_minutes(demo_db) == 5
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    assert operations.save_settings(context, values={"idle_lock_minutes": "0"}) is None
    assert queries.load_idle_minutes(demo_db) == 0


def test_the_reorder_workbook_is_written_and_marks_nothing_sent(
    demo_db: Database, tmp_path: Path
) -> None:
    proposal = queries.load_proposal(demo_db)
    assert proposal
    seen: list[tuple[int, int]] = []
    out = queries.export_reorder_workbook(
        demo_db, tmp_path / "orders.xlsx", quantities={}, progress=lambda *p: seen.append(p)
    )
    assert out.is_file() and seen
    assert queries.load_orders(demo_db, status="sent") == []
    assert queries.load_proposal(demo_db) == proposal
