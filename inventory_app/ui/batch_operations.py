"""The window's reads and writes of house-prep batches: a list, a trace, a discard, a label.

Thin over services/batches and services/views/batch_label.py, as ui/operations.py is
over the rest; the label is drawn here, on the UI thread (a few milliseconds).
"""

from __future__ import annotations

from pathlib import Path

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.services.batches.batches import discard_batch
from inventory_app.services.batches.reads import (
    BatchRow,
    BatchTrace,
    batch_row,
    batch_rows,
    batch_trace,
    bottle_batch_rows,
)
from inventory_app.services.ledger.batch_codes import looks_like_code
from inventory_app.services.views.batch_label import batch_label, flasks_filled
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op, read_now


def load_batches(database: Database, *, sku: str | None = None) -> list[BatchRow]:
    return read_now(database, lambda s: batch_rows(s, sku=sku))


def load_open_batches(database: Database, sku: str) -> list[BatchRow]:
    """A flask's batches still holding something, oldest first: the Adjust dialog's choice."""
    return read_now(database, lambda s: batch_rows(s, sku=sku, held=True))[::-1]


def load_bottle_batches(database: Database, bottle_id: int) -> list[BatchRow]:
    """The batches a bottle went into, oldest first (traceability from a bottle)."""
    return read_now(database, lambda s: bottle_batch_rows(s, bottle_id))


def load_batches_to_use(database: Database) -> list[BatchRow]:
    """Expired with stock left, or expiring today or tomorrow: the Dashboard's card."""
    return read_now(database, lambda s: batch_rows(s, soon=True))


def load_trace(database: Database, code: str) -> BatchTrace:
    return read_now(database, lambda s: batch_trace(s, code))


def scanned_batch(database: Database, code: str) -> BatchRow | None:
    """The batch a scanned text names, if it is a batch code of this bar."""
    if not looks_like_code(code):
        return None
    try:
        return read_now(database, lambda s: batch_row(s, code))
    except InventoryError:
        return None


def discard(context: AppContext, code: str) -> int | InventoryError:
    """What the batch holds written off as waste naming it."""
    return Op(context, Change.STOCK, lambda s: discard_batch(s, code, author=context.user)).run()


def write_label(database: Database, code: str, path: Path, *, sheet: bool) -> Path:
    """The batch's label, one per flask it filled; raises InventoryError or OSError."""
    from inventory_app.ui.render.batch_label_pdf import write_labels_pdf

    label, copies = read_now(database, lambda s: (batch_label(s, code), flasks_filled(s, code)))
    return write_labels_pdf(path, label, sheet=sheet, copies=copies)
