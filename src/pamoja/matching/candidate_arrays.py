"""Array helpers for candidate generation over a batch of queries: candidates are held as
parallel arrays (query position, slot, value), grouped by query."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from pamoja.matching import _shortlist

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

_SHORTLIST_TYPES = (np.int64, np.int64, np.int8, np.float64)


@dataclass(frozen=True, slots=True)
class Pairs:
    """(query position, slot) pairs of a batch, grouped by query, with how the dates of birth
    of each pair agree (a position in `birth_codes.AGREEMENTS`)."""

    owners: Ints
    slots: Ints
    agreements: npt.NDArray[np.int8]

    def __len__(self) -> int:
        return len(self.owners)

    def take(self, positions: npt.NDArray[np.intp] | npt.NDArray[np.bool_]) -> Pairs:
        return Pairs(self.owners[positions], self.slots[positions], self.agreements[positions])


def run_starts(ordered: Ints) -> npt.NDArray[np.bool_]:
    """For each element of a sorted array, whether it starts a run of equal elements."""
    first = np.ones(len(ordered), np.bool_)
    first[1:] = ordered[1:] != ordered[:-1]
    return first


def group_starts(ordered_groups: Ints) -> npt.NDArray[np.intp]:
    """For each element of a grouped (sorted) array, the position where its group starts."""
    positions = np.arange(len(ordered_groups))
    return np.maximum.accumulate(np.where(run_starts(ordered_groups), positions, 0))


@dataclass(frozen=True, slots=True)
class Reads:
    """The postings read for a batch: per posting, its query position (ascending), the slot
    it holds and the weight of the key it was read through."""

    owners: Ints
    slots: npt.NDArray[np.integer[Any]]
    weights: Floats


@dataclass(frozen=True, slots=True)
class Unread:
    """Postings of keys the queries of a batch did not read, over their budget, as runs of
    slots: per run, its query position (ascending) and the weight of its key. A run adds its
    weight to the records already read that it holds, and brings none of its own: the
    evidence of common keys ranks the candidates that rarer keys found."""

    owners: Ints
    weights: Floats
    runs: list[npt.NDArray[np.int32]]


NOTHING_UNREAD = Unread(np.empty(0, np.int64), np.empty(0, np.float64), [])


def shortlists(
    reads: Reads,
    births: array[int],
    alive: bytearray,
    query_births: npt.NDArray[np.uint32],
    ceilings: Floats,
    threshold: float,
    count: int,
    unread: Unread = NOTHING_UNREAD,
) -> tuple[Pairs, Floats]:
    """For each query, the `count` slots (0: all, in the order read) with the most key
    weight (`reads`; and `unread`, where it may decide the cut), best first, among those
    `alive` whose date of birth (`births`, birth codes by slot) agrees with the query's so
    that their ceiling (`ceilings`: per query, per agreement) reaches `threshold`; and the
    weight of each."""
    found = _shortlist.shortlist(
        np.ascontiguousarray(reads.owners, np.int64),
        np.ascontiguousarray(reads.slots, np.int64),
        np.ascontiguousarray(reads.weights, np.float64),
        births,
        alive,
        np.ascontiguousarray(query_births, np.uint32),
        np.ascontiguousarray(ceilings, np.float64),
        threshold,
        count,
        np.ascontiguousarray(unread.owners, np.int64),
        np.ascontiguousarray(unread.weights, np.float64),
        unread.runs,
    )
    owners, slots, agreements, weights = (
        np.frombuffer(data, dtype) for data, dtype in zip(found, _SHORTLIST_TYPES, strict=True)
    )
    return Pairs(owners, slots, agreements), weights


def best_per_group(
    groups: Ints, values: Floats, count: int, margin: float = np.inf
) -> npt.NDArray[np.intp]:
    """Positions of the `count` highest values of each group that are within `margin` of the
    group's highest, ordered by group, then by value (highest first; ties keep their order)."""
    if not len(groups):
        return np.empty(0, np.intp)
    low, high = values.min(), values.max()
    # one sort on group, then value: groups apart by more than the range of the values
    order = np.argsort(groups * (high - low + 1.0) + (high - values), kind="stable")
    ordered_values = values[order]
    starts = group_starts(groups[order])
    rank = np.arange(len(order)) - starts
    keep = (rank < count) & (ordered_values >= ordered_values[starts] - margin)
    return order[keep]
