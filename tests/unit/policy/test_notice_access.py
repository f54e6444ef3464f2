"""Who may read a notice or diffusion, and whom its subjects are screened for."""

from __future__ import annotations

from dataclasses import replace

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import NoticeKind, NoticeStatus
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.policy.notice_access import (
    NoticeAccess,
    NoticeParties,
    notice_access,
    screening_audience,
)
from pamoja.policy.sharing import Visibility, visibility

KENYA = Actor(1, "ke", 10, BureauKind.NATIONAL_CENTRAL_BUREAU, "KEN", frozenset({"AFRIPOL"}))
UGANDA = Actor(2, "ug", 20, BureauKind.NATIONAL_CENTRAL_BUREAU, "UGA", frozenset({"AFRIPOL"}))
FRANCE = Actor(3, "fr", 30, BureauKind.NATIONAL_CENTRAL_BUREAU, "FRA", frozenset({"EUROPOL"}))
REVIEWER = Actor(
    4, "rev", 40, BureauKind.SECRETARIAT, "FRA", frozenset(), frozenset({Role.REVIEWER})
)
NOTICE = NoticeParties(NoticeKind.NOTICE, NoticeStatus.PUBLISHED, 10, "KEN")
DIFFUSION = NoticeParties(
    NoticeKind.DIFFUSION, NoticeStatus.SENT, 10, "KEN", recipient_countries=frozenset({"UGA"})
)


def test_the_requesting_bureau_reads_its_drafts_in_full() -> None:
    draft = replace(NOTICE, status=NoticeStatus.DRAFT)
    assert notice_access(KENYA, draft) is NoticeAccess.FULL


def test_reviewers_read_everything_but_drafts_in_full() -> None:
    assert notice_access(REVIEWER, replace(NOTICE, status=NoticeStatus.DRAFT)) is NoticeAccess.NONE
    assert notice_access(REVIEWER, replace(NOTICE, status=NoticeStatus.SUBMITTED)) is (
        NoticeAccess.FULL
    )


def test_a_reviewer_role_outside_the_secretariat_is_no_reviewer() -> None:
    ugandan_reviewer = replace(UGANDA, roles=frozenset({Role.REVIEWER}))
    submitted = replace(NOTICE, status=NoticeStatus.SUBMITTED)
    assert notice_access(ugandan_reviewer, submitted) is NoticeAccess.NONE


def test_every_member_reads_a_published_notice_as_circulated() -> None:
    assert notice_access(FRANCE, NOTICE) is NoticeAccess.CIRCULATED


def test_members_do_not_see_notices_that_are_no_longer_active() -> None:
    for status in (NoticeStatus.WITHDRAWN, NoticeStatus.CANCELLED, NoticeStatus.EXPIRED):
        assert notice_access(FRANCE, replace(NOTICE, status=status)) is NoticeAccess.NONE


def test_a_diffusion_is_read_by_addressed_countries_only() -> None:
    assert notice_access(UGANDA, DIFFUSION) is NoticeAccess.CIRCULATED
    assert notice_access(FRANCE, DIFFUSION) is NoticeAccess.NONE


def test_a_diffusion_to_a_regional_body_is_read_by_its_members() -> None:
    to_afripol = replace(
        DIFFUSION, recipient_countries=frozenset(), recipient_regional_bodies=frozenset({"AFRIPOL"})
    )
    assert notice_access(UGANDA, to_afripol) is NoticeAccess.CIRCULATED
    assert notice_access(FRANCE, to_afripol) is NoticeAccess.NONE


def test_a_notice_is_screened_for_all_members_and_tells_outsiders_nothing() -> None:
    audience = screening_audience(NOTICE)
    assert audience.scope is Scope.ALL_MEMBERS
    assert audience.outside_scope is OutsideScope.NOTHING
    assert visibility(FRANCE, audience) is Visibility.FULL


def test_a_diffusion_is_screened_for_its_addressees() -> None:
    audience = screening_audience(DIFFUSION)
    assert visibility(UGANDA, audience) is Visibility.FULL
    assert visibility(FRANCE, audience) is Visibility.NONE


def test_a_diffusion_to_countries_and_bodies_is_screened_for_the_bodies_members_too() -> None:
    both = replace(
        DIFFUSION,
        recipient_countries=frozenset({"FRA"}),
        recipient_regional_bodies=frozenset({"AFRIPOL"}),
    )
    audience = screening_audience(both, {"AFRIPOL": frozenset({"KEN", "UGA", "NGA"})})
    assert audience.scope is Scope.COUNTRIES
    assert audience.countries == {"FRA", "KEN", "UGA", "NGA"}
    assert visibility(UGANDA, audience) is Visibility.FULL
