"""How many indexed subjects carry each name, for the common-name rule of scoring: a name is
counted whatever the order of its parts (`Profile.sorted_names`), once per subject however
many of its names give it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pamoja.matching.profile import Profile


class NameCounts:
    """Subjects carrying each name, kept as subjects are added and removed."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def add(self, profiles: Iterable[Profile]) -> None:
        for profile in profiles:
            self._counts.update(frozenset(profile.sorted_names))

    def remove(self, profile: Profile) -> None:
        for name in frozenset(profile.sorted_names):
            left = self._counts[name] - 1
            if left:
                self._counts[name] = left
            else:
                del self._counts[name]

    def most(self, profile: Profile) -> int:
        """How many subjects carry the most common of the names of `profile`."""
        return max(map(self._count, profile.sorted_names), default=0)

    def _count(self, name: str) -> int:
        return self._counts.get(name, 0)
