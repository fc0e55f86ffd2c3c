"""The cycle collector held back during an import, and put back as it was found."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from inventory_app.services.support.collector import collector_held


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_held_for_the_block_then_back_even_after_an_error() -> None:
    with collector_held():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_held():
        raise RuntimeError("a refused row")
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    with collector_held():
        pass
    assert not gc.isenabled()


def test_two_imports_side_by_side_hold_it_until_the_last_ends() -> None:
    first_in, second_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_held():
            first_in.set()
            second_out.wait(5)
            seen.append(gc.isenabled())  # the second has ended; this one still holds it

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with collector_held():
        pass
    assert not gc.isenabled()  # the first still holds it
    second_out.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()
