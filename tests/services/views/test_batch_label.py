"""A batch's label in the bar's language: allergens through the prep, storage from the notes."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.i18n.formats import date_text
from inventory_app.services.batches.batches import find_batch, local_date
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.settings import set_setting
from inventory_app.services.views.batch_label import batch_label, flasks_filled
from tests.conftest import AUTHOR
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen


@pytest.fixture
def made(session: Session) -> tuple[Session, str]:
    stock_orgeat_kitchen(session)
    return session, make_prep(session, "House orgeat", author="giulia").batch_code


def test_the_english_label(made: tuple[Session, str]) -> None:
    session, code = made
    batch = find_batch(session, code)
    assert batch.made_at is not None
    day = local_date(batch.made_at)
    label = batch_label(session, code, language="en")
    assert (label.code, label.name, label.language) == (code, "House orgeat", "en")
    assert label.lines == (
        f"Made on {day.isoformat()}", f"Use by {(day + timedelta(days=3)).isoformat()}",
        "Allergens: 8 Nuts", "Storage: Fridge, 2–4 °C", "Made by giulia",
    )  # fmt: skip


@pytest.mark.usefixtures("italian")
def test_the_bars_language_is_the_labels(made: tuple[Session, str]) -> None:
    session, code = made
    set_setting(session, "bar_language", "it", author=AUTHOR)
    label = batch_label(session, code)
    assert label.language == "it"
    assert label.allergens == "Allergeni: 8 Frutta a guscio"
    assert label.made_on.startswith("Preparato il ") and "/" in label.made_on  # 08/12/2026
    use_by = find_batch(session, code).use_by
    assert use_by is not None
    assert label.use_by == f"Da consumarsi entro {date_text(use_by)}"


def test_an_opening_batch_says_its_date_is_not_known(session: Session) -> None:
    stock_orgeat_kitchen(session)
    stock.set_level(session, find_item(session, "FLK-ORGEAT"), Decimal(750), author=AUTHOR)
    label = batch_label(session, "ORG-OPEN-1", language="en")
    assert (label.made_on, label.use_by, label.made_by) == ("Made on: not known", "", "")
    assert flasks_filled(session, "ORG-OPEN-1") == 2  # 750 ml in 500 ml flasks


def test_one_label_per_flask_filled(made: tuple[Session, str]) -> None:
    session, code = made
    assert flasks_filled(session, code) == 1  # 500 ml, one 500 ml flask
    double = make_prep(session, "House orgeat", author=AUTHOR, batches=Decimal(2)).batch_code
    assert flasks_filled(session, double) == 2
