"""Sales files: generic and Square exports read exactly, every bad cell named by row and column."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.sales_file import SalesFormat, SalesLine, open_sales
from tests.services.sales_fixtures import utc, write

D = Decimal
TAKEAWAY, SPEAKEASY = Channel.TAKEAWAY, Channel.SPEAKEASY
SALE, REFUND = SaleKind.SALE, SaleKind.REFUND
SQUARE_HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,"
    "Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,"
    "Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,"
    "Itemization Type,Commission,Employee,Fulfillment Note,Channel,Token,Card Brand,PAN Suffix"
)


def line(
    row: int, at: str, item: str, qty: int, channel: Channel | None = None, txn: str | None = None,
    net: str | None = None, gross: str | None = None, kind: SaleKind = SALE,
) -> SalesLine:  # fmt: skip
    """An expected line; amounts as text, `at` as local wall-clock time."""
    net_sales, gross_sales = (D(a) if a is not None else None for a in (net, gross))
    return SalesLine(row, utc(at), item, D(qty), channel, txn, net_sales, gross_sales, kind)


def read(path: Path, fmt: SalesFormat = SalesFormat.AUTO) -> tuple[str, list[SalesLine]]:
    with open_sales(path, fmt) as stream:
        return stream.format, list(stream.lines)


def square_row(
    clock: str, item: str, qty: str, gross: str, net: str, txn: str, event: str, dining: str
) -> str:
    """A full-width Square line of 2026-03-06 with the columns that matter filled in."""
    cells = [""] * 35
    cells[0:2] = ["2026-03-06", clock]
    cells[2], cells[3], cells[4], cells[5] = "Europe/Rome", "Cocktails", item, qty
    cells[9], cells[10], cells[11], cells[13] = gross, "€0.00", net, txn
    cells[18], cells[19], cells[20] = event, "Bar del Campo", dining
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def test_generic_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path / "sales.csv",
        "date,time,item,qty,channel,transaction_id,net_sales\n"
        "2026-03-06,21:30,Negroni,2,takeaway,T1,€16.40\n"
        "\n"
        "2026-03-06,,Negroni TA,1,,,\n"
        "2026-03-07,09:05:30,Shot,3,Speakeasy,T2,-2.50\n",
    )
    assert read(path) == (
        SalesFormat.GENERIC,
        [
            line(2, "2026-03-06 21:30", "Negroni", 2, TAKEAWAY, "T1", net="16.40"),
            line(4, "2026-03-06 00:00", "Negroni TA", 1),
            line(5, "2026-03-07 09:05:30", "Shot", 3, SPEAKEASY, "T2", net="-2.50"),
        ],
    )  # fmt: skip


def test_generic_semicolon_and_header_spelling(tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", "Date;Item;Qty;Net Sales\n2026-03-06;Negroni;1;8,20\n")
    [line] = read(path)[1]
    assert (line.item, line.quantity, line.net_sales) == ("Negroni", D(1), D("8.20"))


def test_generic_xlsx(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "time", "item", "qty", "channel", "net_sales"])
    sheet.append([date(2026, 3, 6), time(21, 30), "Negroni", 2, "takeaway", 16.4])
    sheet.append(["2026-03-07", "22:15", "Shot", 2.0, None, None])
    book.save(tmp_path / "sales.xlsx")
    assert read(tmp_path / "sales.xlsx") == (
        SalesFormat.GENERIC,
        [
            line(2, "2026-03-06 21:30", "Negroni", 2, TAKEAWAY, net="16.4"),
            line(3, "2026-03-07 22:15", "Shot", 2),
        ],
    )  # fmt: skip


def test_square_full_header(tmp_path: Path) -> None:
    rows = [
        square_row("21:30:05", "Negroni", "2.0", "€20.00", "€16.39", "T1", "Payment", "To Go"),
        square_row("21:30:05", "Shot", "1.0", "€5.00", "€4.10", "T1", "Payment", "To Go"),
        square_row("22:01:00", "Negroni", "1.0", "€1,234.50", "€8.20", "T2", "Payment", "For Here"),
        square_row("22:10:00", "Negroni", "-1.0", "-€10.00", "-€8.20", "T2", "Refund", "For Here"),
    ]  # fmt: skip
    path = write(tmp_path / "items.csv", SQUARE_HEADER + "\n" + "\n".join(rows) + "\n")
    assert read(path) == (
        SalesFormat.SQUARE,
        [
            line(2, "2026-03-06 21:30:05", "Negroni", 2, TAKEAWAY, "T1", "16.39", "20.00"),
            line(3, "2026-03-06 21:30:05", "Shot", 1, TAKEAWAY, "T1", "4.10", "5.00"),
            line(4, "2026-03-06 22:01", "Negroni", 1, SPEAKEASY, "T2", "8.20", "1234.50"),
            line(5, "2026-03-06 22:10", "Negroni", 1, SPEAKEASY, "T2", "-8.20", "-10.00", REFUND),
        ],
    )  # fmt: skip


def test_older_square_export_with_fewer_columns(tmp_path: Path) -> None:
    """No Event Type, Dining Option or Net Sales: a negative Qty is a refund, channel default."""
    path = write(
        tmp_path / "old.csv",
        "Date,Time,Item,Qty,Gross Sales,Transaction ID\n"
        "2025-12-31,23:59:59,Negroni,1.0,€9.00,A\n"
        "2025-12-31,23:59:59,Negroni,-1.0,€9.00,A\n",
    )
    assert read(path) == (
        SalesFormat.SQUARE,
        [
            line(2, "2025-12-31 23:59:59", "Negroni", 1, None, "A", gross="9.00"),
            line(3, "2025-12-31 23:59:59", "Negroni", 1, None, "A", gross="-9.00", kind=REFUND),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("dining", "channel"),
    [
        ("To Go", TAKEAWAY), ("Take Out", TAKEAWAY), ("Takeaway", TAKEAWAY),
        ("take-away", TAKEAWAY), ("TO GO", TAKEAWAY), ("For Here", SPEAKEASY),
        ("Dine In", SPEAKEASY), ("", SPEAKEASY), ("Delivery", SPEAKEASY),
    ],
)  # fmt: skip
def test_dining_option_to_channel(tmp_path: Path, dining: str, channel: Channel) -> None:
    row = square_row("21:00:00", "Negroni", "1.0", "€9.00", "€9.00", "T", "Payment", dining)
    path = write(tmp_path / "items.csv", f"{SQUARE_HEADER}\n{row}\n")
    assert [line.channel for line in read(path)[1]] == [channel]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("€8.00", D("8.00")), ("-€8.00", D("-8.00")), ("€-8.00", D("-8.00")),
        ("(€8.00)", D("-8.00")), ("€1,234.50", D("1234.50")), ("8,50 €", D("8.50")),
        ("EUR 8.00", D("8.00")), ("$8.00", D("8.00")), ("0", D(0)),
    ],
)  # fmt: skip
def test_currency_amounts(tmp_path: Path, text: str, amount: Decimal) -> None:
    path = write(tmp_path / "s.csv", f'date,item,qty,net_sales\n2026-03-06,Negroni,1,"{text}"\n')
    assert [line.net_sales for line in read(path)[1]] == [amount]


def test_format_forced(tmp_path: Path) -> None:
    """A Square export without its marker columns still reads as Square when asked."""
    path = write(tmp_path / "s.csv", "Date,Item,Qty\n2026-03-06,Negroni,2.0\n")
    assert read(path, SalesFormat.SQUARE)[1][0].quantity == D(2)
    assert read(path)[0] is SalesFormat.GENERIC


MALFORMED = [
    pytest.param(
        "date,item\n2026-03-06,Negroni\n",
        ["row 1: the required column 'qty' is missing (expected date, item, qty, or a Square "
         "item sales export)"],
        id="missing-column",
    ),
    pytest.param(
        "date,item,quantity,qty\n",
        ["row 1, column 'quantity': unknown column; the columns are date, time, item, qty, "
         "channel, transaction_id, net_sales, gross_sales"],
        id="unknown-column",
    ),
    pytest.param(
        "date,item,qty,Qty\n", ["row 1, column 'Qty': the column appears twice"], id="twice"
    ),
    pytest.param(
        "date,item,qty\n06/03/2026,Negroni,1\n",
        ["row 2, column 'date': expected a date as YYYY-MM-DD, got '06/03/2026'"],
        id="date",
    ),
    pytest.param(
        "date,item,qty\n2026-02-30,Negroni,1\n",
        ["row 2, column 'date': expected a date as YYYY-MM-DD, got '2026-02-30'"],
        id="no-such-day",
    ),
    pytest.param(
        "date,time,item,qty\n2026-03-06,9.30,Negroni,1\n",
        ["row 2, column 'time': expected a time as HH:MM or HH:MM:SS, got '9.30'"],
        id="time",
    ),
    pytest.param(
        "date,item,qty\n2026-03-06,Negroni,1.5\n2026-03-06,Negroni,0\n2026-03-06,Negroni,-1\n"
        "2026-03-06,Negroni,two\n",
        [f"row {n}, column 'qty': expected a positive whole number of drinks such as 1, got {t!r}"
         for n, t in ((2, "1.5"), (3, "0"), (4, "-1"), (5, "two"))],
        id="qty",
    ),
    pytest.param(
        "date,item,qty\n2026-03-06,,1\n",
        ["row 2, column 'item': expected an item name (a recipe or POS name), got an empty cell"],
        id="item",
    ),
    pytest.param(
        "date,item,qty,channel\n2026-03-06,Negroni,1,bar\n",
        ["row 2, column 'channel': expected takeaway or speakeasy, got 'bar'"],
        id="channel",
    ),
    pytest.param(
        "date,item,qty,net_sales\n2026-03-06,Negroni,1,eight\n",
        ["row 2, column 'net_sales': expected an amount such as €8.00 or -€8.00, got 'eight'"],
        id="amount",
    ),
    pytest.param(
        "date,item,qty,channel\n,,x,bar\n",
        ["row 2, column 'date': expected a date as YYYY-MM-DD, got ''",
         "row 2, column 'item': expected an item name (a recipe or POS name), got an empty cell",
         "row 2, column 'qty': expected a positive whole number of drinks such as 1, got 'x'",
         "row 2, column 'channel': expected takeaway or speakeasy, got 'bar'"],
        id="every-cell-of-a-row",
    ),
    pytest.param(
        "Date,Item,Qty,Event Type\n2026-03-06,Negroni,1.0,Exchange\n",
        ["row 2, column 'Event Type': expected Payment or Refund, got 'Exchange'"],
        id="square-event",
    ),
    pytest.param(
        "Date,Item,Qty,Event Type\n2026-03-06,Negroni,-1.0,Payment\n",
        ["row 2, column 'Qty': expected a positive whole number of drinks for a Payment, "
         "got '-1.0'"],
        id="square-negative-payment",
    ),
    pytest.param(
        "Date,Item,Qty,Event Type\n2026-03-06,Negroni,0.0,Payment\n",
        ["row 2, column 'Qty': expected a positive whole number of drinks such as 1, got '0.0'"],
        id="square-zero",
    ),
    pytest.param(
        "Date,Time,Item,Qty,Gross Sales\n2026-03-06,21:00:00,Negroni,1.0,€ 8.00.00\n",
        ["row 2, column 'Gross Sales': expected an amount such as €8.00 or -€8.00, "
         "got '€ 8.00.00': a number has one decimal mark (. or ,), and a thousands "
         "separator only in groups of three beside it, as in 1.234,56 or 1,234.56"],
        id="square-amount",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "errors"), MALFORMED)
def test_malformed_files(tmp_path: Path, text: str, errors: list[str]) -> None:
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(ImportErrors) as caught:
        read(path)
    assert [str(e) for e in caught.value.errors] == errors
    problems = "1 problem" if len(errors) == 1 else f"{len(errors)} problems"
    assert str(caught.value).startswith(f"bad.csv: {problems}; nothing was imported")


def test_square_needs_its_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "Date,Item,Event Type\n2026-03-06,Negroni,Payment\n")
    with pytest.raises(ImportErrors) as caught:
        read(path, SalesFormat.SQUARE)
    assert [str(e) for e in caught.value.errors] == [
        "row 1: a Square export needs the columns Date, Item and Qty; missing Qty"
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"\n\n", "empty.csv: the file is empty: expected a header row"),
        ("sales.ods", b"x", "sales.ods: expected a .csv or .xlsx file, got '.ods'"),
        ("fake.xlsx", b"not a zip", "fake.xlsx: cannot read the file as an .xlsx workbook"),
        (
            "junk.csv",
            b"date,item,qty\n\x00\x13\x88PK\x03\x04\xff\x00",
            "junk.csv: the file holds NUL bytes (0x00): it is not a text sheet, or it is "
            "UTF-16 without its byte-order mark; save it as 'CSV UTF-8'",
        ),
        (
            "undefined.csv",
            b"date,item,qty\n2026-03-06,Caf\xe8 \x81\x8d,1\n",
            "undefined.csv: the file is not text: its bytes are neither UTF-8 nor "
            "Windows-1252; save the sheet as 'CSV UTF-8'",
        ),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read(path)
    assert str(caught.value) == message


def test_errors_are_capped(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "date,item,qty\n" + "2026-03-06,Negroni,x\n" * 80)
    with pytest.raises(ImportErrors) as caught:
        read(path)
    assert len(caught.value.errors) == 50
    assert str(caught.value.errors[-1]).startswith("row 51, column 'qty'")


def test_repeated_cells_read_alike_and_a_bad_one_is_named_each_time(tmp_path: Path) -> None:
    """Prices, counts and days repeat down an export (their parsers keep their answers):
    every line still reads its own, and a bad cell is reported on each line it is on."""
    rows = ["€12.00", "€12.00", "€x", "€12.00", "€x"]
    body = "".join(f"2026-03-06,Negroni,2.0,{amount}\n" for amount in rows)
    path = write(tmp_path / "s.csv", "date,item,qty,net_sales\n" + body)
    good: list[tuple[int, Decimal, Decimal | None]] = []
    with pytest.raises(ImportErrors) as caught, open_sales(path) as stream:
        good.extend((line.row, line.quantity, line.net_sales) for line in stream.lines)
    assert good == [(2, D(2), D(12)), (3, D(2), D(12)), (5, D(2), D(12))]
    assert [error.row for error in caught.value.errors] == [4, 6]


def test_good_lines_stream_before_the_errors(tmp_path: Path) -> None:
    """The reader never holds the file: good lines come first, the problems at the end."""
    path = write(
        tmp_path / "s.csv", "date,item,qty\n2026-03-06,A,1\n2026-03-06,B,x\n2026-03-06,C,1\n"
    )
    seen: list[str] = []
    with pytest.raises(ImportErrors), open_sales(path) as stream:
        seen.extend(line.item for line in stream.lines)
    assert seen == ["A", "C"]


def test_progress_counts_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "date,item,qty\n" + "2026-03-06,Negroni,1\n" * 5000)
    with open_sales(path) as stream:
        assert stream.total == path.stat().st_size
        assert sum(1 for _ in stream.lines) == 5000
        assert stream.done() == stream.total
