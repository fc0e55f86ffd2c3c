"""A label's lines: in the HACCP plan's order, the empty ones left out."""

from __future__ import annotations

from inventory_app.domain.batch_label import BatchLabel


def test_lines_in_order_without_the_empty_ones() -> None:
    label = BatchLabel(
        code="ORG-261208-1", name="Orzata", made_on="Preparato il 08/12/2026", use_by="",
        allergens="Allergeni: 8 Frutta a guscio", storage="", made_by="Preparato da giulia",
        language="it",
    )  # fmt: skip
    assert label.lines == (
        "Preparato il 08/12/2026", "Allergeni: 8 Frutta a guscio", "Preparato da giulia",
    )  # fmt: skip
