"""The variance report as a workbook: every line worst first, losses in red, then the facts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventory_app.db.engine import Database
from inventory_app.services.counts.report import count_report
from inventory_app.services.counts.report_export import COLUMNS, export_count_report
from tests.services.count_fixtures import CountBar

D = Decimal


def test_the_workbook_holds_the_report(
    db: Database, two_counts: tuple[CountBar, int, int], tmp_path: Path
) -> None:
    with db.sessions() as s:
        report = count_report(s)
    path = tmp_path / "variance.xlsx"
    export_count_report(report, path)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == f"Count {two_counts[2]} variance"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == [c.title for c in COLUMNS]
    assert [r[:4] for r in rows[1:4]] == [
        ["WHI-MONKEY", "Monkey Shoulder", "Back wall", "ml"],
        ["AMA-CAMP", "Campari", "Back wall", "ml"],
        ["CUP-12", "Cups", "Store", "pcs"],
    ]
    whisky = dict(zip([c.title for c in COLUMNS], rows[1], strict=True))
    assert (whisky["Expected"], whisky["Counted"], whisky["Variance"]) == (1330, 1190, -140)
    assert (D(str(whisky["Value"])), D(str(whisky["% of usage"])), whisky["Used"]) == (
        D("-5.6"), D(-200), 70,
    )  # fmt: skip
    red = [sheet.cell(row=n, column=1).fill.fgColor.rgb for n in (2, 3, 4)]
    assert red[0] == red[1] == "00F8D7D5" and red[2] != red[0]  # bleeding lines only
    facts = {r[0]: r[1] for r in rows[5:] if r[0]}
    assert facts["Items counted"] == 3
    assert D(str(facts["Net variance (a loss is negative)"])) == D("-6.8")
    assert D(str(facts["Beverage cost %"])) == D("22.5")
    assert D(str(facts["Net sales"])) == D("73.77")
    assert facts["Period"] == (
        f"{report.period_start:%Y-%m-%d %H:%M} to {report.finalised_at:%Y-%m-%d %H:%M} (UTC)"
    )


def test_the_first_count_runs_from_the_start(
    db: Database, two_counts: tuple[CountBar, int, int], tmp_path: Path
) -> None:
    with db.sessions() as s:
        report = count_report(s, two_counts[1])
    export_count_report(report, tmp_path / "first.xlsx")
    sheet = load_workbook(tmp_path / "first.xlsx").active
    assert sheet is not None
    facts = {row[0].value: row[1].value for row in sheet.iter_rows(min_row=6) if row[0].value}
    assert str(facts["Period"]).startswith("the start to ")
    assert facts["Beverage cost %"] is None


@pytest.mark.usefixtures("italian")
def test_the_workbook_is_headed_in_italian_and_keeps_numbers(
    db: Database, two_counts: tuple[CountBar, int, int], tmp_path: Path
) -> None:
    with db.sessions() as s:
        report = count_report(s)
    path = tmp_path / "scostamento.xlsx"
    export_count_report(report, path)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == f"Scostamento conta {two_counts[2]}"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:6] == ["Codice", "Articolo", "Posizione", "Unità", "Atteso", "Contato"]
    assert rows[1][4:7] == [1330, 1190, -140]  # cells stay numbers, in any language
    facts = {r[0]: r[1] for r in rows[5:] if r[0]}
    assert facts["Articoli contati"] == 3
    assert D(str(facts["Scostamento netto (una perdita è negativa)"])) == D("-6.8")
    assert report.period_start is not None
    assert facts["Periodo"] == (
        f"da {report.period_start:%d/%m/%Y %H:%M} a {report.finalised_at:%d/%m/%Y %H:%M} (UTC)"
    )
