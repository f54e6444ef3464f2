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

import math
from array import array
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Indel

from pamoja.matching.blocking import KEY_WEIGHTS, blocking_keys
from pamoja.matching.profile import Profile, prepare
from pamoja.matching.scoring import (
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Match,
    MatchConfig,
    compare_profiles,
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
    parallel processes through `search_many`."""

    def __init__(self, subjects: Iterable[Subject] = (), config: MatchConfig = DEFAULT_CONFIG):
        self.config = config
        self._slots: dict[str, int] = {}
        self._free: list[int] = []
        self._profiles: list[Profile | None] = []
        self._names: list[tuple[str, ...]] = []
        self._births: array[int] = array("l")
        self._key_ids: dict[str, int] = {}
        self._postings: list[array[int]] = []
        for subject in subjects:
            self.add(subject)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, subject_id: object) -> bool:
        return subject_id in self._slots

    def add(self, subject: Subject) -> None:
        """Index a new subject; raises `DuplicateSubject` if its id is already indexed."""
        if subject.id in self._slots:
            raise DuplicateSubject(f"subject {subject.id!r} is already indexed; use replace()")
        profile = prepare(subject)
        names = profile.sorted_names or _NO_NAME
        born = _birth_code(profile.birth_date)
        if self._free:
            slot = self._free.pop()
            self._profiles[slot] = profile
            self._names[slot] = names
            self._births[slot] = born
        else:
            slot = len(self._profiles)
            self._profiles.append(profile)
            self._names.append(names)
            self._births.append(born)
        self._slots[subject.id] = slot
        key_ids = self._key_ids
        postings = self._postings
        for key in blocking_keys(profile):
            key_id = key_ids.get(key)
            if key_id is None:
                key_ids[key] = len(postings)
                postings.append(array("i", (slot,)))
            else:
                postings[key_id].append(slot)

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
        profile = self._profiles[slot]
        assert profile is not None
        for key in blocking_keys(profile):
            self._postings[self._key_ids[key]].remove(slot)
        self._profiles[slot] = None
        self._names[slot] = _NO_NAME
        self._births[slot] = 0
        self._free.append(slot)

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
        matches: list[Match] = []
        for candidate in self._preselect(profile, accept):
            match = compare_profiles(profile, candidate, self.config)
            if match.score >= threshold:
                matches.append(match)
        matches.sort(key=lambda match: (-match.score, match.candidate_id))
        return matches[:limit]

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
        slots: list[int] = []
        candidates: list[Profile] = []
        for slot in self._shortlist(profile).tolist():
            candidate = profiles[slot]
            if candidate is not None and (accept is None or accept(candidate.id)):
                slots.append(slot)
                candidates.append(candidate)
        if len(candidates) <= FULLY_SCORED:
            return candidates
        quick = self._quick_names(profile, slots)
        born = _birth_code(profile.birth_date)
        if born:
            births = self._births
            quick += _birth_boosts(born, np.fromiter(map(births.__getitem__, slots), np.int64))
        if profile.documents:
            for position, candidate in enumerate(candidates):
                if profile.documents & candidate.documents:
                    quick[position] += SHARED_DOCUMENT_BOOST
        best = np.argpartition(-quick, FULLY_SCORED)[:FULLY_SCORED]
        return [candidates[position] for position in best.tolist()]

    def _quick_names(self, profile: Profile, slots: list[int]) -> npt.NDArray[np.float64]:
        """For each slot, the best similarity of its sorted names to the query's."""
        if not profile.sorted_names:
            return np.zeros(len(slots))
        names = self._names
        flat: list[str] = []
        starts: list[int] = []
        for slot in slots:
            starts.append(len(flat))
            flat.extend(names[slot])
        matrix = process.cdist(
            profile.sorted_names, flat, scorer=Indel.normalized_similarity, dtype=np.float32
        )
        best = matrix.max(axis=0)
        return np.maximum.reduceat(best, starts).astype(np.float64)

    def _shortlist(self, profile: Profile) -> npt.NDArray[np.intp]:
        """Slots sharing keys with the query, at most `SHORTLIST`, by shared-key weight."""
        key_ids = self._key_ids
        postings = self._postings
        found = sorted(
            (len(posting), key[0], key_id)
            for key in blocking_keys(profile)
            if (key_id := key_ids.get(key)) is not None and (posting := postings[key_id])
        )
        if not found:
            return np.empty(0, np.intp)
        size = max(len(self._slots), 1)
        read: list[npt.NDArray[np.int32]] = []
        weights: list[float] = []
        lengths: list[int] = []
        visited = 0
        for length, kind, key_id in found:
            visited += length
            if visited > VISIT_BUDGET and read:
                break
            read.append(np.frombuffer(postings[key_id], np.int32))
            weights.append(KEY_WEIGHTS[kind] * math.log1p(size / length))
            lengths.append(length)
        slots, where = np.unique(np.concatenate(read), return_inverse=True)
        del read  # release the buffers so that the postings may grow again
        totals = np.bincount(where, weights=np.repeat(weights, lengths))
        if len(slots) <= SHORTLIST:
            return slots.astype(np.intp)
        best = np.argpartition(-totals, SHORTLIST)[:SHORTLIST]
        return slots[best].astype(np.intp)
