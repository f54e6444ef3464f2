"""An in-memory screening index: add, replace and remove subjects one at a time, and find the
best candidates for queries by scoring only records that share blocking keys with them.

A search runs in three steps over a whole batch of queries at once, the first two in compiled
code (`_blocking.c`, `_shortlist.c`, `_scoring.c`) and NumPy over parallel arrays of (query,
candidate) pairs:

1. **shortlist**: the postings of each query's blocking keys are read, rarest first, and each
   record is weighted by the rarity of the keys it shares with the query (a few keys over the
   budget of postings read weigh the records read, and bring none); the dates of birth
   of all pairs are compared (`birth_codes`), and a record that could not reach the threshold
   even with the very same name is dropped (`score_ceilings`); the best by weight remain
   (of equal weights, as namesakes have, those whose dates of birth agree better);
2. **preselection**: each shortlist is ranked by a quick name similarity over the name parts
   (sorted, and as written), raised or lowered by how the dates of birth agree, by the points
   full scoring gives gender and nationality (`TraitCodes`) and by a shared document;
3. **scoring**: the best few per query are scored in full (`score_profiles`, its name
   alignment compiled), and those returned are explained (`compare_profiles`); a query whose
   name many indexed subjects carry (`NameCounts`) is scored by the common-name rule. Of
   equal scores, names in the query's order rank before rotated ones (`_first`).
"""

from __future__ import annotations

import gc
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import numpy.typing as npt

from pamoja.matching.birth_codes import AGREEMENTS, birth_code
from pamoja.matching.birth_dates import DateAgreement
from pamoja.matching.blocking import KEY_WEIGHTS, key_hashes
from pamoja.matching.bulk_preparation import prepare_all
from pamoja.matching.candidate_arrays import (
    Pairs,
    Reads,
    Unread,
    best_per_group,
    group_starts,
    shortlists,
)
from pamoja.matching.name_counts import NameCounts
from pamoja.matching.name_similarity import best_alignment
from pamoja.matching.parallel import search_in_processes, stop_workers
from pamoja.matching.postings import Postings
from pamoja.matching.profile import Profile, prepare
from pamoja.matching.quick_names import QuickNames, encode
from pamoja.matching.scoring import (
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Match,
    MatchConfig,
    compare_profiles,
    score_ceilings,
    score_pairs,
)
from pamoja.matching.subject import Subject
from pamoja.matching.trait_codes import TraitCodes

SHORTLIST_SHARE = 0.0003
"""Candidates considered per query, the best by shared-key weight, as a share of the subjects
indexed. A share, as the postings read (`VISIT_SHARE`): the namesakes of a common name grow
with the index, and they share the very same keys. At a million subjects a query whose rarer
parts were mistyped, and which shares only a common part and the birth year with its record,
ties with hundreds of namesakes on weight; 100 places lost it among them, 300 keep it."""

MIN_SHORTLIST = 100
"""Candidates considered per query however small the index."""

FULLY_SCORED = 16
"""Of the shortlist, candidates fully scored: the best by a quick name similarity, raised or
lowered by the other features as full scoring weighs them. Sixteen, not eight: a query that
leaves out a middle name ("Faisal Najjar") meets many namesakes whose shorter middle name, or
the same two names at the edge of a longer name ("Ali Faisal Najjar"), come closer by the
quick similarity than the truth ("Faisal Yusuf Najjar"), which full scoring ranks first."""

VISIT_SHARE = 0.002
"""Postings read per query, as a share of the subjects indexed: keys are read rarest first
until so many record references have been read (the rarest key is always read), so that
common names (Muhammad, Wang) do not make a search touch a large part of the index. A share,
not a number: a key's postings grow with the index, so the same share reads keys as rare at
any size (2,000 postings of a million subjects; at a fixed 2,000, a search of 50,000 read four
times as deep into common keys, for no better recall there)."""

MIN_VISIT_BUDGET = 500
"""Postings a query may read however small the index."""

UNREAD_KEYS = 6
UNREAD_LENGTH = 2
"""Of the keys a query does not read, the rarest `UNREAD_KEYS` of at most `UNREAD_LENGTH`
budgets of postings still add their weight to the candidates read that carry them, but bring
none of their own: a query whose rare part was mistyped ("Aliyu Yechuouye") finds its record
through the year and a common part, tied with hundreds of namesakes of that part; the keys of
its other common part, over the budget, tell it from them. Weighing every unread key made the
shortlist step at a million two and a half times as slow; these few leave a search as fast
as before, within the noise of a measurement."""

QUICK_MARGIN = 0.3
"""Of the best by quick similarity, only those within this margin of the very best are
scored in full: a candidate that far behind on name and date does not overtake it."""

BIRTH_DATE_BOOSTS = {
    DateAgreement.EXACT: 0.2,
    DateAgreement.CONSISTENT: 0.1,
    DateAgreement.CLOSE: 0.1,
    DateAgreement.DIGIT: 0.1,
    DateAgreement.NEAR: -0.1,
    DateAgreement.DIFFERENT: -0.2,
    DateAgreement.MISSING: 0.0,
}
"""Added to the quick name similarity in preselection, by how the dates of birth agree."""

SHARED_DOCUMENT_BOOST = 1.0

BATCH = 64
"""Queries whose candidates are found together: enough to share the fixed costs of the array
steps, few enough that their sorts stay small."""

_BOOSTS = np.array([BIRTH_DATE_BOOSTS[agreement] for agreement in AGREEMENTS])
_KIND_WEIGHTS = np.zeros(128)
_KIND_WEIGHTS[[ord(kind) for kind in KEY_WEIGHTS]] = list(KEY_WEIGHTS.values())
"""`KEY_WEIGHTS` by the code of a key's kind."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a list is indexed in bulk (and in the workers forked
    meanwhile): it makes millions of objects that live on, and collections would scan them
    again and again (a quarter of the build time). Nor while a batch is searched: it makes no
    reference cycles, and the collections its many short-lived objects set off, scanning the
    caches of names each time, took a tenth of a search."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def visit_budget(indexed: int) -> int:
    """Postings a query reads in an index of `indexed` subjects (`VISIT_SHARE`)."""
    return max(MIN_VISIT_BUDGET, round(VISIT_SHARE * indexed))


def _weighing_keys(
    order: npt.NDArray[np.intp],
    owners: npt.NDArray[np.int64],
    read: npt.NDArray[np.bool_],
    lengths: npt.NDArray[np.int64],
    budget: int,
) -> npt.NDArray[np.intp]:
    """Of the keys in `order` (grouped by query, `owners`, rarest first within each), those
    not `read` that weigh the candidates read (`UNREAD_KEYS`, `UNREAD_LENGTH`)."""
    positions = np.flatnonzero(~read & (lengths[order] <= UNREAD_LENGTH * budget))
    rank = np.arange(len(positions)) - group_starts(owners[positions])
    return order[positions[rank < UNREAD_KEYS]]


def _first(query: Profile, scored: list[tuple[float, str, Profile]], limit: int) -> list[Profile]:
    """The first `limit` candidates of `scored` (negated score, id, candidate; in that order),
    where of candidates with equal scores those whose names come in the query's order come
    before those whose names are rotated: a name is written in either order, but the lists of
    one region mostly keep one, so where nothing else tells namesakes apart ("Selam Mesfin":
    "Selam Girma Mesfin", "Mesfin Haile Selam") the same order says a little more. Only tied
    candidates are aligned again."""
    end = limit
    while end < len(scored) and scored[end][0] == scored[limit - 1][0]:
        end += 1
    window = scored[:end]
    scores = Counter(negated for negated, _, _ in window)

    def rank(item: tuple[float, str, Profile]) -> tuple[float, bool, str]:
        negated, candidate_id, candidate = item
        rotated = scores[negated] > 1 and best_alignment(query.forms, candidate.forms).rotated
        return negated, rotated, candidate_id

    return [candidate for _, _, candidate in sorted(window, key=rank)[:limit]]


def shortlist_size(indexed: int) -> int:
    """Candidates a query considers in an index of `indexed` subjects (`SHORTLIST_SHARE`)."""
    return max(MIN_SHORTLIST, round(SHORTLIST_SHARE * indexed))


def _birth_codes(prepared: Sequence[Profile]) -> npt.NDArray[np.uint32]:
    return np.array([birth_code(profile.birth_date) for profile in prepared], np.uint32)


class DuplicateSubject(ValueError):
    """`add` of an id the index already holds (use `replace`)."""


class UnknownSubject(KeyError):
    """`remove` of an id the index does not hold."""


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
        self._quick = QuickNames()
        self._births: array[int] = array("I")
        self._alive = bytearray()
        self._traits = TraitCodes()
        self._postings = Postings()
        self._names = NameCounts()
        with _collector_paused():
            self._load(list(subjects))
        if self._profiles:
            # Millions of long-lived objects would otherwise be scanned by every collection
            # (searches allocate, and so trigger collections): keep them out of its way.
            gc.freeze()

    def _load(self, subjects: Sequence[Subject]) -> None:
        hash_runs: list[npt.NDArray[np.int64]] = []
        slot_runs: list[npt.NDArray[np.int32]] = []
        for profiles, chunk_hashes, counts in prepare_all(subjects):
            first = len(self._profiles)
            for profile in profiles:
                self._hold(profile)
            # sorted here, while the workers prepare the next chunks: the one sort at the end
            # then only merges these runs (stable sorts: each key's slots stay ascending, so
            # that candidates tie the same way however the index was built)
            hashes = np.frombuffer(chunk_hashes, np.int64)
            order = np.argsort(hashes, kind="stable")
            hash_runs.append(hashes[order])
            slot_of = np.arange(first, len(self._profiles), dtype=np.int32)
            slot_runs.append(np.repeat(slot_of, np.frombuffer(counts, np.int32))[order])
        if hash_runs:
            self._postings.load(np.concatenate(hash_runs), np.concatenate(slot_runs))
        self._names.add(profile for profile in self._profiles if profile is not None)
        self._rebuild_quick_names()

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, subject_id: object) -> bool:
        return subject_id in self._slots

    def add(self, subject: Subject) -> None:
        """Index a new subject; raises `DuplicateSubject` if its id is already indexed."""
        stop_workers(self)
        profile = prepare(subject)
        slot = self._hold(profile)
        self._postings.add(np.frombuffer(key_hashes(profile)[0], np.int64).tolist(), slot)
        self._quick.set(slot, encode(profile.quick_names))
        self._names.add((profile,))
        if self._postings.wants_compaction:
            self._postings.compact(np.frombuffer(self._alive, np.bool_).copy())
            self._rebuild_quick_names()

    def _rebuild_quick_names(self) -> None:
        self._quick.rebuild(
            [encode(profile.quick_names if profile else ()) for profile in self._profiles]
        )

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
        stop_workers(self)
        self._names.remove(self._profile(slot))
        self._profiles[slot] = None
        self._births[slot] = 0
        self._traits.clear(slot)
        self._alive[slot] = 0

    def _hold(self, profile: Profile) -> int:
        """Give a prepared subject a new slot (its postings are the caller's)."""
        if profile.id in self._slots:
            raise DuplicateSubject(f"subject {profile.id!r} is already indexed; use replace()")
        slot = len(self._profiles)
        self._profiles.append(profile)
        self._births.append(birth_code(profile.birth_date))
        self._traits.append(profile)
        self._alive.append(1)
        self._slots[profile.id] = slot
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
        """The best `limit` matches scoring at least `threshold`, best first (of equal scores,
        names in the query's order before rotated ones, then by id).

        `accept(candidate_id)`, if given, is asked before scoring and may exclude candidates
        (for example records the caller may not know about); excluded ones do not use up
        `limit`.
        """
        return self.search_batch([query], limit, threshold, accept)[0]

    def search_batch(
        self,
        queries: Sequence[Subject],
        limit: int = 5,
        threshold: float = REVIEW_THRESHOLD,
        accept: Callable[[str], bool] | None = None,
    ) -> list[list[Match]]:
        """`search` for each query, in order, in this process; the candidate steps run over
        `BATCH` queries at once."""
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        with _collector_paused():
            return [
                matches
                for start in range(0, len(queries), BATCH)
                for matches in self._search_together(
                    queries[start : start + BATCH], limit, threshold, accept
                )
            ]

    def _search_together(
        self,
        queries: Sequence[Subject],
        limit: int,
        threshold: float,
        accept: Callable[[str], bool] | None,
    ) -> list[list[Match]]:
        """`search_batch` of at most `BATCH` queries, their candidate steps run together."""
        prepared = [prepare(query) for query in queries]
        births = _birth_codes(prepared)
        pairs = self._preselect(prepared, self._shortlist(prepared, births, accept, threshold))
        config = self.config
        common = np.array(
            [self._names.most(query) >= config.common_name_listed for query in prepared],
            np.bool_,
        )
        owners = pairs.owners.tolist()
        candidates = [self._profile(slot) for slot in pairs.slots.tolist()]
        scores = score_pairs(
            [prepared[owner] for owner in owners],
            candidates,
            pairs.agreements,
            (births[pairs.owners], np.frombuffer(self._births, np.uint32)[pairs.slots]),
            config,
            common[pairs.owners],
        )
        found: list[list[tuple[float, str, Profile]]] = [[] for _ in prepared]
        for owner, candidate, score in zip(owners, candidates, scores, strict=True):
            if score >= threshold:
                found[owner].append((-score, candidate.id, candidate))
        results: list[list[Match]] = []
        for query, is_common, scored in zip(prepared, common.tolist(), found, strict=True):
            scored.sort(key=lambda item: (item[0], item[1]))
            results.append(
                [
                    compare_profiles(query, candidate, config, is_common)
                    for candidate in _first(query, scored, limit)
                ]
            )
        return results

    def search_many(
        self,
        queries: Sequence[Subject],
        limit: int = 5,
        threshold: float = REVIEW_THRESHOLD,
        workers: int = 2,
    ) -> list[list[Match]]:
        """`search` for each query, in order, spread over `workers` processes when the batch
        is large enough to pay for them. The workers are kept for later batches until the
        index changes."""
        return search_in_processes(self, queries, limit, threshold, workers)

    def candidates(self, query: Subject) -> list[str]:
        """Ids of the records a search for `query` would consider (for inspection and tests)."""
        prepared = [prepare(query)]
        pairs = self._shortlist(prepared, _birth_codes(prepared), None, threshold=0.0)
        return [self._profile(slot).id for slot in pairs.slots.tolist()]

    def _shortlist(
        self,
        prepared: Sequence[Profile],
        births: npt.NDArray[np.uint32],
        accept: Callable[[str], bool] | None,
        threshold: float,
    ) -> Pairs:
        """For each query (its date of birth as `births` codes), the live slots sharing keys
        with it, at most `shortlist_size`, by shared-key weight, that could score `threshold`
        and are accepted by `accept`."""
        hashed = [key_hashes(profile) for profile in prepared]
        kinds = np.frombuffer(b"".join(kinds for _, kinds in hashed), np.uint8)
        found = self._postings.lookup(np.frombuffer(b"".join(h for h, _ in hashed), np.int64))
        lengths = found.lengths
        owner_of_key = np.repeat(np.arange(len(hashed)), [len(own) for _, own in hashed])
        # each query reads its keys rarest first, until its budget of slots has been read
        order = np.lexsort((lengths, owner_of_key))
        order = order[lengths[order] > 0]
        if not len(order):
            return Pairs(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int8))
        ordered_owners = owner_of_key[order]
        read_before = np.cumsum(lengths[order]) - lengths[order]
        first = group_starts(ordered_owners)
        visited = read_before - read_before[first] + lengths[order]
        budget = visit_budget(len(self._slots))
        places = shortlist_size(len(self._slots))
        is_read = (visited <= budget) | (np.arange(len(order)) == first)
        chosen = order[is_read]
        slots, key_of_slot = found.read(chosen)
        key_of_run, runs = found.runs(
            _weighing_keys(order, ordered_owners, is_read, lengths, budget)
        )
        size = max(len(self._slots), 1)
        weights = _KIND_WEIGHTS[kinds] * np.log1p(size / np.maximum(lengths, 1))
        candidates, totals = shortlists(
            Reads(owner_of_key[key_of_slot], slots, weights[key_of_slot]),
            self._births,
            self._alive,
            births,
            np.array([score_ceilings(profile, self.config) for profile in prepared]),
            threshold,
            places if accept is None else 0,
            Unread(owner_of_key[key_of_run], weights[key_of_run], runs),
        )
        if accept is None:
            return candidates
        # the caller's choice comes before the cut, so that those it excludes take no place
        accepted = np.array(
            [accept(self._profile(slot).id) for slot in candidates.slots.tolist()], np.bool_
        )
        candidates, totals = candidates.take(accepted), totals[accepted]
        return candidates.take(best_per_group(candidates.owners, totals, places))

    def _preselect(self, prepared: Sequence[Profile], shortlist: Pairs) -> Pairs:
        """Of each shortlist, the best `FULLY_SCORED` by quick similarity, within
        `QUICK_MARGIN` of the best."""
        if not len(shortlist):
            return shortlist
        owners, slots = shortlist.owners, shortlist.slots
        quick = self._quick_names(prepared, owners, slots)
        quick += _BOOSTS[shortlist.agreements]
        quick += self._traits.points(prepared, owners, slots, self.config)
        if any(profile.documents for profile in prepared):
            pairs = zip(owners.tolist(), slots.tolist(), strict=True)
            for position, (owner, slot) in enumerate(pairs):
                if prepared[owner].documents & self._profile(slot).documents:
                    quick[position] += SHARED_DOCUMENT_BOOST
        return shortlist.take(best_per_group(owners, quick, FULLY_SCORED, QUICK_MARGIN))

    def _quick_names(
        self,
        prepared: Sequence[Profile],
        owners: npt.NDArray[np.int64],
        slots: npt.NDArray[np.int64],
    ) -> npt.NDArray[np.float64]:
        """For each pair, the best similarity of the candidate's quick names (`Profile`) to the
        query's."""
        names = [encode(profile.quick_names) if profile.quick_names else () for profile in prepared]
        return self._quick.similarities(owners, slots, names)
