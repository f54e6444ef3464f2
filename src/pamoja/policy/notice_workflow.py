"""Who may move a notice or diffusion from one status to the next, and which statuses are active.

Notices: an officer of the requesting bureau drafts; a supervisor of that bureau submits; a
reviewer of the secretariat (never of the requesting bureau) starts the review, then publishes,
refuses (with reasons) or asks for more information (with the questions). A refused request can be
amended into a new draft and submitted again. The requesting bureau's supervisor can withdraw; the
secretariat can cancel (with reasons); the system expires notices when their validity ends unless a
reviewer extended it after review (with reasons).

Diffusions: a supervisor of the requesting bureau sends one and it is out at once; a reviewer then
approves it or refuses it (with reasons), which takes it out of circulation.

Publishing or approving while the pre-check has blocking findings needs the reviewer's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import NoticeKind, NoticeStatus

_NOTICE = frozenset({NoticeKind.NOTICE})
_DIFFUSION = frozenset({NoticeKind.DIFFUSION})
_BOTH = frozenset(NoticeKind)

ACTIVE_STATUSES: frozenset[NoticeStatus] = frozenset(
    {NoticeStatus.PUBLISHED, NoticeStatus.SENT, NoticeStatus.REVIEWED_OK}
)
"""Statuses whose subjects are in the screening index: published notices, diffusions out."""

FINAL_STATUSES: frozenset[NoticeStatus] = frozenset(
    {NoticeStatus.WITHDRAWN, NoticeStatus.CANCELLED, NoticeStatus.EXPIRED}
)
"""Statuses nothing leaves."""


def is_active(status: NoticeStatus) -> bool:
    """Whether the request's subjects belong in the screening index."""
    return status in ACTIVE_STATUSES


def is_final(status: NoticeStatus) -> bool:
    return status in FINAL_STATUSES


class NoticeAction(StrEnum):
    SUBMIT = "submit"
    SEND = "send"
    START_REVIEW = "start_review"
    PUBLISH = "publish"
    APPROVE = "approve"
    """A reviewer finds a diffusion that is out compliant."""
    REFUSE = "refuse"
    REQUEST_INFO = "request_info"
    AMEND = "amend"
    """Turn a refused request back into a draft to correct and submit again."""
    WITHDRAW = "withdraw"
    CANCEL = "cancel"
    EXTEND = "extend"
    EXPIRE = "expire"


class Party(StrEnum):
    """The parts people (or the system) play towards one request."""

    REQUESTING_OFFICER = "an officer of the requesting bureau"
    REQUESTING_SUPERVISOR = "a supervisor of the requesting bureau"
    REVIEWER = "a reviewer of the secretariat from another bureau"
    SYSTEM = "the system (scheduled expiry)"


@dataclass(frozen=True, slots=True)
class SystemActor:
    """The platform itself, acting on a schedule (expiry)."""


SYSTEM = SystemActor()


@dataclass(frozen=True, slots=True)
class Transition:
    action: NoticeAction
    kinds: frozenset[NoticeKind]
    sources: frozenset[NoticeStatus]
    target: NoticeStatus | None
    """None: the status stays (an extension)."""
    parties: frozenset[Party]
    reasons_required: bool = False


_DRAFTERS = frozenset({Party.REQUESTING_OFFICER, Party.REQUESTING_SUPERVISOR})
_SUPERVISOR = frozenset({Party.REQUESTING_SUPERVISOR})
_REVIEWER = frozenset({Party.REVIEWER})
_S = NoticeStatus

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        NoticeAction.SUBMIT,
        _NOTICE,
        frozenset({_S.DRAFT, _S.MORE_INFO_REQUESTED}),
        _S.SUBMITTED,
        _SUPERVISOR,
    ),
    Transition(NoticeAction.SEND, _DIFFUSION, frozenset({_S.DRAFT}), _S.SENT, _SUPERVISOR),
    Transition(
        NoticeAction.START_REVIEW, _NOTICE, frozenset({_S.SUBMITTED}), _S.UNDER_REVIEW, _REVIEWER
    ),
    Transition(
        NoticeAction.PUBLISH, _NOTICE, frozenset({_S.UNDER_REVIEW}), _S.PUBLISHED, _REVIEWER
    ),
    Transition(NoticeAction.APPROVE, _DIFFUSION, frozenset({_S.SENT}), _S.REVIEWED_OK, _REVIEWER),
    Transition(
        NoticeAction.REFUSE,
        _NOTICE,
        frozenset({_S.UNDER_REVIEW}),
        _S.REFUSED,
        _REVIEWER,
        reasons_required=True,
    ),
    Transition(
        NoticeAction.REFUSE,
        _DIFFUSION,
        frozenset({_S.SENT}),
        _S.REVIEWED_REFUSED,
        _REVIEWER,
        reasons_required=True,
    ),
    Transition(
        NoticeAction.REQUEST_INFO,
        _NOTICE,
        frozenset({_S.UNDER_REVIEW}),
        _S.MORE_INFO_REQUESTED,
        _REVIEWER,
        reasons_required=True,
    ),
    Transition(NoticeAction.AMEND, _NOTICE, frozenset({_S.REFUSED}), _S.DRAFT, _DRAFTERS),
    Transition(
        NoticeAction.AMEND, _DIFFUSION, frozenset({_S.REVIEWED_REFUSED}), _S.DRAFT, _DRAFTERS
    ),
    Transition(
        NoticeAction.WITHDRAW,
        _NOTICE,
        frozenset(
            {
                _S.DRAFT,
                _S.SUBMITTED,
                _S.UNDER_REVIEW,
                _S.MORE_INFO_REQUESTED,
                _S.PUBLISHED,
                _S.REFUSED,
            }
        ),
        _S.WITHDRAWN,
        _SUPERVISOR,
    ),
    Transition(
        NoticeAction.WITHDRAW,
        _DIFFUSION,
        frozenset({_S.DRAFT, _S.SENT, _S.REVIEWED_OK, _S.REVIEWED_REFUSED}),
        _S.WITHDRAWN,
        _SUPERVISOR,
    ),
    Transition(
        NoticeAction.CANCEL,
        _BOTH,
        frozenset({_S.PUBLISHED, _S.SENT, _S.REVIEWED_OK}),
        _S.CANCELLED,
        _REVIEWER,
        reasons_required=True,
    ),
    Transition(
        NoticeAction.EXTEND,
        _BOTH,
        frozenset({_S.PUBLISHED, _S.REVIEWED_OK}),
        None,
        _REVIEWER,
        reasons_required=True,
    ),
    Transition(
        NoticeAction.EXPIRE,
        _BOTH,
        frozenset({_S.PUBLISHED, _S.SENT, _S.REVIEWED_OK}),
        _S.EXPIRED,
        frozenset({Party.SYSTEM}),
    ),
)
"""Every allowed move; anything not listed is forbidden."""

_CLEARING_ACTIONS = frozenset({NoticeAction.PUBLISH, NoticeAction.APPROVE})


class WorkflowError(ValueError):
    """A move the workflow does not allow; the message says why and what is possible."""


class TransitionNotAllowed(WorkflowError):
    """The action does not apply to a request in this status (a conflict with its state)."""


class ActionNotPermitted(WorkflowError):
    """The actor does not play the part the action needs."""


class ReasonsRequired(WorkflowError):
    """The action needs written reasons, and none were given."""


def parties_of(actor: Actor | SystemActor, requesting_bureau_id: int) -> frozenset[Party]:
    """The parts an actor plays towards a request from `requesting_bureau_id`."""
    if isinstance(actor, SystemActor):
        return frozenset({Party.SYSTEM})
    parties: set[Party] = set()
    if actor.bureau_id == requesting_bureau_id:
        if actor.has_role(Role.OFFICER):
            parties.add(Party.REQUESTING_OFFICER)
        if actor.has_role(Role.SUPERVISOR):
            parties.add(Party.REQUESTING_SUPERVISOR)
    elif actor.has_role(Role.REVIEWER) and actor.bureau_kind is BureauKind.SECRETARIAT:
        parties.add(Party.REVIEWER)
    return frozenset(parties)


def _transition(kind: NoticeKind, current: NoticeStatus, action: NoticeAction) -> Transition:
    for transition in TRANSITIONS:
        if (
            transition.action is action
            and kind in transition.kinds
            and current in transition.sources
        ):
            return transition
    possible = sorted(
        t.action.value for t in TRANSITIONS if kind in t.kinds and current in t.sources
    )
    options = ", ".join(possible) if possible else "nothing (this status is final)"
    raise TransitionNotAllowed(
        f"cannot {action.value} a {kind.value} that is {current.value}; "
        f"from {current.value} a {kind.value} allows: {options}"
    )


def next_status(
    kind: NoticeKind,
    current: NoticeStatus,
    action: NoticeAction,
    actor: Actor | SystemActor,
    *,
    requesting_bureau_id: int,
    reasons: str = "",
    blocking_findings: int = 0,
) -> NoticeStatus:
    """The status after `action`, or an error saying why the action is not allowed.

    `blocking_findings` is the number of blocking pre-check findings still standing; publishing
    or approving over them needs `reasons`.
    """
    transition = _transition(kind, current, action)
    parties = parties_of(actor, requesting_bureau_id)
    if not parties & transition.parties:
        needed = " or ".join(sorted(p.value for p in transition.parties))
        why_not = _why_not(actor, requesting_bureau_id)
        raise ActionNotPermitted(f"only {needed} may {action.value} this {kind.value}{why_not}")
    if not reasons.strip():
        if transition.reasons_required:
            raise ReasonsRequired(f"give the reasons to {action.value} this {kind.value}")
        if action in _CLEARING_ACTIONS and blocking_findings > 0:
            raise ReasonsRequired(
                f"the pre-check has {blocking_findings} blocking finding(s): give the reasons "
                f"why the {kind.value} may {action.value} nonetheless, or refuse it"
            )
    return transition.target or current


def _why_not(actor: Actor | SystemActor, requesting_bureau_id: int) -> str:
    if isinstance(actor, SystemActor):
        return ""
    if actor.has_role(Role.REVIEWER) and actor.bureau_id == requesting_bureau_id:
        return " (a reviewer may not decide on a request of their own bureau)"
    roles = ", ".join(sorted(role.value for role in actor.roles)) or "no role"
    return f" ({actor.username} has {roles} in bureau {actor.bureau_id})"


def allowed_actions(
    kind: NoticeKind,
    current: NoticeStatus,
    actor: Actor | SystemActor,
    *,
    requesting_bureau_id: int,
) -> frozenset[NoticeAction]:
    """What the actor may do with the request now (reasons may still be needed)."""
    parties = parties_of(actor, requesting_bureau_id)
    return frozenset(
        t.action
        for t in TRANSITIONS
        if kind in t.kinds and current in t.sources and parties & t.parties
    )


def may_edit(
    kind: NoticeKind, current: NoticeStatus, actor: Actor, requesting_bureau_id: int
) -> bool:
    """Whether the actor may change the request's content (drafts, and answers to questions)."""
    editable = {NoticeStatus.DRAFT} | (
        {NoticeStatus.MORE_INFO_REQUESTED} if kind is NoticeKind.NOTICE else set()
    )
    return current in editable and bool(parties_of(actor, requesting_bureau_id) & _DRAFTERS)


def may_draft(actor: Actor) -> bool:
    """Whether the actor may draft a request; a draft always speaks for the actor's own bureau."""
    return actor.has_role(Role.OFFICER) or actor.has_role(Role.SUPERVISOR)
