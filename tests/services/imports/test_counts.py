"""A refused count entry counts nothing, whichever front end typed it (issue 15, point 2)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Count, CountLine, Movement
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.services.counts import sessions as counts
from inventory_app.services.imports.counts import import_count_sheet
from tests.conftest import AUTHOR
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


@pytest.fixture
def bar(db: Database) -> CountBar:
    with db.transaction() as s:
        return make_count_bar(s)


def sheet(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "count.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sheet_finalised_over_an_entry_refused_in_the_window_stops(
    db: Database, bar: CountBar, tmp_path: Path
) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(1), tenths=D(15))
    source = sheet(tmp_path, "SKU,Full\nAMA-CAMP,2\n")
    with pytest.raises(InputError) as caught, db.transaction() as s:
        import_count_sheet(s, source, author=AUTHOR, finalise=True)
    assert caught.value.detail.startswith("count 1 cannot be finalised: this entry was refused")
    assert "WHI-MONKEY (Monkey Shoulder): expected tenths from 0 to 10, got 15" in str(caught.value)
    with db.sessions() as s:
        assert s.scalars(select(Movement.id).where(Movement.reference == "count:1")).all() == []
        assert s.scalars(select(Count.status)).all() == ["open"]


def test_a_sheet_row_the_rules_refuse_enters_nothing_and_keeps_nothing(
    db: Database, bar: CountBar, tmp_path: Path
) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(2))
    source = sheet(tmp_path, "SKU,Full,Open tenths\nWHI-MONKEY,1,15\nAMA-CAMP,2,\n")
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, source, author=AUTHOR, finalise=True)
    assert [str(e) for e in caught.value.errors] == [
        "row 2, column 'open tenths': expected tenths from 0 to 10, got 15"
    ]
    with db.sessions() as s:
        lines = s.execute(select(CountLine.item_id, CountLine.counted, CountLine.refused)).all()
        assert lines == [(bar.whisky, D(1400), None)]  # the window's entry, as it was


@pytest.mark.usefixtures("italian")
def test_a_sku_twice_on_the_sheet_is_named_in_italian_with_its_file_row_and_column(
    db: Database, bar: CountBar, tmp_path: Path
) -> None:
    source = sheet(tmp_path, "SKU,Full\nAMA-CAMP,2\nWHI-MONKEY,1\nAMA-CAMP,3\n")
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, source, author=AUTHOR)
    [error] = caught.value.errors
    assert caught.value.file == "count.csv"
    assert (error.row, error.column, error.detail) == (4, "sku", "AMA-CAMP compare già alla riga 2")
    with db.sessions() as s:
        assert s.scalars(select(Count.id)).all() == []
