"""The variance report: per item in base units and money, usage split, beverage cost %."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.counting import Band
from inventory_app.domain.errors import InputError
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.report import (
    Totals,
    Usage,
    count_report,
    finalised_counts,
    latest_report,
)
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.selling.unmatched import Unresolved
from tests.conftest import AUTHOR
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


def test_variance_per_item_worst_loss_first(
    db: Database, two_counts: tuple[CountBar, int, int]
) -> None:
    with db.sessions() as s:
        report = count_report(s)
    assert report.count_id == two_counts[2]
    found = [
        (v.sku, v.expected, v.counted, v.variance, v.variance_value, v.variance_pct, v.usage,
         v.band)
        for v in report.lines
    ]  # fmt: skip
    assert found == [
        ("WHI-MONKEY", D(1330), D(1190), D(-140), D("-5.60"), D("-200.0"), D(70), Band.BLEEDING),
        ("AMA-CAMP", D(2700), D(2640), D(-60), D("-1.20"), D("-20.0"), D(300), Band.BLEEDING),
        ("CUP-12", D(90), D(90), D(0), D("0.00"), D("0.0"), D(10), Band.HEALTHY),
    ]  # fmt: skip


def test_totals_usage_and_beverage_cost(
    db: Database, two_counts: tuple[CountBar, int, int]
) -> None:
    with db.sessions() as s:
        report = count_report(s)
    assert report.totals == Totals(
        items=3, expected_value=D("116.20"), counted_value=D("109.40"),
        variance_value=D("-6.80"), losses_value=D("-6.80"),
    )  # fmt: skip
    assert report.usage == Usage(sales=D("7.00"), prep=D("0.00"), waste=D("2.80"),
                                 unexplained=D("-6.80"))  # fmt: skip
    assert (report.opening_value, report.purchases_value, report.closing_value) == (
        D("106.00"), D("20.00"), D("109.40")
    )  # fmt: skip
    # €90 of Negroni with 22 % VAT in: 73.77 net; (106 + 20 - 109.40) / 73.77 = 22.5 %
    assert (report.net_sales, report.beverage_cost_pct) == (D("73.77"), D("22.5"))


def test_the_first_count_has_no_beverage_cost(
    db: Database, two_counts: tuple[CountBar, int, int]
) -> None:
    with db.sessions() as s:
        report = count_report(s, two_counts[1])
        listed = [c.count_id for c in finalised_counts(s)]
    assert (report.period_start, report.opening_value, report.beverage_cost_pct) == (
        None, None, None
    )  # fmt: skip
    assert report.totals.variance_value == D("0.00")
    assert listed == [two_counts[2], two_counts[1]]


def test_net_sales_win_over_gross(db: Database, two_counts: tuple[CountBar, int, int]) -> None:
    from sqlalchemy import update

    from inventory_app.db.models import Sale

    with db.transaction() as s:
        s.execute(update(Sale).values(net_amount=D("83.00")))
        report = count_report(s)
    assert (report.net_sales, report.beverage_cost_pct) == (D("83.00"), D("20.0"))


def test_an_open_or_missing_count_has_no_report(db: Database) -> None:
    with db.transaction() as s:
        make_count_bar(s)
        with pytest.raises(InputError, match="no count has been finalised yet"):
            count_report(s)
        started = counts.start_count(s, author=AUTHOR)
        with pytest.raises(InputError, match=f"count {started.id} is still open"):
            count_report(s, started.id)


def test_latest_report_is_none_until_a_count_is_finalised(db: Database) -> None:
    with db.transaction() as s:
        make_count_bar(s)
        assert latest_report(s, None) is None
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, quantity=D(900))
        assert latest_report(s, None) is None  # an open count has no report yet
        first = counts.finalise_count(s, author=AUTHOR).count_id
    with db.reading() as s:
        assert latest_report(s, None) == count_report(s, first)
        assert latest_report(s, None) == latest_report(s, first)


def test_unmatched_sales_of_the_period_are_named(
    db: Database, two_counts: tuple[CountBar, int, int], tmp_path: Path
) -> None:
    """A parked drink deducts nothing yet: the variance says so for the period it was sold in."""
    night = tmp_path / "night.csv"
    night.write_text("date,item,qty,gross_sales\n2026-03-06,Special,2,€24.00\n", encoding="utf-8")
    with db.transaction() as s:
        import_sales(s, night, author=AUTHOR, park_unknown=True)
    with db.sessions() as s:
        first, latest = count_report(s, two_counts[1]), count_report(s)
    assert first.unresolved == Unresolved(1, D("24.00"))  # sold before the first count
    assert latest.unresolved == Unresolved(0, D(0))
