"""Export and Send as the Orders page does them: the suppliers' documents written into the
month's folder, then one dialog saying where, with Open folder and Prepare email."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.ordering.order_export import WrittenDocument
from inventory_app.ui import order_operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog
from inventory_app.ui.pages.order_widgets import show_error


class DocumentActions:
    """The page's three ways to a supplier's document: a draft or an order again, the
    proposal, and sending; each says what it wrote in the status bar and in the dialog."""

    def __init__(self, parent: QWidget, context: AppContext, say: Callable[[str], None]) -> None:
        self._parent = parent
        self._context = context
        self._say = say

    def send(self, order_id: int, *, version: int) -> None:
        """Sent, numbered and written in one step; a refusal or a failed file is shown."""
        result = order_operations.send_order(
            self._context, order_id=order_id, expected_version=version
        )
        if isinstance(result, InventoryError):
            show_error(self._parent, tr("Order not sent"), result)
            return
        message = tr("Order {number} sent to {supplier}").format(
            number=result.number, supplier=result.supplier
        )
        self._say(message)
        self.show_written(message, [result])

    def export_orders(self, order_ids: list[int]) -> None:
        self._written(order_operations.export_orders(self._context, order_ids))

    def export_proposal(self, quantities: Mapping[tuple[str, str], Decimal]) -> None:
        self._written(order_operations.export_proposal(self._context, quantities))

    def _written(self, result: list[WrittenDocument] | InventoryError) -> None:
        if isinstance(result, InventoryError):
            show_error(self._parent, tr("Documents not saved"), result)
            return
        message = ntr(
            "Documents saved for {count} supplier", "Documents saved for {count} suppliers",
            len(result),
        ).format(count=len(result))  # fmt: skip
        self._say(message)
        self.show_written(message, result)

    def show_written(self, title: str, written: list[WrittenDocument]) -> None:
        DocumentsDialog.show_written(self._parent, title=title, written=written)
