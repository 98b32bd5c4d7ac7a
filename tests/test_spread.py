"""Work spread over cores: the same results, in order, as one process gives — or one process
where forking is unsafe — and a worker's error reaches the caller."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading

import pytest

from summarizer import spread as spread_module
from summarizer.compare.ground import ground
from summarizer.document import Block, build_document
from summarizer.lang.claims import make_claim
from summarizer.spread import spread


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spread as on a two-core machine, whatever this one has."""
    monkeypatch.setattr(spread_module, "cores", lambda: 2)


@pytest.fixture
def forkable(two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """… and fork though an earlier test left a thread running (a local server's): these
    workers take no lock such a thread could hold."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    monkeypatch.setattr(spread_module, "can_fork", lambda: forks)


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_come_back_in_order_from_several_processes(forkable: None) -> None:
    done = spread(_square_and_pid, list(range(50)), at_least=10)
    assert [square for square, _ in done] == [n * n for n in range(50)]
    assert len({pid for _, pid in done}) == 2  # this process and one forked worker
    assert os.getpid() in {pid for _, pid in done}


def test_small_jobs_stay_in_this_process(two_cores: None) -> None:
    done = spread(_square_and_pid, list(range(5)), at_least=10)
    assert {pid for _, pid in done} == {os.getpid()}


def test_no_fork_while_another_thread_runs(two_cores: None) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        done = spread(_square_and_pid, list(range(50)), at_least=10)
    finally:
        stop.set()
        other.join()
    assert [square for square, _ in done] == [n * n for n in range(50)]
    assert {pid for _, pid in done} == {os.getpid()}


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def test_a_worker_error_reaches_the_caller(forkable: None) -> None:
    # item 7 falls to the forked worker (odd items), not to this process
    with pytest.raises(ValueError, match="seven"):
        spread(_fails_on_seven, list(range(20)), at_least=10)


def test_grounding_spread_over_cores_gives_each_claim_its_own_verdict(
    forkable: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = [
        Block("heading", "Findings", level=2),
        Block("text", "Solar output grew 31% in 2024. Wind output fell 4% over the year."),
        Block("text", "Battery prices dropped to $115 per kWh, a record low."),
    ]
    doc = build_document(blocks, title="Energy review", source="test", kind="markdown")
    texts = [
        "Solar output grew 31% in 2024.",
        "Wind output fell 9% over the year.",
        "Battery prices dropped to $115 per kWh.",
        "Hydrogen buses doubled in Lagos.",
    ] * 3
    claims = [make_claim(f"c{k}", "m", t) for k, t in enumerate(texts)]
    serial = ground(claims, doc)
    monkeypatch.setattr(sys.modules["summarizer.compare.ground"], "PARALLEL_MIN_CLAIMS", 4)
    spread_out = ground(claims, doc)
    assert spread_out == serial
    assert [spread_out[f"c{k}"].status for k in range(4)] == [
        "supported",
        "contradicted",
        "supported",
        "unsupported",
    ]
