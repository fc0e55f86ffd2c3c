"""Every importer fed random and malformed CSV and XLSX: a summary or a clear error, all or none.

Hypothesis writes files with wrong types, huge and odd numbers, formulas, odd dates,
control characters, wrong encodings, duplicate, missing and unknown columns, ragged
rows; `attempt` checks the outcome (see import_attempts). Examples are derandomised
and few, so the file runs in seconds and fails the same way every time.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inventory_app.io.catalogue_file import COLUMNS as CATALOGUE_COLUMNS
from inventory_app.io.count_sheet import HEADER as COUNT_HEADER
from inventory_app.io.recipe_file import COLUMNS as RECIPE_COLUMNS
from inventory_app.io.sales_file import GENERIC_COLUMNS
from inventory_app.io.till_profiles import LOYVERSE, SUMUP
from tests.services.import_attempts import attempt, make_template

SQUARE_COLUMNS = (
    "Date", "Time", "Item", "Qty", "Event Type", "Transaction ID", "Gross Sales",
    "Net Sales", "Dining Option",
)  # fmt: skip
# SumUp's sales report in its three languages (io/till_profiles.py).
SUMUP_COLUMNS = tuple(name for names in SUMUP.columns.values() for name in names)
LOYVERSE_COLUMNS = tuple(name for names in LOYVERSE.columns.values() for name in names)
COLUMNS = {
    "catalogue": CATALOGUE_COLUMNS,
    "recipes": RECIPE_COLUMNS,
    "sales": GENERIC_COLUMNS + SQUARE_COLUMNS + SUMUP_COLUMNS,
    "sales-skip-unknown": GENERIC_COLUMNS + SQUARE_COLUMNS,
    "sales-sumup": (*SUMUP_COLUMNS, "Account", "Receipt Number", "Konto", "Währung"),
    "sales-loyverse": (*LOYVERSE_COLUMNS, "Category", "SKU", "POS", "Store", "Cashier name"),
    "count": COUNT_HEADER,
}
REQUIRED = {
    "catalogue": ("sku", "name"),
    "recipes": ("recipe", "ingredient", "quantity", "unit"),
    "sales": ("date", "item", "qty"),
    "sales-skip-unknown": ("Date", "Item", "Qty", "Event Type"),
    "sales-sumup": ("Datum", "Beschreibung", "Menge", "Transaktionsnummer", "Typ"),
    "sales-loyverse": ("Date", "Receipt number", "Receipt type", "Item", "Quantity", "Status"),
    "count": ("SKU", "Full", "Quantity"),
}
HOSTILE = (
    "", " ", "0", "-0", "1", "2", "30", "-5", "1e30", str(10**40), "9" * 30, "1e999999",
    "1e-30", "0.0000001", "NaN", "-nan", "sNaN", "Infinity", "-inf", "1,5", "1.234,50",
    "€ 3", "3 €", "$-2", "(€8.00)", "1E5", "0x1A", "1_000", "١٢", "TRUE",
    "=1+1", '=HYPERLINK("http://x.example","click")', "@SUM(A1:A3)", "+cmd|' /C calc'!A0",
    "-2+3", "a\x00b", "\x07", "\x1b[31m", "\u202egin", "\ufeff", "x" * 300, "\n", '"',
    "2024-05-01", "2024-02-30", "31/12/2024", "12/31/24", "2024-05-01T20:00:00",
    "0001-01-01", "9999-12-31", "20:00", "24:00", "20:61", "-1:00",
    "GIN", "gin", "CAMPARI", "CUP", "SYRUP", "SUGAR", "Negroni", "negroni ta", "Shot",
    "Simple syrup", "ml", "cl", "oz", "pcs", "g", "l", "bottle", "prep", "cocktail",
    "takeaway", "speakeasy", "Payment", "Refund", "To Go", "T1", "T2",
)  # fmt: skip
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%y", "%d %B %Y", "%Y%m%d", "%Y-%m-%dT%H:%M")
ENCODINGS = ("utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16")

cells = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=10),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats().map(repr),
    st.builds(date.strftime, st.dates(), st.sampled_from(DATE_FORMATS)),
)
row_lists = st.lists(st.lists(cells, max_size=10), max_size=6)
_counter = itertools.count()


@st.composite
def headers(draw: st.DrawFn, kind: str) -> list[str]:
    """Required columns or not, known and unknown ones, repeated ones, any case."""
    names = list(REQUIRED[kind]) if draw(st.booleans()) else []
    names += draw(st.lists(st.one_of(st.sampled_from(COLUMNS[kind]), cells), max_size=6))
    if draw(st.booleans()):
        names = [n.upper() for n in names]
    return draw(st.permutations(names))


@st.composite
def csv_bytes(draw: st.DrawFn, kind: str) -> bytes:
    rows = [draw(headers(kind)), *draw(row_lists)]
    delimiter = draw(st.sampled_from(",;"))
    if draw(st.booleans()):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
        text = buffer.getvalue()
    else:  # written by hand: quotes and separators inside cells break the rows
        text = "".join(delimiter.join(row) + "\n" for row in rows)
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.booleans()):  # bytes that are no text at all, anywhere
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=6)) + data[at:]
    return data


@st.composite
def workbook_rows(draw: st.DrawFn, kind: str) -> list[list[object]]:
    """Cells as text, or as the numbers, dates and formulas a workbook holds."""
    typed = st.one_of(
        cells,
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(),
        st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
        st.dates(min_value=date(1900, 3, 1)),
        st.booleans(),
        st.sampled_from(["=1+1", "=1/0", '=HYPERLINK("http://x","y")', "=A1"]),
    )
    header: list[object] = list(draw(headers(kind)))
    return [header, *draw(st.lists(st.lists(typed, max_size=10), max_size=6))]


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    book.save(path)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template") / "bar.sqlite3")


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("attempts")


FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("kind", list(COLUMNS))
@FUZZ
@given(data=st.data())
def test_a_random_csv_is_imported_or_refused_cleanly(
    kind: str, data: st.DataObject, template: Path, work: Path
) -> None:
    source = work / f"{kind}-{next(_counter)}.csv"
    source.write_bytes(data.draw(csv_bytes(kind)))
    attempt(kind, source, template, work)


@pytest.mark.parametrize("kind", list(COLUMNS))
@settings(FUZZ, max_examples=25)
@given(data=st.data())
def test_a_random_workbook_is_imported_or_refused_cleanly(
    kind: str, data: st.DataObject, template: Path, work: Path
) -> None:
    source = work / f"{kind}-{next(_counter)}.xlsx"
    write_xlsx(source, data.draw(workbook_rows(kind)))
    attempt(kind, source, template, work)


# A good file per importer; one cell of it is replaced by a hostile value.
GOOD = {
    "catalogue": (
        "sku,name,category,size,cost,par,reorder_at,barcode,location,pack_size,tare_g,full_g,"
        "density,shelf_life_days,on_hand,notes\n"
        "NEW-1,New gin,Gin,700,17.90,6,2,5000281,Shelf,6,500,1200,0.94,30,3,fine\n"
    ),
    "recipes": (
        "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity\n"
        "Sour,cocktail,9,Sour TA,GIN,45,ml,,,\n"
        "Syrup 2,prep,,,SUGAR,500,g,,SYRUP,800\n"
    ),
    "sales": (
        "date,time,item,qty,channel,transaction_id,net_sales,gross_sales\n"
        "2024-05-01,20:00,Negroni,2,takeaway,T1,20,22\n"
    ),
    "sales-skip-unknown": (
        "Date,Time,Item,Qty,Event Type,Transaction ID,Gross Sales,Net Sales,Dining Option\n"
        "2024-05-01,20:00:00,Negroni,1,Payment,T9,€10.00,€9.00,To Go\n"
    ),
    "sales-sumup": (
        "Datum,Typ,Transaktionsnummer,Menge,Beschreibung,Preis (brutto),Preis (netto),Konto\n"
        "01.05.2024 20:00,Verkauf,S1,2,Negroni,20.00,16.40,bar\n"
        "01.05.2024 20:05,Rückerstattung,S1,1,Negroni,10.00,8.20,bar\n"
    ),
    "sales-loyverse": (
        "Date,Receipt number,Receipt type,Item,Variant,Modifiers applied,Quantity,Gross sales,"
        "Net sales,Comment,Status\n"
        "01/05/2024 20:00,1-1001,Sale,Negroni,,,2,20.00,16.40,,Closed\n"
        "01/05/2024 20:05,1-1002,Refund,Negroni,,,-1,-10.00,-8.20,,Closed\n"
        "01/05/2024 20:10,1-1003,Sale,Negroni,,,1,10.00,8.20,,Cancelled\n"
    ),
    "count": "SKU,Full,Open tenths,Weight g,Quantity\nGIN,2,5,,\nCUP,,,,40\n",
}


@st.composite
def one_bad_cell(draw: st.DrawFn, kind: str) -> str:
    header, *rows = GOOD[kind].splitlines()
    names = header.split(",")
    row = draw(st.integers(min_value=0, max_value=len(rows) - 1))
    cells = rows[row].split(",")
    column = draw(st.integers(min_value=0, max_value=len(names) - 1))
    cells[column] = draw(st.sampled_from(HOSTILE))
    rows[row] = ",".join(f'"{c}"' if set(c) & set(',"\n') else c for c in cells)
    return "\n".join([header, *rows]) + "\n"


def test_the_good_files_import(template: Path, work: Path) -> None:
    """The files the next test spoils are good, so what it finds is the spoiled cell."""
    for kind, text in GOOD.items():
        source = work / f"good-{kind}.csv"
        source.write_text(text, encoding="utf-8")
        assert attempt(kind, source, template, work) is None


@pytest.mark.parametrize("kind", list(COLUMNS))
@settings(FUZZ, max_examples=50)
@given(data=st.data())
def test_one_hostile_cell_in_a_good_file_is_imported_or_refused_cleanly(
    kind: str, data: st.DataObject, template: Path, work: Path
) -> None:
    source = work / f"{kind}-{next(_counter)}.csv"
    source.write_text(data.draw(one_bad_cell(kind)), encoding="utf-8")
    attempt(kind, source, template, work)


# Each of these once ended in a traceback (or, on PostgreSQL, a DataError) instead of a
# clear message: (importer, file, words of the message, row, column).
# Numbers past what the ledger keeps, written out in full (an exponent is refused as such).
HUGE = "1" + "0" * 30
TINY = "0." + "0" * 29 + "1"
REGRESSIONS = [
    ("catalogue", f"sku,name,size\nN1,New,{HUGE}\n", "too large", 2, "size"),
    ("catalogue", f"sku,name,cost\nN1,New,{10**40}\n", "too large", 2, "cost"),
    ("catalogue", f"sku,name,pack_size\nN1,New,{HUGE}\n", "too large", 2, "pack_size"),
    ("catalogue", f"sku,name,size\nN1,New,{TINY}\n", "above zero", 2, "size"),
    ("catalogue", "sku,name,size,on_hand\nN1,New,900000000,5000\n", "too large", 2, "on_hand"),
    ("catalogue", f"sku,name\nN1,{'x' * 300}\n", "at most 200 characters", 2, "name"),
    ("catalogue", f"sku,name,category\nN1,N,{'x' * 90}\n", "at most 80", 2, "category"),
    ("catalogue", f"sku,name,barcode\nN1,N,{'7' * 70}\n", "at most 64", 2, "barcode"),
    ("catalogue", f"sku,name,location\nN1,N,{'x' * 130}\n", "at most 120", 2, "location"),
    ("catalogue", "sku,name\nN1,a\x00b\n", "NUL", 2, "name"),
    ("catalogue", "sku,name\nN1,a\x1bb\n", "control character", 2, "name"),
    ("catalogue", f"sku,name,notes\nN1,N,{'x' * 40_000}\n", "at most 32767", 2, "notes"),
    ("recipes", f"recipe,ingredient,quantity,unit\nR,GIN,{HUGE},ml\n", "too large", 2, "quantity"),
    ("recipes", "recipe,ingredient,quantity,unit\nR,GIN,0.000000001,ml\n", "R:", 2, "quantity"),
    ("recipes", f"recipe,price,ingredient,quantity,unit\nR,{HUGE},GIN,1,ml\n", "too large", 2,
     "price"),
    ("sales", "date,item,qty\n2024-05-01,Negroni,1e30\n", "drinks", 2, "qty"),
    ("sales", "date,item,qty\n2024-05-01,Negroni,20000\n", "at most 10000", 2, "qty"),
    ("sales", "date,item,qty,net_sales\n2024-05-01,Negroni,1,1e30\n", "€8.00", 2, "net_sales"),
    ("sales", "date,item,qty\n0001-01-01,Negroni,1\n", "between 1900", 2, "date"),
    ("sales", "date,item,qty\n9999-12-31,Negroni,1\n", "between 1900", 2, "date"),
    ("sales", f"date,item,qty,transaction_id\n2024-05-01,Negroni,1,{'T' * 300}\n",
     "at most 120", 2, "transaction_id"),
    ("sales-skip-unknown", f"Date,Item,Qty,Transaction ID\n2024-05-01,Negroni,1,{'T' * 300}\n",
     "at most 120", 2, "Transaction ID"),
    ("count", f"sku,full\nGIN,{HUGE}\n", "too large", 2, "full"),
    ("count", f"sku,open tenths\nGIN,{HUGE}\n", "too large", 2, "open tenths"),
    ("count", "sku,quantity\nGIN,99999999999\n", "too large", 2, "quantity"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "words", "row", "column"), REGRESSIONS)
def test_a_hostile_cell_is_refused_naming_row_and_column(
    kind: str, text: str, words: str, row: int, column: str, template: Path, work: Path
) -> None:
    source = work / f"regression-{next(_counter)}.csv"
    source.write_text(text, encoding="utf-8")
    error = attempt(kind, source, template, work)
    assert error is not None
    problems = getattr(error, "errors", [error])
    assert [(p.row, p.column) for p in problems] == [(row, column)]
    assert words in problems[0].detail


@pytest.mark.parametrize(
    ("text", "encoding", "words", "row"),
    [
        ("", "utf-8", "the file is empty", None),
        ("\n\n ,\n", "utf-8", "the file is empty", None),
        ("{header}\nN1,Caf\u00e9,1\n", "utf-16", "UTF-16", None),
        ("{header}\nN1,Caf\u00e9,1\n", "latin-1", "byte 0xe9 that is not UTF-8", 2),
        ("{header}\nN1,\udcff\udcfe,1\n", "surrogateescape", "byte 0xff that is not UTF-8", 2),
    ],
    ids=["empty", "blank", "utf-16", "latin-1", "invalid-utf-8"],
)
def test_a_file_that_is_no_sheet_is_refused_naming_the_file(
    text: str, encoding: str, words: str, row: int | None, template: Path, work: Path
) -> None:
    for kind in COLUMNS:
        source = work / f"file-{next(_counter)}.csv"
        content = text.replace("{header}", ",".join(REQUIRED[kind]))
        if encoding == "surrogateescape":
            source.write_bytes(content.encode("utf-8", errors="surrogateescape"))
        else:
            source.write_bytes(content.encode(encoding))
        error = attempt(kind, source, template, work)
        assert error is not None
        if kind.startswith("sales") and encoding in ("utf-16", "latin-1", "surrogateescape"):
            # A till's export is read as UTF-16 by its mark, else Windows-1252
            # (io/text_encoding): the text is read, and its cells are what is wrong.
            assert words not in error.detail and "not UTF-8" not in error.detail
            continue
        assert words in error.detail
        # The whole-sheet readers name no row for an encoding: every row would be at fault.
        assert error.row in (row, None)


def test_a_count_sheet_with_nothing_filled_names_its_file_when_finalised(
    template: Path, work: Path
) -> None:
    source = work / "empty-count.csv"
    source.write_text("SKU,Full,Quantity\nGIN,,\n", encoding="utf-8")
    error = attempt("count", source, template, work)
    assert error is not None
    assert error.file == source.name
    assert "nothing to finalise" in error.detail


def test_a_one_megabyte_csv_line_is_refused_naming_its_row(template: Path, work: Path) -> None:
    source = work / "mega.csv"
    source.write_text(f"sku,name,notes\nN1,New,{'x' * 1_000_000}\n", encoding="utf-8")
    error = attempt("catalogue", source, template, work)
    assert error is not None
    assert error.row == 2
    assert "more than 131068 characters" in error.detail


def test_a_one_megabyte_workbook_cell_is_refused_naming_row_and_column(
    template: Path, work: Path
) -> None:
    source = work / "mega.xlsx"
    write_xlsx(source, [["sku", "name", "notes"], ["N1", "New", "LONG-CELL"]])
    with zipfile.ZipFile(source) as book:
        parts = {info.filename: book.read(info) for info in book.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"LONG-CELL", b"x" * 1_000_000)
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    error = attempt("catalogue", source, template, work)
    assert error is not None
    assert (error.row, error.column) == (2, "notes")
    assert "at most 32767 characters, got 1000000" in error.detail
