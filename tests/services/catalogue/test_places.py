"""Suppliers and locations: made on first mention, edited by name, each change audited."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry, Location, Supplier
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.services.catalogue.places import (
    SupplierSpec,
    ensure_location,
    ensure_supplier,
    location_names,
    save_location,
    save_supplier,
    supplier_names,
)
from inventory_app.services.undo.changes import undo_change

OWNER = "owner"


def changes(s: Session) -> list[tuple[str, str, str | None, str | None]]:
    query = select(AuditEntry.entity, AuditEntry.action, AuditEntry.before, AuditEntry.after)
    return [tuple(row) for row in s.execute(query.order_by(AuditEntry.id))]  # type: ignore[misc]


def test_a_name_is_found_whatever_its_case_and_blank_is_none(session: Session) -> None:
    laguna = ensure_supplier(session, " Laguna ")
    assert laguna is not None and laguna.name == "Laguna"
    assert ensure_supplier(session, "LAGUNA") is laguna
    assert ensure_supplier(session, "  ") is None and ensure_supplier(session, None) is None
    assert ensure_location(session, "") is None
    assert supplier_names(session) == ["Laguna"]
    assert changes(session) == []  # a mention is not an edit


def test_new_locations_go_to_the_end_of_the_walk(session: Session) -> None:
    bar = ensure_location(session, "Back bar")
    fridge = ensure_location(session, "Fridge")
    assert bar is not None and fridge is not None
    assert (bar.walk_order, fridge.walk_order) == (10, 20)
    assert ensure_location(session, "fridge") is fridge
    save_location(session, "Fridge", 5, author=OWNER)
    save_location(session, "Store", 15, author=OWNER)
    assert location_names(session) == ["Fridge", "Back bar", "Store"]


def test_moving_a_location_is_recorded_once(session: Session) -> None:
    save_location(session, "Fridge", 40, author=OWNER)
    save_location(session, "Fridge", 40, author=OWNER)  # no move, no entry
    save_location(session, "fridge", 10, author=OWNER)
    assert changes(session) == [
        ("location", "update", '{"walk_order": 10}', '{"walk_order": 40}'),
        ("location", "update", '{"walk_order": 40}', '{"walk_order": 10}'),
    ]


def test_a_supplier_is_created_then_updated_by_name(session: Session) -> None:
    save_supplier(session, SupplierSpec("Laguna", contact="Marco", lead_time_days=5), author=OWNER)
    save_supplier(session, SupplierSpec("laguna", contact="Marco", lead_time_days=3), author=OWNER)
    save_supplier(session, SupplierSpec("LAGUNA", contact="Marco", lead_time_days=3), author=OWNER)
    row = session.scalars(select(Supplier)).one()
    assert (row.name, row.contact, row.lead_time_days) == ("Laguna", "Marco", 3)
    (entity, action, before, after), (_, update, old, new) = changes(session)
    assert (entity, action, before) == ("supplier", "create", None)
    assert after is not None and '"lead_time_days": 5' in after and '"contact": "Marco"' in after
    assert (update, old, new) == ("update", '{"lead_time_days": 5}', '{"lead_time_days": 3}')


@pytest.mark.parametrize(
    ("spec", "column"),
    [(SupplierSpec(" "), "name"), (SupplierSpec("Laguna", lead_time_days=-1), "lead_time_days")],
)
def test_bad_suppliers_are_refused(session: Session, spec: SupplierSpec, column: str) -> None:
    with pytest.raises(InputError) as caught:
        save_supplier(session, spec, author=OWNER)
    assert caught.value.column == column
    assert session.scalars(select(Supplier)).all() == []


def test_only_who_may_edit_items_saves_places(session: Session) -> None:
    with pytest.raises(InputError, match="a location needs a name"):
        save_location(session, " ", 10, author=OWNER)
    with pytest.raises(PermissionDenied):
        save_location(session, "Fridge", 10, author="giulia")
    with pytest.raises(PermissionDenied):
        save_supplier(session, SupplierSpec("Laguna"), author="giulia")
    assert session.scalars(select(Location)).all() == []


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("spec", "column", "detail"),
    [(SupplierSpec(" "), "name", "un fornitore ha bisogno di un nome"),
     (SupplierSpec("Laguna", lead_time_days=-1), "lead_time_days",
      "i giorni di consegna sono zero o più")],
)  # fmt: skip
def test_bad_suppliers_are_refused_in_italian(
    session: Session, spec: SupplierSpec, column: str, detail: str
) -> None:
    with pytest.raises(InputError) as caught:
        save_supplier(session, spec, author=OWNER)
    assert (caught.value.column, caught.value.detail) == (column, detail)
    with pytest.raises(InputError) as nameless:
        save_location(session, " ", 1, author=OWNER)
    assert nameless.value.detail == "una posizione ha bisogno di un nome"


LAGUNA = SupplierSpec(
    "Laguna", contact="Marco", email="ordini@laguna.example", lead_time_days=2,
    order_days="Mon;Thu", address="  Via della Pila 40 \n 30175 Marghera VE  ",
    vat_number="it 0555 0200 025", notes="cut-off 11:30",
)  # fmt: skip


def test_a_supplier_keeps_an_address_a_p_iva_and_notes(session: Session) -> None:
    """Stored as they head the order: the address line by line, the P.IVA compact."""
    save_supplier(session, LAGUNA, author=OWNER)
    row = session.scalars(select(Supplier)).one()
    assert (row.address, row.vat_number, row.notes) == (
        "Via della Pila 40\n30175 Marghera VE", "IT05550200025", "cut-off 11:30"
    )  # fmt: skip
    (_, action, _, after), *_ = changes(session)
    assert action == "create" and after is not None and '"vat_number": "IT05550200025"' in after


def test_a_new_address_is_audited_and_undone(session: Session) -> None:
    save_supplier(session, LAGUNA, author=OWNER)
    moved = replace(LAGUNA, address="Calle Larga 1\n30121 Venezia VE", vat_number="")
    save_supplier(session, moved, author=OWNER)
    entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "update"
    assert json.loads(entry.after or "") == {
        "address": "Calle Larga 1\n30121 Venezia VE", "vat_number": ""
    }  # fmt: skip
    undo_change(session, entry.id, author=OWNER)
    row = session.scalars(select(Supplier)).one()
    assert (row.address, row.vat_number) == (
        "Via della Pila 40\n30175 Marghera VE",
        "IT05550200025",
    )


@pytest.mark.parametrize(
    ("change", "column", "detail"),
    [({"vat_number": "IT05550200026"}, "vat_number", "wrong check digit"),
     ({"vat_number": "0555020002"}, "vat_number", "11 digits"),
     ({"email": "ordini at laguna"}, "email", "an email address"),
     ({"address": "1\n2\n3\n4\n5"}, "address", "at most 4 lines"),
     ({"order_days": "Mon;Someday"}, "order_days", "not a weekday"),
     ({"notes": "x" * 1001}, "notes", "at most 1000 characters")],
)  # fmt: skip
def test_a_bad_field_is_refused_by_its_column_and_nothing_changes(
    session: Session, change: dict[str, str], column: str, detail: str
) -> None:
    save_supplier(session, LAGUNA, author=OWNER)
    before = changes(session)
    with pytest.raises(InputError) as caught:
        save_supplier(session, replace(LAGUNA, **change), author=OWNER)  # type: ignore[arg-type]
    assert caught.value.column == column and detail in caught.value.detail
    row = session.scalars(select(Supplier)).one()
    assert (row.vat_number, row.email, row.address, row.order_days) == (
        "IT05550200025", "ordini@laguna.example", "Via della Pila 40\n30175 Marghera VE", "Mon;Thu"
    )  # fmt: skip
    assert changes(session) == before


@pytest.mark.usefixtures("italian")
def test_a_bad_p_iva_is_refused_in_italian(session: Session) -> None:
    with pytest.raises(InputError) as caught:
        save_supplier(session, replace(LAGUNA, vat_number="05550200026"), author=OWNER)
    assert str(caught.value) == (
        "colonna 'vat_number': la P.IVA 05550200026 ha la cifra di controllo sbagliata: verificala"
    )
