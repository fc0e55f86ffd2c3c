"""The modifier sheet read and written (io/modifier_file.py): bad rows named, nothing kept."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.io.modifier_file import parse_modifiers, sheet_row, write_modifier_sheet

HEADER = "modifier,recipe,action,ingredient,with,quantity,unit,factor\n"
GOOD = HEADER + (
    "Double,,scale,,,,,2\n"
    "Sipsmith,Negroni,replace,GIN-TANQ,GIN-SIPS,,,\n"
    'Extra Campari,,ADD,AMA-CAMP,,"1,5",cl,\n'
    "Senza ghiaccio,,ignore,,,,,\n"
)
SPECS = [
    ModifierSpec("Double", ModifierAction.SCALE, factor=D(2)),
    ModifierSpec("Sipsmith", ModifierAction.REPLACE, recipe="Negroni", ingredient="GIN-TANQ",
                 with_sku="GIN-SIPS"),
    ModifierSpec("Extra Campari", ModifierAction.ADD, ingredient="AMA-CAMP", quantity=D("1.5"),
                 unit=Unit.CL),
    ModifierSpec("Senza ghiaccio", ModifierAction.IGNORE),
]  # fmt: skip


def test_a_sheet_read_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / "modifiers.csv"
    path.write_text(GOOD, encoding="utf-8")
    rules = parse_modifiers(path)
    assert [(r.row, r.spec) for r in rules] == list(zip([2, 3, 4, 5], SPECS, strict=True))
    out = tmp_path / "out.csv"
    write_modifier_sheet(out, [sheet_row(spec) for spec in SPECS])
    assert [r.spec for r in parse_modifiers(out)] == SPECS


def test_an_xlsx_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in GOOD.replace('"1,5"', "1.5").splitlines():
        sheet.append([_cell(c) for c in line.split(",")])
    book.save(tmp_path / "modifiers.xlsx")
    assert [r.spec for r in parse_modifiers(tmp_path / "modifiers.xlsx")] == SPECS


def _cell(text: str) -> object:
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text or None


@pytest.mark.parametrize(
    ("rows", "problems"),
    [
        ("Double,,scale,,,,,two\n", [(2, "factor")]),
        ("Double,,double,,,,,2\n", [(2, "action")]),
        (",,ignore,,,,,\n", [(2, "modifier")]),
        ("Double,,,,,,,2\n", [(2, "action")]),
        ("Extra,,add,GIN,,10,,\n", [(2, "unit")]),
        ("Extra,,add,GIN,,10,litres,\n", [(2, "unit")]),
        ("Double,,scale,GIN,,,,2\n", [(2, "ingredient")]),
        ("Double,,scale,,,,,2\ndouble ,,ignore,,,,,\n", [(3, "modifier")]),
        ("Double,,scale,,,,,2\nDouble,Negroni,scale,,,,,3\n", []),  # another recipe: fine
    ],
)
def test_bad_rows_are_named_by_row_and_column(
    tmp_path: Path, rows: str, problems: list[tuple[int, str]]
) -> None:
    path = tmp_path / "modifiers.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    if not problems:
        assert len(parse_modifiers(path)) == rows.count("\n")
        return
    with pytest.raises(ImportErrors) as caught:
        parse_modifiers(path)
    assert caught.value.file == "modifiers.csv"
    assert [(p.row, p.column) for p in caught.value.errors] == problems


def test_a_missing_or_unknown_column(tmp_path: Path) -> None:
    path = tmp_path / "modifiers.csv"
    path.write_text("modifier,recipe,factor\nDouble,,2\n", encoding="utf-8")
    with pytest.raises(ImportErrors, match="action"):
        parse_modifiers(path)
    path.write_text("modifier,action,colour\nDouble,ignore,red\n", encoding="utf-8")
    with pytest.raises(ImportErrors, match="colour"):
        parse_modifiers(path)
