"""Record use cases: create, read, search, change, delete, link and export, each audited."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEntry, Purpose
from pamoja.model.record_views import FullRecord, Page, RecordFilter, RecordView
from pamoja.model.records import Details, LinkKind, PersonDetails, RecordKind, kind_of
from pamoja.model.sharing import Classification, OutsideScope, Scope, Sharing
from pamoja.policy import rights
from pamoja.services.errors import FieldError, Forbidden, InvalidInput, NotFound
from pamoja.services.paging import check_page
from pamoja.services.platform import Platform, RecordChange
from pamoja.services.record_facets import facets_of, fold
from pamoja.store.records import NewRecord
from pamoja.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class SharingChoice:
    """How the owner chooses to share a record; the owner bureau is the actor's."""

    classification: Classification = Classification.RESTRICTED
    scope: Scope = Scope.ALL_MEMBERS
    countries: frozenset[str] = field(default_factory=frozenset)
    regional_bodies: frozenset[str] = field(default_factory=frozenset)
    outside_scope: OutsideScope = OutsideScope.HIT_ONLY

    def for_owner(self, actor: Actor) -> Sharing:
        return Sharing(
            owner_bureau_id=actor.bureau_id,
            owner_country=actor.country,
            classification=self.classification,
            scope=self.scope,
            countries=self.countries,
            regional_bodies=self.regional_bodies,
            outside_scope=self.outside_scope,
        )


def actor_entry(
    actor: Actor,
    action: AuditAction,
    *,
    purpose: str | None = None,
    record_ids: Sequence[int] = (),
    detail: dict[str, Any] | None = None,
    **more: Any,
) -> AuditEntry:
    return AuditEntry(
        action=action,
        actor_username=actor.username,
        actor_user_id=actor.user_id,
        bureau_id=actor.bureau_id,
        purpose=purpose,
        record_ids=tuple(record_ids),
        detail={**(detail or {}), **more},
    )


class RecordService:
    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    # --- writing -------------------------------------------------------------------------

    def create(
        self,
        actor: Actor,
        details: Details,
        sharing: SharingChoice,
        *,
        reference: str | None = None,
    ) -> FullRecord:
        return self._get_after_write(
            actor, self.create_many(actor, [(details, sharing, reference)])[0]
        )

    def create_many(
        self,
        actor: Actor,
        items: Sequence[tuple[Details, SharingChoice, str | None]],
        *,
        source: str | None = None,
    ) -> list[int]:
        """Validate everything first, then write all records in one transaction, or none."""
        self._require_writer(actor)
        with self._platform.uow() as uow:
            errors: list[FieldError] = []
            known = _KnownNames(uow)
            new: list[NewRecord] = []
            for position, (details, choice, reference) in enumerate(items, start=1):
                where = f"record {position}" if len(items) > 1 else "record"
                sharing = choice.for_owner(actor)
                errors.extend(_validate(actor, details, sharing, known, where))
                if reference is not None and uow.records.reference_exists(reference):
                    errors.append(FieldError(f"{where}.reference", f"{reference} already exists"))
                new.append(NewRecord(details, sharing, facets_of(details), reference))
            if errors:
                raise InvalidInput(errors)
            ids = uow.records.add_many(new, created_by=actor.user_id, now=self._platform.now())
            action = AuditAction.IMPORT if source else AuditAction.CREATE
            detail = {"source": source, "count": len(ids)} if source else {}
            uow.audit.append(actor_entry(actor, action, record_ids=ids, detail=detail))
            uow.commit()
        self._platform.records_changed(
            [RecordChange(i, kind_of(d)) for i, (d, _, _) in zip(ids, items, strict=True)]
        )
        return ids

    def update(
        self, actor: Actor, record_id: int, details: Details, sharing: SharingChoice
    ) -> FullRecord:
        with self._platform.uow() as uow:
            current = self._owned(uow, actor, record_id)
            if kind_of(details) is not current:
                raise InvalidInput.one("kind", f"record {record_id} is a {current.value}")
            new_sharing = sharing.for_owner(actor)
            errors = _validate(actor, details, new_sharing, _KnownNames(uow), "record")
            if errors:
                raise InvalidInput(errors)
            uow.records.update(
                record_id,
                NewRecord(details, new_sharing, facets_of(details)),
                now=self._platform.now(),
            )
            uow.audit.append(actor_entry(actor, AuditAction.UPDATE, record_ids=[record_id]))
            uow.commit()
        self._platform.records_changed([RecordChange(record_id, current)])
        return self._get_after_write(actor, record_id)

    def delete(self, actor: Actor, record_id: int, *, reason: str) -> None:
        if not reason.strip():
            raise InvalidInput.one("reason", "say why the record is deleted")
        with self._platform.uow() as uow:
            kind = self._owned(uow, actor, record_id)
            uow.records.delete(record_id)
            uow.audit.append(
                actor_entry(actor, AuditAction.DELETE, record_ids=[record_id], reason=reason)
            )
            uow.commit()
        self._platform.records_changed([RecordChange(record_id, kind, removed=True)])

    def link(self, actor: Actor, source_id: int, target_id: int, kind: LinkKind) -> None:
        with self._platform.uow() as uow:
            self._owned(uow, actor, source_id)
            if uow.records.get_for(actor, target_id) is None:
                raise NotFound(f"record {target_id} does not exist")
            uow.records.add_link(source_id, target_id, kind)
            uow.audit.append(
                actor_entry(
                    actor, AuditAction.UPDATE, record_ids=[source_id, target_id], link=kind.value
                )
            )
            uow.commit()

    # --- reading -------------------------------------------------------------------------

    def get(self, actor: Actor, record_id: int, *, purpose: str | None = None) -> RecordView:
        with self._platform.uow() as uow:
            view = uow.records.get_for(actor, record_id)
            if view is None:
                raise NotFound(f"record {record_id} does not exist or is not shared with you")
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.READ,
                    purpose=purpose,
                    record_ids=[record_id],
                    seen="full" if isinstance(view, FullRecord) else "hit_only",
                )
            )
            uow.commit()
            return view

    def get_by_reference(self, actor: Actor, reference: str) -> RecordView:
        with self._platform.uow() as uow:
            record_id = uow.records.id_of_reference(reference)
        if record_id is None:
            raise NotFound(f"no record has reference {reference}")
        return self.get(actor, record_id)

    def find(
        self,
        actor: Actor,
        flt: RecordFilter,
        *,
        purpose: Purpose | None = None,
        page: int = 1,
        per_page: int = 50,
    ) -> Page[RecordView]:
        """List (without text: only what the actor may see) or search (with text: hit-only stubs
        for matching records outside the actor's scope). Searching persons needs a purpose."""
        check_page(page, per_page)
        searching = bool(flt.text or flt.key)
        if searching and flt.kind in (None, RecordKind.PERSON) and purpose is None:
            raise InvalidInput.one(
                "purpose",
                "a search that may touch persons needs a purpose: "
                + ", ".join(p.value for p in Purpose),
            )
        stored = RecordFilter(
            kind=flt.kind,
            text=fold(flt.text) if flt.text else None,
            owner_country=flt.owner_country,
            owner_bureau_id=flt.owner_bureau_id,
            status=flt.status,
            key=flt.key,
        )
        with self._platform.uow() as uow:
            found = uow.records.find_for(
                actor, stored, page=page, per_page=per_page, with_stubs=searching
            )
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.SEARCH if searching else AuditAction.READ,
                    purpose=purpose.value if purpose else None,
                    record_ids=[v.id for v in found.items],
                    query=_describe(flt),
                    total=found.total,
                )
            )
            uow.commit()
        return found

    def export(self, actor: Actor, flt: RecordFilter, *, purpose: Purpose) -> Iterator[FullRecord]:
        """Every record matching `flt` the actor may see in full; the export is audited first."""
        if not rights.may_export(actor):
            raise Forbidden("exports are for supervisors, analysts and administrators")
        with self._platform.uow() as uow:
            uow.audit.append(
                actor_entry(actor, AuditAction.EXPORT, purpose=purpose.value, query=_describe(flt))
            )
            uow.commit()
        with self._platform.uow() as uow:
            yield from uow.records.iter_full_for(actor, flt)

    # --- helpers -------------------------------------------------------------------------

    def _require_writer(self, actor: Actor) -> None:
        if not rights.may_create_records(actor):
            raise Forbidden("only officers and supervisors record data")

    def _owned(self, uow: UnitOfWork, actor: Actor, record_id: int) -> RecordKind:
        found = uow.records.sharing_and_kind(record_id)
        if found is None or uow.records.get_for(actor, record_id) is None:
            raise NotFound(f"record {record_id} does not exist or is not shared with you")
        sharing, kind = found
        if not rights.may_change_record(actor, sharing):
            raise Forbidden("only the owner bureau's officers and supervisors change a record")
        return kind

    def _get_after_write(self, actor: Actor, record_id: int) -> FullRecord:
        with self._platform.uow() as uow:
            view = uow.records.get_for(actor, record_id)
        if not isinstance(view, FullRecord):
            raise Forbidden("the record was written, but your clearance does not let you read it")
        return view


class _KnownNames:
    """Member countries and regional bodies, looked up once per validation."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.countries = {c for c, _, _ in uow.directory.countries()}
        self.bodies = {code for code, _, _ in uow.directory.regional_bodies()}


def _validate(
    actor: Actor, details: Details, sharing: Sharing, known: _KnownNames, where: str
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not rights.may_share_beyond_clearance(actor, sharing):
        errors.append(
            FieldError(
                f"{where}.classification",
                f"{sharing.classification.value} is above your clearance ({actor.clearance.value})",
            )
        )
    if sharing.scope is Scope.COUNTRIES and not sharing.countries:
        errors.append(FieldError(f"{where}.countries", "name the countries to share with"))
    if sharing.scope is Scope.REGIONAL_BODIES and not sharing.regional_bodies:
        errors.append(FieldError(f"{where}.regional_bodies", "name the regional bodies"))
    for country in sorted(sharing.countries - known.countries):
        errors.append(FieldError(f"{where}.countries", f"{country} is not a member country"))
    for body in sorted(sharing.regional_bodies - known.bodies):
        errors.append(FieldError(f"{where}.regional_bodies", f"{body} is not a regional body"))
    if isinstance(details, PersonDetails):
        if not details.names or not any(n.full_name.strip() for n in details.names):
            errors.append(FieldError(f"{where}.names", "a person needs at least one name"))
        for name in details.names:
            if len(name.full_name) > 300:
                errors.append(FieldError(f"{where}.names", "a name is longer than 300 characters"))
    return errors


def _describe(flt: RecordFilter) -> dict[str, str]:
    return {k: str(v) for k, v in asdict(flt).items() if v is not None}
