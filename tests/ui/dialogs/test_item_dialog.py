"""The item dialog: messages beside fields, refusal while wrong, saves through operations."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QGroupBox

from inventory_app.db.engine import Database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue import items as catalogue
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from tests.ui.conftest import Bar


def new_dialog(qtbot: Any, context: AppContext) -> ItemDialog:
    dialog = ItemDialog(
        None,
        spec=None,
        choices=queries.load_choices(context.database),
        save=lambda spec: operations.save_item(context, spec=spec, expected_version=None),
    )
    qtbot.addWidget(dialog)
    return dialog


def edit_dialog(qtbot: Any, context: AppContext, item_id: int) -> ItemDialog:
    loaded = queries.load_item(context.database, item_id)
    dialog = ItemDialog(
        None,
        spec=loaded.spec,
        choices=queries.load_choices(context.database),
        save=lambda spec: operations.save_item(context, spec=spec, expected_version=loaded.version),
    )
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: ItemDialog, **texts: str) -> None:
    for name, text in texts.items():
        dialog.form.edit(name).setText(text)


def press_save(dialog: ItemDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def stored(db: Database, sku: str) -> ItemSpec:
    with db.sessions() as s:
        return catalogue.item_spec(catalogue.find_item(s, sku))


def test_new_item_is_saved(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = new_dialog(qtbot, context)
    fill(dialog, sku="GIN-MALF", name="Malfy Gin", size="700", cost="€21,50", par="2")
    fill(dialog, reorder_at="1", barcodes="8050000000001 | 8050000000002")
    dialog.form.location.setCurrentText("Back bar")
    with qtbot.waitSignal(context.changes.changed):
        press_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = stored(context.database, "GIN-MALF")
    assert (saved.name, saved.cost, saved.par, saved.reorder_at) == (
        "Malfy Gin", Decimal("21.50"), Decimal(2), Decimal(1)
    )  # fmt: skip
    assert saved.barcodes == ("8050000000001", "8050000000002")
    assert saved.location == "Back bar"


def test_edit_is_saved_and_sku_is_read_only(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = edit_dialog(qtbot, context, bar.campari)
    assert dialog.form.edit("sku").isReadOnly()
    assert dialog.form.edit("name").text() == "Campari"
    fill(dialog, name="Campari Bitter", par="4", tare_g="")
    press_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = stored(context.database, "CAMP-1L")
    assert (saved.name, saved.par, saved.reorder_at) == ("Campari Bitter", Decimal(4), Decimal(1))
    assert saved.barcodes == ("8001234567890",)


def test_reorder_above_par_is_shown_beside_the_field_and_refused(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    dialog = edit_dialog(qtbot, context, bar.gin)
    fill(dialog, par="2", reorder_at="5")
    with qtbot.assertNotEmitted(context.changes.changed):
        press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("reorder_at") == "the reorder point (5) is above the par (2)"
    assert dialog.form.error_text("par") == ""
    assert stored(context.database, "GIN-TANQ").reorder_at == Decimal(1)


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("cost", "twelve", "expected a price such as 12.50, got 'twelve'"),
        ("cost", "-3", "expected a price of zero or more, got '-3'"),
        ("size", "big", "expected a container size such as 700, got 'big'"),
        ("size", "0", "expected a container size above zero, got 0"),
        ("par", "lots", "expected a number of containers such as 2 or 1.5, got 'lots'"),
        ("pack_size", "1.5", "expected a whole number such as 6, got '1.5'"),
        ("full_g", "100", "the full weight (100 g) must be above the empty one (400 g)"),
        ("density", "0", "expected a density above zero in g/ml such as 0.94, got 0"),
        ("shelf_life_days", "2.5", "expected a whole number such as 6, got '2.5'"),
        ("shelf_life_days", "0", "expected a shelf life of 1 day or more, got 0"),
        ("name", "", "a name is required"),
    ],
)
def test_bad_input_shows_a_message_next_to_its_field(
    qtbot: Any, context: AppContext, bar: Bar, field: str, text: str, message: str
) -> None:
    dialog = edit_dialog(qtbot, context, bar.gin)
    fill(dialog, tare_g="400")
    fill(dialog, **{field: text})
    press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text(field) == message
    assert not dialog.banner.isHidden()


def test_messages_appear_as_you_type_only_where_you_typed(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    dialog = new_dialog(qtbot, context)
    qtbot.keyClicks(dialog.form.edit("cost"), "abc")
    assert dialog.form.error_text("cost").startswith("expected a price")
    assert dialog.form.error_text("sku") == ""
    qtbot.keyClicks(dialog.form.edit("cost"), "\b\b\b12")
    assert dialog.form.error_text("cost") == ""


def test_barcode_of_another_item_is_refused_in_the_dialog(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    dialog = edit_dialog(qtbot, context, bar.gin)
    fill(dialog, barcodes="8001234567890")
    press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("barcodes") == "barcode 8001234567890 already belongs to CAMP-1L"


def test_conflicting_save_shows_the_conflict(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = edit_dialog(qtbot, context, bar.campari)
    with context.database.transaction() as s:
        catalogue.save_item(s, ItemSpec(sku="CAMP-1L", name="Campari (their edit)"), author="owner")
    fill(dialog, name="Campari (my edit)")
    press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Someone else changed" in dialog.banner.text()
    assert stored(context.database, "CAMP-1L").name == "Campari (their edit)"


def test_ask_returns_the_saved_spec(qtbot: Any, context: AppContext, bar: Bar) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ItemDialog)
        fill(dialog, sku="SYR-1", name="Simple syrup")
        press_save(dialog)

    QTimer.singleShot(0, answer)
    spec = ItemDialog.ask(
        None,
        spec=None,
        choices=queries.load_choices(context.database),
        save=lambda s: operations.save_item(context, spec=s, expected_version=None),
    )
    assert spec is not None and spec.sku == "SYR-1"
    assert stored(context.database, "SYR-1").name == "Simple syrup"


def test_density_and_shelf_life_are_saved_and_cleared(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    dialog = edit_dialog(qtbot, context, bar.campari)
    fill(dialog, density="1,06", shelf_life_days="14")
    press_save(dialog)
    saved = stored(context.database, "CAMP-1L")
    assert (saved.density, saved.shelf_life_days) == (Decimal("1.06"), 14)
    again = edit_dialog(qtbot, context, bar.campari)
    assert (again.form.edit("density").text(), again.form.edit("shelf_life_days").text()) == (
        "1.06", "14"
    )  # fmt: skip
    fill(again, density="", shelf_life_days="")
    press_save(again)
    saved = stored(context.database, "CAMP-1L")
    assert (saved.density, saved.shelf_life_days) == (None, None)


def test_a_barcode_added_elsewhere_is_not_overwritten(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    """The dialog is open; another computer adds a barcode; saving here is refused."""
    dialog = edit_dialog(qtbot, context, bar.campari)
    with context.database.transaction() as s:
        catalogue.save_item(
            s, ItemSpec(sku="CAMP-1L", barcodes=("8001234567890", "8009999")), author="owner"
        )
    fill(dialog, cost="€19,00")
    press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.text() == (
        "Not saved: Someone else changed Campari (CAMP-1L) since you opened it;"
        " reopen it to see their change"
    )
    assert stored(context.database, "CAMP-1L").barcodes == ("8001234567890", "8009999")
    assert stored(context.database, "CAMP-1L").cost != Decimal(19)


def test_in_italian_fields_pickers_and_the_refusal_are_italian(
    italian: None, qtbot: Any, context: AppContext, bar: Bar
) -> None:
    """Labels, the pickers' choices (their stored values unchanged), numbers with a comma."""
    with context.database.transaction() as s:
        catalogue.save_item(s, ItemSpec(sku="GIN-TANQ", density=Decimal("0.94")), author="owner")
    dialog = edit_dialog(qtbot, context, bar.gin)
    assert dialog.windowTitle() == "Modifica GIN-TANQ"
    assert [box.title() for box in dialog.form.findChildren(QGroupBox)] == [
        "Articolo", "Contenitore e livelli", "Acquisto", "Note", "Allergeni (Reg. UE 1169/2011)",
    ]  # fmt: skip
    kinds = [dialog.form.kind.itemText(n) for n in range(dialog.form.kind.count())]
    assert kinds == ["bottiglia", "flacone", "consumabile"]
    assert dialog.form.kind.currentData() == "bottle"
    assert dialog.form.unit.itemText(2) == "pz" and dialog.form.unit.itemData(2) == "pcs"
    assert dialog.form.edit("density").text() == "0,94"
    assert dialog.form.edit("reorder_at").placeholderText() == "contenitori, es. 1"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Salva"
    fill(dialog, cost="12,5")
    press_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    assert (dialog.saved.cost, dialog.saved.density) == (Decimal("12.5"), Decimal("0.94"))


def test_in_italian_a_refused_save_says_so_in_italian(
    italian: None, qtbot: Any, context: AppContext, bar: Bar
) -> None:
    dialog = new_dialog(qtbot, context)
    fill(dialog, sku="RUM-1", name="Rum", size="tanto")
    press_save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.text() == "Correggi i campi segnati in rosso."
    assert dialog.form.error_text("size")
