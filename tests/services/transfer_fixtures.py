"""A busy demo bar for the transfer tests: a row in every table, undos and voids included."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Base, Movement, StockLevel, User
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.counts import sessions as counts
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ordering import orders
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling import sales as selling
from inventory_app.services.selling.unmatched import resolve_to_recipe, unmatched_sales
from inventory_app.services.settings import set_setting
from tests.conftest import AUTHOR, backend_url

D = Decimal


def busy_bar(db: Database, tmp_path: Path) -> None:
    """The demo bar after an evening: sales and a void, a count, an order, bottles, people,
    unmatched sales (one resolved)."""
    with db.transaction() as s:
        load_demo(s, author=AUTHOR)
        set_setting(s, "vat_rate_pct", "10", author="owner")
    with db.transaction() as s:
        sold = selling.sell(s, "Negroni", author=AUTHOR, quantity=D(3))
        selling.sell(s, "Daiquiri", author=AUTHOR)
        selling.undo_sale(s, sold.sale_id, author=AUTHOR)
        make_prep(s, "House orgeat", author=AUTHOR, batches=D("0.5"))
        waste = stock.adjust(s, "AMA-CAMP", D(-30), Unit.ML, Reason.WASTE, author=AUTHOR)
        stock.undo(s, waste, author=AUTHOR)
        bottles.open_container(s, "SPR21-0119", author=AUTHOR)
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, full=D(1), tenths=D(4))
        counts.finalise_count(s, author=AUTHOR)
    with db.transaction() as s:
        order_ids = orders.create_orders(s, author=AUTHOR)
        orders.send_order(s, order_ids[0], author=AUTHOR, out=tmp_path / "order.xlsx")
        orders.receive_order(s, order_ids[0], author=AUTHOR)
    with db.transaction() as s:  # two drinks no till names: one parked, one resolved
        night = tmp_path / "night.csv"
        night.write_text(
            "date,item,qty\n2026-03-06,Special,1\n2026-03-06,Signora Rossi,2\n", encoding="utf-8"
        )
        import_sales(s, night, author=AUTHOR, park_unknown=True)
        resolve_to_recipe(s, unmatched_sales(s)[0].id, "Negroni", author=AUTHOR)
    with db.transaction() as s:
        _people(s)


def _people(session: Session) -> None:
    """Users and audit entries are written directly: their services live elsewhere."""
    session.add_all([User(name="Ada", key="ada", role="owner", secret_hash="scrypt$x",
                          secret_kind="pin"),
                     User(name="Bo", key="bo", role="bartender")])  # fmt: skip
    first = AuditEntry(
        author="Ada", entity="item", entity_id="1", label="Campari", action="update",
        before='{"cost": "20"}', after='{"cost": "21"}',
    )  # fmt: skip
    session.add(first)
    session.flush()
    session.add(AuditEntry(author="Ada", entity="item", entity_id="1", label="Campari",
                           action="undo", undoes_id=first.id))  # fmt: skip


def row_counts(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def ledger(db: Database) -> tuple[list[tuple[object, ...]], dict[int, Decimal]]:
    """Every movement as stored, and on hand per item: what must survive the move."""
    with db.reading() as s:
        rows = [tuple(r) for r in s.execute(select(Movement.__table__).order_by(Movement.id))]
        levels = {i: q for i, q in s.execute(select(StockLevel.item_id, StockLevel.on_hand))}
    return rows, levels


def two_urls(kinds: tuple[str, str], tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A fresh source and a fresh target database of the kinds asked."""
    (tmp_path / "from").mkdir()
    (tmp_path / "to").mkdir()
    for source in backend_url(kinds[0], tmp_path / "from"):
        for target in backend_url(kinds[1], tmp_path / "to"):
            yield source, target
