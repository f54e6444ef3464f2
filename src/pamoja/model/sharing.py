"""How far a record is shared: its owner, classification, scope and what outsiders learn."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Classification(StrEnum):
    """Sensitivity of a record; a user sees content only up to their clearance."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"

    @property
    def level(self) -> int:
        return _LEVELS[self]


_LEVELS = {Classification.PUBLIC: 0, Classification.RESTRICTED: 1, Classification.CONFIDENTIAL: 2}


class Scope(StrEnum):
    """Who, besides the owner bureau, may read a record's content."""

    BUREAU = "bureau"
    COUNTRY = "country"
    COUNTRIES = "countries"
    REGIONAL_BODIES = "regional_bodies"
    ALL_MEMBERS = "all_members"


class OutsideScope(StrEnum):
    """What a search tells those outside the scope when it touches the record."""

    NOTHING = "nothing"
    HIT_ONLY = "hit_only"


@dataclass(frozen=True, slots=True)
class Sharing:
    """The owner's decision about one record."""

    owner_bureau_id: int
    owner_country: str
    classification: Classification = Classification.RESTRICTED
    scope: Scope = Scope.ALL_MEMBERS
    countries: frozenset[str] = field(default_factory=frozenset)
    regional_bodies: frozenset[str] = field(default_factory=frozenset)
    outside_scope: OutsideScope = OutsideScope.HIT_ONLY
