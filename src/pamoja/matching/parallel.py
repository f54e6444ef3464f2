"""Batch screening across processes: workers forked from the index share it copy-on-write and
each searches chunks of the queries, as does the calling process.

Workers are forked at an index's first batch and kept for the next ones while the index is
unchanged (a file of many batches forks once); a change to the index stops them (`stop_workers`),
and the next batch forks new ones from the index as it then is."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.pool import Pool
from typing import TYPE_CHECKING

from pamoja.matching.forked import can_fork, fork_pool, shared_map
from pamoja.matching.scoring import Match
from pamoja.matching.subject import Subject

if TYPE_CHECKING:
    from pamoja.matching.index import ScreeningIndex

MIN_QUERIES_PER_WORKER = 200
"""Below this many queries per worker a batch runs in the calling process."""

_shared: ScreeningIndex | None = None
"""The index a worker searches: set just before forking (under `_forking`), so that each
worker holds its own."""

_forking = threading.Lock()
"""Held while workers are looked up, forked or stopped: batches of several threads may run
at once, each over its own index."""


@dataclass(frozen=True)
class _Workers:
    pool: Pool
    processes: int
    stop: weakref.finalize[[], ScreeningIndex]
    """Ends the workers: when called, or when the index is collected."""


_workers: weakref.WeakKeyDictionary[ScreeningIndex, _Workers] = weakref.WeakKeyDictionary()


def _search_chunk(job: tuple[Sequence[Subject], int, float]) -> list[list[Match]]:
    queries, limit, threshold = job
    assert _shared is not None
    return _shared.search_batch(queries, limit, threshold)


def _workers_for(index: ScreeningIndex, processes: int) -> Pool:
    """Workers forked from `index`: those of an earlier batch if as many (the index has not
    changed since: a change stops them), else new ones."""
    global _shared
    with _forking:
        kept = _workers.get(index)
        if kept is not None and kept.processes == processes:
            return kept.pool
        _stop(index)
        _shared = index
        try:
            pool = fork_pool(processes)
        finally:
            _shared = None
        _workers[index] = _Workers(pool, processes, weakref.finalize(index, pool.terminate))
        return pool


def stop_workers(index: ScreeningIndex) -> None:
    """End the workers forked from `index`, if any: after a change they would search the
    index as it was."""
    with _forking:
        _stop(index)


def _stop(index: ScreeningIndex) -> None:
    kept = _workers.pop(index, None)
    if kept is not None:
        kept.stop()


def search_in_processes(
    index: ScreeningIndex,
    queries: Sequence[Subject],
    limit: int,
    threshold: float,
    workers: int,
) -> list[list[Match]]:
    """Search every query; in `workers` processes (this one among them) when worthwhile and
    possible."""
    if len(queries) < 2 * MIN_QUERIES_PER_WORKER or not can_fork():
        workers = 1
    chunk = max(MIN_QUERIES_PER_WORKER // 2, len(queries) // (workers * 8))
    jobs = [
        (queries[start : start + chunk], limit, threshold)
        for start in range(0, len(queries), chunk)
    ]
    if workers <= 1 or len(jobs) < 2:
        return [matches for job in jobs for matches in index.search_batch(*job)]
    pool = _workers_for(index, workers - 1)

    def here(job: tuple[Sequence[Subject], int, float]) -> list[list[Match]]:
        return index.search_batch(*job)

    return [
        matches for part in shared_map(pool, _search_chunk, here, jobs, workers) for matches in part
    ]
