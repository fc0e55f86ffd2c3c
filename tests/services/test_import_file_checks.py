"""Every importer refuses a file that is no regular, readable file under its limit, at once.

A link to /dev/zero used to be hashed forever by the sales import, a FIFO blocked the
open, a folder or an unreadable file ended in a Python exception's name. Each case is
now an InputError (exit 2) naming the file and what is wrong, before any byte is read,
and the bar is left exactly as it was (import_attempts checks every table).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from inventory_app.domain.errors import InputError
from tests.bad_files import (
    BAD_FILES,
    IDS,
    LIMITS,
    MB,
    BadFile,
    refusal,
    require_unreadable,
    without_read_override,
)
from tests.services.import_attempts import attempt, make_template
from tests.services.test_import_hostile_files import GOOD

T = TypeVar("T")
KINDS = tuple(LIMITS)
# A check that reads nothing answers at once; this only turns a hang into a failure.
HANG_SECONDS = 60
MAX_WORKBOOK_BYTES = 200 * MB


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template") / "bar.sqlite3")


def within(seconds: float, work: Callable[[], T]) -> T:
    """`work()` in a thread, failing the test (not hanging it) if it does not return."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading the file after {seconds} s"
    if failure:
        raise failure[0]
    return outcome[0]


@pytest.mark.parametrize("bad", BAD_FILES, ids=IDS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_bad_file_is_refused_naming_it_and_changes_nothing(
    kind: str, bad: BadFile, template: Path, tmp_path: Path
) -> None:
    path = bad.at(tmp_path, f"{kind}.csv", LIMITS[kind])
    if bad.name == "unreadable":
        require_unreadable(path)
    with without_read_override():
        error = within(HANG_SECONDS, lambda: attempt(kind, path, template, tmp_path))
    assert isinstance(error, InputError)
    assert error.exit_code == 2
    assert str(error) == refusal(bad, path.name, LIMITS[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_a_link_to_a_regular_file_is_read(kind: str, template: Path, tmp_path: Path) -> None:
    target = tmp_path / "real" / f"{kind}.csv"
    target.parent.mkdir()
    target.write_text(GOOD[kind], encoding="utf-8")
    link = tmp_path / f"link-{kind}.csv"
    link.symlink_to(target)
    assert attempt(kind, link, template, tmp_path) is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_workbook_past_its_own_limit_is_refused_with_the_csv_advice(
    kind: str, template: Path, tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.xlsx"
    with path.open("wb") as handle:
        handle.truncate(MAX_WORKBOOK_BYTES + 1)
    error = attempt(kind, path, template, tmp_path)
    limit = min(LIMITS[kind], MAX_WORKBOOK_BYTES)
    assert error is not None
    assert f"at most {limit // MB} MB" in str(error)
    if kind == "sales":  # a sales CSV may be larger than a workbook
        assert str(error).endswith("save it as CSV, which is read up to 1024 MB")
