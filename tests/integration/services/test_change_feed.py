"""A node follows what other processes write to its store (another node, the command line):
after reading the change feed, its screening index holds what they wrote."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pamoja.matching import Subject
from pamoja.model.audit import Purpose
from pamoja.model.dates import PartialDate
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from pamoja.services.wiring import Services, build_services
from tests.conftest import running
from tests.support.notices import NoticeScene, make_scene
from tests.support.records import person
from tests.support.world import World

QUERY = Subject(
    id="q1",
    names=("Mohammed Abdulrahman Yusuf",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)
WANTED = Subject(
    id="q2",
    names=("Juma Otieno Kariuki",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)


@pytest.fixture
def node(platform: Platform, world: World) -> Services:
    return build_services(platform)


@pytest.fixture
def elsewhere(database_url: str, world: World) -> Iterator[NoticeScene]:
    """Another process on the same store, with services of its own."""
    with running(database_url) as other:
        yield make_scene(other, world)


def _found(node: Services, world: World, query: Subject = QUERY) -> list[int]:
    [result] = node.screening.screen(world.fr_officer, [query], purpose=Purpose.BORDER_CHECK)
    return [match.record_id for match in result.matches]


def _notices_matched(node: Services, world: World) -> list[int]:
    [result] = node.screening.screen(world.fr_officer, [WANTED], purpose=Purpose.BORDER_CHECK)
    return [match.notice_id for match in result.notice_matches]


def test_a_record_written_elsewhere_is_screened_once_the_feed_is_read(
    node: Services, elsewhere: NoticeScene, world: World
) -> None:
    created = elsewhere.records.create(world.ke_officer, person(), SharingChoice())
    assert _found(node, world) == []
    assert node.changes.catch_up() == 1
    assert _found(node, world) == [created.id]


def test_a_record_deleted_elsewhere_leaves_the_index_once_the_feed_is_read(
    node: Services, elsewhere: NoticeScene, world: World
) -> None:
    created = elsewhere.records.create(world.ke_officer, person(), SharingChoice())
    node.changes.catch_up()
    elsewhere.records.delete(world.ke_supervisor, created.id, reason="entered twice")
    node.changes.catch_up()
    assert len(node.screening) == 0  # out of the index, not only hidden by the store


def test_a_record_renamed_elsewhere_is_screened_under_its_new_name_once_the_feed_is_read(
    node: Services, elsewhere: NoticeScene, world: World
) -> None:
    created = elsewhere.records.create(world.ke_officer, person("Amina Wanjiru"), SharingChoice())
    node.changes.catch_up()
    elsewhere.records.update(world.ke_officer, created.id, person(), SharingChoice())
    node.changes.catch_up()
    assert _found(node, world) == [created.id]


def test_a_notice_published_elsewhere_is_screened_and_one_cancelled_elsewhere_is_not(
    node: Services, elsewhere: NoticeScene, world: World
) -> None:
    notice = elsewhere.published()
    node.changes.catch_up()
    assert _notices_matched(node, world) == [notice.id]
    elsewhere.notices.cancel(world.reviewer, notice.id, reasons="Complaint upheld.")
    node.changes.catch_up()
    assert _notices_matched(node, world) == []


def test_more_changes_than_one_reading_takes_are_all_followed(
    node: Services, elsewhere: NoticeScene, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pamoja.services.change_feed.READ_AT_ONCE", 2)
    names = ["Amina Wanjiru", "Juma Otieno", "Grace Mensah", "Wang Xiaoming", "Lars Eriksson"]
    for name in names:
        elsewhere.records.create(world.ke_officer, person(name), SharingChoice())
    assert node.changes.catch_up() == len(names)
    assert len(node.screening) == len(names)


def test_changes_already_followed_are_not_followed_again(
    node: Services, elsewhere: NoticeScene, world: World
) -> None:
    elsewhere.records.create(world.ke_officer, person(), SharingChoice())
    node.changes.catch_up()
    assert node.changes.catch_up() == 0


def test_what_was_written_before_the_node_started_is_loaded_not_followed(
    platform: Platform, elsewhere: NoticeScene, world: World
) -> None:
    created = elsewhere.records.create(world.ke_officer, person(), SharingChoice())
    node = build_services(platform)
    assert node.changes.catch_up() == 0
    assert _found(node, world) == [created.id]


def test_pruning_forgets_only_changes_there_at_the_pruning_before(
    platform: Platform, node: Services, elsewhere: NoticeScene, world: World
) -> None:
    elsewhere.records.create(world.ke_officer, person(), SharingChoice())
    assert node.changes.prune() == 0
    elsewhere.records.create(world.ke_officer, person("Amina Wanjiru"), SharingChoice())
    assert node.changes.prune() == 1
    with platform.uow() as uow:
        assert len(uow.changes.after(0, 10)) == 1
