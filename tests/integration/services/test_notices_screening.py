"""Active notices and diffusions in the screening index: in at once when they become active, out at
once when they stop, screenable only by their audience, current with their subject records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pamoja.matching import Subject
from pamoja.model.audit import Purpose
from pamoja.model.dates import PartialDate
from pamoja.services.notices import NoticeService
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from pamoja.services.screening import NoticeMatch, ScreeningService
from tests.support.notices import NoticeScene, diffusion_content, make_scene, wanted_person
from tests.support.world import World

JUMA = Subject(
    id="q1",
    names=("Juma Otieno Kariuki",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)


@pytest.fixture
def scene(platform: Platform, world: World) -> NoticeScene:
    return make_scene(platform, world)


def notice_matches(
    screening: ScreeningService, world: World, who: str, query: Subject = JUMA
) -> list[NoticeMatch]:
    [result] = screening.screen(world.actors[who], [query], purpose=Purpose.BORDER_CHECK)
    return list(result.notice_matches)


def test_a_published_notice_subject_is_found_from_another_country(scene: NoticeScene) -> None:
    notice = scene.under_review()
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []
    scene.notices.publish(scene.world.reviewer, notice.id)
    [match] = notice_matches(scene.screening, scene.world, "fr_officer")
    assert (match.notice_id, match.record_id) == (notice.id, notice.subject_record_ids[0])
    assert match.explanation


def test_a_withdrawn_notice_no_longer_matches(scene: NoticeScene) -> None:
    notice = scene.published()
    scene.notices.withdraw(scene.world.ke_supervisor, notice.id)
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []


def test_a_cancelled_notice_no_longer_matches(scene: NoticeScene) -> None:
    notice = scene.published()
    scene.notices.cancel(scene.world.reviewer, notice.id, reasons="Complaint upheld.")
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []


def test_an_expired_notice_no_longer_matches(scene: NoticeScene) -> None:
    notice = scene.published()
    assert notice.valid_until is not None
    scene.notices.expire_due(notice.valid_until + timedelta(days=1))
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []


def test_a_sent_diffusion_is_screenable_at_once_by_its_addressees_only(scene: NoticeScene) -> None:
    scene.sent(diffusion_content("UGA"))
    assert notice_matches(scene.screening, scene.world, "ug_officer")
    assert notice_matches(scene.screening, scene.world, "ng_officer") == []
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []


def test_a_diffusion_to_a_regional_body_reaches_its_members(scene: NoticeScene) -> None:
    scene.sent(diffusion_content(bodies=("AFRIPOL",)))
    assert notice_matches(scene.screening, scene.world, "ng_officer")
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []


def test_a_diffusion_to_countries_and_a_body_reaches_both(scene: NoticeScene) -> None:
    scene.sent(diffusion_content("FRA", bodies=("AFRIPOL",)))
    assert notice_matches(scene.screening, scene.world, "fr_officer")
    assert notice_matches(scene.screening, scene.world, "eg_officer")


def test_a_diffusion_refused_after_sending_leaves_the_index(scene: NoticeScene) -> None:
    sent = scene.sent()
    scene.notices.refuse(scene.world.reviewer, sent.id, reasons="Private dispute.")
    assert notice_matches(scene.screening, scene.world, "ug_officer") == []


def test_an_approved_diffusion_stays_screenable(scene: NoticeScene) -> None:
    sent = scene.sent()
    scene.notices.approve(scene.world.reviewer, sent.id)
    assert notice_matches(scene.screening, scene.world, "ug_officer")


def test_active_notices_are_screenable_again_after_a_restart(
    scene: NoticeScene, platform: Platform
) -> None:
    scene.published()
    screening = ScreeningService(platform)
    screening.load()
    assert NoticeService(platform, screening).load_active() == 1
    assert notice_matches(screening, scene.world, "fr_officer")


def test_a_change_to_the_subject_record_is_followed(scene: NoticeScene) -> None:
    notice = scene.published()
    record_id = notice.subject_record_ids[0]
    renamed = wanted_person("Baraka Mwangi Njoroge", given="Baraka Mwangi", family="Njoroge")
    scene.records.update(scene.world.ke_officer, record_id, renamed, SharingChoice())
    baraka = Subject(id="q2", names=("Baraka Mwangi Njoroge",), birth_date=PartialDate(1984, 3, 12))
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []
    assert notice_matches(scene.screening, scene.world, "fr_officer", baraka)


def test_a_deleted_subject_record_leaves_the_index(scene: NoticeScene) -> None:
    notice = scene.published()
    scene.records.delete(
        scene.world.ke_officer, notice.subject_record_ids[0], reason="Deletion decision."
    )
    assert notice_matches(scene.screening, scene.world, "fr_officer") == []
    assert scene.notices.get(scene.world.ke_supervisor, notice.id).subject_record_ids == ()
