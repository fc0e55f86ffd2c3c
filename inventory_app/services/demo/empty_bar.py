"""The demo bar goes only into an empty catalogue: `init --demo` and the window's first start."""

from __future__ import annotations

from sqlalchemy.orm import Session

from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.items import item_count
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.demo.history import load_sales_history
from inventory_app.services.settings import remember_bar_language


def demo_if_empty(session: Session, *, author: str, with_sales: bool = False) -> str:
    """Load the demo bar into an empty catalogue; never mix it into a real one.

    `with_sales` adds four weeks of evenings, so days of cover have usage to read
    (the window's first start does; `init --demo` stays small for scripts and tests).
    The demo is in the language in use (services/demo/translated.py).
    Says what it did, in a sentence the command prints.
    """
    count = item_count(session)
    if count:
        return tr("the catalogue already has {count} items; the demo bar was not loaded").format(
            count=count
        )
    remember_bar_language(session)  # the new bar keeps the language of its demo
    demo = load_demo(session, author=author)
    if not with_sales:
        return tr(
            "loaded the demo bar: {items} items, {suppliers} suppliers, {locations} locations, "
            "{recipes} recipes"
        ).format(items=demo.catalogue.added, suppliers=demo.suppliers,
                 locations=demo.locations, recipes=demo.recipes.added)  # fmt: skip
    sales = load_sales_history(session, author=author)
    return tr(
        "loaded the demo bar: {items} items, {suppliers} suppliers, {locations} locations, "
        "{recipes} recipes, {sales} past sales"
    ).format(items=demo.catalogue.added, suppliers=demo.suppliers, locations=demo.locations,
             recipes=demo.recipes.added, sales=sales)  # fmt: skip
