"""The Control page's period in one read: what was opened, what is open now, the report.

`openings report` and the page read the same local days (domain/local_day.py), both ends
included, so the page and the command never disagree about a night that crosses midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from inventory_app.domain.local_day import local_period
from inventory_app.services.bottles.opening_control import OpeningReport, opening_report
from inventory_app.services.bottles.view import OpenContainer, OpeningEntry, open_now, openings


@dataclass(frozen=True)
class ControlState:
    """The Control page's period: what was opened, what is open now, and the control report."""

    openings: list[OpeningEntry]
    open_now: list[OpenContainer]
    report: OpeningReport


def control_state(session: Session, first: date, last: date) -> ControlState:
    """Local days from `first` to `last`, both included, as `openings report` reads them."""
    start, end = local_period(first, last)
    return ControlState(
        openings=openings(session, start, end),
        open_now=open_now(session),
        report=opening_report(session, start, end),
    )
