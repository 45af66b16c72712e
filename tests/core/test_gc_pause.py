"""The collector pause around a comparison restores the collector exactly as it found it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from newsdiff.core.compare import compare_texts
from newsdiff.core.gc_pause import collection_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pause_resumes_the_collector_after_the_block() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_outer_end() -> None:
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_still_resumes_the_collector() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads_resume_when_both_end() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with collection_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with collection_paused():
        pass
    assert not gc.isenabled()  # the other thread's comparison is still running
    leave.set()
    thread.join()
    assert gc.isenabled()


def test_a_comparison_leaves_the_collector_on() -> None:
    compare_texts("The council met on Monday. It voted.", "The council met on Monday.")
    assert gc.isenabled()


def test_what_the_pause_built_goes_to_the_oldest_generation_unscanned() -> None:
    with collection_paused():
        built = [[index] for index in range(1000)]  # tracked containers, made while paused
    assert gc.get_count()[0] < 1000  # no young collection owed for them
    assert gc.get_freeze_count() == 0  # nothing left frozen
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in built)


def test_cyclic_garbage_made_while_paused_is_still_collected() -> None:
    with collection_paused():
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
    assert gc.collect() >= 1


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
