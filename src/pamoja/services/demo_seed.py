"""Storing the demo dataset: members, bodies, bureaus, accounts, records, links and people's
requests, in one go.

Seeding is the operator's work, not a user's: it writes through the store's bulk paths in one
transaction (records in one insert per owner bureau, links in one insert), hashes each distinct
password once, and leaves one audit event per account and per owner bureau's batch of records,
in the operator's name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pamoja.demo.dataset import DemoDataset
from pamoja.demo.values import DemoPeopleRequest, DemoRecord
from pamoja.model.audit import AuditAction, AuditEntry
from pamoja.model.sharing import Sharing
from pamoja.policy.deadlines import load_deadlines
from pamoja.services.directory import OPERATOR
from pamoja.services.people_requests import receive
from pamoja.services.platform import Platform, RecordChange
from pamoja.services.record_facets import facets_of
from pamoja.store.people_requests import NewPeopleRequest
from pamoja.store.records import NewRecord
from pamoja.store.unit_of_work import UnitOfWork

DEMO_SOURCE = "demo"
"""The import source the trail names for demo records."""

Progress = Callable[[int, int], None]
"""Called with (records stored so far, records in all)."""


@dataclass(frozen=True, slots=True)
class SeedReport:
    countries: int
    regional_bodies: int
    bureaus: int
    users: int
    records: int
    links: int
    people_requests: int


def is_empty(platform: Platform) -> bool:
    """Whether the store has no member countries yet (a fresh database)."""
    with platform.uow() as uow:
        return not uow.directory.countries()


def seed_demo(
    platform: Platform, dataset: DemoDataset, *, progress: Progress | None = None
) -> SeedReport:
    """Store the whole dataset in one transaction; the store must be empty."""
    hashes = {p: platform.passwords.hash(p) for p in {u.password for u in dataset.users}}
    now = platform.now()
    with platform.uow() as uow:
        _store_directory(uow, dataset, hashes, platform)
        bureau_ids = {b.code: b.id for b in uow.directory.bureaus()}
        ids_of_key: dict[str, int] = {}
        changes: list[RecordChange] = []
        by_owner: dict[str, list[DemoRecord]] = defaultdict(list)
        for record in dataset.records:
            by_owner[record.owner_bureau].append(record)
        countries = {b.code: b.country for b in dataset.bureaus}
        done = 0
        for owner, records in by_owner.items():
            bureau_id = bureau_ids[owner]
            new = [_new_record(r, bureau_id, countries[owner]) for r in records]
            ids = uow.records.add_many(new, created_by=None, now=now)
            ids_of_key.update(zip((r.key for r in records), ids, strict=True))
            changes.extend(RecordChange(i, r.kind) for i, r in zip(ids, records, strict=True))
            uow.audit.append(
                AuditEntry(
                    AuditAction.IMPORT,
                    actor_username=OPERATOR,
                    bureau_id=bureau_id,
                    record_ids=tuple(ids),
                    detail={"source": DEMO_SOURCE, "count": len(ids)},
                )
            )
            done += len(records)
            if progress is not None:
                progress(done, len(dataset.records))
        uow.records.add_links(
            [(ids_of_key[k.source_key], ids_of_key[k.target_key], k.kind) for k in dataset.links]
        )
        _store_people_requests(uow, dataset.people_requests, now)
        uow.commit()
    platform.records_changed(changes)
    return SeedReport(
        countries=len(dataset.countries),
        regional_bodies=len(dataset.regional_bodies),
        bureaus=len(dataset.bureaus),
        users=len(dataset.users),
        records=len(dataset.records),
        links=len(dataset.links),
        people_requests=len(dataset.people_requests),
    )


def _store_people_requests(
    uow: UnitOfWork, requests: tuple[DemoPeopleRequest, ...], now: datetime
) -> None:
    """As if each had come in on the public form `days_ago` days before `now`."""
    if not requests:
        return
    deadlines = load_deadlines()
    for request in requests:
        new = NewPeopleRequest(
            kind=request.kind,
            full_name=request.full_name,
            date_of_birth=request.date_of_birth,
            nationality=request.nationality,
            contact=request.contact,
            lawyer=request.lawyer,
            request_text=request.request_text,
        )
        receive(uow, new, now - timedelta(days=request.days_ago), deadlines)
    uow.audit.append(
        AuditEntry(
            AuditAction.CREATE,
            actor_username=OPERATOR,
            detail={"source": DEMO_SOURCE, "people_requests": len(requests)},
        )
    )


def _store_directory(
    uow: UnitOfWork, dataset: DemoDataset, hashes: dict[str, str], platform: Platform
) -> None:
    for country in dataset.countries:
        uow.directory.add_country(country.alpha3, country.name, country.region)
    uow.session.flush()
    for body in dataset.regional_bodies:
        uow.directory.add_regional_body(body.code, body.name, body.members)
    bureau_ids = {}
    for bureau in dataset.bureaus:
        stored = uow.directory.add_bureau(
            bureau.code, bureau.name, bureau.kind, bureau.country, bureau.city
        )
        bureau_ids[bureau.code] = stored.id
    for user in dataset.users:
        uow.directory.add_user(
            username=user.username,
            full_name=user.full_name,
            password_hash=hashes[user.password],
            bureau_id=bureau_ids[user.bureau_code],
            roles=user.roles,
            clearance=user.clearance,
            now=platform.now(),
        )
        uow.audit.append(
            AuditEntry(
                AuditAction.USER_CREATED,
                actor_username=OPERATOR,
                detail={
                    "username": user.username,
                    "roles": sorted(r.value for r in user.roles),
                    "source": DEMO_SOURCE,
                },
            )
        )


def _new_record(record: DemoRecord, bureau_id: int, country: str) -> NewRecord:
    sharing = Sharing(
        owner_bureau_id=bureau_id,
        owner_country=country,
        classification=record.classification,
        scope=record.scope,
        countries=record.countries,
        regional_bodies=record.regional_bodies,
        outside_scope=record.outside_scope,
    )
    return NewRecord(record.details, sharing, facets_of(record.details))
