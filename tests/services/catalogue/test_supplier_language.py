"""A supplier's language is read and set by name, checked and audited like any change."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.catalogue.places import SupplierSpec, save_supplier
from inventory_app.services.catalogue.supplier_language import (
    set_supplier_language,
    supplier_language,
)


def test_a_supplier_reads_the_bars_language_until_given_its_own(session: Session) -> None:
    save_supplier(
        session, SupplierSpec("Laguna", contact="Marta", lead_time_days=3), author="owner"
    )
    assert supplier_language(session, "laguna") is None
    set_supplier_language(session, " Laguna ", "en", author="owner")
    assert supplier_language(session, "Laguna") == "en"
    kept = set_supplier_language(session, "Laguna", None, author="owner")
    assert (kept.language, kept.contact, kept.lead_time_days) == (None, "Marta", 3)
    changes = session.scalars(select(AuditEntry).where(AuditEntry.entity == "supplier")).all()
    assert len(changes) >= 2


def test_an_unknown_supplier_or_language_is_refused(session: Session) -> None:
    save_supplier(session, SupplierSpec("Laguna"), author="owner")
    with pytest.raises(NotFoundError, match="no supplier named 'Gruber'"):
        supplier_language(session, "Gruber")
    with pytest.raises(InputError):
        set_supplier_language(session, "Laguna", "de", author="owner")
    assert supplier_language(session, "Laguna") is None
