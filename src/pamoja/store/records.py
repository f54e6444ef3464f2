"""The record repository: writes records and hands them out only through the sharing gate."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from pamoja.model.actors import Actor
from pamoja.model.record_views import (
    FullRecord,
    HitStub,
    LinkView,
    OwnerBureau,
    Page,
    RecordFilter,
    RecordView,
)
from pamoja.model.records import Details, LinkKind, RecordKind, kind_of
from pamoja.model.sharing import Classification, OutsideScope, Scope, Sharing
from pamoja.policy.sharing import Visibility, actor_audience, record_audience, visibility
from pamoja.store import details_codec
from pamoja.store.changes import Changed, note_changes
from pamoja.store.reference_counters import take_numbers
from pamoja.store.tables import (
    AudienceRow,
    BureauRow,
    LinkRow,
    RecordKeyRow,
    RecordRow,
)


@dataclass(frozen=True, slots=True)
class RecordFacets:
    """What services derive from a record's details for listing and lookup."""

    label: str
    status: str | None
    search_text: str
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class NewRecord:
    details: Details
    sharing: Sharing
    facets: RecordFacets
    reference: str | None = None


_LOOKUP_CHUNK = 500
"""References looked up per query after a bulk insert (below SQLite's variable limit)."""


def _join(values: Iterable[str]) -> str:
    return ";".join(sorted(values))


def _split(text: str) -> frozenset[str]:
    return frozenset(v for v in text.split(";") if v)


def sharing_of(row: RecordRow) -> Sharing:
    return Sharing(
        owner_bureau_id=row.owner_bureau_id,
        owner_country=row.owner_country,
        classification=Classification(row.classification),
        scope=Scope(row.scope),
        countries=_split(row.scope_countries),
        regional_bodies=_split(row.scope_bodies),
        outside_scope=OutsideScope(row.outside_scope),
    )


def _owner(bureau: BureauRow) -> OwnerBureau:
    return OwnerBureau(bureau.id, bureau.code, bureau.name, bureau.country)


class RecordRepository:
    """All SQL about records. Read methods take the actor and apply `policy.sharing.visibility`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- writing -------------------------------------------------------------------------

    def allocate_references(self, country: str, year: int, count: int = 1) -> list[str]:
        """Reserve `count` consecutive references like `KEN/2026/000042`."""
        prefix = f"{country}/{year}"
        # References of this form may also arrive in an import (an export re-imported):
        # never hand out one that is taken.
        highest = self._session.execute(
            select(func.max(RecordRow.reference)).where(
                RecordRow.reference.like(f"{prefix}/______")
            )
        ).scalar_one_or_none()
        taken = int(highest[-6:]) if highest is not None and highest[-6:].isdigit() else 0
        numbers = take_numbers(self._session, prefix, count, at_least_after=taken)
        return [f"{prefix}/{n:06d}" for n in numbers]

    def reference_exists(self, reference: str) -> bool:
        found = self._session.execute(
            select(RecordRow.id).where(RecordRow.reference == reference)
        ).first()
        return found is not None

    def add_many(
        self, records: Sequence[NewRecord], *, created_by: int | None, now: datetime
    ) -> list[int]:
        """Insert records in bulk (one statement per table); returns their ids in order."""
        if not records:
            return []
        missing = [r for r in records if r.reference is None]
        fresh: Iterator[str] = iter(())
        if missing:
            country = records[0].sharing.owner_country
            fresh = iter(self.allocate_references(country, now.year, len(missing)))
        rows: list[dict[str, Any]] = []
        for record in records:
            sharing = record.sharing
            rows.append(
                {
                    "reference": record.reference or next(fresh),
                    "kind": kind_of(record.details).value,
                    "label": record.facets.label[:300],
                    "owner_bureau_id": sharing.owner_bureau_id,
                    "owner_country": sharing.owner_country,
                    "classification": sharing.classification.value,
                    "classification_level": sharing.classification.level,
                    "scope": sharing.scope.value,
                    "scope_countries": _join(sharing.countries),
                    "scope_bodies": _join(sharing.regional_bodies),
                    "outside_scope": sharing.outside_scope.value,
                    "status": record.facets.status,
                    "details": details_codec.encode(record.details),
                    "search_text": record.facets.search_text,
                    "created_at": now,
                    "created_by": created_by,
                    "updated_at": now,
                    "version": 1,
                }
            )
        # One executemany without RETURNING, then the ids by reference: a RETURNING that must
        # keep the order falls back to one statement per row on SQLite, 20x slower.
        connection = self._session.connection()
        connection.execute(insert(RecordRow), rows)
        references = [row["reference"] for row in rows]
        id_of: dict[str, int] = {}
        for start in range(0, len(references), _LOOKUP_CHUNK):
            chunk = references[start : start + _LOOKUP_CHUNK]
            found = connection.execute(
                select(RecordRow.reference, RecordRow.id).where(RecordRow.reference.in_(chunk))
            )
            id_of.update({reference: record_id for reference, record_id in found})
        ids = [id_of[reference] for reference in references]
        self._write_index_rows(ids, records)
        note_changes(self._session, Changed.RECORD, ids)
        return ids

    def _write_index_rows(self, ids: Sequence[int], records: Sequence[NewRecord]) -> None:
        audiences = [
            {"record_id": i, "audience": a}
            for i, r in zip(ids, records, strict=True)
            for a in record_audience(r.sharing)
        ]
        keys = [
            {"record_id": i, "key": k[:120]}
            for i, r in zip(ids, records, strict=True)
            for k in r.facets.keys
        ]
        connection = self._session.connection()
        if audiences:
            connection.execute(insert(AudienceRow), audiences)
        if keys:
            connection.execute(insert(RecordKeyRow), keys)

    def update(self, record_id: int, record: NewRecord, *, now: datetime) -> None:
        row = self._session.get(RecordRow, record_id)
        if row is None:
            raise LookupError(f"record {record_id} does not exist")
        sharing = record.sharing
        row.label = record.facets.label[:300]
        row.classification = sharing.classification.value
        row.classification_level = sharing.classification.level
        row.scope = sharing.scope.value
        row.scope_countries = _join(sharing.countries)
        row.scope_bodies = _join(sharing.regional_bodies)
        row.outside_scope = sharing.outside_scope.value
        row.status = record.facets.status
        row.details = details_codec.encode(record.details)
        row.search_text = record.facets.search_text
        row.updated_at = now
        row.version += 1
        self._session.execute(delete(AudienceRow).where(AudienceRow.record_id == record_id))
        self._session.execute(delete(RecordKeyRow).where(RecordKeyRow.record_id == record_id))
        self._write_index_rows([record_id], [record])
        note_changes(self._session, Changed.RECORD, [record_id])
        self._session.flush()

    def delete(self, record_id: int) -> None:
        for table in (AudienceRow, RecordKeyRow):
            self._session.execute(delete(table).where(table.record_id == record_id))
        self._session.execute(
            delete(LinkRow).where(
                or_(LinkRow.source_id == record_id, LinkRow.target_id == record_id)
            )
        )
        self._session.execute(delete(RecordRow).where(RecordRow.id == record_id))
        note_changes(self._session, Changed.RECORD, [record_id])

    def add_link(self, source_id: int, target_id: int, kind: LinkKind) -> None:
        self._session.add(LinkRow(source_id=source_id, target_id=target_id, kind=kind.value))
        self._session.flush()

    def add_links(self, links: Sequence[tuple[int, int, LinkKind]]) -> None:
        if links:
            self._session.execute(
                insert(LinkRow),
                [{"source_id": s, "target_id": t, "kind": k.value} for s, t, k in links],
            )

    # --- reading without content (for rights checks and the screening index) --------------

    def sharing_and_kind(self, record_id: int) -> tuple[Sharing, RecordKind] | None:
        """The owner's sharing decision, to check rights before a change; no content."""
        row = self._session.get(RecordRow, record_id)
        if row is None:
            return None
        return sharing_of(row), RecordKind(row.kind)

    def id_of_reference(self, reference: str) -> int | None:
        return self._session.execute(
            select(RecordRow.id).where(RecordRow.reference == reference)
        ).scalar_one_or_none()

    def unfiltered(self, record_id: int) -> tuple[RecordKind, Details, Sharing] | None:
        """One record's content and sharing for an index that gates each result (see `scan`)."""
        row = self._session.get(RecordRow, record_id)
        if row is None:
            return None
        kind = RecordKind(row.kind)
        return kind, details_codec.decode(kind, row.details), sharing_of(row)

    def scan(self, kind: RecordKind, batch: int = 2000) -> Iterator[tuple[int, Details, Sharing]]:
        """Every record of a kind with its sharing, for building an index that gates each result.

        Whoever calls this must pass every result through `policy.sharing.visibility` before
        showing it; the screening service does.
        """
        last = 0
        while True:
            rows = list(
                self._session.execute(
                    select(RecordRow)
                    .where(RecordRow.kind == kind.value, RecordRow.id > last)
                    .order_by(RecordRow.id)
                    .limit(batch)
                ).scalars()
            )
            if not rows:
                return
            for row in rows:
                yield row.id, details_codec.decode(kind, row.details), sharing_of(row)
            last = rows[-1].id
            self._session.expunge_all()

    # --- reading through the gate -----------------------------------------------------------

    def get_for(self, actor: Actor, record_id: int) -> RecordView | None:
        row = self._session.get(RecordRow, record_id)
        if row is None:
            return None
        return self._view(actor, row, with_links=True)

    def views_for(self, actor: Actor, record_ids: Sequence[int]) -> dict[int, RecordView]:
        """Gate a batch of ids at once (e.g. screening results); unseen ids are left out."""
        if not record_ids:
            return {}
        rows = self._session.execute(
            select(RecordRow).where(RecordRow.id.in_(set(record_ids)))
        ).scalars()
        views = {}
        for row in rows:
            view = self._view(actor, row, with_links=False)
            if view is not None:
                views[row.id] = view
        return views

    def find_for(
        self,
        actor: Actor,
        flt: RecordFilter,
        *,
        page: int = 1,
        per_page: int = 50,
        with_stubs: bool = False,
    ) -> Page[RecordView]:
        """Records matching `flt` the actor may see; with `with_stubs`, hit-only stubs too."""
        condition = self._visible_condition(actor, with_stubs=with_stubs)
        query = select(RecordRow).where(condition, *self._filter_conditions(flt))
        total = self._session.execute(
            select(func.count()).select_from(query.subquery())
        ).scalar_one()
        rows = self._session.execute(
            query.order_by(RecordRow.id.desc()).offset((page - 1) * per_page).limit(per_page)
        ).scalars()
        items = [v for v in (self._view(actor, r, with_links=False) for r in rows) if v is not None]
        return Page(tuple(items), int(total), page, per_page)

    def iter_full_for(
        self, actor: Actor, flt: RecordFilter, batch: int = 1000
    ) -> Iterator[FullRecord]:
        """Every record matching `flt` the actor may see in full, for exports."""
        last = 0
        base = select(RecordRow).where(
            self._visible_condition(actor, with_stubs=False), *self._filter_conditions(flt)
        )
        while True:
            rows = list(
                self._session.execute(
                    base.where(RecordRow.id > last).order_by(RecordRow.id).limit(batch)
                ).scalars()
            )
            if not rows:
                return
            for row in rows:
                view = self._view(actor, row, with_links=False)
                if isinstance(view, FullRecord):
                    yield view
            last = rows[-1].id

    def _visible_condition(self, actor: Actor, *, with_stubs: bool) -> ColumnElement[bool]:
        shared = exists().where(
            AudienceRow.record_id == RecordRow.id,
            AudienceRow.audience.in_(sorted(actor_audience(actor))),
        )
        if with_stubs:
            return or_(shared, RecordRow.outside_scope == OutsideScope.HIT_ONLY.value)
        return and_(shared, RecordRow.classification_level <= actor.clearance.level)

    def _filter_conditions(self, flt: RecordFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if flt.kind is not None:
            conditions.append(RecordRow.kind == flt.kind.value)
        if flt.owner_country is not None:
            conditions.append(RecordRow.owner_country == flt.owner_country)
        if flt.owner_bureau_id is not None:
            conditions.append(RecordRow.owner_bureau_id == flt.owner_bureau_id)
        if flt.status is not None:
            conditions.append(RecordRow.status == flt.status)
        if flt.key is not None:
            conditions.append(
                exists().where(RecordKeyRow.record_id == RecordRow.id, RecordKeyRow.key == flt.key)
            )
        if flt.text:
            for term in flt.text.split():
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conditions.append(RecordRow.search_text.like(f"%{escaped}%", escape="\\"))
        return conditions

    def _view(self, actor: Actor, row: RecordRow, *, with_links: bool) -> RecordView | None:
        sharing = sharing_of(row)
        seen = visibility(actor, sharing)
        if seen is Visibility.NONE:
            return None
        kind = RecordKind(row.kind)
        owner = _owner(row.owner_bureau)
        if seen is Visibility.HIT_ONLY:
            return HitStub(row.id, row.reference, kind, owner)
        return FullRecord(
            id=row.id,
            reference=row.reference,
            kind=kind,
            label=row.label,
            details=details_codec.decode(kind, row.details),
            sharing=sharing,
            owner=owner,
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            links=self._links_for(actor, row.id) if with_links else (),
        )

    def _links_for(self, actor: Actor, record_id: int) -> tuple[LinkView, ...]:
        links = self._session.execute(
            select(LinkRow).where(
                or_(LinkRow.source_id == record_id, LinkRow.target_id == record_id)
            )
        ).scalars()
        views: list[LinkView] = []
        for link in links:
            outgoing = link.source_id == record_id
            other = self._session.get(RecordRow, link.target_id if outgoing else link.source_id)
            if other is None:
                continue
            seen = visibility(actor, sharing_of(other))
            if seen is Visibility.NONE:
                continue
            views.append(
                LinkView(
                    kind=LinkKind(link.kind),
                    direction="out" if outgoing else "in",
                    other_id=other.id,
                    other_reference=other.reference,
                    other_kind=RecordKind(other.kind),
                    other_label=other.label if seen is Visibility.FULL else None,
                )
            )
        return tuple(views)
