"""Every table, one module per domain; importing the package registers them all on
`Base.metadata`, which Alembic's env and the database transfer read whole."""

from inventory_app.db.models.audit_log import AuditEntry
from inventory_app.db.models.base import MIGRATION_ONLY_INDEXES, NAMING, Base, utcnow
from inventory_app.db.models.batches import PrepBatch
from inventory_app.db.models.bottles import Bottle
from inventory_app.db.models.catalogue import Barcode, Item, Location, Supplier
from inventory_app.db.models.counts import Count, CountLine
from inventory_app.db.models.imports import ImportRecord
from inventory_app.db.models.ledger import DailyUsage, Movement, StockLevel, UsageRevision
from inventory_app.db.models.modifiers import ModifierRule
from inventory_app.db.models.orders import OrderLine, PurchaseOrder
from inventory_app.db.models.people import User
from inventory_app.db.models.recipes import Production, Recipe, RecipeAlias, RecipeLine
from inventory_app.db.models.sales import Sale
from inventory_app.db.models.settings import Setting
from inventory_app.db.models.unmatched import UnmatchedSale

__all__ = [
    "MIGRATION_ONLY_INDEXES",
    "NAMING",
    "AuditEntry",
    "Barcode",
    "Base",
    "Bottle",
    "Count",
    "CountLine",
    "DailyUsage",
    "ImportRecord",
    "Item",
    "Location",
    "ModifierRule",
    "Movement",
    "OrderLine",
    "PrepBatch",
    "Production",
    "PurchaseOrder",
    "Recipe",
    "RecipeAlias",
    "RecipeLine",
    "Sale",
    "Setting",
    "StockLevel",
    "Supplier",
    "UnmatchedSale",
    "UsageRevision",
    "User",
    "utcnow",
]
