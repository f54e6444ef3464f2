"""Preparing many subjects at once for the index, in forked worker processes when the list is
long: each prepares chunks of the subjects and hashes their blocking keys; the caller receives
them in the original order."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence

from pamoja.matching.blocking import key_hashes
from pamoja.matching.forked import forked_map
from pamoja.matching.profile import Profile, prepare
from pamoja.matching.subject import Subject

MIN_SUBJECTS_FOR_WORKERS = 50_000
"""Below this many subjects, preparing them here is quicker than starting workers."""

CHUNK = 5_000

Prepared = tuple[list[Profile], "array[int]", "array[int]"]
"""Profiles, the hashes of all their keys, and how many keys each has."""

_pending: Sequence[Subject] | None = None


def _prepare(subjects: Sequence[Subject]) -> Prepared:
    profiles = [prepare(subject) for subject in subjects]
    hashes: array[int] = array("q")
    counts: array[int] = array("i")
    for profile in profiles:
        hashed, kinds = key_hashes(profile)
        hashes.frombytes(hashed)
        counts.append(len(kinds))
    return profiles, hashes, counts


def _prepare_share(bounds: tuple[int, int]) -> Prepared:
    assert _pending is not None
    return _prepare(_pending[bounds[0] : bounds[1]])


def prepare_all(subjects: Sequence[Subject], workers: int = 2) -> Iterator[Prepared]:
    """The subjects prepared, in chunks, in order."""
    global _pending
    if len(subjects) < MIN_SUBJECTS_FOR_WORKERS:
        workers = 1
    bounds = [(start, start + CHUNK) for start in range(0, len(subjects), CHUNK)]
    _pending = subjects
    try:
        # taking in the workers' profiles keeps this process busy enough
        yield from forked_map(_prepare_share, bounds, workers)
    finally:
        _pending = None
