"""The audit trail is hash-chained: any change to a stored event is detected."""

from __future__ import annotations

from sqlalchemy import text

from pamoja.model.record_views import RecordFilter
from pamoja.services.audit import AuditService
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.support.records import person
from tests.support.world import World


def _some_activity(platform: Platform, world: World) -> None:
    records = RecordService(platform)
    created = records.create(world.ke_officer, person(), SharingChoice())
    records.get(world.ug_officer, created.id)
    records.find(world.ke_officer, RecordFilter())


def test_an_untouched_chain_verifies(platform: Platform, world: World) -> None:
    _some_activity(platform, world)
    report = AuditService(platform).verify()
    assert report.intact
    assert report.checked > 10


def test_a_tampered_event_is_reported_as_the_first_broken_link(
    platform: Platform, world: World
) -> None:
    _some_activity(platform, world)
    with platform.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor_username = 'nobody' WHERE id = 5"))
    report = AuditService(platform).verify()
    assert report.first_broken_id == 5


def test_a_deleted_event_is_detected(platform: Platform, world: World) -> None:
    _some_activity(platform, world)
    with platform.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events WHERE id = 3"))
    assert AuditService(platform).verify().first_broken_id == 3


def test_removing_the_newest_events_is_detected(platform: Platform, world: World) -> None:
    _some_activity(platform, world)
    with platform.engine.begin() as connection:
        last = connection.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
        connection.execute(text(f"DELETE FROM audit_events WHERE id = {last}"))  # noqa: S608
    assert not AuditService(platform).verify().intact
