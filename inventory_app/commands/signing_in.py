"""Who a command acts as: the owner without ceremony, else `--user` and their PIN.

While nobody has a PIN (a bar of one person), a command without `--user` acts as the
first owner. Once someone has a PIN, every command names its user and gives the PIN:
from $INVENTORY_APP_PIN (scripts), else typed at a hidden prompt.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Mapping

from inventory_app.commands.environment import PIN_ENV, USER_ENV
from inventory_app.db.engine import Database, Session
from inventory_app.domain.errors import InputError, SignInError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.people import roster as people
from inventory_app.services.people.first_owner import acting_owner
from inventory_app.services.people.sign_in import sign_in

NEW_PIN_ENV = "INVENTORY_APP_NEW_PIN"


def acting_user(
    database: Database,
    name: str | None,
    *,
    env: Mapping[str, str],
    ask: Callable[[str], str] | None = None,
) -> str:
    """The signed-in user's name; a wrong or missing PIN raises SignInError (exit 3)."""
    name = name if name is not None else env.get(USER_ENV)
    with database.reading() as session:  # a sign-in never waits for another's write lock
        if people.needs_first_owner(session):
            return people.actor(session, name).name if name else first_owner(session)
    if not name:
        raise SignInError(
            tr(
                "this bar has PINs: say who you are with --user NAME "
                "(the PIN from ${variable}, or typed when asked)"
            ).format(variable=PIN_ENV)
        )
    secret = read_secret(env, PIN_ENV, tr("PIN for {name}: ").format(name=name), ask=ask)
    return sign_in(database, name, secret).name


def read_secret(
    env: Mapping[str, str], variable: str, prompt: str, *, ask: Callable[[str], str] | None = None
) -> str:
    """From the environment, else a hidden prompt; never from a pipe by surprise."""
    if env.get(variable):
        return env[variable]
    if ask is None:
        if not sys.stdin.isatty():
            raise InputError(
                tr("no terminal to ask for it: set ${variable} ({prompt})").format(
                    variable=variable, prompt=prompt.rstrip(": ")
                )
            )
        ask = getpass.getpass
    return ask(prompt)


def first_owner(session: Session) -> str:
    """Who acts while nobody has a PIN (the rule lives in services/people/first_owner.py)."""
    return acting_owner(session)
