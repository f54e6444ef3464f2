"""The sharing gate: the one function that decides how much of a record an actor may see.

Every read path (lists, details, search, screening, exports, API, web, CLI) reaches records
through the store's repositories, which call `visibility` before handing anything out.
"""

from __future__ import annotations

from enum import StrEnum

from pamoja.model.actors import Actor
from pamoja.model.sharing import OutsideScope, Scope, Sharing


class Visibility(StrEnum):
    """How much of a record an actor may see."""

    FULL = "full"
    """The record's content."""
    HIT_ONLY = "hit_only"
    """That a record exists, its kind, owner bureau and reference: whom to contact, no content."""
    NONE = "none"
    """Nothing at all: the record is not acknowledged."""


def in_scope(actor: Actor, sharing: Sharing) -> bool:
    """Whether the actor is among those the owner shares the record's content with."""
    if actor.bureau_id == sharing.owner_bureau_id:
        return True
    match sharing.scope:
        case Scope.BUREAU:
            return False
        case Scope.COUNTRY:
            return actor.country == sharing.owner_country
        case Scope.COUNTRIES:
            return actor.country == sharing.owner_country or actor.country in sharing.countries
        case Scope.REGIONAL_BODIES:
            return actor.country == sharing.owner_country or bool(
                actor.regional_bodies & sharing.regional_bodies
            )
        case Scope.ALL_MEMBERS:
            return True


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
