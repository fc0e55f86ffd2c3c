"""What every command receives from the dispatcher."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from inventory_app.db.engine import Database

if TYPE_CHECKING:
    from inventory_app.services.ledger.guard import LedgerGuard


@dataclass(frozen=True)
class Context:
    """The open database, who is acting, and how the database was chosen."""

    database: Database
    user: str
    created: bool  # the SQLite file did not exist before this run
    default_db: bool  # no --db and no INVENTORY_APP_DB: the bar's own database
    ledger: LedgerGuard | None = None  # kept totals against the ledger; writes wait for it
