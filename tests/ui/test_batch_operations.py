"""The window's batch reads and writes: a scanned code found, a discard, a label written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from inventory_app.domain.errors import InventoryError
from inventory_app.ui import batch_operations as batches
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from tests.ui.conftest import Menu


def test_a_scanned_code_a_discard_and_a_label(
    qapp: Any, context: AppContext, menu: Menu, tmp_path: Path
) -> None:
    made = operations.make_prep(context, name="Negroni batch", batches=Decimal(1))
    assert not isinstance(made, InventoryError)
    code = made.batch_code
    assert code.endswith(f"-{date.today():%y%m%d}-1")
    found = batches.scanned_batch(context.database, code.lower())
    assert found is not None and found.code == code
    assert batches.scanned_batch(context.database, "5010233010184") is None  # a barcode
    assert batches.scanned_batch(context.database, "XYZ-261208-9") is None  # no such batch
    assert [r.code for r in batches.load_batches(context.database)] == [code]
    assert batches.load_batches_to_use(context.database) == []  # no shelf life: no use-by
    written = batches.write_label(context.database, code, tmp_path / "l.pdf", sheet=False)
    assert written.read_bytes().startswith(b"%PDF")
    assert not isinstance(batches.discard(context, code), InventoryError)
    assert batches.load_trace(context.database, code).batch.remaining == 0
    refused = batches.discard(context, code)
    assert isinstance(refused, InventoryError)
    assert str(refused) == f"column 'batch': batch {code} holds nothing to discard"
