"""A supplier's details in the form and back: order days as weekday boxes, the language."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.services.catalogue.places import SupplierSpec
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.dialogs.supplier_form import SupplierForm

LAGUNA = SupplierSpec(
    "Laguna", contact="Marco", email="o@laguna.example", phone="+39 041 555 0200",
    lead_time_days=3, order_days="Mon;Thu", language="en",
    address="Via della Pila 40\n30175 Marghera VE", vat_number="IT05550200025", notes="cut-off",
)  # fmt: skip


def form(qtbot: Any) -> SupplierForm:
    shown = SupplierForm()
    qtbot.addWidget(shown)
    return shown


def test_a_supplier_comes_back_as_it_went_in(qtbot: Any) -> None:
    shown = form(qtbot)
    shown.show_record(SupplierRecord(LAGUNA, LeadTime("Laguna", 3, D(4), 2), 2))
    assert shown.spec() == LAGUNA
    assert [box.isChecked() for box in shown.days] == [True, False, False, True, False, False,
                                                       False]  # fmt: skip
    assert shown.lines["name"].isReadOnly()  # suppliers are found by name
    assert shown.observed.text() == "4 days observed over 2 orders"
    shown.show_record(None)
    assert shown.spec() == SupplierSpec("") and not shown.lines["name"].isReadOnly()


def test_a_refusal_names_the_field_and_goes_there(qtbot: Any) -> None:
    shown = form(qtbot)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    shown.show_error(InputError("the P.IVA 1 has a wrong check digit", column="vat_number"))
    assert shown.error.text() == "VAT number (P.IVA): the P.IVA 1 has a wrong check digit"
    qtbot.waitUntil(shown.lines["vat_number"].hasFocus, timeout=2000)
    shown.show_error(None)
    assert shown.error.isHidden()


@pytest.mark.usefixtures("italian")
def test_weekdays_and_labels_in_italian(qtbot: Any) -> None:
    shown = form(qtbot)
    assert [box.text() for box in shown.days][:2] == ["lun", "mar"]
    assert shown.language.itemText(0) == "La lingua del bar"
    shown.days[0].setChecked(True)
    shown.days[3].setChecked(True)
    assert shown.spec().order_days == "Mon;Thu"  # stored in the words every reader knows
