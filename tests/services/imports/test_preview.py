"""A sales file previewed before importing: the first lines as they would be recorded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.sales_file import SalesFormat
from inventory_app.services.imports.preview import PreviewLine, preview_sales
from tests.services.sales_fixtures import UNKNOWN_FILE, Bar, counts, make_bar, write

D = Decimal
SPEAKEASY, SALE = Channel.SPEAKEASY, SaleKind.SALE


@pytest.fixture
def bar(db: Database) -> Bar:
    with db.transaction() as s:
        return make_bar(s)


def test_preview(session: Session, bar: Bar, tmp_path: Path) -> None:
    first = "date,item,qty,channel,time\n2026-03-06,Negroni TA,2,speakeasy,21:00\n"
    path = write(tmp_path / "sales.csv", first + UNKNOWN_FILE.split("\n", 1)[1])
    preview = preview_sales(session, path, limit=2)
    assert preview.lines == [
        PreviewLine(2, "2026-03-06 21:00", "Negroni TA", D(2), SPEAKEASY, SALE, "Negroni"),
        PreviewLine(3, "2026-03-06 00:00", "Hugo", D(1), Channel.TAKEAWAY, SALE, None),
    ]
    assert (preview.total_lines, preview.unknown) == (16, {"Hugo": 2, "Spritz": 12})
    assert (preview.file_name, preview.format) == ("sales.csv", SalesFormat.GENERIC)
    assert counts(session) == (0, 0, 0)


def test_a_prep_is_never_sold_and_only_the_limit_is_kept(
    session: Session, bar: Bar, tmp_path: Path
) -> None:
    text = (
        "date,item,qty,transaction_id\n2026-03-06,Simple syrup,1,A\n"
        "2026-03-06,Shot,2,B\n2026-03-06,simple  SYRUP,1,C\n"
    )
    preview = preview_sales(session, write(tmp_path / "sales.csv", text), limit=2)
    assert [(p.item, p.recipe, p.quantity) for p in preview.lines] == [
        ("Simple syrup", None, D(1)), ("Shot", "Shot", D(2)),
    ]  # fmt: skip
    assert preview.total_lines == 3
    assert preview.unknown == {"Simple syrup": 2}  # spellings counted under the first seen
    assert counts(session) == (0, 0, 0)
