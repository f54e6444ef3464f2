"""Hits through the service: screening that matches an active notice creates a hit, tells the
searcher what to do, fills the requesting bureau's inbox and webhooks, and is followed up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, replace
from datetime import timedelta

import pytest

from pamoja.matching import Subject
from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.dates import PartialDate
from pamoja.model.notices import HitOutcome, HitStatus, NoticeType
from pamoja.policy.hit_follow_up import REPEAT_WINDOW
from pamoja.policy.webhooks import WebhookEvent
from pamoja.services.audit import AuditService
from pamoja.services.errors import Conflict, Forbidden, NotFound
from pamoja.services.hits import HitService, ScreenOutcome
from pamoja.services.platform import Platform
from pamoja.services.webhooks import WebhookService
from pamoja.store.notice_views import Notice
from tests.conftest import running
from tests.support.clock import FakeClock
from tests.support.notices import NoticeScene, make_scene, yellow_content
from tests.support.receiver import http_receiver
from tests.support.world import World, build_world

JUMA = Subject(
    id="passenger-7",
    names=("Juma Otieno Kariuki",),
    birth_date=PartialDate(1984, 3, 12),
    nationalities=("KEN",),
)
SOMEONE_ELSE = Subject(id="passenger-8", names=("Amina Wanjiru",), nationalities=("KEN",))


@pytest.fixture
def platform(database_url: str, clock: FakeClock) -> Iterator[Platform]:
    with running(database_url, clock) as built:
        yield built


@pytest.fixture
def scene(platform: Platform, world: World) -> NoticeScene:
    return make_scene(platform, world)


@pytest.fixture
def hits(platform: Platform, scene: NoticeScene) -> HitService:
    return HitService(platform, scene.screening, scene.notices)


@pytest.fixture
def red(scene: NoticeScene) -> Notice:
    return scene.published()


def _screen(
    hits: HitService, world: World, who: str = "fr_officer", query: Subject = JUMA
) -> ScreenOutcome:
    return hits.screen(
        world.actors[who], [query], purpose=Purpose.BORDER_CHECK, place="CDG Terminal 2E"
    )


@pytest.mark.parametrize(
    ("settings", "is_hit"),
    [
        ({}, True),
        ({"screening_year_only_points": -0.08}, False),
        ({"screening_alert_threshold": 0.95, "screening_review_threshold": 0.9}, False),
    ],
    ids=["defaults", "a year-only birth date asks for review", "a higher alert threshold"],
)
def test_the_nodes_screening_settings_decide_which_matches_are_hits(
    database_url: str, clock: FakeClock, settings: dict[str, float], is_hit: bool
) -> None:
    # the notice gives 1984-03-12; the passenger's document only the year
    with running(database_url, clock, **settings) as platform:
        scene = make_scene(platform, build_world(platform))
        scene.published()
        hits = HitService(platform, scene.screening, scene.notices)
        query = replace(JUMA, birth_date=PartialDate(1984))
        assert bool(_screen(hits, scene.world, query=query).hits) is is_hit


def test_a_match_on_a_published_notice_creates_a_hit_with_the_instruction(
    hits: HitService, world: World, red: Notice
) -> None:
    outcome = _screen(hits, world)
    [alert] = outcome.hits
    assert alert.notice_id == red.id
    assert alert.query_id == "passenger-7"
    assert alert.notice_type is NoticeType.RED
    assert alert.instruction.text == (
        "Red: locate; provisional arrest possible where national law allows; "
        f"contact NCB Nairobi, reference {red.reference}"
    )


def test_the_hit_alert_carries_nothing_of_the_subject_record(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    shown = json.dumps(asdict(alert), default=str)
    assert "Kisumu" not in shown
    assert "Kariuki" not in shown


def test_a_yellow_hit_says_do_not_detain(
    hits: HitService, scene: NoticeScene, world: World
) -> None:
    scene.published(yellow_content())
    [alert] = _screen(hits, world).hits
    assert alert.instruction.text.startswith("Yellow: do not detain")


def test_no_hit_for_someone_else(hits: HitService, world: World, red: Notice) -> None:
    assert _screen(hits, world, query=SOMEONE_ELSE).hits == ()


def test_no_hit_on_a_notice_still_under_review(
    hits: HitService, scene: NoticeScene, world: World
) -> None:
    scene.under_review()
    assert _screen(hits, world).hits == ()


def test_the_hit_records_who_searched_where_and_what(
    hits: HitService, world: World, red: Notice, clock: FakeClock
) -> None:
    [alert] = _screen(hits, world).hits
    detail = hits.get(world.ke_officer, alert.hit_id)
    hit = detail.hit
    assert hit.searcher_username == "fr_officer"
    assert hit.searcher_bureau_id == world.fr_officer.bureau_id
    assert hit.place == "CDG Terminal 2E"
    assert hit.purpose == Purpose.BORDER_CHECK.value
    assert hit.query["names"] == ["Juma Otieno Kariuki"]
    assert hit.created_at == clock()
    assert hit.explanation
    assert hit.status is HitStatus.NEW


def test_the_hit_is_audited(
    platform: Platform, hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    [event] = AuditService(platform).events(world.admin, action=AuditAction.HIT)
    assert event.entry.actor_username == "fr_officer"
    assert event.entry.detail["hit"] == alert.hit_id
    assert event.entry.detail["place"] == "CDG Terminal 2E"


def test_the_requesting_bureau_sees_the_hit_unread_in_its_inbox(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    inbox = hits.inbox(world.ke_officer)
    assert [h.id for h in inbox.items] == [alert.hit_id]
    assert hits.inbox_counts(world.ke_officer).unread == 1
    hits.get(world.ke_supervisor, alert.hit_id)
    counts = hits.inbox_counts(world.ke_officer)
    assert counts.unread == 0
    assert counts.by_status == {HitStatus.NEW: 1}


def test_the_searcher_opening_the_hit_leaves_it_unread_for_the_requester(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    hits.get(world.fr_officer, alert.hit_id)
    assert hits.inbox_counts(world.ke_officer).unread == 1
    assert [h.id for h in hits.sent(world.fr_officer).items] == [alert.hit_id]


def test_a_third_bureau_cannot_see_the_hit(hits: HitService, world: World, red: Notice) -> None:
    [alert] = _screen(hits, world).hits
    with pytest.raises(NotFound):
        hits.get(world.ng_officer, alert.hit_id)
    assert hits.inbox(world.ng_officer).total == 0


def test_the_same_query_again_within_the_window_is_counted_not_added(
    hits: HitService, world: World, red: Notice, clock: FakeClock
) -> None:
    [first] = _screen(hits, world).hits
    clock.advance(REPEAT_WINDOW - timedelta(minutes=1))
    [again] = _screen(hits, world).hits
    assert again.hit_id == first.hit_id
    assert again.repeat
    [hit] = hits.inbox(world.ke_officer).items
    assert hit.repeat_count == 1
    assert hit.last_seen_at == clock()


def test_the_same_query_after_the_window_is_a_new_hit(
    hits: HitService, world: World, red: Notice, clock: FakeClock
) -> None:
    [first] = _screen(hits, world).hits
    clock.advance(REPEAT_WINDOW)
    [later] = _screen(hits, world).hits
    assert later.hit_id != first.hit_id
    assert not later.repeat


def test_another_searcher_makes_a_new_hit(hits: HitService, world: World, red: Notice) -> None:
    [first] = _screen(hits, world).hits
    [other] = _screen(hits, world, who="ug_officer").hits
    assert other.hit_id != first.hit_id


def test_the_hit_lifecycle_is_followed_and_recorded(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    hits.advance(world.ke_officer, alert.hit_id, HitStatus.CONFIRMED, note="Fingerprints match.")
    hits.advance(
        world.fr_officer, alert.hit_id, HitStatus.ACTION_TAKEN, HitOutcome.ARRESTED, "In custody."
    )
    detail = hits.advance(world.ke_supervisor, alert.hit_id, HitStatus.CLOSED)
    assert detail.hit.status is HitStatus.CLOSED
    assert detail.hit.outcome is HitOutcome.ARRESTED
    assert [(e.to_status, e.actor_username) for e in detail.history] == [
        (HitStatus.NEW, "fr_officer"),
        (HitStatus.CONFIRMED, "ke_officer"),
        (HitStatus.ACTION_TAKEN, "fr_officer"),
        (HitStatus.CLOSED, "ke_supervisor"),
    ]
    assert detail.history[1].note == "Fingerprints match."


def test_a_step_the_lifecycle_does_not_allow_is_refused(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    with pytest.raises(Conflict, match="cannot go from new to action_taken"):
        hits.advance(world.ke_officer, alert.hit_id, HitStatus.ACTION_TAKEN, HitOutcome.LOCATED)


def test_action_taken_needs_the_outcome(hits: HitService, world: World, red: Notice) -> None:
    [alert] = _screen(hits, world).hits
    hits.advance(world.ke_officer, alert.hit_id, HitStatus.CONFIRMED)
    with pytest.raises(Conflict, match="say which action was taken"):
        hits.advance(world.fr_officer, alert.hit_id, HitStatus.ACTION_TAKEN)


def test_only_the_requesting_bureau_closes_a_hit(
    hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    hits.advance(world.fr_officer, alert.hit_id, HitStatus.NOT_THE_PERSON)
    with pytest.raises(Forbidden):
        hits.advance(world.fr_officer, alert.hit_id, HitStatus.CLOSED)


def test_each_step_is_audited(
    platform: Platform, hits: HitService, world: World, red: Notice
) -> None:
    [alert] = _screen(hits, world).hits
    hits.advance(world.ke_officer, alert.hit_id, HitStatus.NOT_THE_PERSON, note="Older man.")
    step = AuditService(platform).events(world.admin, action=AuditAction.HIT, limit=1)[0]
    assert step.entry.detail["step"] == "not_the_person"
    assert step.entry.detail["note"] == "Older man."


def test_the_requesting_bureau_gets_hit_created_and_hit_updated_webhooks(
    platform: Platform, hits: HitService, world: World, red: Notice, clock: FakeClock
) -> None:
    webhooks = WebhookService(platform)
    with http_receiver() as receiver:
        webhooks.create_endpoint(
            world.ke_supervisor,
            world.ke_supervisor.bureau_id,
            receiver.url,
            [WebhookEvent.HIT_CREATED.value, WebhookEvent.HIT_UPDATED.value],
        )
        [alert] = _screen(hits, world).hits
        hits.advance(world.ke_officer, alert.hit_id, HitStatus.CONFIRMED)
        assert webhooks.deliver_due().delivered == 2
    created, updated = (json.loads(r.body) for r in receiver.received)
    assert created["type"] == "hit.created"
    assert created["data"]["hit_id"] == alert.hit_id
    assert created["data"]["notice"]["reference"] == str(red.reference)
    assert created["data"]["searched_by"]["bureau"] == "FRA-NCB"
    assert created["data"]["place"] == "CDG Terminal 2E"
    assert updated["type"] == "hit.updated"
    assert (updated["data"]["previous_status"], updated["data"]["status"]) == ("new", "confirmed")


def test_a_repeat_sends_no_new_webhook(
    platform: Platform, hits: HitService, world: World, red: Notice
) -> None:
    webhooks = WebhookService(platform)
    with http_receiver() as receiver:
        webhooks.create_endpoint(
            world.ke_supervisor, world.ke_supervisor.bureau_id, receiver.url, ["hit.created"]
        )
        _screen(hits, world)
        _screen(hits, world)
        assert webhooks.deliver_due().delivered == 1
    assert len(receiver.received) == 1
