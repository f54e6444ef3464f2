"""Each indexed subject's names in the compact form the quick comparison reads (preselection).

The names (phonetic parts, sorted and as written, ASCII) of subjects indexed in bulk sit in
one NumPy array of fixed-width bytes, cut at `WIDTH`; those of subjects added one at a time
since, in a small dictionary until the next `rebuild`. Compiled code (`_scoring.c`) compares
them where they lie, touching none of millions of long-lived objects: forked search workers
then share the index without copying its memory page by page (each Python object touched gets
its reference count written).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from pamoja.matching._scoring import quick_similarities

WIDTH = 48
"""Bytes of a name kept for the quick comparison (the full name is scored later)."""

_NO_NAME = b""


def encode(names: Sequence[str]) -> tuple[bytes, ...]:
    """Names as the table holds them (a subject without names has one empty name)."""
    return tuple(name.encode("ascii", "replace")[:WIDTH] for name in names) or (_NO_NAME,)


class QuickNames:
    """slot -> names, for slots numbered from 0; not thread-safe for writes."""

    def __init__(self) -> None:
        self._table: npt.NDArray[np.bytes_] = np.empty(0, f"S{WIDTH}")
        self._starts: npt.NDArray[np.int64] = np.zeros(1, np.int64)
        self._recent: dict[int, tuple[bytes, ...]] = {}

    def rebuild(self, names: Sequence[tuple[bytes, ...]]) -> None:
        """Hold `names[slot]` for every slot, compactly."""
        counts = np.fromiter(map(len, names), np.int64, len(names))
        self._starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._table = np.array([name for own in names for name in own], f"S{WIDTH}")
        self._recent = {}

    def set(self, slot: int, names: tuple[bytes, ...]) -> None:
        """Hold the names of a slot added since the last `rebuild`."""
        assert slot >= self.compact_slots, "slots of the compact table are not replaced"
        self._recent[slot] = names

    @property
    def compact_slots(self) -> int:
        return len(self._starts) - 1

    def similarities(
        self,
        owners: npt.NDArray[np.int64],
        slots: npt.NDArray[np.int64],
        names: Sequence[tuple[bytes, ...]],
    ) -> npt.NDArray[np.float64]:
        """For each pair of a query (its position in `names`, which holds its names encoded)
        and a slot, the best Indel similarity (rapidfuzz's, normalised, to float32 precision)
        of a name of the slot to a name of the query; 0 where the query has no name."""
        found = quick_similarities(
            self._table,
            self._starts,
            self._recent,
            np.ascontiguousarray(owners, np.int64),
            np.ascontiguousarray(slots, np.int64),
            names,
        )
        return np.frombuffer(found, np.float64)
