"""Migrations keep every row, can be undone, and build exactly the schema the models declare."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from inventory_app.db.engine import Database, make_engine
from inventory_app.db.migrate import alembic_config, head_revision, open_database
from inventory_app.db.models import MIGRATION_ONLY_INDEXES, AuditEntry, Base, Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import AUTHOR, assert_ledger_invariant, make_item
from tests.db.migration_rows import insert_samples, reflect, stored_rows
from tests.db.schema_shape import declared, stored, without_check_text


def revisions() -> list[str]:
    """Every revision id, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


@pytest.mark.parametrize("start", ["0001", "0004"])
def test_rows_survive_every_upgrade_to_head(db_url: str, start: str) -> None:
    """Rows in every table of an old database come through each later step unchanged."""
    engine = make_engine(db_url)
    migrate(engine, start)
    with engine.begin() as conn:
        old = reflect(conn)
        written = insert_samples(conn, old, skip=set())
        before = stored_rows(conn, old)
    assert set(written) == set(old.tables)
    later = revisions()[revisions().index(start) + 1 :]
    assert later, "there is a newer revision to upgrade to"
    for revision in later:
        migrate(engine, revision)
        with engine.connect() as conn:
            assert stored_rows(conn, old) == before, f"rows changed by {revision}"
    with engine.begin() as conn:  # the tables added since take rows too (daily usage is
        # filled from the ledger by 0009; _still_works checks it against the ledger)
        insert_samples(conn, reflect(conn), skip=set(old.tables) | {"daily_usage"})
    engine.dispose()
    _still_works(db_url)


def _still_works(db_url: str) -> None:
    database = open_database(db_url)
    with database.transaction() as s:
        record_movement(s, 1, Decimal(5), Reason.RECEIVE, author=AUTHOR)
    assert_ledger_invariant(database)
    database.dispose()


def test_the_models_and_the_migrations_agree(db_url: str) -> None:
    """Autogenerate finds nothing to do: a model change without its migration fails here."""
    database = open_database(db_url)
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_migration_only}
        )
        assert compare_metadata(context, Base.metadata) == []
        names = {
            i["name"]
            for t in ("counts", "orders", "modifier_rules")
            for i in inspect(conn).get_indexes(t)
        }
        assert names >= MIGRATION_ONLY_INDEXES
    database.dispose()


def _not_migration_only(item: object, name: str | None, kind: str, *_: object) -> bool:
    return not (kind == "index" and name in MIGRATION_ONLY_INDEXES)


def test_every_migration_goes_down_and_up_again(db_url: str) -> None:
    """Down to nothing, up to head: the same tables and the ledgers append-only once more."""
    engine = make_engine(db_url)
    migrate(engine, "head")
    with engine.connect() as conn:
        tables = set(reflect(conn).tables)
    for revision in reversed(["base", *revisions()[:-1]]):
        migrate(engine, revision, down=True)
    with engine.connect() as conn:
        assert set(reflect(conn).tables) == set()
    migrate(engine, "head")
    with engine.connect() as conn:
        assert set(reflect(conn).tables) == tables
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()
    database = open_database(db_url)
    with database.transaction() as s:
        record_movement(s, make_item(s), Decimal(1), Reason.RECEIVE, author=AUTHOR)
        s.add(AuditEntry(author=AUTHOR, entity="item", action="create"))
    for table in ("movements", "audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), database.transaction() as s:
            s.execute(text(f"DELETE FROM {table}"))
    database.dispose()


@pytest.mark.parametrize("statement", ["UPDATE movements SET delta = 0", "DELETE FROM movements"])
def test_ledger_refuses_update_and_delete(db: Database, statement: str) -> None:
    with db.transaction() as s:
        item = make_item(s)
        record_movement(s, item, Decimal(700), Reason.RECEIVE, author="owner")
    with pytest.raises(DBAPIError, match="append-only"), db.transaction() as s:
        s.execute(text(statement))
    with db.sessions() as s:
        assert s.query(Movement).count() == 1


def test_migrations_down_and_up_keep_the_ledgers_append_only(sqlite_url: str) -> None:
    """A migration that copies `movements` on SQLite would silently drop its triggers."""
    engine = make_engine(sqlite_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        command.upgrade(config, "head")
        triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
        assert sorted(t for (t,) in triggers) == [
            "audit_log_no_delete",
            "audit_log_no_update",
            "movements_no_delete",
            "movements_no_update",
        ]
    engine.dispose()


def test_constraints_and_indexes_carry_the_models_names(db_url: str) -> None:
    """What autogenerate leaves out: each constraint and index the models declare is in the
    migrated database under the same name, on the same columns, CHECKs with the same text."""
    database = open_database(db_url)
    with database.engine.connect() as conn:
        tables = Base.metadata.sorted_tables
        found = {t.name: stored(conn, t.name, MIGRATION_ONLY_INDEXES) for t in tables}
        sqlite = conn.dialect.name == "sqlite"
    database.dispose()
    want = {t.name: declared(t, MIGRATION_ONLY_INDEXES) for t in tables}
    if not sqlite:
        want = {name: without_check_text(shape) for name, shape in want.items()}
    assert found == want


def test_supplier_language_comes_and_goes_keeping_the_suppliers(db_url: str) -> None:
    """0014: every supplier already there follows the bar (NULL); down again, they stay."""
    engine = make_engine(db_url)
    migrate(engine, "0013_sell")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO suppliers (name, contact, email, phone, lead_time_days, "
                          "order_days) VALUES ('Laguna', 'Marco', '', '', 2, 'Mon')"))  # fmt: skip
    migrate(engine, "0014_supplier_language")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT name, language FROM suppliers")).all() == [
            ("Laguna", None)
        ]
        conn.execute(text("UPDATE suppliers SET language = 'en'"))
    migrate(engine, "0013_sell", down=True)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("suppliers")}
        assert "language" not in columns
        assert conn.execute(text("SELECT name, contact FROM suppliers")).all() == [
            ("Laguna", "Marco")
        ]
    migrate(engine, "head")
    engine.dispose()


def test_unmatched_sales_come_and_go_keeping_the_sales(db_url: str) -> None:
    """0015: an empty unmatched_sales table beside the sales; down again, it is gone."""
    engine = make_engine(db_url)
    migrate(engine, "0014_supplier_language")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO imports (kind, filename, sha256, rows, at, author) "
                          "VALUES ('sales', 'a.csv', 'x', 1, '2026-03-06', 'owner')"))  # fmt: skip
    migrate(engine, "0015_unmatched_sales")
    with engine.begin() as conn:
        assert "unmatched_sales" in inspect(conn).get_table_names()
        conn.execute(
            text(
                "INSERT INTO unmatched_sales (import_id, line_key, at, item, note, quantity, kind, "
                "recorded_at) SELECT id, 'square:T2#1', '2026-03-06', 'Special', 'gin', 1000000, "
                "'sale', '2026-03-06' FROM imports"
            )
        )
    migrate(engine, "0014_supplier_language", down=True)
    with engine.connect() as conn:
        assert "unmatched_sales" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT filename FROM imports")).all() == [("a.csv",)]
    migrate(engine, "head")
    engine.dispose()


def test_order_numbers_come_and_go_keeping_the_orders(db_url: str) -> None:
    """0016: orders already there have no number; one number per year is unique; down, the
    orders stay."""
    engine = make_engine(db_url)
    migrate(engine, "0015_unmatched_sales")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO suppliers (name, contact, email, phone, lead_time_days, "
                          "order_days) VALUES ('Laguna', 'Marco', '', '', 2, 'Mon')"))  # fmt: skip
        for status in ("sent", "received"):
            conn.execute(
                text("INSERT INTO orders (supplier_id, status, created_at, created_by, note, "
                     "version) SELECT id, :status, '2026-03-06', 'owner', '', 1 FROM suppliers"),
                {"status": status},
            )  # fmt: skip
    migrate(engine, "0016_order_numbers")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT number_year, number_seq FROM orders")).all() == [
            (None, None), (None, None)
        ]  # fmt: skip
        conn.execute(text("UPDATE orders SET number_year = 2026, number_seq = 1 WHERE id = 1"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE orders SET number_year = 2026, number_seq = 1 WHERE id = 2"))
    migrate(engine, "0015_unmatched_sales", down=True)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("orders")}
        assert not {"number_year", "number_seq"} & columns
        assert conn.execute(text("SELECT status FROM orders ORDER BY id")).all() == [
            ("sent",),
            ("received",),
        ]
    migrate(engine, "head")
    engine.dispose()


def test_modifier_rules_come_and_go_keeping_the_sales(db_url: str) -> None:
    """0017: an empty rule table and two empty columns on the sales already there; one rule per
    modifier for every recipe; down again, the sales stay as they were."""
    engine = make_engine(db_url)
    migrate(engine, "0016_order_numbers")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO recipes (name, key, kind, notes, active, version, "
                          "menu_position) VALUES ('Negroni', 'negroni', 'cocktail', '', "
                          "true, 1, 1)"))  # fmt: skip
        conn.execute(text("INSERT INTO sales (at, recipe_id, recipe_name, quantity, channel, "
                          "kind, author, recorded_at) SELECT '2026-03-06', id, 'Negroni', "
                          "1000000, 'takeaway', 'sale', 'owner', '2026-03-06' "
                          "FROM recipes"))  # fmt: skip
    migrate(engine, "0017_modifiers")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT recipe_name, variant, modifiers FROM sales")).all() == [
            ("Negroni", None, None)
        ]
        conn.execute(text("UPDATE sales SET variant = 'Double', modifiers = 'Oat milk'"))
        conn.execute(text("INSERT INTO modifier_rules (name, key, action, factor) "
                          "VALUES ('Double', 'double', 'scale', 2000000)"))  # fmt: skip
        conn.execute(text("INSERT INTO modifier_rules (name, key, recipe_id, action) "
                          "SELECT 'Double', 'double', id, 'ignore' FROM recipes"))  # fmt: skip
    with pytest.raises(DBAPIError), engine.begin() as conn:  # a second rule for every recipe
        conn.execute(text("INSERT INTO modifier_rules (name, key, action) "
                          "VALUES ('DOUBLE', 'double', 'ignore')"))  # fmt: skip
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(text("INSERT INTO modifier_rules (name, key, action, factor) "
                          "VALUES ('Half', 'half', 'scale', 0)"))  # fmt: skip
    migrate(engine, "0016_order_numbers", down=True)
    with engine.connect() as conn:
        assert "modifier_rules" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT recipe_name, quantity FROM sales")).all() == [
            ("Negroni", 1000000)
        ]
    migrate(engine, "head")
    engine.dispose()


def test_bespoke_sales_have_no_recipe_and_a_note(db_url: str) -> None:
    """0018: a sale may have no recipe and keeps a note; down again while none has none."""
    engine = make_engine(db_url)
    migrate(engine, "0017_modifiers")
    migrate(engine, "0018_pours")
    insert = text(
        "INSERT INTO sales (at, recipe_id, recipe_name, quantity, channel, kind, author, "
        "recorded_at) VALUES ('2026-03-06', NULL, 'Bespoke drink', 1000000, 'speakeasy', "
        "'sale', 'owner', '2026-03-06')"
    )
    with engine.begin() as conn:
        conn.execute(insert)
        assert conn.execute(text("SELECT recipe_id, note FROM sales")).all() == [(None, "")]
    with pytest.raises(RuntimeError, match="bespoke sales are in the ledger"):
        migrate(engine, "0017_modifiers", down=True)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM sales"))
    migrate(engine, "0017_modifiers", down=True)
    with engine.connect() as conn:
        columns = {c["name"]: c for c in inspect(conn).get_columns("sales")}
        assert "note" not in columns and not columns["recipe_id"]["nullable"]
    migrate(engine, "head")
    engine.dispose()


def test_items_gain_allergens_and_lose_them_again(db_url: str) -> None:
    """0019: every item already there carries no allergens; the column keeps what is set,
    and down again the items stay as they were."""
    engine = make_engine(db_url)
    migrate(engine, "0018_pours")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO items (sku, name, category, kind, unit, size, "
                          "supplier_code, pack_size, cost, tracking, notes, active, version) "
                          "VALUES ('ORGEAT', 'Orgeat', '', 'flask', 'ml', 500000000, '', 1, 0, "
                          "'bulk', '', true, 1)"))  # fmt: skip
    migrate(engine, "0019_allergens")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT sku, allergens FROM items")).all() == [("ORGEAT", "")]
        conn.execute(text("UPDATE items SET allergens = 'nuts|sulphites'"))
        assert conn.execute(text("SELECT allergens FROM items")).all() == [("nuts|sulphites",)]
    migrate(engine, "0018_pours", down=True)
    with engine.connect() as conn:
        assert "allergens" not in {c["name"] for c in inspect(conn).get_columns("items")}
        assert conn.execute(text("SELECT sku, name FROM items")).all() == [("ORGEAT", "Orgeat")]


def test_receiving_keeps_the_papers_and_what_arrived_instead(db_url: str) -> None:
    """0020: orders already there have no DDT and no invoice (''), a line may name the line it
    replaced; down again, the orders and every line stay, the substitute's quantity too."""
    engine = make_engine(db_url)
    migrate(engine, "0019_allergens")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO suppliers (name, contact, email, phone, lead_time_days, "
                          "order_days) VALUES ('Laguna', 'Marco', '', '', 2, 'Mon')"))  # fmt: skip
        for sku in ("GIN", "RUM"):
            conn.execute(
                text("INSERT INTO items (sku, name, category, kind, unit, size, supplier_code, "
                     "pack_size, cost, tracking, notes, active, version) VALUES (:sku, :sku, '', "
                     "'bottle', 'ml', 700000000, '', 1, 0, 'bulk', '', true, 1)"),
                {"sku": sku},
            )  # fmt: skip
        conn.execute(text("INSERT INTO orders (supplier_id, status, created_at, created_by, note, "
                          "version) SELECT id, 'sent', '2026-03-06', 'owner', '', 1 "
                          "FROM suppliers"))  # fmt: skip
        conn.execute(text("INSERT INTO order_lines (order_id, item_id, quantity, unit_cost) "
                          "SELECT 1, id, 6000000, 179000 FROM items "
                          "WHERE sku = 'GIN'"))  # fmt: skip
    migrate(engine, "0020_receiving")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT delivery_note, invoice_number FROM orders")).all() == [
            ("", "")
        ]
        conn.execute(text("UPDATE orders SET status = 'received', delivery_note = 'DDT 118/A', "
                          "invoice_number = 'FT 2026/77'"))  # fmt: skip
        conn.execute(text("INSERT INTO order_lines (order_id, item_id, quantity, unit_cost, "
                          "received_quantity, received_cost, substitutes_line_id) SELECT 1, id, "
                          "0, 195000, 6000000, 195000, 1 FROM items "
                          "WHERE sku = 'RUM'"))  # fmt: skip
    with pytest.raises(IntegrityError), engine.begin() as conn:  # a line that is not there
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.execute(text("UPDATE order_lines SET substitutes_line_id = 99 WHERE id = 2"))
    migrate(engine, "0019_allergens", down=True)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("orders")}
        assert not {"delivery_note", "invoice_number"} & columns
        line_columns = {c["name"] for c in inspect(conn).get_columns("order_lines")}
        assert "substitutes_line_id" not in line_columns
        assert conn.execute(
            text("SELECT item_id, quantity, received_quantity FROM order_lines ORDER BY id")
        ).all() == [(1, 6000000, None), (2, 0, 6000000)]
    migrate(engine, "head")
    engine.dispose()


def test_suppliers_gain_an_address_a_vat_number_and_notes(db_url: str) -> None:
    """0022: suppliers already there have none (''), the columns keep what is set; down
    again, the suppliers stay with everything else they had."""
    engine = make_engine(db_url)
    migrate(engine, "0021_batches")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO suppliers (name, contact, email, phone, lead_time_days, "
                          "order_days) VALUES ('Laguna', 'Marco', 'o@l.example', '', 2, "
                          "'Mon')"))  # fmt: skip
    migrate(engine, "0022_suppliers")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT address, vat_number, notes FROM suppliers")).all() == [
            ("", "", "")
        ]
        conn.execute(text("UPDATE suppliers SET address = 'Via Roma 1\n30100 Venezia', "
                          "vat_number = 'IT00000010005', notes = 'cut-off 12:00'"))  # fmt: skip
        assert conn.execute(text("SELECT address, vat_number, notes FROM suppliers")).all() == [
            ("Via Roma 1\n30100 Venezia", "IT00000010005", "cut-off 12:00")
        ]
    migrate(engine, "0021_batches", down=True)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("suppliers")}
        assert not {"address", "vat_number", "notes"} & columns
        assert conn.execute(text("SELECT name, email, order_days FROM suppliers")).all() == [
            ("Laguna", "o@l.example", "Mon")
        ]


def test_flask_stock_becomes_one_opening_batch_and_goes_again(db_url: str) -> None:
    """0021: a flask holding stock gets one opening batch carrying it (made date unknown);
    a flask at zero and a bottle get none; down again the ledger is as it was."""
    engine = make_engine(db_url)
    migrate(engine, "0020_receiving")
    items = "INSERT INTO items (id, sku, name, category, kind, unit, size, supplier_code, " \
        "pack_size, cost, tracking, notes, active, version) VALUES ({id}, '{sku}', 'x', '', " \
        "'{kind}', 'ml', 500000000, '', 1, 0, 'bulk', '', true, 1)"  # fmt: skip
    with engine.begin() as conn:
        for item_id, sku, kind, level in [
            (1, "FLK-ORGEAT", "flask", 375000000), (2, "FLK-LIME", "flask", 0),
            (3, "GIN-1", "bottle", 700000000),
        ]:  # fmt: skip
            conn.execute(text(items.format(id=item_id, sku=sku, kind=kind)))
            conn.execute(text(f"INSERT INTO stock_levels (item_id, on_hand, open_containers) "
                              f"VALUES ({item_id}, {level}, 0)"))  # fmt: skip
    migrate(engine, "0021_batches")
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT code, item_id, made_at, remaining, carried FROM prep_batches")
        ).all()
        assert rows == [("ORG-OPEN-1", 1, None, 375000000, 375000000)]
        assert conn.execute(text("SELECT count(batch_id) FROM movements")).scalar_one() == 0
    migrate(engine, "0020_receiving", down=True)
    with engine.connect() as conn:
        assert "prep_batches" not in inspect(conn).get_table_names()
        assert "batch_id" not in {c["name"] for c in inspect(conn).get_columns("movements")}
    migrate(engine, "head")
    engine.dispose()
