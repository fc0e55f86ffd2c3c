"""Order sheets in each supplier's language: their own, else the bar's (issue 17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete
from sqlalchemy.orm import Session

from inventory_app.db.models import Setting
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import ITALIAN, set_language
from inventory_app.io.reorder_workbook import HEADER_ROW, write_reorder_workbook
from inventory_app.services.catalogue.items import SupplierSpec, save_supplier
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.ordering.orders import create_orders, send_order
from inventory_app.services.ordering.reorder import reorder_proposal
from inventory_app.services.settings import BAR_LANGUAGE, bar_language, set_setting
from tests.conftest import make_item

D = Decimal
ENGLISH_HEADER = ["SKU", "Supplier code", "Item", "On hand", "Par", "Pack size", "Order qty",
                  "Unit cost", "Line total"]  # fmt: skip
ITALIAN_HEADER = ["Codice", "Codice fornitore", "Articolo", "Giacenza", "Scorta ideale",
                  "Confezione", "Da ordinare", "Costo unitario", "Totale riga"]  # fmt: skip


def three_suppliers(session: Session) -> None:
    """Laguna reads Italian, Gruber English, Rialto whatever the bar speaks; each low on one."""
    for name, language in (("Laguna", "it"), ("Gruber", "en"), ("Rialto", None)):
        save_supplier(session, SupplierSpec(name, language=language), author="owner")
        item = make_item(session, f"SKU-{name}", supplier=name, par=D(6), reorder_at=D(2))
        record_movement(session, item, D(700), Reason.RECEIVE, author="owner")


def headers(path: Path) -> dict[str, list[str]]:
    book = load_workbook(path, read_only=True)
    found = {}
    for sheet in book.worksheets:
        row = next(sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True))
        found[sheet.title] = [str(value) for value in row if value is not None]
    book.close()
    return found


def test_one_export_writes_each_sheet_in_its_suppliers_language(
    session: Session, tmp_path: Path
) -> None:
    three_suppliers(session)
    set_setting(session, BAR_LANGUAGE, "en", author="owner")
    proposals = reorder_proposal(session)
    assert {p.supplier: p.language for p in proposals} == {
        "Gruber": "en", "Laguna": "it", "Rialto": "en"
    }  # fmt: skip
    path = write_reorder_workbook(tmp_path / "order.xlsx", proposals, day=date(2026, 12, 7))
    assert headers(path) == {
        "Gruber": ENGLISH_HEADER, "Laguna": ITALIAN_HEADER, "Rialto": ENGLISH_HEADER
    }  # fmt: skip


def test_a_supplier_without_a_language_follows_the_bars(session: Session, tmp_path: Path) -> None:
    three_suppliers(session)
    set_setting(session, BAR_LANGUAGE, "it", author="owner")
    path = write_reorder_workbook(tmp_path / "o.xlsx", reorder_proposal(session), day=date.today())
    assert headers(path)["Rialto"] == ITALIAN_HEADER
    assert headers(path)["Gruber"] == ENGLISH_HEADER  # the window may speak Italian: not his


def test_a_sent_orders_sheet_is_in_its_suppliers_language(session: Session, tmp_path: Path) -> None:
    three_suppliers(session)
    set_setting(session, BAR_LANGUAGE, "en", author="owner")
    order_id = create_orders(session, author="owner", suppliers=["Laguna"])[0]
    path = send_order(session, order_id, author="owner", out=tmp_path / "laguna.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["Codice", "Articolo", "Colli", "Quantità", "Prezzo unitario", "Importo"] in rows
    assert ["Ordine d'acquisto"] + [None] * 5 in rows


def forget_bar_language(session: Session) -> None:
    """As a bar whose Settings were never saved: no bar_language kept."""
    session.execute(delete(Setting).where(Setting.key == BAR_LANGUAGE))


def test_a_bars_language_never_kept_is_the_one_in_use(session: Session) -> None:
    forget_bar_language(session)
    assert bar_language(session) == "en"
    set_language(ITALIAN)
    assert bar_language(session) == ITALIAN


def test_a_supplier_language_other_than_it_or_en_is_refused(session: Session) -> None:
    with pytest.raises(InputError) as refused:
        save_supplier(session, SupplierSpec("Laguna", language="de"), author="owner")
    assert refused.value.column == "language"


def test_the_bars_language_saved_as_shown_stays_when_the_window_changes_language(
    session: Session,
) -> None:
    """Saving the Settings as shown pins the language: another computer's language won't move it."""
    forget_bar_language(session)
    set_setting(session, BAR_LANGUAGE, "en", author="owner")  # what the dialog showed
    set_language(ITALIAN)
    assert bar_language(session) == "en"
