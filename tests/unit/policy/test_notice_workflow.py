"""The notice and diffusion workflow: who may do what, from which status, and with what reasons."""

from __future__ import annotations

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import DIFFUSION_STATUSES, NOTICE_STATUSES, NoticeKind, NoticeStatus
from pamoja.policy.notice_workflow import (
    SYSTEM,
    TRANSITIONS,
    ActionNotPermitted,
    NoticeAction,
    ReasonsRequired,
    SystemActor,
    TransitionNotAllowed,
    allowed_actions,
    is_active,
    may_draft,
    may_edit,
    next_status,
)

NAIROBI = 10
KAMPALA = 20
SECRETARIAT = 1


def actor(
    name: str, bureau: int, *roles: Role, kind: BureauKind = BureauKind.NATIONAL_CENTRAL_BUREAU
) -> Actor:
    return Actor(1, name, bureau, kind, "KEN", roles=frozenset(roles))


OFFICER = actor("officer", NAIROBI, Role.OFFICER)
SUPERVISOR = actor("supervisor", NAIROBI, Role.SUPERVISOR)
OTHER_SUPERVISOR = actor("other supervisor", KAMPALA, Role.SUPERVISOR)
REVIEWER = actor("reviewer", SECRETARIAT, Role.REVIEWER, kind=BureauKind.SECRETARIAT)
NCB_REVIEWER = actor("ncb reviewer", KAMPALA, Role.REVIEWER)
ANALYST = actor("analyst", NAIROBI, Role.ANALYST)
ADMIN = actor("admin", SECRETARIAT, Role.ADMIN, kind=BureauKind.SECRETARIAT)

EVERYONE: dict[str, Actor | SystemActor] = {
    "officer": OFFICER,
    "supervisor": SUPERVISOR,
    "other bureau supervisor": OTHER_SUPERVISOR,
    "reviewer": REVIEWER,
    "reviewer outside the secretariat": NCB_REVIEWER,
    "analyst": ANALYST,
    "admin": ADMIN,
    "system": SYSTEM,
}

N, D = NoticeKind.NOTICE, NoticeKind.DIFFUSION
S = NoticeStatus
A = NoticeAction

# (kind, from, action, to, who may) - who may is a set of EVERYONE keys.
MOVES = [
    (N, S.DRAFT, A.SUBMIT, S.SUBMITTED, {"supervisor"}),
    (N, S.MORE_INFO_REQUESTED, A.SUBMIT, S.SUBMITTED, {"supervisor"}),
    (N, S.SUBMITTED, A.START_REVIEW, S.UNDER_REVIEW, {"reviewer"}),
    (N, S.UNDER_REVIEW, A.PUBLISH, S.PUBLISHED, {"reviewer"}),
    (N, S.UNDER_REVIEW, A.REFUSE, S.REFUSED, {"reviewer"}),
    (N, S.UNDER_REVIEW, A.REQUEST_INFO, S.MORE_INFO_REQUESTED, {"reviewer"}),
    (N, S.REFUSED, A.AMEND, S.DRAFT, {"officer", "supervisor"}),
    (N, S.PUBLISHED, A.WITHDRAW, S.WITHDRAWN, {"supervisor"}),
    (N, S.PUBLISHED, A.CANCEL, S.CANCELLED, {"reviewer"}),
    (N, S.PUBLISHED, A.EXTEND, S.PUBLISHED, {"reviewer"}),
    (N, S.PUBLISHED, A.EXPIRE, S.EXPIRED, {"system"}),
    (D, S.DRAFT, A.SEND, S.SENT, {"supervisor"}),
    (D, S.SENT, A.APPROVE, S.REVIEWED_OK, {"reviewer"}),
    (D, S.SENT, A.REFUSE, S.REVIEWED_REFUSED, {"reviewer"}),
    (D, S.REVIEWED_REFUSED, A.AMEND, S.DRAFT, {"officer", "supervisor"}),
    (D, S.SENT, A.WITHDRAW, S.WITHDRAWN, {"supervisor"}),
    (D, S.REVIEWED_OK, A.CANCEL, S.CANCELLED, {"reviewer"}),
    (D, S.REVIEWED_OK, A.EXPIRE, S.EXPIRED, {"system"}),
]

CASES = [
    pytest.param(kind, source, action, target, who, name, id=f"{kind}-{source}-{action}-by-{name}")
    for kind, source, action, target, who in MOVES
    for name in EVERYONE
]


@pytest.mark.parametrize(("kind", "source", "action", "target", "who", "name"), CASES)
def test_only_the_right_party_may_make_each_move(
    kind: NoticeKind,
    source: NoticeStatus,
    action: NoticeAction,
    target: NoticeStatus,
    who: set[str],
    name: str,
) -> None:
    def move() -> NoticeStatus:
        return next_status(
            kind,
            source,
            action,
            EVERYONE[name],
            requesting_bureau_id=NAIROBI,
            reasons="Checked the file.",
        )

    if name in who:
        assert move() is target
    else:
        with pytest.raises(ActionNotPermitted, match=f"may {action.value}"):
            move()


def test_publishing_a_draft_is_not_allowed_and_says_what_is() -> None:
    with pytest.raises(
        TransitionNotAllowed, match=r"cannot publish a notice that is draft; .*submit"
    ):
        next_status(N, S.DRAFT, A.PUBLISH, REVIEWER, requesting_bureau_id=NAIROBI)


def test_nothing_leaves_a_final_status() -> None:
    for status in (S.WITHDRAWN, S.CANCELLED, S.EXPIRED):
        with pytest.raises(TransitionNotAllowed, match="final"):
            next_status(N, status, A.AMEND, OFFICER, requesting_bureau_id=NAIROBI)


def test_a_notice_cannot_be_sent_like_a_diffusion() -> None:
    with pytest.raises(TransitionNotAllowed):
        next_status(N, S.DRAFT, A.SEND, SUPERVISOR, requesting_bureau_id=NAIROBI)


def test_a_diffusion_is_not_submitted_for_prior_review() -> None:
    with pytest.raises(TransitionNotAllowed):
        next_status(D, S.DRAFT, A.SUBMIT, SUPERVISOR, requesting_bureau_id=NAIROBI)


@pytest.mark.parametrize(
    ("kind", "source", "action"),
    [
        (N, S.UNDER_REVIEW, A.REFUSE),
        (N, S.UNDER_REVIEW, A.REQUEST_INFO),
        (N, S.PUBLISHED, A.CANCEL),
        (N, S.PUBLISHED, A.EXTEND),
        (D, S.SENT, A.REFUSE),
    ],
)
def test_reviewer_decisions_against_the_request_need_reasons(
    kind: NoticeKind, source: NoticeStatus, action: NoticeAction
) -> None:
    with pytest.raises(ReasonsRequired, match=f"reasons to {action.value}"):
        next_status(kind, source, action, REVIEWER, requesting_bureau_id=NAIROBI, reasons="  ")


def test_publishing_without_blocking_findings_needs_no_reasons() -> None:
    assert (
        next_status(N, S.UNDER_REVIEW, A.PUBLISH, REVIEWER, requesting_bureau_id=NAIROBI)
        is S.PUBLISHED
    )


def test_publishing_over_blocking_findings_needs_the_reviewers_reasons() -> None:
    with pytest.raises(ReasonsRequired, match="2 blocking finding"):
        next_status(
            N,
            S.UNDER_REVIEW,
            A.PUBLISH,
            REVIEWER,
            requesting_bureau_id=NAIROBI,
            blocking_findings=2,
        )


def test_publishing_over_blocking_findings_with_reasons_is_the_reviewers_call() -> None:
    status = next_status(
        N,
        S.UNDER_REVIEW,
        A.PUBLISH,
        REVIEWER,
        requesting_bureau_id=NAIROBI,
        blocking_findings=1,
        reasons="'Desertion' refers to abandoning a child, not military service.",
    )
    assert status is S.PUBLISHED


def test_approving_a_diffusion_over_blocking_findings_needs_reasons() -> None:
    with pytest.raises(ReasonsRequired):
        next_status(
            D, S.SENT, A.APPROVE, REVIEWER, requesting_bureau_id=NAIROBI, blocking_findings=1
        )


def test_a_secretariat_reviewer_may_not_review_their_own_bureaus_request() -> None:
    with pytest.raises(ActionNotPermitted, match="own bureau"):
        next_status(N, S.UNDER_REVIEW, A.PUBLISH, REVIEWER, requesting_bureau_id=SECRETARIAT)


def test_refused_notice_is_amended_and_resubmitted() -> None:
    status = next_status(N, S.REFUSED, A.AMEND, OFFICER, requesting_bureau_id=NAIROBI)
    assert next_status(N, status, A.SUBMIT, SUPERVISOR, requesting_bureau_id=NAIROBI) is S.SUBMITTED


def test_supervisor_sees_what_they_may_do_with_a_published_notice() -> None:
    assert allowed_actions(N, S.PUBLISHED, SUPERVISOR, requesting_bureau_id=NAIROBI) == {A.WITHDRAW}


def test_reviewer_sees_the_review_decisions() -> None:
    assert allowed_actions(N, S.UNDER_REVIEW, REVIEWER, requesting_bureau_id=NAIROBI) == {
        A.PUBLISH,
        A.REFUSE,
        A.REQUEST_INFO,
    }


def test_officers_and_supervisors_draft_analysts_do_not() -> None:
    assert may_draft(OFFICER) and may_draft(SUPERVISOR) and not may_draft(ANALYST)


def test_requester_edits_a_draft_and_answers_questions_but_not_a_submitted_notice() -> None:
    assert may_edit(N, S.DRAFT, OFFICER, NAIROBI)
    assert may_edit(N, S.MORE_INFO_REQUESTED, OFFICER, NAIROBI)
    assert not may_edit(N, S.SUBMITTED, OFFICER, NAIROBI)
    assert not may_edit(N, S.DRAFT, OTHER_SUPERVISOR, NAIROBI)


def test_published_notices_and_diffusions_out_are_active_the_rest_are_not() -> None:
    active = {status for status in NoticeStatus if is_active(status)}
    assert active == {S.PUBLISHED, S.SENT, S.REVIEWED_OK}


def test_every_transition_stays_within_the_statuses_of_its_kind() -> None:
    for transition in TRANSITIONS:
        for kind in transition.kinds:
            statuses = NOTICE_STATUSES if kind is N else DIFFUSION_STATUSES
            reachable = transition.sources & statuses
            assert reachable, (transition.action, kind)
            assert transition.target is None or transition.target in statuses
