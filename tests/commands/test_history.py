"""`history` with the timeline's filters and `--xlsx`, called in process."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventory_app import cli
from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.local_day import local_day_start
from inventory_app.services.ledger import movements as stock
from inventory_app.services.settings import set_setting
from tests.conftest import make_item

SATURDAY = date(2026, 11, 21)


@pytest.fixture
def bar(db: Database, db_url: str) -> str:
    """Campari opened by ann and sold by bob on Saturday; a setting changed by the owner."""
    evening = local_day_start(SATURDAY) + timedelta(hours=20)
    with db.transaction() as s:
        campari = make_item(s, "AMA-CAMP", name="Campari", size=Decimal(1000))
        stock.record_movement(s, campari, Decimal(1000), Reason.RECEIVE, author="owner")
        stock.record_movement(s, campari, Decimal(0), Reason.OPEN, author="ann", at=evening)
        stock.record_movement(
            s, campari, Decimal(-30), Reason.SALE, author="bob", note="=cmd|' /C calc'!A0",
            at=evening + timedelta(hours=1),
        )  # fmt: skip
        set_setting(s, "oxidation_months", "6", author="owner")
    return db_url


def history(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert cli.main(["--db", url, "history", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_campari_on_saturday(bar: str, capsys: pytest.CaptureFixture[str]) -> None:
    day = SATURDAY.isoformat()
    lines = history(bar, capsys, "AMA-CAMP", "--since", day, "--until", day, "--oldest-first")
    assert [(r["reason"], r["author"]) for r in lines] == [("open", "ann"), ("sale", "bob")]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--person", "BOB"), [("sale", "bob")]),
        (("--reason", "open"), [("open", "ann")]),
        (("--search", "calc"), [("sale", "bob")]),
        (("--kind", "change", "--entity", "setting"), [("update", "owner")]),
        (("--until", "2026-11-20"), []),
    ],
)
def test_filters(
    bar: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: list
) -> None:
    assert [(r["reason"], r["author"]) for r in history(bar, capsys, *args)] == expected


def test_a_change_shows_what_it_changed(bar: str, capsys: pytest.CaptureFixture[str]) -> None:
    (line,) = history(bar, capsys, "--kind", "change", "--entity", "setting")
    assert line["delta"] == "value: 12 → 6" and line["kind"] == "setting"


def test_xlsx_holds_every_match(
    bar: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "bob.xlsx"
    assert cli.main(["--db", bar, "history", "--person", "bob", "--xlsx", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote 1 lines to {out}\n"
    sheet = load_workbook(out).active
    assert sheet is not None
    note = sheet.cell(row=2, column=12)
    assert (note.value, note.data_type) == ("=cmd|' /C calc'!A0", "s")


def test_a_bad_day_is_refused(bar: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", bar, "history", "--since", "21/11/2026"]) == 2
    assert "--since: expected a day as YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.usefixtures("italian")
def test_the_table_in_italian(bar: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Italian headings, reasons and dates (the evening of Saturday 21 November, local time)."""
    assert cli.main(["--db", bar, "history", "AMA-CAMP", "--oldest-first"]) == 0
    heading, _rule, opened, sold, received = capsys.readouterr().out.splitlines()
    assert heading.split()[:5] == ["Quando", "Codice", "Articolo", "Bottiglia", "Causale"]
    assert opened.split()[:5] == ["21/11/2026", "20:00", "AMA-CAMP", "Campari", "apertura"]
    assert sold.split()[:6] == ["21/11/2026", "21:00", "AMA-CAMP", "Campari", "vendita", "-30"]
    assert re.fullmatch(r"\d\d/\d\d/20\d\d", received.split()[0])  # received today
    assert received.split()[4:7] == ["carico", "+1.000", "ml"]


def test_json_is_the_same_in_both_languages(
    bar: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = history(bar, capsys, "--kind", "all")
    monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    assert history(bar, capsys, "--kind", "all") == english
    assert (
        cli.main(["--lang", "en", "--db", bar, "history", "--format", "json", "--kind", "all"]) == 0
    )
    assert json.loads(capsys.readouterr().out) == english
    assert {"receive", "open", "sale", "update"} <= {line["reason"] for line in english}


@pytest.mark.usefixtures("italian")
def test_xlsx_and_a_bad_day_in_italian(
    bar: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "bob.xlsx"
    assert cli.main(["--db", bar, "history", "--person", "bob", "--xlsx", str(out)]) == 0
    assert capsys.readouterr().out == f"scritta 1 riga in {out}\n"
    assert cli.main(["--db", bar, "history", "--since", "21/11/2026"]) == 2
    assert capsys.readouterr().err.endswith(
        "--since: serve un giorno come AAAA-MM-GG; hai scritto '21/11/2026'\n"
    )
