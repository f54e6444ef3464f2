"""Array helpers for candidate generation over a batch of queries: candidates are held as
parallel arrays (query position, slot, value), grouped by query."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from pamoja.model.dates import PartialDate

SAME_BIRTH_DATE_BOOST = 0.2
SAME_BIRTH_YEAR_BOOST = 0.1
CLOSE_BIRTH_DATE_BOOST = 0.1
OTHER_BIRTH_DATE_BOOST = -0.2

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def birth_code(born: PartialDate | None) -> int:
    """A date of birth as one integer, YYYYMMDD with zeros for what is unknown; 0 if none."""
    if born is None:
        return 0
    return born.year * 10000 + (born.month or 0) * 100 + (born.day or 0)


def birth_boosts(born: Ints, codes: Ints) -> Floats:
    """A quick (not explained) version of the date-of-birth feature, for preselection, pair
    by pair from birth codes: the same date, the same year, a typical error (year or day off
    by one, day and month swapped), a different date, or nothing when a side has none."""
    year, month, day = born // 10000, born // 100 % 100, born % 100
    years, months, days = codes // 10000, codes // 100 % 100, codes % 100
    same_year = years == year
    close = (
        (months != 0)
        & (month != 0)
        & (
            ((months == month) & (days == day) & (np.abs(years - year) == 1))
            | (same_year & (months == month) & (np.abs(days - day) == 1))
            | (same_year & (months == day) & (days == month))
        )
    )
    return np.select(
        [(born == 0) | (codes == 0), codes == born, same_year, close],
        [0.0, SAME_BIRTH_DATE_BOOST, SAME_BIRTH_YEAR_BOOST, CLOSE_BIRTH_DATE_BOOST],
        OTHER_BIRTH_DATE_BOOST,
    )


def run_starts(ordered: Ints) -> npt.NDArray[np.bool_]:
    """For each element of a sorted array, whether it starts a run of equal elements."""
    first = np.ones(len(ordered), np.bool_)
    first[1:] = ordered[1:] != ordered[:-1]
    return first


def group_starts(ordered_groups: Ints) -> npt.NDArray[np.intp]:
    """For each element of a grouped (sorted) array, the position where its group starts."""
    positions = np.arange(len(ordered_groups))
    return np.maximum.accumulate(np.where(run_starts(ordered_groups), positions, 0))


def sum_by_key(keys: Ints, values: Floats) -> tuple[Ints, Floats]:
    """The distinct keys, in order, and the sum of the values of each."""
    order = np.argsort(keys)
    ordered = keys[order]
    starts = np.flatnonzero(run_starts(ordered))
    return ordered[starts], np.add.reduceat(values[order], starts)


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
