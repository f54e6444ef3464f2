"""Gender and nationality of every indexed subject as small integer codes, so that preselection
can weigh them over a whole shortlist in array operations, as full scoring will.

Without them, preselection ranked a shortlist by name and date of birth alone. A query that
leaves out a middle name ("Qasim Tunisi", the year alone) meets many listed persons whose
names come as close, and the truth, the one of them who shares the query's nationality, lost
its place among the fully scored to namesakes of other countries, which full scoring would
have ranked below it.

A subject with several nationalities has no code (the codes say "the same" or "not the same"
of one nationality each): preselection then neither raises nor lowers its pairs, and full
scoring compares the sets.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from pamoja.matching.profile import Profile
from pamoja.matching.scoring import MatchConfig
from pamoja.model.records import Gender

_GENDER_CODES = {Gender.MALE: 1, Gender.FEMALE: 2}
"""Genders that scoring compares; any other (or none) is 0."""

_UNSEEN = 0xFFFFFFFF
"""The code of a query's nationality that no indexed subject has: the same as none of theirs."""


class TraitCodes:
    """Per slot of an index: its subject's gender and nationality codes (0: none to compare)."""

    def __init__(self) -> None:
        self._genders = array("B")
        self._nationalities = array("I")
        self._numbers: dict[str, int] = {}

    def append(self, profile: Profile) -> None:
        """Codes for a new slot, holding `profile`."""
        self._genders.append(_gender_code(profile))
        only = _only_nationality(profile)
        code = 0
        if only is not None:
            code = self._numbers.setdefault(only, len(self._numbers) + 1)
        self._nationalities.append(code)

    def clear(self, slot: int) -> None:
        """Nothing to compare at `slot` (its subject was removed)."""
        self._genders[slot] = 0
        self._nationalities[slot] = 0

    def points(
        self,
        queries: Sequence[Profile],
        owners: npt.NDArray[np.int64],
        slots: npt.NDArray[np.int64],
        config: MatchConfig,
    ) -> npt.NDArray[np.float64]:
        """For each pair of a query (its position in `queries`) and a slot, the points full
        scoring gives their genders and nationalities, in units of name similarity (divided by
        `config.name_weight`): what preselection adds to its quick name similarity."""
        genders = _agreement_points(
            np.array([_gender_code(query) for query in queries], np.uint8)[owners],
            np.frombuffer(self._genders, np.uint8)[slots],
            config.gender_same,
            config.gender_different,
        )
        nationalities = _agreement_points(
            np.array([self._query_code(query) for query in queries], np.uint32)[owners],
            np.frombuffer(self._nationalities, np.uint32)[slots],
            config.nationality_shared,
            config.nationality_different,
        )
        points = genders + nationalities
        return points / config.name_weight if config.name_weight else points

    def _query_code(self, query: Profile) -> int:
        only = _only_nationality(query)
        if only is None:
            return 0
        return self._numbers.get(only, _UNSEEN)


def _agreement_points(
    mine: npt.NDArray[np.unsignedinteger],
    theirs: npt.NDArray[np.unsignedinteger],
    same: float,
    different: float,
) -> npt.NDArray[np.float64]:
    """Per pair of codes: `same` or `different` points where both sides have one, else 0."""
    compared = (mine != 0) & (theirs != 0)
    return np.where(compared, np.where(mine == theirs, same, different), 0.0)


def _gender_code(profile: Profile) -> int:
    return _GENDER_CODES.get(profile.gender, 0) if profile.gender is not None else 0


def _only_nationality(profile: Profile) -> str | None:
    if len(profile.nationalities) != 1:
        return None
    (only,) = profile.nationalities
    return only
