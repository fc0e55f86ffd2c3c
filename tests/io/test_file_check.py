"""A file is proven regular, readable, not empty and under its limit before it is read
(io/file_check.py); every importer's refusal of the same files is in
tests/services/test_import_file_checks.py."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.file_check import (
    MAX_SALES_BYTES,
    MAX_TABLE_BYTES,
    MB,
    FileLimit,
    open_checked,
)
from tests.bad_files import BAD_FILES, IDS, BadFile, require_unreadable, without_read_override

LIMIT = FileLimit(1 * MB)


def test_a_regular_file_is_opened_for_reading_from_its_start(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_bytes(b"date,item,qty\n2026-03-06,Negroni,1\n")
    with open_checked(path, LIMIT) as handle:
        assert handle.read() == b"date,item,qty\n2026-03-06,Negroni,1\n"


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "full.csv"
    path.write_bytes(b"x" * 1024)
    with open_checked(path, FileLimit(1024)) as handle:
        assert len(handle.read()) == 1024


def test_a_link_to_a_regular_file_is_read_as_that_file(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_bytes(b"sku,name\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with open_checked(link, LIMIT) as handle:
        assert handle.read() == b"sku,name\n"


@pytest.mark.parametrize("bad", BAD_FILES, ids=IDS)
def test_a_bad_file_is_refused_by_name_saying_what_it_is(tmp_path: Path, bad: BadFile) -> None:
    path = bad.at(tmp_path, "bar.csv", LIMIT.max_bytes)
    if bad.name == "unreadable":
        require_unreadable(path)
    words = bad.words.format(size=LIMIT.max_bytes + 1, mb=1, limit=LIMIT.max_bytes)
    with without_read_override(), pytest.raises(InputError) as caught:
        open_checked(path, LIMIT).close()
    assert str(caught.value) == f"bar.csv: {words}"
    assert caught.value.file == "bar.csv" and caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.symlink_to(p), "a symbolic link that loops, not a file"),
        (lambda p: p.symlink_to("/dev/null"), "it links to /dev/null, which is a device"),
    ],
    ids=["missing", "link-loop", "dev-null"],
)
def test_what_cannot_be_opened_as_a_file_is_named(
    tmp_path: Path, make: Callable[[Path], object], words: str
) -> None:
    path = tmp_path / "bar.csv"
    make(path)
    with pytest.raises(InputError, match="^" + re.escape(f"bar.csv: {words}")):
        open_checked(path, LIMIT).close()


def test_the_advice_of_the_limit_is_given(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    path.write_bytes(b"x" * 11)
    limit = FileLimit(10, "save it as CSV")
    with pytest.raises(InputError, match=r"the file is 11 bytes; .*: save it as CSV$"):
        open_checked(path, limit)


def test_a_folder_given_with_a_slash_keeps_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(InputError, match=r"^exports: it is a folder, not a file"):
        open_checked(Path(f"{folder}{os.sep}"), LIMIT)


def test_a_refused_file_leaves_no_descriptor_open(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        with pytest.raises(InputError):
            open_checked(path, LIMIT)
    assert len(os.listdir("/proc/self/fd")) == before


def test_the_limits_are_as_the_readme_says() -> None:
    assert (MAX_SALES_BYTES, MAX_TABLE_BYTES) == (1024 * MB, 100 * MB)
