"""The demo bar's details (services/demo/bar_details.py): a plausible bar in Milan."""

from __future__ import annotations

from inventory_app.db.engine import Database
from inventory_app.domain.vat_number import check_vat_number
from inventory_app.services.demo.bar_details import demo_bar_details, load_demo_bar_details
from inventory_app.services.settings import bar_details, set_setting


def test_the_demo_bar_is_on_the_naviglio_with_a_valid_p_iva() -> None:
    details = demo_bar_details()
    assert "Naviglio" in details.address and "Milano" in details.address
    assert check_vat_number(details.vat_number) == details.vat_number
    assert all(vars(details).values())  # every field filled, for the documents to show


def test_loaded_where_the_bar_has_none_of_its_own(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "bar_name", "Bar Basso", author="owner")
        load_demo_bar_details(s)
    with db.reading() as s:
        loaded = bar_details(s)
    assert loaded.name == "Bar Basso"
    assert loaded.vat_number == demo_bar_details().vat_number


def test_in_italian_its_hours_read_in_italian(italian: None) -> None:
    assert demo_bar_details().receiving_hours == "lun–ven 10:00–13:00"
