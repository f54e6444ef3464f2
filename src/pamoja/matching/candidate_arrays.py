"""Array helpers for candidate generation over a batch of queries: candidates are held as
parallel arrays (query position, slot, value), grouped by query."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


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


def sum_by_key(keys: Ints, labels: Ints, label_values: Floats) -> tuple[Ints, Floats]:
    """The distinct keys, in order, and for each the sum of the values of its elements' labels
    (`label_values[labels]`). Keys and labels are non-negative, and a key times the number of
    labels fits in 63 bits."""
    bits = max(len(label_values) - 1, 1).bit_length()
    # one sort of key and label packed together: quicker than an argsort
    ordered = np.sort((keys << bits) | labels)
    ordered_keys = ordered >> bits
    starts = np.flatnonzero(run_starts(ordered_keys))
    values = label_values[ordered & ((1 << bits) - 1)]
    return ordered_keys[starts], np.add.reduceat(values, starts)


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
