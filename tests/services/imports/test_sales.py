"""Sales import: each drink deducted exactly once, whatever file comes in and how often."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import ImportRecord, Movement, Sale
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.tabular import file_sha256
from inventory_app.services.imports.sales import (
    ImportCancelled,
    SalesFormat,
    SalesImportSummary,
    UnknownItemsError,
    import_sales,
)
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.selling import line_keys as sale_line_keys
from tests.services.sales_fixtures import UNKNOWN_FILE, Bar, counts, make_bar, utc, write

D = Decimal
SPEAKEASY, SALE = Channel.SPEAKEASY, SaleKind.SALE
AUTHOR = "owner"
OZ = D("29.5735")
SQUARE_HEADER = "Date,Time,Item,Qty,Gross Sales,Net Sales,Transaction ID,Event Type,Dining Option"


@pytest.fixture
def bar(db: Database) -> Bar:
    with db.transaction() as s:
        return make_bar(s)


def run(db: Database, path: Path, **options: object) -> SalesImportSummary:
    with db.transaction() as s:
        return import_sales(s, path, author=AUTHOR, **options)  # type: ignore[arg-type]


def levels(db: Database, bar: Bar) -> dict[str, Decimal]:
    with db.transaction() as s:
        names = ("gin", "campari", "vermouth", "cup", "napkin")
        return {name: on_hand(s, getattr(bar, name)) for name in names}


def summary(**fields: object) -> SalesImportSummary:
    base = SalesImportSummary(
        file_name="sales.csv", format=SalesFormat.GENERIC, lines=0, imported=0,
        already_known=0, refunds=0, skipped_unknown=0, unknown={}, drinks=D(0), movements=0,
        dry_run=False, import_id=1, encoding="utf-8",
    )  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


def test_deduction_per_channel(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(
        tmp_path / "sales.csv",
        "date,time,item,qty,channel\n"
        "2026-03-06,21:00,Negroni,2,takeaway\n"
        "2026-03-06,21:05,negroni  ta,1,speakeasy\n"
        "2026-03-06,21:10,Negroni (to go),3,\n",  # blank: the default channel, takeaway
    )
    assert run(db, path) == summary(lines=3, imported=3, drinks=D(6), movements=4 + 4 + 4)
    # Σ recipe x qty: 3 cl gin, 30 ml campari, 1 oz vermouth each; cups for 5, napkin for 1.
    assert levels(db, bar) == {
        "gin": D(-180), "campari": D(-180), "vermouth": -6 * OZ, "cup": D(-5), "napkin": D(-1),
    }  # fmt: skip
    with db.transaction() as s:
        sales = s.execute(select(Sale.recipe_name, Sale.quantity, Sale.channel, Sale.at)).all()
        assert sales == [
            ("Negroni", D(2), "takeaway", utc("2026-03-06 21:00")),
            ("Negroni", D(1), "speakeasy", utc("2026-03-06 21:05")),
            ("Negroni", D(3), "takeaway", utc("2026-03-06 21:10")),
        ]
        moved = s.scalars(select(Movement.at).where(Movement.reference == "sale:1")).all()
        assert moved == [utc("2026-03-06 21:00")] * 4


def test_ten_thousand_pours_are_exact(db: Database, bar: Bar, tmp_path: Path) -> None:
    rows = "".join(f"2026-03-06,Shot,1,{n}\n" for n in range(10_000))
    path = write(tmp_path / "sales.csv", "date,item,qty,transaction_id\n" + rows)
    done = run(db, path)
    assert (done.imported, done.drinks, done.movements) == (10_000, D(10_000), 10_000)
    assert levels(db, bar)["gin"] == D(-225_000)


def test_same_file_twice_changes_nothing(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(
        tmp_path / "sales.csv", "date,item,qty\n2026-03-06,Negroni,1\n2026-03-06,Negroni,1\n"
    )
    first = run(db, path)
    before = levels(db, bar)
    second = run(db, path)
    assert (first.imported, first.already_known) == (2, 0)
    assert second == summary(lines=2, already_known=2, import_id=2)
    assert levels(db, bar) == before
    with db.transaction() as s:
        assert counts(s) == (2, 8, 2)
        keys = s.scalars(select(Sale.line_key).order_by(Sale.id)).all()
        assert keys == [f"file:{file_sha256(path)}#{row}" for row in (2, 3)]


def square_days(days: range, start: date = date(2026, 3, 1)) -> str:
    """A Square export, newest first: each day two transactions, one of two lines."""
    lines = []
    for n in reversed(days):
        day = (start + timedelta(days=n - 1)).isoformat()
        lines += [
            f"{day},22:00:00,Shot,2.0,€10.00,€8.20,D{n}-B,Payment,For Here",
            f"{day},21:00:00,Negroni,1.0,€10.00,€8.20,D{n}-A,Payment,To Go",
            f"{day},21:00:00,Shot,1.0,€5.00,€4.10,D{n}-A,Payment,To Go",
        ]
    return SQUARE_HEADER + "\n" + "\n".join(lines) + "\n"


def test_overlapping_exports_deduct_once(db: Database, bar: Bar, tmp_path: Path) -> None:
    first = run(db, write(tmp_path / "a.csv", square_days(range(1, 11))))
    second = run(db, write(tmp_path / "b.csv", square_days(range(5, 15))))
    assert (first.lines, first.imported, first.already_known) == (30, 30, 0)
    assert (second.lines, second.imported, second.already_known) == (30, 12, 18)
    # 14 days once each: per day 1 Negroni and 3 shots of 22.5 ml.
    assert levels(db, bar)["gin"] == 14 * (D(-30) - 3 * D("22.5"))
    assert levels(db, bar)["cup"] == D(-14)
    with db.transaction() as s:
        assert s.scalar(select(Sale.line_key).where(Sale.id == 1)) == "square:D10-B#1"
        assert counts(s)[0] == 42


def test_refunds_move_no_stock(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(
        tmp_path / "sales.csv",
        SQUARE_HEADER + "\n"
        "2026-03-06,21:10:00,Negroni,-1.0,-€10.00,-€8.20,T1,Refund,To Go\n"
        "2026-03-06,21:00:00,Negroni,1.0,€10.00,€8.20,T1,Payment,To Go\n",
    )
    done = run(db, path)
    assert done == summary(
        format=SalesFormat.SQUARE, lines=2, imported=2, refunds=1, drinks=D(1), movements=4
    )
    assert levels(db, bar)["gin"] == D(-30)
    with db.transaction() as s:
        rows = s.execute(
            select(Sale.kind, Sale.gross_amount, Sale.net_amount, Sale.line_key).order_by(Sale.id)
        ).all()
        assert rows == [
            ("refund", D("-10.00"), D("-8.20"), "square:T1#refund-1"),
            ("sale", D("10.00"), D("8.20"), "square:T1#1"),
        ]
        assert s.scalars(select(Movement.reference).distinct()).all() == ["sale:2"]


def test_a_later_refund_does_not_shift_the_sold_lines(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    sold = "2026-03-06,21:00:00,Negroni,1.0,€10.00,€8.20,T1,Payment,To Go\n"
    refund = "2026-03-07,10:00:00,Negroni,-1.0,-€10.00,-€8.20,T1,Refund,To Go\n"
    run(db, write(tmp_path / "a.csv", SQUARE_HEADER + "\n" + sold))
    again = run(db, write(tmp_path / "b.csv", SQUARE_HEADER + "\n" + refund + sold))
    assert (again.imported, again.refunds, again.already_known) == (1, 1, 1)
    assert levels(db, bar)["gin"] == D(-30)


def test_unknown_names_stop_the_import(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", UNKNOWN_FILE)
    with pytest.raises(UnknownItemsError) as caught:
        run(db, path)
    assert caught.value.unknown == {"Spritz": 12, "Hugo": 2}
    assert str(caught.value) == (
        'sales.csv: 2 unknown items; nothing was imported: "Spritz" (12 lines), "Hugo" (2 lines); '
        "add them as recipes or POS names, or use --park-unknown"
    )
    assert caught.value.exit_code == 2
    with db.transaction() as s:
        assert counts(s) == (0, 0, 0)


def test_skip_unknown(db: Database, bar: Bar, tmp_path: Path) -> None:
    done = run(db, write(tmp_path / "sales.csv", UNKNOWN_FILE), skip_unknown=True)
    assert done == summary(
        lines=15, imported=1, skipped_unknown=14, unknown={"Spritz": 12, "Hugo": 2},
        drinks=D(1), movements=4,
    )  # fmt: skip


def test_a_prep_recipe_cannot_be_sold(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", "date,item,qty\n2026-03-06,simple syrup,1\n")
    with pytest.raises(ImportErrors) as caught:
        run(db, path, skip_unknown=True)
    assert [str(e) for e in caught.value.errors] == [
        "row 2, column 'item': 'simple syrup' is the prep recipe 'Simple syrup': "
        "it is made with `make`, not sold"
    ]


def test_dry_run_reports_the_real_numbers(db: Database, bar: Bar, tmp_path: Path) -> None:
    run(db, write(tmp_path / "a.csv", square_days(range(1, 4))))
    before = levels(db, bar)
    path = write(tmp_path / "b.csv", square_days(range(2, 6)))
    dry = run(db, path, dry_run=True)
    with db.transaction() as s:
        assert counts(s) == (9, 18, 1)
    assert levels(db, bar) == before
    real = run(db, path)
    assert dry == replace(real, dry_run=True, import_id=None)
    # The dry run's import record was rolled back (a PostgreSQL sequence still moves on).
    assert (real.imported, real.already_known) == (6, 6)
    with db.transaction() as s:
        assert counts(s)[2] == 2


def test_cancel_leaves_nothing(db: Database, bar: Bar, tmp_path: Path) -> None:
    rows = "".join(f"2026-03-06,Shot,1,{n}\n" for n in range(5_000))
    path = write(tmp_path / "sales.csv", "date,item,qty,transaction_id\n" + rows)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2  # 3 chunks: cancel after the second is written

    with pytest.raises(ImportCancelled):
        run(db, path, progress=progress)
    size = path.stat().st_size
    assert [total for _, total in calls] == [size] * 2
    assert 0 < calls[0][0] < calls[1][0] < size
    with db.transaction() as s:
        assert counts(s) == (0, 0, 0)


def test_progress_reaches_the_end(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", "date,item,qty\n2026-03-06,Shot,1\n")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    run(db, path, progress=progress)
    size = path.stat().st_size
    assert calls == [(size, size)]


def test_a_bad_last_line_changes_nothing(db: Database, bar: Bar, tmp_path: Path) -> None:
    rows = "2026-03-06,Shot,1\n" * 9_999 + "2026-03-06,Shot,1.5\n"
    path = write(tmp_path / "sales.csv", "date,item,qty\n" + rows)
    with pytest.raises(ImportErrors) as caught:
        run(db, path)
    assert [str(e) for e in caught.value.errors] == [
        "row 10001, column 'qty': expected a positive whole number of drinks such as 1, got '1.5'"
    ]
    with db.transaction() as s:
        assert counts(s) == (0, 0, 0)
    assert levels(db, bar)["gin"] == 0


def test_scattered_transaction_is_refused(
    db: Database, bar: Bar, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sale_line_keys, "RECENT_TRANSACTIONS", 1)
    text = "date,item,qty,transaction_id\n2026-03-06,Shot,1,A\n2026-03-06,Shot,1,B\n"
    path = write(tmp_path / "sales.csv", text + "2026-03-06,Shot,1,A\n")
    with pytest.raises(InputError) as caught:
        run(db, path)
    assert str(caught.value) == (
        "row 4: the lines of transaction 'A' are too far apart in the file to number them; "
        "export the sales sorted by date"
    )


def test_import_record(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", "date,item,qty\n2026-03-06,Shot,1\n")
    done = run(db, path)
    with db.transaction() as s:
        record = s.get(ImportRecord, done.import_id)
        assert record is not None
        assert (record.kind, record.filename, record.sha256, record.rows, record.author) == (
            "sales", "sales.csv", file_sha256(path), 1, AUTHOR,
        )  # fmt: skip
        assert s.scalars(select(Sale.import_id)).all() == [done.import_id]


@pytest.mark.usefixtures("italian")
def test_import_errors_read_in_italian_and_keep_file_row_and_column(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    path = write(tmp_path / "vendite.csv", "date,item,qty\n2026-03-06,simple syrup,1\n")
    with pytest.raises(ImportErrors) as caught:
        run(db, path, skip_unknown=True)
    [error] = caught.value.errors
    assert (caught.value.file, error.row, error.column) == ("vendite.csv", 2, "item")
    assert error.detail == (
        "'simple syrup' è la preparazione 'Simple syrup': si prepara con `make`, non si vende"
    )
    assert "vendite.csv" in str(caught.value) and error.detail in str(caught.value)
    unknown = write(tmp_path / "sales.csv", UNKNOWN_FILE)
    with pytest.raises(UnknownItemsError) as refused:
        run(db, unknown)
    assert refused.value.file == "sales.csv"
    assert refused.value.detail == (
        '2 articoli sconosciuti; non è stato importato nulla: "Spritz" (12 righe), '
        '"Hugo" (2 righe); '
        "aggiungili come ricette o nomi cassa, oppure usa --park-unknown"
    )
