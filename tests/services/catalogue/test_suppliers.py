"""A supplier read whole and edited field by field: only what is given changes."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.catalogue.places import SupplierSpec, save_supplier
from inventory_app.services.catalogue.suppliers import edit_supplier, supplier_spec

OWNER = "owner"


def test_only_the_given_fields_change(session: Session) -> None:
    save_supplier(session, SupplierSpec("Laguna", contact="Marco", lead_time_days=3), author=OWNER)
    edit_supplier(session, "laguna", {"address": "Calle Larga 8", "vat_number": "05550200025"},
                  author=OWNER)  # fmt: skip
    assert supplier_spec(session, "LAGUNA") == SupplierSpec(
        "Laguna", contact="Marco", lead_time_days=3, address="Calle Larga 8",
        vat_number="05550200025",
    )  # fmt: skip


def test_an_unknown_name_is_made_only_when_asked(session: Session) -> None:
    with pytest.raises(NotFoundError):
        edit_supplier(session, "Rialto", {"email": "o@rialto.example"}, author=OWNER)
    made = edit_supplier(session, " Rialto ", {"email": "o@rialto.example"}, author=OWNER,
                         create=True)  # fmt: skip
    assert (made.name, made.email, made.lead_time_days) == ("Rialto", "o@rialto.example", 2)


def test_a_field_no_supplier_has_is_refused(session: Session) -> None:
    save_supplier(session, SupplierSpec("Laguna"), author=OWNER)
    with pytest.raises(InputError, match="no such field: name"):
        edit_supplier(session, "Laguna", {"name": "Other"}, author=OWNER)
