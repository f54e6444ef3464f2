"""An in-memory screening index: add, replace and remove subjects one at a time, and find the
best candidates for a query by scoring only records that share blocking keys with it."""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter

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

SHORTLIST = 150
"""Candidates considered per query: the best by shared-key weight."""

FULLY_SCORED = 16
"""Of the shortlist, candidates fully scored: the best by a quick name similarity (in C),
boosted for the same date or year of birth or a shared document."""

VISIT_BUDGET = 4000
"""Postings read per query: keys are read rarest first until this many record references
have been read (the rarest key is always read), so that common names (Muhammad, Wang) do not
make a search touch a large part of the index."""


class DuplicateSubject(ValueError):
    """`add` of an id the index already holds (use `replace`)."""


class UnknownSubject(KeyError):
    """`remove` of an id the index does not hold."""


class ScreeningIndex:
    """Subjects kept ready for screening. Not thread-safe for writes; searches may run in
    parallel processes through `search_many`."""

    def __init__(self, subjects: Iterable[Subject] = (), config: MatchConfig = DEFAULT_CONFIG):
        self.config = config
        self._slots: dict[str, int] = {}
        self._profiles: list[Profile | None] = []
        self._keys: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = {}
        self._size = 0
        for subject in subjects:
            self.add(subject)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, subject_id: object) -> bool:
        return subject_id in self._slots

    def add(self, subject: Subject) -> None:
        """Index a new subject; raises `DuplicateSubject` if its id is already indexed."""
        if subject.id in self._slots:
            raise DuplicateSubject(f"subject {subject.id!r} is already indexed; use replace()")
        profile = prepare(subject)
        keys = blocking_keys(profile)
        slot = len(self._profiles)
        self._profiles.append(profile)
        self._keys.append(keys)
        self._slots[subject.id] = slot
        postings = self._postings
        for key in keys:
            posting = postings.get(key)
            if posting is None:
                postings[key] = [slot]
            else:
                posting.append(slot)
        self._size += 1

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
        for key in self._keys[slot]:
            posting = self._postings[key]
            posting.remove(slot)
            if not posting:
                del self._postings[key]
        self._profiles[slot] = None
        self._keys[slot] = frozenset()
        self._size -= 1

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
        return [profile.id for slot in shortlist if (profile := self._profiles[slot])]

    def _preselect(self, profile: Profile, accept: Callable[[str], bool] | None) -> list[Profile]:
        candidates = [
            candidate
            for slot in self._shortlist(profile)
            if (candidate := self._profiles[slot]) is not None
            and (accept is None or accept(candidate.id))
        ]
        if len(candidates) <= FULLY_SCORED:
            return candidates
        similarity = Indel.normalized_similarity
        names = profile.sorted_names
        born = profile.birth_date
        quick: list[tuple[float, int]] = []
        for position, candidate in enumerate(candidates):
            value = max(
                (similarity(mine, theirs) for mine in names for theirs in candidate.sorted_names),
                default=0.0,
            )
            if born is not None and candidate.birth_date is not None:
                if born == candidate.birth_date:
                    value += 0.2
                elif born.year == candidate.birth_date.year:
                    value += 0.1
            if profile.documents & candidate.documents:
                value += 1.0
            quick.append((value, position))
        best = heapq.nlargest(FULLY_SCORED, quick)
        return [candidates[position] for _, position in best]

    def _shortlist(self, profile: Profile) -> list[int]:
        keys = blocking_keys(profile)
        found = [(key, posting) for key in keys if (posting := self._postings.get(key))]
        if not found:
            return []
        found.sort(key=lambda item: len(item[1]))
        size = max(self._size, 1)
        weights: dict[int, float] = {}
        get = weights.get
        visited = 0
        for key, posting in found:
            visited += len(posting)
            if visited > VISIT_BUDGET and weights:
                break
            weight = KEY_WEIGHTS[key[0]] * math.log1p(size / len(posting))
            for slot in posting:
                weights[slot] = get(slot, 0.0) + weight
        if len(weights) <= SHORTLIST:
            return list(weights)
        return [slot for slot, _ in heapq.nlargest(SHORTLIST, weights.items(), key=itemgetter(1))]
