"""ui/dialogs/item_form.py: every ItemSpec field, read back as typed, with each problem
beside its field; loaded from and saved to a copy of the demo bar."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QApplication

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InputError
from inventory_app.services.views.stock import Order
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.item_form import ItemForm, field_of, split_barcodes
from tests.ui.conftest import DEMO_OWNER


def form_for(qtbot: Any, demo_db: Database) -> ItemForm:
    form = ItemForm(queries.load_choices(demo_db))
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    return form


def test_barcodes_split_on_commas_or_bars_and_errors_find_their_field() -> None:
    assert split_barcodes(" 800123, | 800456|,") == ("800123", "800456")
    assert field_of(InputError("bad", column="barcode")) == "barcodes"
    assert field_of(InputError("bad", column="par")) == "par"
    assert field_of(InputError("bad")) is None


def test_a_loaded_item_reads_back_as_it_was_and_saves_unchanged(
    qtbot: Any, demo_db: Database
) -> None:
    row = queries.load_stock(demo_db, order=Order.NAME)[0]
    loaded = queries.load_item(demo_db, row.item_id)
    form = form_for(qtbot, demo_db)
    form.load(loaded.spec)
    spec, problems = form.read()
    assert problems == {}
    assert (spec.sku, spec.name, spec.category, spec.location) == (
        loaded.spec.sku, loaded.spec.name, loaded.spec.category, loaded.spec.location,
    )  # fmt: skip
    assert spec.size == loaded.spec.size and spec.barcodes == loaded.spec.barcodes
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    saved = operations.save_item(context, spec=spec, expected_version=loaded.version)
    assert saved is None
    again = queries.load_item(demo_db, row.item_id).spec
    assert (again.name, again.size, again.cost, again.par) == (
        loaded.spec.name, loaded.spec.size, loaded.spec.cost, loaded.spec.par,
    )  # fmt: skip


def test_problems_show_where_typed_or_everywhere_on_save(qtbot: Any, demo_db: Database) -> None:
    form = form_for(qtbot, demo_db)
    form.edit("sku").setText("NEW-1")
    par = form.edit("par")
    par.setText("lots")
    par.textEdited.emit("lots")  # typed by the person: the field is touched
    form.edit("pack_size").setText("2.5")
    spec, problems = form.read()
    assert set(problems) >= {"par", "pack_size", "name"}
    form.show_problems(problems, everywhere=False)
    assert form.error_text("par") == problems["par"] and form.error_text("pack_size") == ""
    form.show_problems(problems, everywhere=True)
    assert form.error_text("pack_size") == problems["pack_size"]
    assert form.error_text("name") == problems["name"]
    form.edit("name").setText("New gin")
    form.edit("par").setText("")
    form.edit("pack_size").setText("6")
    spec, problems = form.read()
    assert problems == {} and spec.par is None and "par" in spec.clear
    assert spec.pack_size == 6
    form.show_problems(problems, everywhere=True)
    assert form.error_text("par") == ""


def test_sku_read_only_cost_hidden_and_focus(qtbot: Any, demo_db: Database) -> None:
    form = form_for(qtbot, demo_db)
    form.set_sku_read_only(True)
    assert form.edit("sku").isReadOnly()
    form.edit("cost").setText("12.50")
    form.hide_cost()
    assert not form.edit("cost").isVisible()
    spec, _problems = form.read()
    assert spec.cost == Decimal("12.50")  # hidden, not forgotten
    form.activateWindow()
    form.focus_field("name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.edit("name"), timeout=1000)
