"""Who may read a notice or diffusion, and whom its subjects are screened for.

- The requesting bureau sees its requests in every status, with their pre-check findings and
  full history (`FULL`).
- Reviewers of the secretariat see every request that has left its draft (`FULL`): they review
  it, and the history is part of what they judge.
- While a request is active (a published notice, a diffusion that is out), the members it is
  addressed to read its content (`CIRCULATED`): every member for a notice, the addressed
  countries and the members of the addressed regional bodies for a diffusion. They see neither
  the pre-check findings nor the history.
- Nobody else learns that the request exists (`NONE`).

The screening audience of an active request is the same circle, written as a `Sharing` so the
screening index gates notice entries exactly as it gates records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import NoticeKind, NoticeStatus
from pamoja.model.sharing import Classification, OutsideScope, Scope, Sharing
from pamoja.policy.notice_workflow import is_active


class NoticeAccess(StrEnum):
    FULL = "full"
    """Content, status, pre-check findings and history."""
    CIRCULATED = "circulated"
    """The content of an active request, as circulated to its addressees."""
    NONE = "none"
    """Nothing; the request is not acknowledged."""


@dataclass(frozen=True, slots=True)
class NoticeParties:
    """The facts of a request that decide who may read it."""

    kind: NoticeKind
    status: NoticeStatus
    requesting_bureau_id: int
    requesting_country: str
    recipient_countries: frozenset[str] = field(default_factory=frozenset)
    recipient_regional_bodies: frozenset[str] = field(default_factory=frozenset)


def is_reviewer(actor: Actor) -> bool:
    """A reviewer of the secretariat: the only people who review requests."""
    return actor.has_role(Role.REVIEWER) and actor.bureau_kind is BureauKind.SECRETARIAT


def is_addressee(actor: Actor, parties: NoticeParties) -> bool:
    """Whether a request, once active, is addressed to the actor's country."""
    if parties.kind is NoticeKind.NOTICE:
        return True
    return actor.country in parties.recipient_countries or bool(
        actor.regional_bodies & parties.recipient_regional_bodies
    )


def notice_access(actor: Actor, parties: NoticeParties) -> NoticeAccess:
    """How much of a request the actor may read."""
    if actor.bureau_id == parties.requesting_bureau_id:
        return NoticeAccess.FULL
    if is_reviewer(actor) and parties.status is not NoticeStatus.DRAFT:
        return NoticeAccess.FULL
    if is_active(parties.status) and is_addressee(actor, parties):
        return NoticeAccess.CIRCULATED
    return NoticeAccess.NONE


def screening_audience(
    parties: NoticeParties, body_members: Mapping[str, frozenset[str]] | None = None
) -> Sharing:
    """Whom an active request's subjects are screened for, as a sharing decision.

    Notices go to all members. A diffusion goes to its addressed countries, or its addressed
    regional bodies; one addressed to both is written as countries, the bodies' members (from
    `body_members`) included. Those outside learn nothing (no hit-only stubs of notice entries).
    """
    scope = Scope.ALL_MEMBERS
    countries: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    if parties.kind is NoticeKind.DIFFUSION:
        bodies = parties.recipient_regional_bodies
        if bodies and not parties.recipient_countries:
            scope = Scope.REGIONAL_BODIES
        else:
            members = body_members or {}
            scope = Scope.COUNTRIES
            countries = parties.recipient_countries.union(
                *(members.get(body, frozenset()) for body in bodies)
            )
            bodies = frozenset()
    return Sharing(
        owner_bureau_id=parties.requesting_bureau_id,
        owner_country=parties.requesting_country,
        classification=Classification.PUBLIC,
        scope=scope,
        countries=countries,
        regional_bodies=bodies,
        outside_scope=OutsideScope.NOTHING,
    )
