"""Who reads which notice and how much; the facts a hit needs; the public extracts served without
login, only for consenting Red and Yellow notices and only the extract."""

from __future__ import annotations

import pytest

from pamoja.formats.public_notice import PublicNoticeQuery
from pamoja.model.audit import AuditAction
from pamoja.model.dates import PartialDate
from pamoja.model.notices import NoticeKind, NoticeStatus, NoticeType
from pamoja.policy.notice_access import NoticeAccess
from pamoja.services.errors import NotFound
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from tests.support.notices import (
    NoticeScene,
    diffusion_content,
    make_scene,
    red_content,
    wanted_person,
    yellow_content,
)
from tests.support.world import World


@pytest.fixture
def scene(platform: Platform, world: World) -> NoticeScene:
    return make_scene(platform, world)


WARRANT_SEEN = "The warrant is in the attached file."


# --- who reads what ------------------------------------------------------------------------------


def test_the_requesting_bureau_reads_status_findings_and_history(scene: NoticeScene) -> None:
    notice = scene.published(red_content(judicial_references=()), reasons=WARRANT_SEEN)
    seen = scene.notices.get(scene.world.ke_officer, notice.id)
    assert seen.access is NoticeAccess.FULL
    assert seen.findings and seen.history


def test_other_members_read_a_published_notice_without_findings_or_history(
    scene: NoticeScene,
) -> None:
    notice = scene.published(red_content(judicial_references=()), reasons=WARRANT_SEEN)
    seen = scene.notices.get(scene.world.fr_officer, notice.id)
    assert seen.access is NoticeAccess.CIRCULATED
    assert seen.content.facts == notice.content.facts
    assert seen.findings == () and seen.history == ()


def test_a_draft_is_known_only_to_its_bureau(scene: NoticeScene) -> None:
    notice = scene.draft()
    for who in ("fr_officer", "reviewer"):
        with pytest.raises(NotFound):
            scene.notices.get(scene.world.actors[who], notice.id)


def test_reviewers_read_submitted_requests_in_full(scene: NoticeScene) -> None:
    notice = scene.submitted()
    assert scene.notices.get(scene.world.reviewer, notice.id).access is NoticeAccess.FULL


def test_a_diffusion_is_read_by_its_addressees_only(scene: NoticeScene) -> None:
    sent = scene.sent(diffusion_content("UGA"))
    assert scene.notices.get(scene.world.ug_officer, sent.id).access is NoticeAccess.CIRCULATED
    with pytest.raises(NotFound):
        scene.notices.get(scene.world.fr_officer, sent.id)


def test_a_withdrawn_notice_no_longer_circulates(scene: NoticeScene) -> None:
    notice = scene.published()
    scene.notices.withdraw(scene.world.ke_supervisor, notice.id)
    with pytest.raises(NotFound):
        scene.notices.get(scene.world.fr_officer, notice.id)
    assert scene.notices.circulating(scene.world.fr_officer) == []


def test_a_bureau_lists_its_own_requests_in_every_status(scene: NoticeScene) -> None:
    draft = scene.draft()
    published = scene.published()
    own = scene.notices.notices_of_bureau(scene.world.ke_officer)
    assert [n.id for n in own] == [published.id, draft.id]
    assert scene.notices.notices_of_bureau(scene.world.ug_officer) == []


def test_members_list_what_circulates(scene: NoticeScene) -> None:
    published = scene.published()
    scene.sent(diffusion_content("UGA"))
    scene.draft()
    assert [n.id for n in scene.notices.circulating(scene.world.fr_officer)] == [published.id]
    assert len(scene.notices.circulating(scene.world.ug_officer)) == 2


def test_a_notice_is_found_by_its_reference(scene: NoticeScene) -> None:
    notice = scene.published()
    found = scene.notices.get_by_reference(scene.world.fr_officer, notice.reference.url_form)
    assert found.id == notice.id


def test_reading_a_notice_is_audited(scene: NoticeScene, platform: Platform) -> None:
    notice = scene.published()
    scene.notices.get(scene.world.fr_officer, notice.id)
    with platform.uow() as uow:
        [read, *_] = uow.audit.events(action=AuditAction.READ)
    assert read.entry.actor_username == "fr_officer"
    assert read.entry.detail["notice_id"] == notice.id
    assert read.entry.detail["seen"] == "circulated"


def test_the_actions_offered_follow_the_workflow(scene: NoticeScene) -> None:
    notice = scene.submitted()
    actions = scene.notices.actions_for(scene.world.reviewer, notice)
    assert {a.value for a in actions} == {"start_review"}
    assert {a.value for a in scene.notices.actions_for(scene.world.ke_supervisor, notice)} == {
        "withdraw"
    }


# --- hits ----------------------------------------------------------------------------------------


def test_a_hit_learns_type_reference_and_requesting_bureau(scene: NoticeScene) -> None:
    notice = scene.published()
    facts = scene.notices.summary_for_hit(notice.id)
    assert facts is not None
    assert (facts.notice_type, facts.kind, facts.reference) == (
        NoticeType.RED,
        NoticeKind.NOTICE,
        notice.reference,
    )
    assert (facts.requesting_bureau_name, facts.requesting_bureau_code) == (
        "NCB Nairobi",
        "KEN-NCB",
    )
    assert facts.reviewed and facts.active


def test_a_hit_on_a_diffusion_not_yet_reviewed_says_so(scene: NoticeScene) -> None:
    sent = scene.sent()
    facts = scene.notices.summary_for_hit(sent.id)
    assert facts is not None and facts.status is NoticeStatus.SENT
    assert not facts.reviewed and facts.active


def test_a_hit_on_an_unknown_notice_has_no_facts(scene: NoticeScene) -> None:
    assert scene.notices.summary_for_hit(999) is None


# --- public notices --------------------------------------------------------------------------


def query(notice_type: NoticeType = NoticeType.RED, **filters: object) -> PublicNoticeQuery:
    return PublicNoticeQuery(notice_type, **filters)  # type: ignore[arg-type]


def test_a_consenting_red_notice_is_public_with_only_its_extract(scene: NoticeScene) -> None:
    notice = scene.published(red_content(public_extract_consent=True))
    page = scene.notices.public_notices(query())
    [public] = page.notices
    assert page.total == 1
    assert public.reference == notice.reference
    assert (public.forename, public.name) == ("Juma Otieno", "Kariuki")
    assert public.date_of_birth == PartialDate(1984, 3, 12)
    assert public.nationalities == ("KEN",)
    [warrant] = public.arrest_warrants
    assert (warrant.issuing_country, warrant.charge) == ("KEN", "Murder")


def test_a_notice_without_consent_is_not_public(scene: NoticeScene) -> None:
    notice = scene.published()
    assert scene.notices.public_notices(query()).total == 0
    with pytest.raises(NotFound):
        scene.notices.public_notice(NoticeType.RED, notice.reference)


def test_a_consenting_notice_is_public_only_once_published(scene: NoticeScene) -> None:
    scene.under_review(red_content(public_extract_consent=True))
    assert scene.notices.public_notices(query()).total == 0


def test_a_withdrawn_notice_leaves_the_public_list(scene: NoticeScene) -> None:
    notice = scene.published(red_content(public_extract_consent=True))
    scene.notices.withdraw(scene.world.ke_supervisor, notice.id)
    assert scene.notices.public_notices(query()).total == 0


def test_a_public_yellow_notice_is_found_by_its_reference_without_warrants(
    scene: NoticeScene,
) -> None:
    notice = scene.published(yellow_content(public_extract_consent=True))
    public = scene.notices.public_notice(NoticeType.YELLOW, notice.reference.url_form)
    assert public.notice_type is NoticeType.YELLOW
    assert public.arrest_warrants == ()
    with pytest.raises(NotFound):
        scene.notices.public_notice(NoticeType.RED, notice.reference)


def test_public_notices_are_filtered_by_the_query(scene: NoticeScene) -> None:
    scene.published(red_content(public_extract_consent=True))
    assert scene.notices.public_notices(query(name="kariuki")).total == 1
    assert scene.notices.public_notices(query(name="Smith")).total == 0


def test_the_public_extract_is_a_snapshot_taken_at_publication(scene: NoticeScene) -> None:
    notice = scene.published(red_content(public_extract_consent=True))
    renamed = wanted_person("Baraka Njoroge", given="Baraka", family="Njoroge")
    scene.records.update(
        scene.world.ke_officer, notice.subject_record_ids[0], renamed, SharingChoice()
    )
    assert scene.notices.public_notice(NoticeType.RED, notice.reference).name == "Kariuki"
