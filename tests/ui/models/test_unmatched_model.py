"""The unmatched sales list's model: the till's words, exact figures, resolved lines greyed."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from inventory_app.services.selling.unmatched import Unmatched
from inventory_app.ui.models.unmatched_model import UnmatchedModel

D = Decimal
TAKINGS = D("24.5")


def line(*, resolved: bool, amount: Decimal | None = TAKINGS) -> Unmatched:
    return Unmatched(
        id=1, item="Special", note="gin and campari", at=datetime(2026, 11, 20, 21, 15),
        quantity=D(2), amount=amount, kind="sale", import_id=1, resolved=resolved,
    )  # fmt: skip


def test_a_line_reads_as_the_till_wrote_it(qtmodeltester: Any) -> None:
    model = UnmatchedModel()
    model.set_rows([line(resolved=False), line(resolved=True, amount=None)])
    qtmodeltester.check(model)
    texts = [model.index(0, c).data() for c in range(1, 6)]
    assert texts == ["Special", "gin and campari", "2", "€24.50", "waiting"]
    assert model.index(1, 4).data() == "" and model.index(1, 5).data() == "resolved"
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    font = model.index(1, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
