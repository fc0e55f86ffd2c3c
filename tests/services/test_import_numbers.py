"""Every importer reads numbers by the one set of rules and refuses the rest, naming the cell.

`1_0` was read as 10, `١٢` as 12, `５` as 5, `1,000` as 1 and `1 000` as 1000; a
formula saved without its value was read as blank (a count line `=1+1` full counted
as none); a CSV quote never closed swallowed the rest of the file ("0 items entered").
Each is now refused with the file, row and column named, and the bar is left as it was.
"""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.numbers import NumberError, read_decimal
from inventory_app.io.catalogue_file import parse_catalogue
from inventory_app.io.count_sheet import read_count_sheet
from inventory_app.io.recipe_file import parse_recipes
from inventory_app.io.sales_file import open_sales
from tests.services.import_attempts import attempt, make_template
from tests.services.test_import_hostile_files import GOOD

# kind -> (header, a row with {} where the number goes, the number's column)
NUMBER_CELLS = {
    "catalogue": (("sku", "name", "size"), ("N1", "New", "{}"), "size"),
    "recipes": (("recipe", "ingredient", "quantity", "unit"), ("R", "GIN", "{}", "ml"), "quantity"),
    "sales": (("date", "item", "qty"), ("2024-05-01", "Negroni", "{}"), "qty"),
    "count": (("sku", "full"), ("GIN", "{}"), "full"),
}
KINDS = list(NUMBER_CELLS)
REFUSED = ["1_0", "١٢", "５", "1,000", "1.000", "1 000", "1e3", "1.2.3"]
# Read by every importer, with the value each must hold.
READ = [("2,0", Decimal(2)), ("2.0", Decimal(2)), ("1.000,0", Decimal(1000))]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template") / "bar.sqlite3")


def write_csv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def number_file(folder: Path, kind: str, number: str) -> Path:
    header, row, _column = NUMBER_CELLS[kind]
    cells = tuple(cell.format(number) for cell in row)
    return write_csv(folder / f"{kind}.csv", [header, cells])


def write_xlsx(path: Path, rows: list[tuple[object, ...]], cached: dict[str, str]) -> Path:
    """A workbook as openpyxl writes it (a formula with an empty value), then the
    values a spreadsheet would have computed and saved for the cells in `cached`."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for cell, value in cached.items():
                    start = text.index(f'<c r="{cell}"')
                    end = text.index("</c>", start)
                    text = (
                        text[:start]
                        + text[start:end].replace("<v />", f"<v>{value}</v>")
                        + (text[end:])
                    )
                data = text.encode()
            archive.writestr(info, data)
    return path


def formula_file(folder: Path, kind: str, cached: str | None) -> Path:
    header, row, _column = NUMBER_CELLS[kind]
    cells = tuple("=1+1" if cell == "{}" else cell for cell in row)
    where = f"{chr(ord('A') + row.index('{}'))}2"
    values = {where: cached} if cached is not None else {}
    return write_xlsx(folder / f"{kind}.xlsx", [header, cells], values)


@pytest.mark.parametrize("number", REFUSED)
@pytest.mark.parametrize("kind", KINDS)
def test_a_number_without_one_reading_is_refused_naming_its_cell(
    kind: str, number: str, template: Path, tmp_path: Path
) -> None:
    source = number_file(tmp_path, kind, number)
    error = attempt(kind, source, template, tmp_path)
    assert isinstance(error, ImportErrors)
    _header, _row, column = NUMBER_CELLS[kind]
    [problem] = [p for p in error.errors if p.column == column]
    assert (problem.row, problem.column) == (2, column)
    with pytest.raises(NumberError) as rule:
        read_decimal(number, what="a number")
    assert rule.value.reason in problem.detail  # the rule's own reason, not a generic one


@pytest.mark.parametrize(("number", "value"), READ)
@pytest.mark.parametrize("kind", KINDS)
def test_a_number_with_one_reading_is_imported(
    kind: str, number: str, value: Decimal, template: Path, tmp_path: Path
) -> None:
    source = number_file(tmp_path, kind, number)
    assert read_number(kind, source) == value
    assert attempt(kind, source, template, tmp_path) is None


def read_number(kind: str, path: Path) -> Decimal:
    """The number cell as the importer's file reader reads it."""
    if kind == "catalogue":
        [line] = parse_catalogue(path)
        return Decimal(line.spec.size or 0)
    if kind == "recipes":
        [recipe] = parse_recipes(path)
        return recipe.lines[0].quantity
    if kind == "sales":
        with open_sales(path) as stream:
            [sale] = list(stream.lines)
        return sale.quantity
    [entry] = read_count_sheet(path)
    assert entry.full is not None
    return entry.full


@pytest.mark.parametrize("kind", KINDS)
def test_a_formula_saved_without_its_value_is_refused_naming_its_cell(
    kind: str, template: Path, tmp_path: Path
) -> None:
    error = attempt(kind, formula_file(tmp_path, kind, cached=None), template, tmp_path)
    _header, _row, column = NUMBER_CELLS[kind]
    assert isinstance(error, InputError)
    assert (error.file, error.row, error.column) == (f"{kind}.xlsx", 2, column)
    assert error.detail == (
        "the cell holds the formula =1+1 but no computed value; open the file in Excel or "
        "LibreOffice and save it, or type the value"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_formula_is_read_by_the_value_saved_with_it(
    kind: str, template: Path, tmp_path: Path
) -> None:
    source = formula_file(tmp_path, kind, cached="2")
    assert read_number(kind, source) == Decimal(2)
    assert attempt(kind, source, template, tmp_path) is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_quote_never_closed_is_refused_naming_its_row(
    kind: str, template: Path, tmp_path: Path
) -> None:
    header, *rows = GOOD[kind].splitlines()
    opened = rows[0].replace(",", ',"', 1)  # a cell opens a quote and never closes it
    source = tmp_path / f"{kind}.csv"
    source.write_text("\n".join([header, opened, *rows]) + "\n", encoding="utf-8")
    error = attempt(kind, source, template, tmp_path)
    assert isinstance(error, InputError)
    assert (error.file, error.row) == (source.name, 2)
    assert error.detail.startswith('a quote (") opened on this row is never closed')


@pytest.mark.parametrize("kind", KINDS)
def test_text_after_a_closing_quote_is_refused(kind: str, template: Path, tmp_path: Path) -> None:
    header, *rows = GOOD[kind].splitlines()
    first, rest = rows[0].split(",", 1)
    source = tmp_path / f"{kind}.csv"
    source.write_text(f'{header}\n"{first[:1]}"{first[1:]}x,{rest}\n', encoding="utf-8")
    error = attempt(kind, source, template, tmp_path)
    assert isinstance(error, InputError)
    assert (error.file, error.row) == (source.name, 2)
    assert error.detail.startswith("a quoted cell goes on after its closing quote")
