"""Batch screening across processes (the GIL keeps threads to one core): forked workers share
the index copy-on-write and each searches a chunk of the queries."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pamoja.matching.scoring import Match
from pamoja.matching.subject import Subject

if TYPE_CHECKING:
    from pamoja.matching.index import ScreeningIndex

MIN_QUERIES_PER_WORKER = 200
"""Below this many queries per worker a batch runs in the calling process."""

_shared: ScreeningIndex | None = None


def _search_chunk(job: tuple[Sequence[Subject], int, float]) -> list[list[Match]]:
    queries, limit, threshold = job
    assert _shared is not None
    return _shared.search_batch(queries, limit, threshold)


def search_in_processes(
    index: ScreeningIndex,
    queries: Sequence[Subject],
    limit: int,
    threshold: float,
    workers: int,
) -> list[list[Match]]:
    """Search every query; in `workers` forked processes when worthwhile and possible."""
    global _shared
    methods = multiprocessing.get_all_start_methods()
    if workers <= 1 or len(queries) < 2 * MIN_QUERIES_PER_WORKER or "fork" not in methods:
        return index.search_batch(queries, limit, threshold)
    chunk = max(MIN_QUERIES_PER_WORKER // 2, len(queries) // (workers * 8))
    jobs = [
        (queries[start : start + chunk], limit, threshold)
        for start in range(0, len(queries), chunk)
    ]
    _shared = index
    # Keep the collector of either process from touching (and so copying) the shared pages;
    # not undone after, as unfreezing would have the next full collection scan them all.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_search_chunk, jobs)
    finally:
        _shared = None
    return [matches for part in chunks for matches in part]
