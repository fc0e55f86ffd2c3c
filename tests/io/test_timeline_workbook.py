"""The timeline workbook read back: header, typed cells, hostile text kept as text, Cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventory_app.io.timeline_workbook import HEADER, SHEET, write_timeline_workbook
from inventory_app.services.views.timeline import Kind, TimelineRow

AT = datetime(2026, 11, 21, 19, 30)


def _row(n: int, **fields: object) -> TimelineRow:
    values: dict[str, object] = {
        "kind": Kind.MOVEMENT, "entry_id": n, "at": AT, "author": "Ann", "item_id": 1,
        "sku": "AMA-CAMP", "what": "Campari", "entity": "", "reason": "sale",
        "delta": Decimal("-22.5"), "unit": "ml", "bottle": "", "reference": "sale:9", "note": "",
        "before": None, "after": None, "undoes_id": None, "undone": False,
    }  # fmt: skip
    values.update(fields)
    return TimelineRow(**values)  # type: ignore[arg-type]


def test_rows_are_typed(tmp_path: Path) -> None:
    path = tmp_path / "history.xlsx"
    rows = [
        _row(1, undone=True),
        _row(2, kind=Kind.CHANGE, entity="item", delta=None, unit="", what="Campari",
             reason="update", before='{"cost": "21"}', after='{"cost": "23"}', undoes_id=None),
    ]  # fmt: skip
    assert write_timeline_workbook(path, rows) == 2
    sheet = load_workbook(path)[SHEET]
    assert tuple(c.value for c in sheet[1]) == HEADER
    first = [c.value for c in sheet[2]]
    assert first[0] == AT.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert first[1:9] == ["stock", "Ann", "AMA-CAMP", "Campari", None, "sale", "-22.5 ml", -22.5]
    assert first[12] == "yes"
    change = [c.value for c in sheet[3]]
    assert change[1] == "item" and change[7] == "cost of Campari: €21.00 → €23.00"
    assert change[8] is None


@pytest.mark.parametrize(
    ("delta", "unit", "shown", "number_format"),
    [
        (Decimal("6"), "pcs", "+6 pcs", "#,##0"),
        (Decimal("6.000"), "ml", "+6 ml", "#,##0"),
        (Decimal("13666.639875"), "ml", "+13,666.6 ml", "#,##0.0"),
        (Decimal("-22.5"), "ml", "-22.5 ml", "#,##0.0"),
        (Decimal("-0.92"), "ml", "-0.92 ml", "#,##0.00"),
        (Decimal("23.825"), "pcs", "+24 pcs", "#,##0"),
    ],
)
def test_a_quantity_stays_exact_and_shows_as_the_window_does(
    tmp_path: Path, delta: Decimal, unit: str, shown: str, number_format: str
) -> None:
    path = tmp_path / "history.xlsx"
    write_timeline_workbook(path, [_row(1, delta=delta, unit=unit, reference="count:1")])
    cells = load_workbook(path)[SHEET][2]
    assert cells[7].value == shown
    assert Decimal(str(cells[8].value)) == delta
    assert cells[8].number_format == number_format


def test_a_sale_line_names_its_drink(tmp_path: Path) -> None:
    path = tmp_path / "history.xlsx"
    write_timeline_workbook(path, [_row(1, detail="Sale: Negroni ×2, take-away")])
    cells = load_workbook(path)[SHEET][2]
    assert cells[10].value == "Sale: Negroni ×2, take-away (sale:9)"


@pytest.mark.parametrize("hostile", ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", '=HYPERLINK("x")'])
def test_text_is_never_a_formula(tmp_path: Path, hostile: str) -> None:
    path = tmp_path / "history.xlsx"
    write_timeline_workbook(path, [_row(1, note=hostile, author=hostile, what=hostile)])
    cells = {c.value: c.data_type for c in load_workbook(path)[SHEET][2]}
    assert cells[hostile] == "s"


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "history.xlsx"
    seen: list[int] = []

    def stop(lines: int) -> bool:
        seen.append(lines)
        return False

    write_timeline_workbook(path, (_row(n) for n in range(2500)), progress=stop)
    assert seen == [1000]
    assert not path.exists() and not list(tmp_path.iterdir())


def test_in_italian_the_headings_are_italian_and_the_cells_typed(
    italian: None, tmp_path: Path
) -> None:
    path = tmp_path / "storico.xlsx"
    assert write_timeline_workbook(path, [_row(1, undone=True)]) == 1
    book = load_workbook(path)
    assert book.sheetnames == ["Cronologia"]
    sheet = book["Cronologia"]
    assert [c.value for c in sheet[1]][:10] == [
        "Quando", "Tipo", "Persona", "Codice", "Cosa", "Bottiglia", "Causale", "Variazione",
        "Quantità", "Unità",
    ]  # fmt: skip
    first = sheet[2]
    assert isinstance(first[0].value, datetime) and first[0].number_format == "dd/mm/yyyy hh:mm"
    assert (first[8].value, first[8].data_type) == (-22.5, "n")
    assert first[12].value == "sì"
