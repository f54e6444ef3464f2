"""How many indexed subjects carry each name, for the common-name rule of scoring: a name is
counted in the order-free form of its parts, once per subject however many of its names give
it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pamoja.matching.profile import Profile


def name_keys(profile: Profile) -> frozenset[str]:
    """The subject's names as counted: each name's parts, sorted and joined by spaces (so
    `Wang Wei` and `Wei Wang` are one name)."""
    return frozenset(" ".join(sorted(form.parts)) for form in profile.forms)


class NameCounts:
    """Subjects carrying each name, kept as subjects are added and removed."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def add(self, profiles: Iterable[Profile]) -> None:
        for profile in profiles:
            self._counts.update(name_keys(profile))

    def remove(self, profile: Profile) -> None:
        for key in name_keys(profile):
            left = self._counts[key] - 1
            if left:
                self._counts[key] = left
            else:
                del self._counts[key]

    def most(self, profile: Profile) -> int:
        """How many subjects carry the most common of the names of `profile`."""
        return max((self._counts.get(key, 0) for key in name_keys(profile)), default=0)
