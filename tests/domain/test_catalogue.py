"""The catalogue's vocabulary and the reason groups the ledger's rules rest on
(domain/catalogue.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

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
from inventory_app.i18n.catalogue import ITALIAN, in_language


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


REASON_LABELS = [
    (Reason.RECEIVE, "receive", "carico"),
    (Reason.SALE, "sale", "vendita"),
    (Reason.PREP_USE, "prep use", "uso in preparazione"),
    (Reason.PREP_MAKE, "prep make", "preparazione"),
    (Reason.OPEN, "open", "apertura"),
    (Reason.EMPTY, "empty", "bottiglia finita"),
    (Reason.WASTE, "waste", "scarto"),
    (Reason.BREAKAGE, "breakage", "rottura"),
    (Reason.COMP, "comp", "omaggio"),
    (Reason.CORRECTION, "correction", "rettifica"),
    (Reason.COUNT, "count", "conta"),
    (Reason.UNDO, "undo", "annullamento"),
    (ItemKind.FLASK, "flask", "flacone"),
    (ItemKind.BOTTLE, "bottle", "bottiglia"),
    (Tracking.BULK, "bulk", "a quantità"),
    (Tracking.SERIAL, "serial", "per bottiglia"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), REASON_LABELS)
def test_reason_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_reason_value_has_a_label() -> None:
    assert all(value.label for value in Reason)
    assert all(value.label for value in ItemKind)
    assert all(value.label for value in Tracking)
