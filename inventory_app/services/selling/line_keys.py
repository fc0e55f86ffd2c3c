"""The identity of a line of a sales export: the reason a re-import deducts nothing twice."""

from __future__ import annotations

from collections import OrderedDict

from inventory_app.domain.recipes import SaleKind
from inventory_app.io.sales_line import SalesLine

# Lines of one transaction sit together in an export; positions are counted for this
# many recent transactions, so memory stays bounded however long the file is.
RECENT_TRANSACTIONS = 20_000


class LineKeys:
    """A line's identity: its transaction and position there, else the file and row."""

    def __init__(self, source: str, digest: str) -> None:
        self._source = source
        self._digest = digest
        self._recent: OrderedDict[tuple[str, SaleKind], int] = OrderedDict()

    def key(self, line: SalesLine) -> str:
        if line.transaction_id is None:
            return f"file:{self._digest}#{line.row}"
        # Refunds are numbered apart: a refund added to a later export of the same
        # transaction must not shift the positions of its sold lines.
        slot = (line.transaction_id, line.kind)
        position = self._recent.pop(slot, 0) + 1
        self._recent[slot] = position
        if len(self._recent) > RECENT_TRANSACTIONS:
            self._recent.popitem(last=False)
        suffix = position if line.kind is SaleKind.SALE else f"refund-{position}"
        return f"{self._source}:{line.transaction_id}#{suffix}"
