"""How many indexed subjects carry each name, for the common-name rule of scoring: a name is
counted whatever the order of its parts (`Profile.sorted_names`), once per subject however
many of its names give it, and among subjects of its own kind (a company named after its
founder does not make the founder's name common among persons)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pamoja.matching.profile import Profile
from pamoja.matching.subject import SubjectKind


class NameCounts:
    """Subjects carrying each name, by kind, kept as subjects are added and removed."""

    def __init__(self) -> None:
        self._counts: dict[SubjectKind, Counter[str]] = {kind: Counter() for kind in SubjectKind}

    def add(self, profiles: Iterable[Profile]) -> None:
        for profile in profiles:
            self._counts[profile.kind].update(frozenset(profile.sorted_names))

    def remove(self, profile: Profile) -> None:
        counts = self._counts[profile.kind]
        for name in frozenset(profile.sorted_names):
            left = counts[name] - 1
            if left:
                counts[name] = left
            else:
                del counts[name]

    def most(self, profile: Profile) -> int:
        """How many subjects of its kind carry the most common of the names of `profile`."""
        counts = self._counts[profile.kind]
        return max((counts.get(name, 0) for name in profile.sorted_names), default=0)
