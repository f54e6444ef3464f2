"""An in-memory screening index: add, replace and remove subjects one at a time, and find the
best candidates for a query by scoring only records that share blocking keys with it.

A search runs in three steps, the first two in compiled code (NumPy, rapidfuzz):

1. **shortlist**: the postings of the query's blocking keys are read, rarest first, and each
   record is weighted by the rarity of the keys it shares with the query;
2. **preselection**: the shortlist is ranked by a quick name similarity over the sorted name
   parts, boosted by the same date or year of birth or a shared document;
3. **scoring**: the best few are scored in full (`compare_profiles`) and explained.
"""

from __future__ import annotations

import gc
import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Indel

from pamoja.matching.blocking import KEY_WEIGHTS, blocking_keys
from pamoja.matching.postings import Postings, key_hash
from pamoja.matching.profile import Profile, prepare
from pamoja.matching.scoring import (
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Match,
    MatchConfig,
    compare_profiles,
    score_profiles,
)
from pamoja.matching.subject import Subject
from pamoja.model.dates import PartialDate

SHORTLIST = 150
"""Candidates considered per query: the best by shared-key weight."""

FULLY_SCORED = 8
"""Of the shortlist, candidates fully scored: the best by a quick name similarity,
boosted for the same date or year of birth or a shared document."""

VISIT_BUDGET = 4000
"""Postings read per query: keys are read rarest first until this many record references
have been read (the rarest key is always read), so that common names (Muhammad, Wang) do not
make a search touch a large part of the index."""

QUICK_MARGIN = 0.3
"""Of the best by quick similarity, only those within this margin of the very best are
scored in full: a candidate that far behind on name and date does not overtake it."""

SAME_BIRTH_DATE_BOOST = 0.2
SAME_BIRTH_YEAR_BOOST = 0.1
CLOSE_BIRTH_DATE_BOOST = 0.1
OTHER_BIRTH_DATE_BOOST = -0.2
SHARED_DOCUMENT_BOOST = 1.0

_NO_NAME = ("",)
"""Stands for the names of a subject known by documents only (similar to no real name)."""


class DuplicateSubject(ValueError):
    """`add` of an id the index already holds (use `replace`)."""


class UnknownSubject(KeyError):
    """`remove` of an id the index does not hold."""


def _birth_code(born: PartialDate | None) -> int:
    """A date of birth as one integer, YYYYMMDD with zeros for what is unknown; 0 if none."""
    if born is None:
        return 0
    return born.year * 10000 + (born.month or 0) * 100 + (born.day or 0)


def _birth_boosts(born: int, codes: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """A quick (not explained) version of the date-of-birth feature, for preselection: the
    same date, the same year, a typical error (year or day off by one, day and month
    swapped) or a different date, from birth codes (`_birth_code`)."""
    year, month, day = born // 10000, born // 100 % 100, born % 100
    years, months, days = codes // 10000, codes // 100 % 100, codes % 100
    known = (codes != 0) & (months != 0) & (month != 0)
    same_year = years == year
    close = known & (
        ((months == month) & (days == day) & (np.abs(years - year) == 1))
        | (same_year & (months == month) & (np.abs(days - day) == 1))
        | (same_year & (months == day) & (days == month))
    )
    return np.select(
        [codes == born, same_year, close, codes != 0],
        [
            SAME_BIRTH_DATE_BOOST,
            SAME_BIRTH_YEAR_BOOST,
            CLOSE_BIRTH_DATE_BOOST,
            OTHER_BIRTH_DATE_BOOST,
        ],
        0.0,
    )


class ScreeningIndex:
    """Subjects kept ready for screening. Not thread-safe for writes; searches may run in
    parallel processes through `search_many`.

    Subjects given to the constructor are indexed in bulk (fast); `add`, `replace` and
    `remove` then change one subject at a time without a rebuild.
    """

    def __init__(self, subjects: Iterable[Subject] = (), config: MatchConfig = DEFAULT_CONFIG):
        self.config = config
        self._slots: dict[str, int] = {}
        self._profiles: list[Profile | None] = []
        self._names: list[tuple[str, ...]] = []
        self._name_counts = bytearray()
        self._births: array[int] = array("q")
        self._alive = bytearray()
        self._postings = Postings()
        hashes: array[int] = array("q")
        slots: array[int] = array("i")
        for subject in subjects:
            slot = self._hold(subject)
            for key in blocking_keys(self._profile(slot)):
                hashes.append(key_hash(key))
                slots.append(slot)
        self._postings.load(hashes, slots)
        if self._profiles:
            # Millions of long-lived objects would otherwise be scanned by every collection
            # (searches allocate, and so trigger collections): keep them out of its way.
            gc.freeze()

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, subject_id: object) -> bool:
        return subject_id in self._slots

    def add(self, subject: Subject) -> None:
        """Index a new subject; raises `DuplicateSubject` if its id is already indexed."""
        slot = self._hold(subject)
        self._postings.add(map(key_hash, blocking_keys(self._profile(slot))), slot)
        if self._postings.wants_compaction:
            self._postings.compact(np.frombuffer(self._alive, np.bool_).copy())

    def replace(self, subject: Subject) -> None:
        """Index `subject` in place of the one with the same id (or add it if new)."""
        if subject.id in self._slots:
            self.remove(subject.id)
        self.add(subject)

    def remove(self, subject_id: str) -> None:
        """Forget a subject; raises `UnknownSubject` if the id is not indexed."""
        slot = self._slots.pop(subject_id, None)
        if slot is None:
            raise UnknownSubject(f"subject {subject_id!r} is not indexed")
        self._profiles[slot] = None
        self._names[slot] = _NO_NAME
        self._name_counts[slot] = 1
        self._births[slot] = 0
        self._alive[slot] = 0

    def _hold(self, subject: Subject) -> int:
        """Prepare a subject and give it a new slot (its postings are the caller's)."""
        if subject.id in self._slots:
            raise DuplicateSubject(f"subject {subject.id!r} is already indexed; use replace()")
        profile = prepare(subject)
        slot = len(self._profiles)
        self._profiles.append(profile)
        names = profile.sorted_names or _NO_NAME  # at most MAX_NAMES (50), a byte's count
        self._names.append(names)
        self._name_counts.append(len(names))
        self._births.append(_birth_code(profile.birth_date))
        self._alive.append(1)
        self._slots[subject.id] = slot
        return slot

    def _profile(self, slot: int) -> Profile:
        profile = self._profiles[slot]
        assert profile is not None
        return profile

    def search(
        self,
        query: Subject,
        limit: int = 5,
        threshold: float = REVIEW_THRESHOLD,
        accept: Callable[[str], bool] | None = None,
    ) -> list[Match]:
        """The best `limit` matches scoring at least `threshold`, best first (ties by id).

        `accept(candidate_id)`, if given, is asked before scoring and may exclude candidates
        (for example records the caller may not know about); excluded ones do not use up
        `limit`.
        """
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        profile = prepare(query)
        config = self.config
        scored = [
            (-score, candidate.id, candidate)
            for candidate in self._preselect(profile, accept)
            if (score := score_profiles(profile, candidate, config)) >= threshold
        ]
        scored.sort(key=lambda item: (item[0], item[1]))
        return [compare_profiles(profile, candidate, config) for _, _, candidate in scored[:limit]]

    def search_many(
        self,
        queries: Sequence[Subject],
        limit: int = 5,
        threshold: float = REVIEW_THRESHOLD,
        workers: int = 2,
    ) -> list[list[Match]]:
        """`search` for each query, in order, spread over `workers` processes when the batch
        is large enough to pay for them."""
        from pamoja.matching.parallel import search_in_processes

        return search_in_processes(self, queries, limit, threshold, workers)

    def candidates(self, query: Subject) -> list[str]:
        """Ids of the records a search for `query` would score (for inspection and tests)."""
        shortlist = self._shortlist(prepare(query))
        return [profile.id for slot in shortlist if (profile := self._profiles[int(slot)])]

    def _preselect(self, profile: Profile, accept: Callable[[str], bool] | None) -> list[Profile]:
        profiles = self._profiles
        slots = self._shortlist(profile)
        candidates = [held for held in map(profiles.__getitem__, slots.tolist()) if held]
        if accept is not None:
            kept = [accept(candidate.id) for candidate in candidates]
            slots = slots[np.array(kept, np.bool_)] if kept else slots
            candidates = list(compress(candidates, kept))
        if len(candidates) <= FULLY_SCORED:
            return candidates
        quick = self._quick_names(profile, slots)
        born = _birth_code(profile.birth_date)
        if born:
            quick += _birth_boosts(born, np.frombuffer(self._births, np.int64)[slots])
        if profile.documents:
            for position, candidate in enumerate(candidates):
                if profile.documents & candidate.documents:
                    quick[position] += SHARED_DOCUMENT_BOOST
        best = np.argpartition(-quick, FULLY_SCORED)[:FULLY_SCORED]
        best = best[quick[best] >= quick[best].max() - QUICK_MARGIN]
        return [candidates[position] for position in best.tolist()]

    def _quick_names(
        self, profile: Profile, slots: npt.NDArray[np.intp]
    ) -> npt.NDArray[np.float64]:
        """For each slot, the best similarity of its sorted names to the query's."""
        if not profile.sorted_names:
            return np.zeros(len(slots))
        flat = list(chain.from_iterable(map(self._names.__getitem__, slots.tolist())))
        counts = np.frombuffer(self._name_counts, np.uint8)[slots].astype(np.intp)
        starts = np.cumsum(counts) - counts
        matrix = process.cdist(
            profile.sorted_names, flat, scorer=Indel.normalized_similarity, dtype=np.float32
        )
        return np.maximum.reduceat(matrix.max(axis=0), starts).astype(np.float64)

    def _shortlist(self, profile: Profile) -> npt.NDArray[np.intp]:
        """Live slots sharing keys with the query, at most `SHORTLIST`, by shared-key weight."""
        keys = list(blocking_keys(profile))
        lists = self._postings.lookup([key_hash(key) for key in keys])
        found = sorted(
            (len(posting), position) for position, posting in enumerate(lists) if len(posting)
        )
        if not found:
            return np.empty(0, np.intp)
        size = max(len(self._slots), 1)
        read: list[npt.NDArray[np.int32]] = []
        weights: list[float] = []
        lengths: list[int] = []
        visited = 0
        for length, position in found:
            visited += length
            if visited > VISIT_BUDGET and read:
                break
            read.append(lists[position])
            weights.append(KEY_WEIGHTS[keys[position][0]] * math.log1p(size / length))
            lengths.append(length)
        slots, where = np.unique(np.concatenate(read), return_inverse=True)
        totals = np.bincount(where, weights=np.repeat(weights, lengths))
        alive = np.frombuffer(self._alive, np.bool_)[slots]
        slots, totals = slots[alive], totals[alive]
        if len(slots) <= SHORTLIST:
            return slots.astype(np.intp)
        best = np.argpartition(-totals, SHORTLIST)[:SHORTLIST]
        return slots[best].astype(np.intp)
