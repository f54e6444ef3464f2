"""The notice workflow through the service: drafting, pre-check, review, decisions with reasons,
amendment, withdrawal, cancellation, extension and expiry; who may take each step."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from pamoja.model.actors import Role
from pamoja.model.audit import AuditAction
from pamoja.model.notices import NoticeKind, NoticeStatus, ProtectionStatus
from pamoja.model.records import Identifier
from pamoja.model.sharing import Classification
from pamoja.services.directory import DirectoryService, NewUser
from pamoja.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from pamoja.services.notice_subjects import subject_facts
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from pamoja.store.notice_views import Notice
from tests.support.notices import (
    NoticeScene,
    diffusion_content,
    make_scene,
    red_content,
    refugee_from,
    wanted_person,
)
from tests.support.world import PASSWORD, World

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def scene(platform: Platform, world: World) -> NoticeScene:
    platform.clock = lambda: MONDAY
    return make_scene(platform, world)


def rule_ids(notice: Notice) -> list[str]:
    return [finding.rule_id for finding in notice.findings]


# --- drafting ----------------------------------------------------------------------------------


def test_a_draft_gets_the_years_next_reference_and_a_first_pre_check(scene: NoticeScene) -> None:
    first = scene.draft()
    second = scene.draft()
    assert first.status is NoticeStatus.DRAFT
    assert (first.reference.year, first.reference.number) == (2026, 1)
    assert second.reference.number == 2
    assert first.findings == ()
    assert first.rules_version == "2026.1"
    assert [e.action for e in first.history] == ["draft"]


def test_a_draft_with_problems_is_saved_with_its_findings(scene: NoticeScene) -> None:
    notice = scene.draft(red_content(judicial_references=()))
    assert "red.judicial_reference" in rule_ids(notice)
    assert notice.blocking_findings >= 1


def test_subjects_must_be_records_the_drafter_may_see_in_full(scene: NoticeScene) -> None:
    kenyan_record = scene.subject()
    with pytest.raises(InvalidInput) as caught:
        scene.draft(subjects=(kenyan_record,), by="ug_officer")
    assert caught.value.errors[0].location == "subjects[0]"


def test_a_reviewer_cannot_draft(scene: NoticeScene) -> None:
    with pytest.raises(Forbidden):
        scene.notices.draft(scene.world.reviewer, red_content(), ())


def test_a_notice_names_no_recipients(scene: NoticeScene) -> None:
    with pytest.raises(InvalidInput) as caught:
        scene.draft(red_content(recipient_countries=frozenset({"UGA"})))
    assert caught.value.errors[0].location == "recipients"


def test_diffusion_recipients_are_read_as_country_codes_and_checked(scene: NoticeScene) -> None:
    notice = scene.draft(diffusion_content("UG"))
    assert notice.content.recipient_countries == {"UGA"}
    with pytest.raises(InvalidInput):
        scene.draft(diffusion_content("UGA", bodies=("NOWHERE",)))


def test_refugee_status_recorded_on_the_subject_is_flagged_when_the_country_fled_asks(
    scene: NoticeScene,
) -> None:
    refugee = scene.subject(wanted_person(identifiers=(refugee_from("KEN"),)))
    notice = scene.draft(subjects=(refugee,))
    assert "refugee.protection" in rule_ids(notice)


def test_asylum_claims_photos_and_fingerprints_are_read_from_identifiers() -> None:
    person = wanted_person(
        identifiers=(
            Identifier("asylum_seeker", "claim 77", "ERI"),
            Identifier("photo", "img-1"),
            Identifier("fingerprints", "AFIS 42"),
        )
    )
    facts = subject_facts(9, person)
    assert facts.protection is ProtectionStatus.ASYLUM_SEEKER
    assert facts.protection_from_country == "ERI"
    assert facts.has_photo and facts.has_fingerprints and facts.has_name


def test_an_officer_updates_a_draft_and_the_pre_check_runs_again(scene: NoticeScene) -> None:
    notice = scene.draft(red_content(judicial_references=()))
    updated = scene.notices.update_draft(
        scene.world.ke_officer, notice.id, red_content(), notice.subject_record_ids
    )
    assert updated.findings == ()
    assert updated.history[-1].action == "update"


def test_a_submitted_notice_cannot_be_edited(scene: NoticeScene) -> None:
    notice = scene.submitted()
    with pytest.raises(Conflict):
        scene.notices.update_draft(
            scene.world.ke_officer, notice.id, red_content(), notice.subject_record_ids
        )


# --- submission and review -----------------------------------------------------------------------


def test_a_supervisor_submits_and_the_findings_are_stored_with_the_step(scene: NoticeScene) -> None:
    notice = scene.submitted(red_content(offences=(), judicial_references=()))
    assert notice.status is NoticeStatus.SUBMITTED
    assert "red.judicial_reference" in rule_ids(notice)
    step = notice.history[-1]
    assert (step.action, step.from_status, step.to_status) == (
        "submit",
        NoticeStatus.DRAFT,
        NoticeStatus.SUBMITTED,
    )
    assert step.findings_count == len(notice.findings)


def test_an_officer_cannot_submit(scene: NoticeScene) -> None:
    notice = scene.draft()
    with pytest.raises(Forbidden):
        scene.notices.submit(scene.world.ke_officer, notice.id)


def test_a_diffusion_is_sent_not_submitted(scene: NoticeScene) -> None:
    notice = scene.draft(diffusion_content("UGA"))
    with pytest.raises(Conflict):
        scene.notices.submit(scene.world.ke_supervisor, notice.id)


def test_the_reviewer_publishes_and_the_notice_is_valid_five_years(scene: NoticeScene) -> None:
    notice = scene.published()
    assert notice.status is NoticeStatus.PUBLISHED
    assert notice.published_at is not None
    assert notice.valid_until == date(2031, 3, 1)
    assert [e.action for e in notice.history] == ["draft", "submit", "start_review", "publish"]


def test_publishing_over_blocking_findings_needs_the_reviewers_reasons(scene: NoticeScene) -> None:
    notice = scene.under_review(red_content(judicial_references=()))
    with pytest.raises(InvalidInput) as caught:
        scene.notices.publish(scene.world.reviewer, notice.id)
    assert caught.value.errors[0].location == "reasons"
    published = scene.notices.publish(
        scene.world.reviewer, notice.id, reasons="Warrant seen on the attached file."
    )
    assert published.status is NoticeStatus.PUBLISHED


def test_a_refusal_needs_reasons(scene: NoticeScene) -> None:
    notice = scene.under_review()
    with pytest.raises(InvalidInput):
        scene.notices.refuse(scene.world.reviewer, notice.id, reasons="  ")
    refused = scene.notices.refuse(
        scene.world.reviewer, notice.id, reasons="The facts describe a debt."
    )
    assert refused.status is NoticeStatus.REFUSED
    assert refused.history[-1].reasons == "The facts describe a debt."


def test_a_refused_notice_is_amended_and_submitted_again(scene: NoticeScene) -> None:
    notice = scene.under_review()
    scene.notices.refuse(scene.world.reviewer, notice.id, reasons="Say which court.")
    draft = scene.notices.amend(scene.world.ke_officer, notice.id)
    assert draft.status is NoticeStatus.DRAFT
    content = red_content(facts=draft.content.facts + " Warrant of the High Court, Nairobi.")
    scene.notices.update_draft(scene.world.ke_officer, notice.id, content, draft.subject_record_ids)
    again = scene.notices.submit(scene.world.ke_supervisor, notice.id)
    assert again.status is NoticeStatus.SUBMITTED
    assert again.reference == notice.reference


def test_questions_from_the_reviewer_are_answered_by_editing_and_submitting_again(
    scene: NoticeScene,
) -> None:
    notice = scene.under_review()
    asked = scene.notices.request_info(
        scene.world.reviewer, notice.id, reasons="Which penal code section?"
    )
    assert asked.status is NoticeStatus.MORE_INFO_REQUESTED
    scene.notices.update_draft(
        scene.world.ke_officer,
        notice.id,
        replace(asked.content, facts=asked.content.facts + " Section 203."),
        asked.subject_record_ids,
    )
    assert scene.notices.submit(scene.world.ke_supervisor, notice.id).status is (
        NoticeStatus.SUBMITTED
    )


def test_a_reviewer_cannot_decide_on_a_request_of_their_own_bureau(
    scene: NoticeScene, platform: Platform
) -> None:
    user = DirectoryService(platform).add_user(
        NewUser(
            "sec_supervisor",
            "Secretariat Supervisor",
            PASSWORD,
            "SECRETARIAT",
            frozenset({Role.OFFICER, Role.SUPERVISOR}),
            Classification.CONFIDENTIAL,
        )
    )
    with platform.uow() as uow:
        own = uow.directory.actor(user.id)
    assert own is not None
    subject = scene.records.create(own, wanted_person(), SharingChoice()).id
    notice = scene.notices.draft(own, red_content(), (subject,))
    scene.notices.submit(own, notice.id)
    with pytest.raises(Forbidden) as caught:
        scene.notices.start_review(scene.world.reviewer, notice.id)
    assert "own bureau" in caught.value.message
    assert notice.id not in [n.id for n in scene.notices.queue(scene.world.reviewer)]


def test_the_review_queue_shows_waiting_requests_with_their_findings(scene: NoticeScene) -> None:
    waiting = scene.submitted(red_content(judicial_references=()))
    scene.draft()
    sent = scene.sent()
    queue = scene.notices.queue(scene.world.reviewer)
    assert [n.id for n in queue] == [waiting.id, sent.id]
    assert "red.judicial_reference" in rule_ids(queue[0])


def test_only_reviewers_see_the_queue(scene: NoticeScene) -> None:
    with pytest.raises(Forbidden):
        scene.notices.queue(scene.world.ke_supervisor)


# --- after publication ------------------------------------------------------------------------


def test_the_requesting_supervisor_withdraws(scene: NoticeScene) -> None:
    notice = scene.published()
    with pytest.raises(Forbidden):
        scene.notices.withdraw(scene.world.ke_officer, notice.id)
    withdrawn = scene.notices.withdraw(scene.world.ke_supervisor, notice.id, reasons="Arrested.")
    assert withdrawn.status is NoticeStatus.WITHDRAWN


def test_another_bureau_cannot_withdraw_a_published_notice(scene: NoticeScene) -> None:
    notice = scene.published()
    with pytest.raises(Forbidden):
        scene.notices.withdraw(scene.world.ug_officer, notice.id)


def test_another_bureau_does_not_learn_of_a_draft(scene: NoticeScene) -> None:
    notice = scene.draft()
    with pytest.raises(NotFound):
        scene.notices.withdraw(scene.world.ug_officer, notice.id)


def test_the_secretariat_cancels_with_reasons(scene: NoticeScene) -> None:
    notice = scene.published()
    with pytest.raises(InvalidInput):
        scene.notices.cancel(scene.world.reviewer, notice.id, reasons="")
    cancelled = scene.notices.cancel(
        scene.world.reviewer, notice.id, reasons="Complaint upheld by the commission."
    )
    assert cancelled.status is NoticeStatus.CANCELLED
    with pytest.raises(Conflict):
        scene.notices.withdraw(scene.world.ke_supervisor, notice.id)


def test_an_extension_after_review_restarts_the_validity_from_that_day(
    scene: NoticeScene, platform: Platform
) -> None:
    notice = scene.published()
    platform.clock = lambda: MONDAY.replace(year=2030)
    extended = scene.notices.extend(
        scene.world.reviewer, notice.id, reasons="Still wanted; warrant confirmed."
    )
    assert extended.valid_until == date(2035, 3, 1)
    assert extended.status is NoticeStatus.PUBLISHED


def test_the_expiry_sweep_expires_only_notices_past_their_validity(scene: NoticeScene) -> None:
    notice = scene.published()
    assert notice.valid_until is not None
    assert scene.notices.expire_due(notice.valid_until) == []
    assert scene.notices.expire_due(notice.valid_until + timedelta(days=1)) == [notice.id]
    expired = scene.notices.get(scene.world.ke_supervisor, notice.id)
    assert expired.status is NoticeStatus.EXPIRED
    assert expired.history[-1].actor_username == "system"


# --- diffusions ------------------------------------------------------------------------------


def test_a_sent_diffusion_is_out_at_once_and_reviewed_afterwards(scene: NoticeScene) -> None:
    sent = scene.sent()
    assert sent.status is NoticeStatus.SENT
    assert sent.sent_at is not None and sent.valid_until is not None
    approved = scene.notices.approve(scene.world.reviewer, sent.id)
    assert approved.status is NoticeStatus.REVIEWED_OK


def test_a_diffusion_with_blocking_findings_is_not_sent(scene: NoticeScene) -> None:
    notice = scene.draft(diffusion_content("UGA", judicial_references=()))
    with pytest.raises(InvalidInput) as caught:
        scene.notices.send(scene.world.ke_supervisor, notice.id)
    assert caught.value.errors[0].location == "findings"
    assert scene.notices.get(scene.world.ke_officer, notice.id).status is NoticeStatus.DRAFT


def test_a_refused_diffusion_can_be_amended(scene: NoticeScene) -> None:
    sent = scene.sent()
    refused = scene.notices.refuse(scene.world.reviewer, sent.id, reasons="Private dispute.")
    assert refused.status is NoticeStatus.REVIEWED_REFUSED
    assert refused.kind is NoticeKind.DIFFUSION
    assert scene.notices.amend(scene.world.ke_officer, sent.id).status is NoticeStatus.DRAFT


# --- accountability ---------------------------------------------------------------------------


def test_every_decision_is_audited_with_its_reasons(scene: NoticeScene, platform: Platform) -> None:
    notice = scene.under_review()
    scene.notices.refuse(scene.world.reviewer, notice.id, reasons="Political character.")
    with platform.uow() as uow:
        decisions = uow.audit.events(action=AuditAction.DECISION)
    steps = [(e.entry.actor_username, e.entry.detail["step"]) for e in reversed(decisions)]
    assert steps == [
        ("ke_supervisor", "submit"),
        ("reviewer", "start_review"),
        ("reviewer", "refuse"),
    ]
    assert decisions[0].entry.detail["reasons"] == "Political character."
    assert decisions[0].entry.record_ids == notice.subject_record_ids


def test_the_expiry_is_audited_as_a_decision_of_the_system(
    scene: NoticeScene, platform: Platform
) -> None:
    notice = scene.published()
    assert notice.valid_until is not None
    scene.notices.expire_due(notice.valid_until + timedelta(days=1))
    with platform.uow() as uow:
        [latest, *_] = uow.audit.events(action=AuditAction.DECISION)
    assert (latest.entry.actor_username, latest.entry.detail["step"]) == ("system", "expire")
