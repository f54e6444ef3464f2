"""The owner's sharing decisions on demo records: mostly all members and restricted, with
some records kept to the owner's country, listed countries, regional bodies or the bureau, and
some confidential or public ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pamoja.demo.countries import BODIES_OF_COUNTRY, PROFILES
from pamoja.demo.values import DemoRecord
from pamoja.model.records import Details
from pamoja.model.sharing import Classification, OutsideScope, Scope

_NO_CODES: frozenset[str] = frozenset()
_ALPHA3S = tuple(profile.alpha3 for profile in PROFILES)


@dataclass(frozen=True, slots=True)
class Shared:
    """One sharing decision, before it is attached to a record."""

    classification: Classification = Classification.RESTRICTED
    scope: Scope = Scope.ALL_MEMBERS
    countries: frozenset[str] = _NO_CODES
    regional_bodies: frozenset[str] = _NO_CODES
    outside_scope: OutsideScope = OutsideScope.HIT_ONLY


def choose_sharing(country: str, rng: random.Random) -> Shared:
    """A plausible sharing decision for a record owned by a bureau of `country`."""
    roll = rng.random()
    classification = (
        Classification.RESTRICTED
        if roll < 0.80
        else Classification.CONFIDENTIAL
        if roll < 0.92
        else Classification.PUBLIC
    )
    outside = OutsideScope.HIT_ONLY if rng.random() < 0.85 else OutsideScope.NOTHING
    roll = rng.random()
    bodies = BODIES_OF_COUNTRY[country]
    if roll < 0.60:
        return Shared(classification, Scope.ALL_MEMBERS, outside_scope=outside)
    if roll < 0.74 and bodies:
        chosen = frozenset(rng.sample(bodies, 1 if len(bodies) == 1 or rng.random() < 0.7 else 2))
        return Shared(
            classification, Scope.REGIONAL_BODIES, regional_bodies=chosen, outside_scope=outside
        )
    if roll < 0.82:
        others = frozenset(code for code in rng.sample(_ALPHA3S, 4) if code != country)
        return Shared(classification, Scope.COUNTRIES, countries=others, outside_scope=outside)
    if roll < 0.94:
        return Shared(classification, Scope.COUNTRY, outside_scope=outside)
    return Shared(classification, Scope.BUREAU, outside_scope=outside)


def shared_record(key: str, owner_bureau: str, details: Details, shared: Shared) -> DemoRecord:
    """A record of `details` owned by `owner_bureau` and shared as `shared` decides."""
    return DemoRecord(
        key,
        owner_bureau,
        details,
        shared.classification,
        shared.scope,
        shared.countries,
        shared.regional_bodies,
        shared.outside_scope,
    )
