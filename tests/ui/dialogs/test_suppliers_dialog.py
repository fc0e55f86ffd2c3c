"""The Suppliers dialog: pick a supplier, edit, save; a refusal stays beside the form; a
new supplier; read-only for whoever may not edit."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from typing import Any

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.services.catalogue.places import SupplierSpec
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.dialogs.suppliers_dialog import SupplierActions, SuppliersDialog


def record(spec: SupplierSpec) -> SupplierRecord:
    return SupplierRecord(spec, LeadTime(spec.name, spec.lead_time_days, D(2), 1), 1)


def dialog_over(
    qtbot: Any, saved: list[SupplierSpec], *, read_only: str | None = None
) -> SuppliersDialog:
    """The dialog over a list kept here; a save with a P.IVA of 1 is refused as the
    service refuses it."""
    suppliers = {"Laguna": SupplierSpec("Laguna", email="o@l.example"),
                 "Rialto": SupplierSpec("Rialto")}  # fmt: skip

    def save(spec: SupplierSpec) -> InventoryError | None:
        if spec.vat_number == "1":
            return InputError("a P.IVA has 11 digits, got '1'", column="vat_number")
        saved.append(spec)
        suppliers[spec.name] = spec
        return None

    actions = SupplierActions(
        load=lambda: [record(s) for _n, s in sorted(suppliers.items())], save=save
    )
    dialog = SuppliersDialog(None, actions=actions, read_only=read_only)
    qtbot.addWidget(dialog)
    return dialog


def test_the_first_supplier_is_shown_and_edited(qtbot: Any) -> None:
    saved: list[SupplierSpec] = []
    dialog = dialog_over(qtbot, saved)
    assert dialog.heading.text() == "Laguna"
    assert dialog.select("rialto") and dialog.form.spec().name == "Rialto"
    dialog.form.address.setPlainText("Ruga dei Spezieri 3\n30125 Venezia VE")
    dialog.save()
    assert saved == [
        replace(SupplierSpec("Rialto"), address="Ruga dei Spezieri 3\n30125 Venezia VE")
    ]
    assert dialog.status.text() == "Saved Rialto" and dialog.saved == 1
    assert dialog.chosen() is not None and dialog.chosen().spec.name == "Rialto"  # type: ignore[union-attr]


def test_a_refusal_changes_nothing_and_says_where(qtbot: Any) -> None:
    saved: list[SupplierSpec] = []
    dialog = dialog_over(qtbot, saved)
    dialog.form.lines["vat_number"].setText("1")
    dialog.save()
    assert saved == [] and dialog.saved == 0
    assert dialog.form.error.text() == "VAT number (P.IVA): a P.IVA has 11 digits, got '1'"


def test_a_new_supplier_is_named_then_saved(qtbot: Any) -> None:
    saved: list[SupplierSpec] = []
    dialog = dialog_over(qtbot, saved)
    dialog.new_button.click()
    assert dialog.heading.text() == "New supplier" and dialog.form.lines["name"].text() == ""
    dialog.form.lines["name"].setText("Navigli Ghiaccio")
    dialog.save()
    assert [s.name for s in saved] == ["Navigli Ghiaccio"]
    assert dialog.model.row_of("Navigli Ghiaccio") == 1


def test_read_only_shows_but_does_not_save(qtbot: Any) -> None:
    saved: list[SupplierSpec] = []
    dialog = dialog_over(qtbot, saved, read_only="Only the owner may edit items.")
    assert dialog.form.lines["email"].isReadOnly() and not dialog.new_button.isEnabled()
    dialog.save()
    assert saved == []
