"""`undo MOVEMENT_ID` and `undo --change AUDIT_ID`: a bartender their own, the owner anything."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.commands.test_user import run


def test_undo_movements_and_changes(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = demo_url  # the demo bar: owner 1234, giulia 1111
    giulia = ("--user", "giulia")
    spilled = run(url, capsys, *giulia, "adjust", "GIN-TANQ", "--by=-40ml", "--reason",
                  "waste", pin="1111")  # fmt: skip
    assert spilled[0] == 0
    own, owners = _movement_ids(url)
    assert run(url, capsys, *giulia, "undo", str(own), pin="1111")[0:2] == (
        0, f"undid movement {own} with movement {own + 1}\n",
    )  # fmt: skip
    assert run(url, capsys, *giulia, "undo", str(own), pin="1111")[0] == 2
    assert run(url, capsys, *giulia, "undo", str(owners), pin="1111") == (
        3, "", "Only the owner may undo someone else's action or one from an earlier shift "
        "(you are signed in as giulia, bartender).",
    )  # fmt: skip
    assert run(url, capsys, "--user", "owner", "undo", str(owners), pin="1234")[0] == 0
    change = _last_change(url, "item")
    assert run(url, capsys, *giulia, "undo", "--change", str(change), pin="1111")[0] == 3
    done = run(url, capsys, "--user", "owner", "undo", "--change", str(change), pin="1234")
    assert done[0] == 0 and done[1].startswith(f"undid change {change} (item ")
    assert run(url, capsys, "--user", "owner", "undo", pin="1234") == (
        2, "", "expected a MOVEMENT_ID or --change AUDIT_ID (one of them)",
    )  # fmt: skip


def _movement_ids(url: str) -> tuple[int, int]:
    """giulia's newest movement, and the owner's newest."""
    engine = create_engine(url)
    with engine.connect() as conn:
        query = text("SELECT max(id) FROM movements WHERE author = :who")
        own, owners = (
            conn.execute(query, {"who": who}).scalar_one() for who in ("giulia", "owner")
        )
    engine.dispose()
    return own, owners


def _last_change(url: str, entity: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        query = text("SELECT max(id) FROM audit_log WHERE entity = :e AND action = 'create'")
        found = int(conn.execute(query, {"e": entity}).scalar_one())
    engine.dispose()
    return found
