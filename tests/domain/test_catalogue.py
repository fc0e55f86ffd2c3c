"""The catalogue's vocabulary and the reason groups the ledger's rules rest on
(domain/catalogue.py)."""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.catalogue import (
    ADJUST_REASONS,
    DEFAULT_SIZE,
    LOSS_REASONS,
    USAGE_REASONS,
    ItemKind,
    Reason,
    Tracking,
)
from inventory_app.domain.units import BaseUnit


def test_the_stored_words_do_not_change() -> None:
    """These values are in every database: renaming one is a migration, not an edit."""
    assert [k.value for k in ItemKind] == ["bottle", "flask", "consumable"]
    assert [t.value for t in Tracking] == ["bulk", "serial"]
    assert [r.value for r in Reason] == [
        "receive", "sale", "prep_use", "prep_make", "open", "empty", "waste", "breakage",
        "comp", "correction", "count", "undo",
    ]  # fmt: skip


def test_a_person_adjusts_for_a_loss_or_a_correction_only() -> None:
    assert set(LOSS_REASONS) < set(ADJUST_REASONS)
    assert set(ADJUST_REASONS) - set(LOSS_REASONS) == {Reason.CORRECTION}
    assert not {Reason.SALE, Reason.COUNT, Reason.UNDO, Reason.RECEIVE} & set(ADJUST_REASONS)


def test_usage_is_what_left_the_bar_for_good() -> None:
    assert set(USAGE_REASONS) == {Reason.SALE, Reason.PREP_USE, *LOSS_REASONS}
    left_out = {Reason.COUNT, Reason.CORRECTION, Reason.UNDO, Reason.RECEIVE, Reason.PREP_MAKE}
    assert not left_out & set(USAGE_REASONS)


def test_every_unit_has_a_usual_container() -> None:
    assert set(DEFAULT_SIZE) == set(BaseUnit)
    assert DEFAULT_SIZE[BaseUnit.ML] == Decimal(700)
    assert all(size > 0 for size in DEFAULT_SIZE.values())
