"""The History filter bar's choices: items (retired ones too), reasons, kinds of things, people."""

from __future__ import annotations

from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.domain.catalogue import Reason
from inventory_app.services.people import roster
from inventory_app.services.views.timeline_choices import (
    TimelineChoices,
    entities,
    item_choices,
    people,
    reasons,
    timeline_choices,
)
from tests.conftest import make_item


def test_the_filter_bars_choices_read_together(db: Database) -> None:
    with db.transaction() as s:
        gin = make_item(s, "GIN-1", name="gin Tonic base")
        amaro = make_item(s, "AMA-1", name="Amaro")
        s.get_one(Item, amaro).active = False  # retired: its history stays
        roster.set_secret(s, "owner", "1234", author="owner")
    with db.reading() as s:
        choices = timeline_choices(s)
        assert choices == TimelineChoices(item_choices(s), reasons(s), entities(s))
        assert people(s) == ["owner"]
    assert choices.items == [(amaro, "Amaro (AMA-1)"), (gin, "gin Tonic base (GIN-1)")]
    assert choices.reasons[: len(Reason)] == [r.value for r in Reason]
    assert "create" in choices.reasons[len(Reason) :]
    assert choices.entities == ["item", "user"]
