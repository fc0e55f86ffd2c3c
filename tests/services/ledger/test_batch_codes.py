"""Batch codes: prefix from the SKU, the local day, a number per prefix and day."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.models import PrepBatch, utcnow
from inventory_app.domain.catalogue import ItemKind
from inventory_app.services.ledger.batch_codes import code_prefix, looks_like_code, next_code
from tests.conftest import make_item


@pytest.mark.parametrize(
    ("sku", "prefix"),
    [("FLK-ORGEAT", "ORG"), ("lime", "LIM"), ("FLK-2B", "2B"), ("FLK-è-", "B"), ("", "B")],
)
def test_prefix_is_the_skus_last_part_cut_to_three(sku: str, prefix: str) -> None:
    assert code_prefix(sku) == prefix


@pytest.mark.parametrize(
    ("text", "looks"),
    [("ORG-261208-1", True), (" org-261208-12 ", True), ("ORG-OPEN-3", True),
     ("8001234567890", False), ("ORG-2612-1", False), ("FLK-ORGEAT", False)],
)  # fmt: skip
def test_what_looks_like_a_batch_code(text: str, looks: bool) -> None:
    assert looks_like_code(text) is looks


def test_numbers_count_up_per_prefix_and_day(session: Session) -> None:
    item = make_item(session, "FLK-ORGEAT", kind=ItemKind.FLASK, size=500)
    day = date(2026, 12, 8)
    assert next_code(session, "FLK-ORGEAT", day) == "ORG-261208-1"
    session.add(PrepBatch(code="ORG-261208-1", item_id=item, made_by="", quantity=0,
                          remaining=0, created_at=utcnow()))  # fmt: skip
    session.flush()
    assert next_code(session, "FLK-ORGANIC", day) == "ORG-261208-2"
    assert next_code(session, "FLK-ORGEAT", date(2026, 12, 9)) == "ORG-261209-1"
    assert next_code(session, "FLK-ORGEAT", None) == "ORG-OPEN-1"
