"""The one-table workbook (the variance report): exact cells shown as the window shows them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventory_app.io.table_workbook import Column, Fact, Kind, Value, write_table_workbook

COLUMNS = (
    Column("SKU", Kind.TEXT, 12),
    Column("Unit", Kind.TEXT, 6),
    Column("Variance", Kind.QUANTITY, 11),
    Column("Value", Kind.EURO, 11),
    Column("% of usage", Kind.PERCENT, 11),
)


@pytest.mark.parametrize(
    ("unit", "variance", "pct", "variance_format", "pct_format"),
    [
        ("ml", Decimal("-1000.000000"), Decimal("-1.6"), "#,##0", '#,##0.0" %"'),
        ("ml", Decimal("13666.639875"), Decimal("26.0"), "#,##0.0", '#,##0" %"'),
        ("pcs", Decimal("-23.825"), Decimal("-12.55"), "#,##0", '#,##0.0" %"'),
        ("ml", Decimal("-0.92"), Decimal("0"), "#,##0.00", '#,##0" %"'),
    ],
)
def test_quantities_and_percentages_never_show_noise(
    tmp_path: Path,
    unit: str,
    variance: Decimal,
    pct: Decimal,
    variance_format: str,
    pct_format: str,
) -> None:
    path = tmp_path / "variance.xlsx"
    row: list[Value] = ["AMA-CAMP", unit, variance, Decimal("-16.9"), pct]
    write_table_workbook(
        path, title="Count 1 variance", columns=COLUMNS, rows=[row],
        facts=[Fact("Items counted", 1, Kind.NUMBER)],
    )  # fmt: skip
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = sheet[2]
    assert Decimal(str(cells[2].value)) == variance  # the cell keeps every digit
    assert cells[2].number_format == variance_format
    assert cells[4].number_format == pct_format


def test_in_italian_a_translated_unit_column_still_sets_the_quantity_format(
    italian: None, tmp_path: Path
) -> None:
    """The caller's titles come translated ('Unità'); amounts show the Italian way round."""
    path = tmp_path / "scostamento.xlsx"
    columns = (
        Column("SKU", Kind.TEXT, 12), Column("Unità", Kind.TEXT, 6),
        Column("Scostamento", Kind.QUANTITY, 11), Column("Valore", Kind.EURO, 11),
    )  # fmt: skip
    row: list[Value] = ["CUP-12", "pcs", Decimal("-23.825"), Decimal("-16.9")]
    write_table_workbook(path, title="Conta 1 scostamento", columns=columns, rows=[row])
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.title == "Conta 1 scostamento"
    cells = sheet[2]
    assert (cells[2].value, cells[2].number_format) == (-23.825, "#,##0")  # pieces: whole
    assert (cells[3].value, cells[3].number_format) == (-16.9, '#,##0.00" €";[Red]-#,##0.00" €"')
