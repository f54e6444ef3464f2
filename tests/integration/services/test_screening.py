"""Screening through the service: the index follows the store and every result passes the gate."""

from __future__ import annotations

import pytest

from pamoja.matching import Decision, Subject
from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord, HitStub
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.services.errors import InvalidInput
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from pamoja.services.screening import ScreeningService
from tests.support.records import person
from tests.support.world import World

QUERY = Subject(
    id="q1",
    names=("Mohamed Abdelrahman Youssef",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)


@pytest.fixture
def records(platform: Platform) -> RecordService:
    return RecordService(platform)


@pytest.fixture
def screening(platform: Platform) -> ScreeningService:
    service = ScreeningService(platform)
    service.load()
    return service


def _screen(screening: ScreeningService, world: World, who: str = "fr_officer") -> list[object]:
    results = screening.screen(world.actors[who], [QUERY], purpose=Purpose.BORDER_CHECK)
    return list(results[0].matches)


def test_a_person_written_in_arabic_is_found_by_a_latin_spelling_with_an_explanation(
    screening: ScreeningService, records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person("محمد عبد الرحمن يوسف"), SharingChoice())
    [match] = screening.screen(world.fr_officer, [QUERY], purpose=Purpose.BORDER_CHECK)[0].matches
    assert match.record_id == created.id
    assert match.decision is Decision.ALERT
    assert isinstance(match.view, FullRecord)
    assert match.explanation


def test_records_loaded_at_start_up_are_screened(
    platform: Platform, records: RecordService, world: World
) -> None:
    records.create(world.ke_officer, person(), SharingChoice())
    service = ScreeningService(platform)
    assert service.load() == 1
    assert _screen(service, world)


def test_a_match_outside_scope_is_a_stub_without_explanation(
    screening: ScreeningService, records: RecordService, world: World
) -> None:
    records.create(world.ke_officer, person(), SharingChoice(scope=Scope.BUREAU))
    [match] = screening.screen(world.fr_officer, [QUERY], purpose=Purpose.BORDER_CHECK)[0].matches
    assert isinstance(match.view, HitStub)
    assert match.explanation is None


def test_a_record_whose_owner_allows_nothing_outside_scope_never_matches_for_outsiders(
    screening: ScreeningService, records: RecordService, world: World
) -> None:
    records.create(
        world.ke_officer,
        person(),
        SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.NOTHING),
    )
    assert _screen(screening, world) == []
    assert len(_screen(screening, world, "ke_officer")) == 1


def test_a_changed_record_is_screened_as_changed_and_a_deleted_one_not_at_all(
    screening: ScreeningService, records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person("Amina Wanjiru"), SharingChoice())
    assert _screen(screening, world) == []
    records.update(world.ke_officer, created.id, person(), SharingChoice())
    assert len(_screen(screening, world)) == 1
    records.delete(world.ke_officer, created.id, reason="duplicate")
    assert _screen(screening, world) == []


def test_screening_is_audited_with_purpose_and_the_records_shown(
    platform: Platform, screening: ScreeningService, records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), SharingChoice())
    _screen(screening, world)
    with platform.uow() as uow:
        [event] = uow.audit.events(action=AuditAction.SCREEN)
    assert event.entry.purpose == "border_check"
    assert event.entry.record_ids == (created.id,)
    assert event.entry.actor_username == "fr_officer"


def test_a_batch_over_the_limit_is_refused(screening: ScreeningService, world: World) -> None:
    with pytest.raises(InvalidInput, match="at most 1000"):
        screening.screen(world.fr_officer, [QUERY] * 1001, purpose=Purpose.BORDER_CHECK)


def test_a_watched_notice_subject_is_screenable_by_its_audience_beyond_the_record_scope(
    screening: ScreeningService, records: RecordService, world: World
) -> None:
    created = records.create(
        world.ke_officer,
        person(),
        SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.NOTHING),
    )
    audience = SharingChoice().for_owner(world.ke_officer)
    screening.watch(41, [(created.id, person())], audience)
    [result] = screening.screen(world.fr_officer, [QUERY], purpose=Purpose.BORDER_CHECK)
    assert result.matches == ()
    [noticed] = result.notice_matches
    assert (noticed.notice_id, noticed.record_id) == (41, created.id)


def test_an_unwatched_notice_subject_no_longer_matches(
    screening: ScreeningService, world: World
) -> None:
    screening.watch(41, [(7, person())], SharingChoice().for_owner(world.ke_officer))
    screening.unwatch(41)
    [result] = screening.screen(world.fr_officer, [QUERY], purpose=Purpose.BORDER_CHECK)
    assert result.notice_matches == ()
