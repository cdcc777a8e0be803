"""A request that left the worker much larger hands the freed memory back (delivery/memory.py)."""

import pytest

from django.core.signals import request_finished

from delivery import memory

MB = 2**20


@pytest.fixture
def worker(monkeypatch):
    """A worker whose resident size the test sets; records each malloc_trim."""
    state = {"resident": 120 * MB, "trims": 0}

    def trim(pad):
        state["trims"] += 1
        state["resident"] -= 50 * MB  # what an encoder had freed comes back

    monkeypatch.setattr(memory, "_malloc_trim", trim)
    monkeypatch.setattr(memory, "resident_bytes", lambda: state["resident"])
    monkeypatch.setattr(memory, "_baseline", {"bytes": None})
    return state


def finish_request_at(worker, megabytes):
    worker["resident"] = megabytes * MB
    request_finished.send(sender=None)
    return worker["trims"]


@pytest.mark.django_db  # the signal's other receivers close old database connections
def test_trims_only_after_a_request_that_grew_the_worker(worker):
    trims = [finish_request_at(worker, size) for size in (120, 130, 190, 141, 150)]

    assert trims == [0, 0, 1, 1, 1]


def test_trimming_really_calls_glibc_here():
    # On this platform (Debian, glibc) the real function is found; a call with nothing to free is harmless.
    assert memory._malloc_trim is not None and memory._malloc_trim(0) in (0, 1)


@pytest.mark.django_db  # the signal's other receivers close old database connections
def test_the_first_request_moves_what_it_loaded_out_of_the_collectors_sight_once(monkeypatch):
    freezes = []
    monkeypatch.setattr(memory.gc, "freeze", lambda: freezes.append("freeze"))
    monkeypatch.setattr(memory, "_frozen", {"done": False})

    for _request in range(3):
        request_finished.send(sender=None)

    assert freezes == ["freeze"]
