"""Who follows up a hit, and when a repeated screening counts as the same hit.

A hit has two parties: the *requesting* bureau (whose notice or diffusion was matched) and the
*searching* bureau (whose officer screened). Officers and supervisors of either party read the
hit and move it on (confirmed or not the person, then the action taken: identity is settled
between them, and either may report what was done); only the requesting bureau closes it, as
the follow-up is its case.

The same query by the same searcher against the same notice within `REPEAT_WINDOW` of the last
sighting is a repeat: it is counted on the existing hit instead of filling the inbox.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from pamoja.model.actors import Actor, Role
from pamoja.model.notices import HitStatus

REPEAT_WINDOW = timedelta(minutes=10)

FOLLOWERS = frozenset({Role.OFFICER, Role.SUPERVISOR})


class HitParty(StrEnum):
    REQUESTING = "requesting"
    SEARCHING = "searching"


def hit_parties(
    actor: Actor, *, requesting_bureau_id: int, searching_bureau_id: int
) -> frozenset[HitParty]:
    """The parts the actor plays towards a hit (none for anyone outside both bureaus)."""
    if not actor.roles & FOLLOWERS:
        return frozenset()
    parties = set()
    if actor.bureau_id == requesting_bureau_id:
        parties.add(HitParty.REQUESTING)
    if actor.bureau_id == searching_bureau_id:
        parties.add(HitParty.SEARCHING)
    return frozenset(parties)


def may_move_hit_to(parties: frozenset[HitParty], target: HitStatus) -> bool:
    if target is HitStatus.CLOSED:
        return HitParty.REQUESTING in parties
    return bool(parties)


def is_repeat(last_seen_at: datetime, now: datetime) -> bool:
    return now - last_seen_at < REPEAT_WINDOW
