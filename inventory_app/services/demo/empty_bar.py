"""The demo bar goes only into an empty catalogue: `init --demo` and the window's first start."""

from __future__ import annotations

from sqlalchemy.orm import Session

from inventory_app.services.catalogue.items import item_count
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.demo.history import load_sales_history


def demo_if_empty(session: Session, *, author: str, with_sales: bool = False) -> str:
    """Load the demo bar into an empty catalogue; never mix it into a real one.

    `with_sales` adds four weeks of evenings, so days of cover have usage to read
    (the window's first start does; `init --demo` stays small for scripts and tests).
    Says what it did, in a sentence the command prints.
    """
    count = item_count(session)
    if count:
        return f"the catalogue already has {count} items; the demo bar was not loaded"
    demo = load_demo(session, author=author)
    sales = load_sales_history(session, author=author) if with_sales else 0
    return (
        f"loaded the demo bar: {demo.catalogue.added} items, {demo.suppliers} suppliers, "
        f"{demo.locations} locations, {demo.recipes.added} recipes"
        + (f", {sales} past sales" if with_sales else "")
    )
