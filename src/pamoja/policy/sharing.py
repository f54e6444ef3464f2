"""The sharing gate: the one place that decides how much of a record an actor may see.

Scope is expressed as *audience keys*: a record is shared with a set of keys (its bureau, its
country, listed countries, listed regional bodies, or everyone) and an actor holds a set of keys
(their bureau, their country, their country's regional bodies, membership). The store keeps a
record's keys in an indexed table so lists can be narrowed in SQL, and still asks `visibility`
for every row it hands out: both use the definitions below, so they cannot disagree.
"""

from __future__ import annotations

from enum import StrEnum

from pamoja.model.actors import Actor
from pamoja.model.sharing import OutsideScope, Scope, Sharing

EVERYONE = "all"


class Visibility(StrEnum):
    """How much of a record an actor may see."""

    FULL = "full"
    """The record's content."""
    HIT_ONLY = "hit_only"
    """That a record exists, its kind, owner bureau and reference: whom to contact, no content."""
    NONE = "none"
    """Nothing at all: the record is not acknowledged."""


def bureau_key(bureau_id: int) -> str:
    return f"bureau:{bureau_id}"


def country_key(alpha3: str) -> str:
    return f"country:{alpha3}"


def body_key(code: str) -> str:
    return f"body:{code}"


def record_audience(sharing: Sharing) -> frozenset[str]:
    """The keys a record's content is shared with."""
    keys = {bureau_key(sharing.owner_bureau_id)}
    match sharing.scope:
        case Scope.BUREAU:
            pass
        case Scope.COUNTRY:
            keys.add(country_key(sharing.owner_country))
        case Scope.COUNTRIES:
            keys.add(country_key(sharing.owner_country))
            keys.update(country_key(c) for c in sharing.countries)
        case Scope.REGIONAL_BODIES:
            keys.add(country_key(sharing.owner_country))
            keys.update(body_key(b) for b in sharing.regional_bodies)
        case Scope.ALL_MEMBERS:
            keys.add(EVERYONE)
    return frozenset(keys)


def actor_audience(actor: Actor) -> frozenset[str]:
    """The keys an actor holds."""
    keys = {bureau_key(actor.bureau_id), country_key(actor.country), EVERYONE}
    keys.update(body_key(b) for b in actor.regional_bodies)
    return frozenset(keys)


def in_scope(actor: Actor, sharing: Sharing) -> bool:
    """Whether the actor is among those the owner shares the record's content with."""
    return not record_audience(sharing).isdisjoint(actor_audience(actor))


def visibility(actor: Actor, sharing: Sharing) -> Visibility:
    """Decide what the actor may learn of a record shared as `sharing`.

    Content needs both scope and clearance. Those in scope but without clearance learn that the
    record exists and whom to contact, as do those outside scope when the owner allows hit/no-hit.
    """
    scoped = in_scope(actor, sharing)
    if scoped and actor.clearance.level >= sharing.classification.level:
        return Visibility.FULL
    if scoped or sharing.outside_scope is OutsideScope.HIT_ONLY:
        return Visibility.HIT_ONLY
    return Visibility.NONE
