"""The errors a person may see: where the problem is, what it is, and the CLI's exit code
(domain/errors.py)."""

from __future__ import annotations

import pytest

from inventory_app.domain.errors import (
    ConflictError,
    ImportErrors,
    InputError,
    InventoryError,
    NotFoundError,
    PermissionDenied,
    SignInError,
    changed_elsewhere,
)


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (InputError("expected a price"), "expected a price"),
        (InputError("expected a price", file="bar.csv"), "bar.csv: expected a price"),
        (InputError("expected a price", row=4), "row 4: expected a price"),
        (InputError("expected a price", column="cost"), "column 'cost': expected a price"),
        (
            InputError("expected a price", file="bar.csv", row=4, column="cost"),
            "bar.csv, row 4, column 'cost': expected a price",
        ),
        (InputError("x", row=0), "row 0: x"),  # a row is None or a number, 0 included
    ],
)
def test_an_input_error_says_where_then_what(error: InputError, text: str) -> None:
    assert str(error) == text
    assert error.detail == text.rsplit(": ", 1)[-1]


def test_an_input_error_keeps_its_place_for_the_front_ends() -> None:
    error = InputError("expected a price", file="bar.csv", row=4, column="cost")
    assert (error.file, error.row, error.column) == ("bar.csv", 4, "cost")


def test_several_problems_of_a_file_are_reported_together() -> None:
    problems = [InputError("expected a price", row=2, column="cost"), InputError("x", row=3)]
    error = ImportErrors("bar.csv", problems)
    assert error.errors == problems and error.file == "bar.csv"
    assert str(error) == (
        "bar.csv: 2 problems; nothing was imported:\n"
        "  row 2, column 'cost': expected a price\n"
        "  row 3: x"
    )


@pytest.mark.parametrize(
    ("count", "shown", "more"), [(25, 25, ""), (26, 25, "1"), (300, 25, "275")]
)
def test_a_long_list_of_problems_shows_the_first_25_and_counts_the_rest(
    count: int, shown: int, more: str
) -> None:
    error = ImportErrors("bar.csv", [InputError("bad", row=n) for n in range(2, count + 2)])
    lines = str(error).splitlines()
    assert lines[0] == f"bar.csv: {count} problems; nothing was imported:"
    assert lines[1 : shown + 1] == [f"  row {n}: bad" for n in range(2, shown + 2)]
    assert lines[shown + 1 :] == ([f"  ... and {more} more"] if more else [])
    assert len(error.errors) == count  # all kept, for a front end that lists them


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InventoryError("x"), 1),
        (ConflictError("x"), 1),
        (InputError("x"), 2),
        (NotFoundError("no item GIN"), 2),
        (ImportErrors("f", []), 2),
        (PermissionDenied("x"), 3),
        (SignInError("x"), 3),
    ],
)
def test_each_error_has_its_exit_code(error: InventoryError, code: int) -> None:
    assert error.exit_code == code
    assert isinstance(error, InventoryError)


def test_work_after_rollback_is_carried_by_the_errors_that_need_it() -> None:
    def record(_session: object) -> None:
        return None

    assert InventoryError("x").after_rollback is None
    assert PermissionDenied("x", after_rollback=record).after_rollback is record
    refused = SignInError("wrong PIN", tries_left=2, locked_seconds=None, after_rollback=record)
    assert (refused.tries_left, refused.locked_seconds, refused.after_rollback) == (2, None, record)


def test_a_lost_race_has_one_wording() -> None:
    error = changed_elsewhere("the item GIN")
    assert isinstance(error, ConflictError)
    assert str(error) == (
        "Someone else changed the item GIN since you opened it; reopen it to see their change"
    )
