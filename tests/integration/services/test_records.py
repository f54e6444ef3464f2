"""Record use cases against SQLite and PostgreSQL: writing, the gate on reads, auditing."""

from __future__ import annotations

import pytest

from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.record_views import FullRecord, HitStub, RecordFilter
from pamoja.model.records import RecordKind
from pamoja.model.sharing import Classification, OutsideScope, Scope
from pamoja.services.errors import Forbidden, InvalidInput, NotFound
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.support.records import passport, person
from tests.support.world import World

BUREAU_ONLY_HIT = SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.HIT_ONLY)
BUREAU_ONLY_SILENT = SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.NOTHING)
AFRIPOL = SharingChoice(
    scope=Scope.REGIONAL_BODIES,
    regional_bodies=frozenset({"AFRIPOL"}),
    outside_scope=OutsideScope.NOTHING,
)


@pytest.fixture
def records(platform: Platform) -> RecordService:
    return RecordService(platform)


def test_a_created_record_keeps_names_as_typed_and_gets_a_country_reference(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person("محمد عبد الرحمن يوسف"), SharingChoice())
    assert created.details.primary_name == "محمد عبد الرحمن يوسف"  # type: ignore[union-attr]
    assert created.reference.startswith("KEN/")
    assert created.owner.code == "KEN-NCB"


def test_owner_sees_full_record_and_outsider_gets_a_hit_only_stub(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), BUREAU_ONLY_HIT)
    assert isinstance(records.get(world.ke_officer, created.id), FullRecord)
    stub = records.get(world.fr_officer, created.id)
    assert isinstance(stub, HitStub)
    assert stub.reference == created.reference
    assert "NCB Nairobi" in stub.contact


def test_a_record_whose_owner_allows_nothing_outside_scope_does_not_exist_for_outsiders(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), BUREAU_ONLY_SILENT)
    with pytest.raises(NotFound):
        records.get(world.fr_officer, created.id)


def test_regional_body_members_see_content_and_non_members_see_nothing(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), AFRIPOL)
    assert isinstance(records.get(world.ng_officer, created.id), FullRecord)
    with pytest.raises(NotFound):
        records.get(world.fr_officer, created.id)


def test_lists_show_only_records_the_actor_may_read_in_full(
    records: RecordService, world: World
) -> None:
    records.create(world.ke_officer, person("Shared Person"), SharingChoice())
    records.create(world.ke_officer, person("Hidden Person"), BUREAU_ONLY_HIT)
    listed = records.find(world.fr_officer, RecordFilter(kind=RecordKind.PERSON))
    assert [type(v) for v in listed.items] == [FullRecord]
    assert listed.total == 1


def test_search_shows_hit_only_stubs_for_matching_records_outside_scope(
    records: RecordService, world: World
) -> None:
    records.create(world.ke_officer, person("Amina Wanjiru"), BUREAU_ONLY_HIT)
    found = records.find(
        world.fr_officer, RecordFilter(text="wanjiru"), purpose=Purpose.CRIMINAL_INVESTIGATION
    )
    assert len(found.items) == 1
    assert isinstance(found.items[0], HitStub)


@pytest.mark.parametrize("query", ["Ахмедов", "ahmedov"])
def test_search_finds_a_name_by_its_own_script_and_its_latin_transliteration(
    records: RecordService, world: World, query: str
) -> None:
    records.create(world.ke_officer, person("Юсуф Ахмедов"), SharingChoice())
    found = records.find(world.ug_officer, RecordFilter(text=query), purpose=Purpose.BORDER_CHECK)
    assert found.total == 1


def test_person_search_without_a_purpose_is_refused(records: RecordService, world: World) -> None:
    with pytest.raises(InvalidInput, match="purpose"):
        records.find(world.ke_officer, RecordFilter(text="yusuf"))


def test_confidential_record_is_a_stub_for_a_user_without_clearance_in_the_owner_bureau(
    records: RecordService, world: World
) -> None:
    secret = SharingChoice(classification=Classification.CONFIDENTIAL)
    created = records.create(world.ke_officer, person(), secret)
    assert isinstance(records.get(world.ke_low, created.id), HitStub)


def test_filing_above_ones_own_clearance_is_refused(records: RecordService, world: World) -> None:
    secret = SharingChoice(classification=Classification.CONFIDENTIAL)
    with pytest.raises(InvalidInput, match="clearance"):
        records.create(world.ke_low, person(), secret)


def test_sharing_with_an_unknown_country_is_refused_and_nothing_is_written(
    records: RecordService, world: World
) -> None:
    bad = SharingChoice(scope=Scope.COUNTRIES, countries=frozenset({"BRA"}))
    with pytest.raises(InvalidInput, match="BRA is not a member"):
        records.create_many(
            world.ke_officer, [(person(), SharingChoice(), None), (person(), bad, None)]
        )
    assert records.find(world.ke_officer, RecordFilter()).total == 0


def test_only_the_owner_bureau_changes_a_record(records: RecordService, world: World) -> None:
    created = records.create(world.ke_officer, person(), SharingChoice())
    with pytest.raises(Forbidden):
        records.update(world.ug_officer, created.id, person("Other Name"), SharingChoice())
    updated = records.update(world.ke_officer, created.id, person("Other Name"), SharingChoice())
    assert updated.version == 2


def test_an_outsider_cannot_learn_of_a_silent_record_by_trying_to_change_it(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), BUREAU_ONLY_SILENT)
    with pytest.raises(NotFound):
        records.delete(world.fr_officer, created.id, reason="test")


def test_deleting_needs_a_reason_and_removes_the_record(
    records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), SharingChoice())
    with pytest.raises(InvalidInput):
        records.delete(world.ke_officer, created.id, reason=" ")
    records.delete(world.ke_officer, created.id, reason="entered twice")
    with pytest.raises(NotFound):
        records.get(world.ke_officer, created.id)


def test_document_numbers_are_found_by_normalised_key(records: RecordService, world: World) -> None:
    records.create(world.ke_officer, passport("AK 123-4567"), SharingChoice())
    found = records.find(
        world.ke_border, RecordFilter(key="doc:AK1234567"), purpose=Purpose.BORDER_CHECK
    )
    assert found.total == 1


def test_links_to_records_outside_scope_show_no_label(records: RecordService, world: World) -> None:
    holder = records.create(world.ke_officer, person(), SharingChoice())
    document = records.create(world.ke_officer, passport(), BUREAU_ONLY_HIT)
    from pamoja.model.records import LinkKind

    records.link(world.ke_officer, holder.id, document.id, LinkKind.HOLDER_OF)
    seen = records.get(world.fr_officer, holder.id)
    assert isinstance(seen, FullRecord)
    assert seen.links[0].other_reference == document.reference
    assert seen.links[0].other_label is None


def test_every_read_search_and_write_is_audited_with_actor_and_purpose(
    platform: Platform, records: RecordService, world: World
) -> None:
    created = records.create(world.ke_officer, person(), SharingChoice())
    records.get(world.ug_officer, created.id)
    records.find(world.ug_officer, RecordFilter(text="yusuf"), purpose=Purpose.BORDER_CHECK)
    with platform.uow() as uow:
        events = uow.audit.events(record_id=created.id)
    actions = [(e.entry.action, e.entry.actor_username, e.entry.purpose) for e in events]
    assert actions == [
        (AuditAction.SEARCH, "ug_officer", "border_check"),
        (AuditAction.READ, "ug_officer", None),
        (AuditAction.CREATE, "ke_officer", None),
    ]


def test_export_is_refused_to_plain_officers(records: RecordService, world: World) -> None:
    with pytest.raises(Forbidden):
        list(records.export(world.ke_officer, RecordFilter(), purpose=Purpose.ANALYSIS))
