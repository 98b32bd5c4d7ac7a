"""Pure-Python work spread over the machine's cores.

Reading a long PDF's pages and checking two thousand claims against a long report are pure
Python, one item after another, so one core does it all unless the work is split across
processes. Forked workers inherit what was read once (the report's index, names and figures) at
no cost. Forking is safe only where no other thread runs in this process; elsewhere (and on
platforms without fork, and for small jobs) the work runs here, one item after another.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 4

# the job the forked workers run: set just before they are forked, so they inherit it
_JOB: tuple[Callable[[Any], Any], Sequence[Any], int] | None = None


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells), at most
    MAX_WORKERS: beyond that the copies each worker makes of the caches it fills cost more
    than another core saves."""
    if hasattr(os, "sched_getaffinity"):
        return min(len(os.sched_getaffinity(0)), MAX_WORKERS)
    return min(os.cpu_count() or 1, MAX_WORKERS)


def can_fork() -> bool:
    """Forking copies only the calling thread: with other threads running, a lock one of them
    holds would stay locked in the copy forever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def spread(work: Callable[[T], R], items: Sequence[T], *, at_least: int) -> list[R]:
    """`work` on every item, in order: on every core where there are `at_least` items and
    forking is safe, else here. This process takes a share too; the others' results come back
    pickled, so they must be plain data."""
    workers = min(cores(), len(items) // max(at_least // 2, 1))
    if workers < 2 or len(items) < at_least or not can_fork():
        return [work(x) for x in items]
    global _JOB
    _JOB = (work, items, workers)
    try:
        with multiprocessing.get_context("fork").Pool(workers - 1) as pool:
            pending = [pool.apply_async(_share, (k,)) for k in range(1, workers)]
            shares = [_share(0), *(p.get() for p in pending)]
    finally:
        _JOB = None
    out: list[Any] = [None] * len(items)
    for k, share in enumerate(shares):  # share k holds items k, k + workers, …
        out[k::workers] = share
    return out


def _share(k: int) -> list[Any]:
    """Every `workers`-th item from k on: interleaved, so that each share gets as many of the
    slow items (long claims, come in runs from one answer) as the others."""
    assert _JOB is not None
    work, items, workers = _JOB
    return [work(x) for x in items[k::workers]]
