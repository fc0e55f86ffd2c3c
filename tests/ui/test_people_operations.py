"""ui/people_operations.py: signing in, and the people an owner manages.

Run on a copy of the demo bar (its people have PINs) and checked by who the window then
works as and what it heard.
"""

from __future__ import annotations

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.demo.people import DEMO_BARTENDER, DEMO_PINS
from inventory_app.ui import people_operations
from inventory_app.ui.context import AppContext, Change
from tests.ui.conftest import DEMO_OWNER, heard


def test_setting_a_pin_announces_people(context: AppContext) -> None:
    said = heard(context)
    done = people_operations.set_person_pin(context, name=context.user, pin="2468")
    assert not isinstance(done, InventoryError), done
    assert said == [Change.PEOPLE]


def test_signing_in_switches_the_window_only_with_the_right_pin(
    demo_context: AppContext,
) -> None:
    refused = people_operations.sign_in(demo_context, name=DEMO_BARTENDER, secret="0000")
    assert isinstance(refused, InventoryError) and demo_context.user == DEMO_OWNER
    actor = people_operations.sign_in(
        demo_context, name=DEMO_BARTENDER, secret=DEMO_PINS[Role.BARTENDER]
    )
    assert actor == Actor(DEMO_BARTENDER, Role.BARTENDER)
    assert demo_context.user == DEMO_BARTENDER and demo_context.role == Role.BARTENDER
