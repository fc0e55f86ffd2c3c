"""ui/value_words.py: the label of every stored value, in English as it always read and in
Italian; an unknown value shows as stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from inventory_app.db.backups import Reason as BackupReason
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.counting import Band
from inventory_app.domain.levels import Status
from inventory_app.domain.permissions import Role
from inventory_app.domain.recipes import Channel, RecipeKind, SaleKind
from inventory_app.services.ordering.orders import STATUSES
from inventory_app.ui import value_words as words

CASES: list[tuple[Callable[[str], str], str, str, str]] = [
    (words.reason_word, "receive", "receive", "carico"),
    (words.reason_word, "prep_use", "prep use", "uso in preparazione"),
    (words.reason_word, "prep_make", "prep make", "preparazione"),
    (words.reason_word, "waste", "waste", "scarto"),
    (words.reason_word, "breakage", "breakage", "rottura"),
    (words.reason_word, "comp", "comp", "omaggio"),
    (words.reason_word, "correction", "correction", "rettifica"),
    (words.reason_word, "count", "count", "conta"),
    (words.reason_word, "update", "update", "modifica"),
    (words.reason_word, "set_secret", "set PIN", "PIN impostato"),
    (words.reason_word, "sign_in_failed", "sign-in failed", "accesso fallito"),
    (words.reason_word, "walk_order", "walk order", "walk order"),  # unknown: as stored
    (words.entity_word, "item", "item", "articolo"),
    (words.entity_word, "supplier", "supplier", "fornitore"),
    (words.bottle_state_word, "sealed", "sealed", "sigillata"),
    (words.bottle_state_word, "open", "open", "aperta"),
    (words.opening_word, "empty", "finished", "finita"),
    (words.recipe_kind_word, "prep", "prep", "preparazione"),
    (words.channel_word, "takeaway", "takeaway", "asporto"),
    (words.sale_kind_word, "refund", "refund", "rimborso"),
    (words.order_status_word, "draft", "Draft", "Bozza"),
    (words.order_status_word, "cancelled", "Cancelled", "Annullato"),
    (words.band_word, "leak", "leak", "perdita"),
    (words.role_word, "owner", "owner", "titolare"),
    (words.role_word, "bartender", "bartender", "barista"),
    (words.stock_status_word, "low", "low", "sottoscorta"),
    (words.stock_status_word, "out", "out", "esaurito"),
    (words.unit_word, "pcs", "pcs", "pz"),
    (words.unit_word, "ml", "ml", "ml"),
    (words.backup_reason_word, "daily", "daily", "giornaliero"),
]


@pytest.mark.parametrize(("word", "value", "english", "italiano"), CASES)
def test_english(word: Callable[[str], str], value: str, english: str, italiano: str) -> None:
    assert word(value) == english


@pytest.mark.parametrize(("word", "value", "english", "italiano"), CASES)
def test_italian(
    italian: None, word: Callable[[str], str], value: str, english: str, italiano: str
) -> None:
    assert word(value) == italiano


@pytest.mark.parametrize(
    ("table", "values"),
    [
        (words.REASONS, Reason),
        (words.BOTTLE_STATES, BottleState),
        (words.RECIPE_KINDS, RecipeKind),
        (words.CHANNELS, Channel),
        (words.SALE_KINDS, SaleKind),
        (words.BANDS, Band),
        (words.ROLES, Role),
        (words.STOCK_STATUSES, Status),
        (words.BACKUP_REASONS, BackupReason),
        (words.ORDER_STATUSES, STATUSES),
    ],
)
def test_every_value_of_the_core_has_its_word(
    table: dict[str, str], values: Iterable[object]
) -> None:
    assert {str(v) for v in values} <= set(table)


def test_the_kind_of_a_ledger_line(italian: None) -> None:
    assert words.stock_kind_word() == "giacenza"
