"""Blocking-key postings: for each key, the slots of the subjects that carry it.

Keys are kept as 64-bit hashes, in two parts:

- a **compact** part, built in bulk with NumPy: the sorted distinct key hashes, and for each
  the run of slots that carry it (compressed sparse rows); about 12 bytes per posting;
- a **recent** part for subjects added one at a time since: a dictionary of small arrays.

Removing a subject leaves its postings in place; the index skips slots it no longer holds,
and the next compaction (when the recent part has grown to a quarter of the compact one)
drops them. A hash collision between two keys only adds a candidate; scoring decides.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from pamoja.matching.candidate_arrays import run_starts

MIN_RECENT_FOR_COMPACTION = 200_000
"""Recent postings kept before a compaction is considered (a rebuild costs a sort of all)."""

Slots = npt.NDArray[np.int32]
_NONE: Slots = np.empty(0, np.int32)


class Postings:
    """Key hash -> slots, compact plus recent; not thread-safe for writes."""

    def __init__(self) -> None:
        self._keys: npt.NDArray[np.int64] = np.empty(0, np.int64)
        self._starts: npt.NDArray[np.int64] = np.zeros(1, np.int64)
        self._slots: Slots = _NONE
        self._recent: dict[int, array[int]] = {}
        self._recent_count = 0

    def load(self, hashes: npt.NDArray[np.int64], slots: Slots) -> None:
        """Replace everything with these (key hash, slot) pairs, best given as runs sorted by
        hash."""
        self._set_compact(hashes, slots)
        self._recent = {}
        self._recent_count = 0

    def add(self, hashes: Iterable[int], slot: int) -> None:
        recent = self._recent
        for hashed in hashes:
            posting = recent.get(hashed)
            if posting is None:
                recent[hashed] = array("i", (slot,))
            else:
                posting.append(slot)
            self._recent_count += 1

    @property
    def wants_compaction(self) -> bool:
        return self._recent_count > max(MIN_RECENT_FOR_COMPACTION, len(self._slots) // 4)

    def compact(self, alive: npt.NDArray[np.bool_]) -> None:
        """Fold the recent part into the compact one, dropping slots where `alive` is false."""
        hashes = [np.repeat(self._keys, np.diff(self._starts))]
        slots = [self._slots]
        for hashed, posting in self._recent.items():
            hashes.append(np.full(len(posting), hashed, np.int64))
            slots.append(np.frombuffer(posting, np.int32).copy())
        all_hashes = np.concatenate(hashes)
        all_slots = np.concatenate(slots)
        keep = alive[all_slots]
        self._set_compact(all_hashes[keep], all_slots[keep])
        self._recent = {}
        self._recent_count = 0

    def lookup(self, hashes: npt.NDArray[np.int64]) -> Found:
        """Where the slots that carry each hash are."""
        starts = np.zeros(len(hashes), np.int64)
        lengths = np.zeros(len(hashes), np.int64)
        if len(self._keys):
            where = np.minimum(np.searchsorted(self._keys, hashes), len(self._keys) - 1)
            present = self._keys[where] == hashes
            starts = np.where(present, self._starts[where], 0)
            lengths = np.where(present, self._starts[where + 1] - starts, 0)
        recent: dict[int, Slots] = {}
        if self._recent:
            for position, hashed in enumerate(hashes.tolist()):
                newer = self._recent.get(hashed)
                if newer is not None:
                    recent[position] = np.frombuffer(newer, np.int32)
        return Found(self._slots, starts, lengths, recent)

    def _set_compact(self, hashes: npt.NDArray[np.int64], slots: Slots) -> None:
        # the input is mostly runs already sorted (chunks loaded, or compact part then recent),
        # which a stable sort merges several times quicker than it sorts anew
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        self._slots = slots[order]
        starts = np.flatnonzero(run_starts(hashes))
        self._keys = hashes[starts]
        self._starts = np.append(starts, len(hashes)).astype(np.int64)


class Found:
    """The postings of some hashes, as `Postings.lookup` found them: how many slots carry
    each hash, and the slots of chosen hashes read at once."""

    def __init__(
        self,
        slots: Slots,
        starts: npt.NDArray[np.int64],
        compact_lengths: npt.NDArray[np.int64],
        recent: dict[int, Slots],
    ) -> None:
        self._slots = slots
        self._starts = starts
        self._compact_lengths = compact_lengths
        self._recent = recent
        self.lengths = compact_lengths.copy()
        """For each hash, how many slots carry it."""
        for position, newer in recent.items():
            self.lengths[position] += len(newer)

    def runs(self, chosen: npt.NDArray[np.intp]) -> tuple[npt.NDArray[np.intp], list[Slots]]:
        """The slots of the hashes at positions `chosen` as runs, without copying them (a
        hash has two runs when it has recent slots as well); and for each run the position of
        its hash, in the order of `chosen`."""
        positions: list[int] = []
        runs: list[Slots] = []
        for position, start, length in zip(
            chosen.tolist(),
            self._starts[chosen].tolist(),
            self._compact_lengths[chosen].tolist(),
            strict=True,
        ):
            if length:
                positions.append(position)
                runs.append(self._slots[start : start + length])
            newer = self._recent.get(position)
            if newer is not None:
                positions.append(position)
                runs.append(newer)
        return np.array(positions, np.intp), runs

    def read(self, chosen: npt.NDArray[np.intp]) -> tuple[Slots, npt.NDArray[np.intp]]:
        """The slots of the hashes at positions `chosen`, in that order, and for each slot the
        position of its hash."""
        lengths = self._compact_lengths[chosen]
        ends = np.cumsum(lengths)
        offsets = np.repeat(self._starts[chosen] - (ends - lengths), lengths)
        slots = [self._slots[offsets + np.arange(len(offsets))]]
        positions = [np.repeat(chosen, lengths)]
        if not self._recent:
            return slots[0], positions[0]
        for position in chosen.tolist():
            newer = self._recent.get(position)
            if newer is not None:
                slots.append(newer)
                positions.append(np.full(len(newer), position, np.intp))
        all_slots, all_positions = np.concatenate(slots), np.concatenate(positions)
        # each hash's recent slots after its compact ones, in the order of `chosen`
        rank = np.empty(len(self._starts), np.intp)
        rank[chosen] = np.arange(len(chosen))
        order = np.argsort(rank[all_positions], kind="stable")
        return all_slots[order], all_positions[order]
