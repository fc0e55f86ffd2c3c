"""The GUI refuses what the files and the CLI refuse, with the same words.

The same bad text is typed into a dialog field and given to the import or the command
that reads that value; both must come from the one domain rule, so the messages match.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from inventory_app import cli
from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.domain.errors import ImportErrors
from inventory_app.services.imports.catalogue import import_catalogue
from inventory_app.services.imports.counts import import_count_sheet
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from inventory_app.ui.dialogs.make_dialog import MakeDialog
from inventory_app.ui.models.count_model import CountColumn
from inventory_app.ui.pages.count_page import CountPage
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar
from tests.ui.dialogs.test_adjust_dialog import adjust_dialog

BAD_NUMBERS = ["big", "1e30", "NaN", "-inf", "1,2,3", "€ x", "=1+1", "x" * 100]
# What Python's Decimal used to read (as 10, 12, 5, 1 and 1000) and the number rules refuse.
BAD_NUMBERS += ["1_0", "١٢", "５", "1,000", "1 000"]


def file_message(error: ImportErrors) -> str:
    """The one problem an import found, without its row and column."""
    assert len(error.errors) == 1, error
    return error.errors[0].detail


def cli_message(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> str:
    """What the command prints after 'error: ' (exit 2: bad input)."""
    assert cli.main(["--db", db.url, "--user", AUTHOR, *args]) == 2
    return capsys.readouterr().err.strip().split("error: ", 1)[1]


@pytest.mark.parametrize(
    ("field", "text"),
    [
        *[("size", text) for text in BAD_NUMBERS],
        ("size", "0"),
        ("cost", "-3"),
        ("cost", "€ twelve"),
        ("cost", "1,000"),
        ("cost", "€ 1_0"),
        ("cost", "١٢,٥٠"),
        ("par", "lots"),
        ("par", "-1"),
        ("pack_size", "1.5"),
        ("pack_size", "1e30"),
        ("density", "0"),
        ("tare_g", "1e999999"),
        ("shelf_life_days", "2.5"),
        ("name", "x" * 201),
        ("supplier_code", "x" * 65),
    ],
)
def test_an_item_field_says_what_the_catalogue_import_says(
    qtbot: Any, context: AppContext, db: Database, tmp_path: Path, field: str, text: str
) -> None:
    dialog = ItemDialog(
        None,
        spec=None,
        choices=queries.load_choices(context.database),
        save=lambda spec: operations.save_item(context, spec=spec, expected_version=None),
    )
    qtbot.addWidget(dialog)
    cells = {"sku": "NEW-1", "name": "New", field: text}
    for name, value in cells.items():
        dialog.form.edit(name).setText(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    source = tmp_path / "catalogue.csv"
    row = ",".join(f'"{value}"' for value in cells.values())
    source.write_text(f"{','.join(cells)}\n{row}\n", encoding="utf-8")
    with pytest.raises(ImportErrors) as caught, db.transaction() as session:
        import_catalogue(session, source, author=AUTHOR)
    assert dialog.form.error_text(field) == file_message(caught.value)


@pytest.mark.parametrize(
    ("text", "cost"),
    [
        ("12,50", "12.5"),
        ("12.50", "12.5"),
        ("€ 8,00", "8"),
        ("1.234,50", "1234.5"),
        ("1,234.50", "1234.5"),
        ("0,125", "0.125"),
    ],
)
def test_an_item_price_reads_as_the_catalogue_import_reads_it(
    qtbot: Any, context: AppContext, db: Database, tmp_path: Path, text: str, cost: str
) -> None:
    dialog = ItemDialog(
        None,
        spec=None,
        choices=queries.load_choices(context.database),
        save=lambda spec: operations.save_item(context, spec=spec, expected_version=None),
    )
    qtbot.addWidget(dialog)
    for name, value in {"sku": "NEW-1", "name": "New", "cost": text}.items():
        dialog.form.edit(name).setText(value)
    spec, problems = dialog.form.read()
    source = tmp_path / "catalogue.csv"
    source.write_text(f'sku,name,cost\nNEW-2,New,"{text}"\n', encoding="utf-8")
    with db.transaction() as session:
        import_catalogue(session, source, author=AUTHOR)
    with db.reading() as session:
        imported = session.scalars(select(Item.cost).where(Item.sku == "NEW-2")).one()
    assert (problems, spec.cost) == ({}, Decimal(cost))
    assert imported == Decimal(cost)


@pytest.mark.parametrize("text", [*BAD_NUMBERS, "12 bottles", "1e999999"])
def test_the_adjust_field_says_what_the_adjust_command_says(
    qtbot: Any,
    context: AppContext,
    db: Database,
    bar: Bar,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    dialog = adjust_dialog(qtbot, context, bar.gin)
    dialog.quantity.setText(text)
    dialog.accept()
    expected = cli_message(capsys, db, "adjust", "GIN-TANQ", f"--by={text}", "--reason", "waste")
    assert expected == f"--by: {dialog.error.text()}"


@pytest.mark.parametrize("text", [*BAD_NUMBERS, "0", "-1"])
def test_the_batches_field_says_what_the_make_command_says(
    qtbot: Any, db: Database, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    def never(batches: Decimal) -> Any:
        raise AssertionError("a refused number of batches is not made")

    dialog = MakeDialog(None, recipe="Simple syrup", makes="Syrup", make=never)
    qtbot.addWidget(dialog)
    dialog.batches.setText(text)
    dialog.make()
    expected = cli_message(capsys, db, "make", "Simple syrup", f"--batches={text}")
    assert expected == f"--batches: {dialog.message.text()}"


@pytest.mark.parametrize(
    ("column", "sheet_column", "option", "text"),
    [
        *[(CountColumn.FULL, "Full", "--full", text) for text in BAD_NUMBERS],
        (CountColumn.TENTHS, "Open tenths", "--tenths", "lots"),
        (CountColumn.TENTHS, "Open tenths", "--tenths", "11"),
        (CountColumn.WEIGHT, "Weight g", "--weight", "1e30"),
        (CountColumn.QUANTITY, "Quantity", "--quantity", "-5"),
        (CountColumn.FULL, "Full", "--full", "-1"),
    ],
)
def test_a_count_cell_says_what_the_count_sheet_and_command_say(
    qtbot: Any,
    context: AppContext,
    db: Database,
    bar: Bar,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    column: CountColumn,
    sheet_column: str,
    option: str,
    text: str,
) -> None:
    assert operations.start_count(context, locations=()) is None
    page = CountPage(context)
    qtbot.addWidget(page)
    gin = page.model.row_of_code("GIN-TANQ")
    assert gin is not None
    page.model.setData(page.model.index(gin, column), text)

    source = tmp_path / "count.csv"
    source.write_text(f'SKU,{sheet_column}\nGIN-TANQ,"{text}"\n', encoding="utf-8")
    with pytest.raises(ImportErrors) as caught, db.transaction() as session:
        import_count_sheet(session, source, author=AUTHOR)
    command = cli_message(capsys, db, "count", "set", "GIN-TANQ", f"{option}={text}")
    assert page.model.error_at(gin) == file_message(caught.value)
    assert command.endswith(file_message(caught.value))
