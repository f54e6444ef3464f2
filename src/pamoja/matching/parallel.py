"""Batch screening across processes: forked workers share the index copy-on-write and each
searches chunks of the queries, as does the calling process."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pamoja.matching.forked import forked_map
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
    """Search every query; in `workers` processes when worthwhile and possible."""
    global _shared
    if len(queries) < 2 * MIN_QUERIES_PER_WORKER:
        workers = 1
    chunk = max(MIN_QUERIES_PER_WORKER // 2, len(queries) // (workers * 8))
    jobs = [
        (queries[start : start + chunk], limit, threshold)
        for start in range(0, len(queries), chunk)
    ]
    _shared = index
    try:
        return [matches for part in forked_map(_search_chunk, jobs, workers) for matches in part]
    finally:
        _shared = None
