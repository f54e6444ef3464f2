"""People's rights through the service: public submission, statutory deadline, reviewers' queue,
records found and linked, decisions with reasons, and deletions carried out everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from pamoja.matching import Subject
from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.dates import PartialDate
from pamoja.model.notices import NoticeStatus, PeopleRequestKind, PeopleRequestStatus
from pamoja.model.record_views import FullRecord
from pamoja.model.records import PersonDetails
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.policy.deadlines import load_deadlines
from pamoja.services.audit import AuditService
from pamoja.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from pamoja.services.people_requests import (
    PeopleRequestService,
    PeopleRequestSubmission,
)
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from tests.conftest import running
from tests.support.clock import FakeClock
from tests.support.notices import NoticeScene, make_scene, wanted_person
from tests.support.world import World

JUMA = Subject(
    id="q1",
    names=("Juma Otieno Kariuki",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)


@pytest.fixture
def platform(database_url: str, clock: FakeClock) -> Iterator[Platform]:
    with running(database_url, clock) as built:
        yield built


@pytest.fixture
def scene(platform: Platform, world: World) -> NoticeScene:
    return make_scene(platform, world)


@pytest.fixture
def rights(platform: Platform, scene: NoticeScene) -> PeopleRequestService:
    return PeopleRequestService(platform, scene.records, scene.notices)


def _submission(kind: str = "deletion", **changes: str) -> PeopleRequestSubmission:
    values = {
        "kind": kind,
        "full_name": "Juma Otieno Kariuki",
        "contact": "juma@example.org",
        "request_text": "Please delete what you hold on me.",
        "date_of_birth": "1984-03-12",
        "nationality": "Kenya",
        "lawyer": "Wanjiru Advocates",
        **changes,
    }
    return PeopleRequestSubmission(**values)


def _request_id(rights: PeopleRequestService, world: World, reference: str) -> int:
    [view] = [v for v in rights.queue(world.reviewer) if v.request.reference == reference]
    return view.request.id


def _shared_subject(scene: NoticeScene, details: PersonDetails | None = None) -> int:
    """A person record of NCB Nairobi shared with all members (so reviewers see it)."""
    return scene.subject(details, scope=Scope.ALL_MEMBERS, outside_scope=OutsideScope.HIT_ONLY)


def _screen_for_notices(scene: NoticeScene) -> list[object]:
    [result] = scene.screening.screen(scene.world.fr_officer, [JUMA], purpose=Purpose.BORDER_CHECK)
    return list(result.notice_matches)


def test_a_person_submits_without_login_and_learns_the_statutory_deadline(
    rights: PeopleRequestService, clock: FakeClock
) -> None:
    receipt = rights.submit(_submission())
    days = load_deadlines().people_request_days[PeopleRequestKind.DELETION]
    assert receipt.reference == f"PR/{clock().year}/000001"
    assert receipt.due_on == clock().date() + timedelta(days=days)


def test_a_submission_is_stored_as_given_with_the_nationality_as_alpha3(
    rights: PeopleRequestService, world: World
) -> None:
    receipt = rights.submit(_submission())
    view = rights.get(world.reviewer, _request_id(rights, world, receipt.reference))
    assert view.request.nationality == "KEN"
    assert view.request.date_of_birth == PartialDate(1984, 3, 12)
    assert view.request.lawyer == "Wanjiru Advocates"
    assert view.request.status is PeopleRequestStatus.RECEIVED


def test_a_submission_names_every_field_that_is_wrong(rights: PeopleRequestService) -> None:
    with pytest.raises(InvalidInput) as refused:
        rights.submit(
            _submission("erasure", full_name=" ", date_of_birth="12/03/84", nationality="Atlantis")
        )
    assert {e.location for e in refused.value.errors} == {
        "kind",
        "full_name",
        "date_of_birth",
        "nationality",
    }


def test_the_public_submission_does_not_put_the_persons_name_in_the_audit_trail(
    platform: Platform, rights: PeopleRequestService, world: World
) -> None:
    rights.submit(_submission())
    [event] = AuditService(platform).events(world.admin, action=AuditAction.CREATE, limit=1)
    assert event.entry.actor_username == "public:people_request"
    assert "Juma" not in str(event.entry.detail)


def test_only_reviewers_see_the_queue(rights: PeopleRequestService, world: World) -> None:
    with pytest.raises(Forbidden):
        rights.queue(world.ke_supervisor)


def test_the_queue_puts_the_earliest_deadline_first_and_flags_overdue_requests(
    rights: PeopleRequestService, world: World, clock: FakeClock
) -> None:
    days = load_deadlines().people_request_days
    first = rights.submit(_submission("access"))
    clock.advance(timedelta(days=1))
    rights.submit(_submission("deletion"))
    assert [v.overdue for v in rights.queue(world.reviewer)] == [False, False]
    clock.advance(timedelta(days=days[PeopleRequestKind.ACCESS]))
    overdue = rights.queue(world.reviewer, overdue_only=True)
    assert [v.request.reference for v in overdue] == [first.reference]


def test_a_decided_request_is_not_overdue_and_leaves_the_queue(
    rights: PeopleRequestService, world: World, clock: FakeClock
) -> None:
    receipt = rights.submit(_submission("access"))
    request_id = _request_id(rights, world, receipt.reference)
    rights.decide(
        world.reviewer, request_id, PeopleRequestStatus.GRANTED, reasons="Extract sent by post."
    )
    clock.advance(timedelta(days=400))
    assert rights.queue(world.reviewer) == []
    [decided] = rights.queue(world.reviewer, include_decided=True)
    assert not decided.overdue


def test_taking_a_request_puts_it_under_review_by_the_reviewer(
    rights: PeopleRequestService, world: World
) -> None:
    receipt = rights.submit(_submission())
    view = rights.take(world.reviewer, _request_id(rights, world, receipt.reference))
    assert view.request.status is PeopleRequestStatus.UNDER_REVIEW
    assert view.request.reviewer_id == world.reviewer.user_id


def test_the_reviewer_finds_the_persons_records_for_a_data_subject_request(
    platform: Platform, rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    record_id = _shared_subject(scene)
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    found = rights.find_records(world.reviewer, request_id)
    assert [v.id for v in found.items] == [record_id]
    [search] = AuditService(platform).events(world.admin, action=AuditAction.SEARCH, limit=1)
    assert search.entry.purpose == Purpose.DATA_SUBJECT_REQUEST.value


def test_records_unknown_to_the_reviewer_cannot_be_linked(
    rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    private = scene.subject()
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    with pytest.raises(InvalidInput, match=f"record {private} does not exist"):
        rights.link_records(world.reviewer, request_id, [private])


def test_a_decision_needs_reasons(rights: PeopleRequestService, world: World) -> None:
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    with pytest.raises(InvalidInput, match="reasons"):
        rights.decide(world.reviewer, request_id, PeopleRequestStatus.REFUSED, reasons=" ")


def test_a_request_is_decided_once(rights: PeopleRequestService, world: World) -> None:
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    rights.decide(world.reviewer, request_id, PeopleRequestStatus.REFUSED, reasons="No data.")
    with pytest.raises(Conflict):
        rights.decide(world.reviewer, request_id, PeopleRequestStatus.GRANTED, reasons="Again.")


def test_a_granted_deletion_without_linked_records_is_refused_with_the_reason(
    rights: PeopleRequestService, world: World
) -> None:
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    with pytest.raises(InvalidInput, match="link the records"):
        rights.decide(world.reviewer, request_id, PeopleRequestStatus.GRANTED, reasons="Agreed.")


def test_a_granted_deletion_removes_the_record_the_notice_and_the_screening_entry(
    platform: Platform, rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    record_id = _shared_subject(scene, wanted_person())
    notice = scene.notices.publish(
        world.reviewer,
        scene.notices.start_review(
            world.reviewer,
            scene.notices.submit(world.ke_supervisor, scene.draft(subjects=(record_id,)).id).id,
        ).id,
    )
    assert _screen_for_notices(scene)
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    rights.link_records(world.reviewer, request_id, [record_id])
    outcome = rights.decide(
        world.reviewer,
        request_id,
        PeopleRequestStatus.GRANTED,
        reasons="The warrant was quashed on appeal.",
    )
    assert outcome.deleted_record_ids == (record_id,)
    assert outcome.cancelled_notice_ids == (notice.id,)
    with pytest.raises(NotFound):
        scene.records.get(world.ke_officer, record_id)
    assert scene.notices.get(world.ke_officer, notice.id).status is NoticeStatus.CANCELLED
    assert _screen_for_notices(scene) == []
    [linked] = outcome.view.request.linked
    assert linked.deleted_at is not None


def test_the_deletion_is_audited_naming_the_request_and_the_owner_bureau(
    platform: Platform, rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    record_id = _shared_subject(scene)
    receipt = rights.submit(_submission())
    request_id = _request_id(rights, world, receipt.reference)
    rights.link_records(world.reviewer, request_id, [record_id])
    rights.decide(world.reviewer, request_id, PeopleRequestStatus.GRANTED, reasons="Unlawful.")
    [deletion] = AuditService(platform).events(world.admin, action=AuditAction.DELETE)
    assert deletion.entry.record_ids == (record_id,)
    assert deletion.entry.actor_username == world.reviewer.username
    assert deletion.entry.detail["people_request"] == receipt.reference
    assert deletion.entry.detail["owner_bureau_id"] == world.ke_officer.bureau_id
    [decision] = AuditService(platform).events(world.admin, action=AuditAction.DECISION, limit=1)
    assert decision.entry.detail["reasons"] == "Unlawful."


def test_a_partly_granted_deletion_removes_only_the_named_records(
    rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    kept = _shared_subject(scene)
    deleted = _shared_subject(scene, wanted_person("Juma O. Kariuki"))
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    rights.link_records(world.reviewer, request_id, [kept, deleted])
    outcome = rights.decide(
        world.reviewer,
        request_id,
        PeopleRequestStatus.PARTLY_GRANTED,
        reasons="One record is still needed for a pending trial.",
        delete_record_ids=[deleted],
    )
    assert outcome.deleted_record_ids == (deleted,)
    assert isinstance(scene.records.get(world.ke_officer, kept), FullRecord)


def test_a_refused_deletion_deletes_nothing(
    rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    record_id = _shared_subject(scene)
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    rights.link_records(world.reviewer, request_id, [record_id])
    outcome = rights.decide(
        world.reviewer, request_id, PeopleRequestStatus.REFUSED, reasons="Lawfully held."
    )
    assert outcome.deleted_record_ids == ()
    assert outcome.view.request.status is PeopleRequestStatus.REFUSED
    assert outcome.view.request.reasons == "Lawfully held."
    assert isinstance(scene.records.get(world.ke_officer, record_id), FullRecord)


def test_a_deleted_person_is_no_longer_screened_as_a_record(
    rights: PeopleRequestService, scene: NoticeScene, world: World
) -> None:
    record_id = scene.records.create(world.ke_officer, wanted_person(), SharingChoice()).id
    [before] = scene.screening.screen(world.fr_officer, [JUMA], purpose=Purpose.BORDER_CHECK)
    assert [m.record_id for m in before.matches] == [record_id]
    request_id = _request_id(rights, world, rights.submit(_submission()).reference)
    rights.link_records(world.reviewer, request_id, [record_id])
    rights.decide(world.reviewer, request_id, PeopleRequestStatus.GRANTED, reasons="Unlawful.")
    [after] = scene.screening.screen(world.fr_officer, [JUMA], purpose=Purpose.BORDER_CHECK)
    assert after.matches == ()
