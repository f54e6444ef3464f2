"""The notice repository: writes notices and hands them out only through `policy.notice_access`.

Reads that take an actor go through the gate. The few reads without an actor are for the
platform itself (workflow by the system, the screening index, hits, public extracts) and say
what they may be used for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from pamoja.formats.public_notice import PublicNotice
from pamoja.model.actors import Actor
from pamoja.model.notices import NoticeKind, NoticeReference, NoticeStatus, NoticeType
from pamoja.model.record_views import OwnerBureau
from pamoja.policy.compliance import Finding
from pamoja.policy.notice_access import NoticeAccess, NoticeParties, is_reviewer, notice_access
from pamoja.policy.notice_workflow import ACTIVE_STATUSES
from pamoja.store.changes import Changed, note_changes
from pamoja.store.notice_codec import (
    decode_content,
    decode_findings,
    decode_public_extract,
    encode_content,
    encode_findings,
    encode_public_extract,
)
from pamoja.store.notice_views import Notice, NoticeContent, NoticeEvent, NoticeHitFacts
from pamoja.store.reference_counters import take_numbers
from pamoja.store.tables import (
    NoticeEventRow,
    NoticeRow,
    NoticeSubjectRow,
)

_ACTIVE = sorted(s.value for s in ACTIVE_STATUSES)
_REVIEWED = frozenset({NoticeStatus.PUBLISHED, NoticeStatus.REVIEWED_OK})


def _join(values: Iterable[str]) -> str:
    return ";".join(sorted(values))


def _split(text: str) -> frozenset[str]:
    return frozenset(v for v in text.split(";") if v)


def _reference(row: NoticeRow) -> NoticeReference:
    return NoticeReference(row.reference_year, row.reference_number)


def _parties(row: NoticeRow) -> NoticeParties:
    return NoticeParties(
        kind=NoticeKind(row.kind),
        status=NoticeStatus(row.status),
        requesting_bureau_id=row.requesting_bureau_id,
        requesting_country=row.requesting_country,
        recipient_countries=_split(row.recipient_countries),
        recipient_regional_bodies=_split(row.recipient_bodies),
    )


class NoticeRepository:
    """All SQL about notices and diffusions."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- writing -------------------------------------------------------------------------

    def allocate_reference(self, year: int) -> NoticeReference:
        """The year's next reference (`2026/1`, `2026/2`...), shared by notices and diffusions."""
        [number] = take_numbers(self._session, f"notice/{year}")
        return NoticeReference(year, number)

    def add(
        self,
        *,
        reference: NoticeReference,
        content: NoticeContent,
        requesting_bureau_id: int,
        requesting_country: str,
        drafted_by: int | None,
        subject_record_ids: Sequence[int],
        now: datetime,
    ) -> int:
        row = NoticeRow(
            reference_year=reference.year,
            reference_number=reference.number,
            kind=content.kind.value,
            notice_type=content.notice_type.value,
            status=NoticeStatus.DRAFT.value,
            requesting_bureau_id=requesting_bureau_id,
            requesting_country=requesting_country,
            recipient_countries=_join(content.recipient_countries),
            recipient_bodies=_join(content.recipient_regional_bodies),
            drafted_by=drafted_by,
            content=encode_content(content),
            findings=[],
            created_at=now,
            updated_at=now,
            version=1,
        )
        self._session.add(row)
        self._session.flush()
        self._write_subjects(row.id, subject_record_ids)
        return row.id

    def update_content(
        self,
        notice_id: int,
        content: NoticeContent,
        subject_record_ids: Sequence[int],
        *,
        now: datetime,
    ) -> None:
        row = self._row(notice_id)
        row.notice_type = content.notice_type.value
        row.recipient_countries = _join(content.recipient_countries)
        row.recipient_bodies = _join(content.recipient_regional_bodies)
        row.content = encode_content(content)
        self._touch(row, now)
        self._session.execute(
            delete(NoticeSubjectRow).where(NoticeSubjectRow.notice_id == notice_id)
        )
        self._write_subjects(notice_id, subject_record_ids)

    def set_findings(
        self, notice_id: int, findings: list[Finding], rules_version: str, *, now: datetime
    ) -> None:
        row = self._row(notice_id)
        row.findings = encode_findings(findings)
        row.rules_version = rules_version
        row.checked_at = now
        self._session.flush()

    def set_status(self, notice_id: int, status: NoticeStatus, *, now: datetime) -> None:
        row = self._row(notice_id)
        row.status = status.value
        if status not in ACTIVE_STATUSES:
            row.public_extract = None
        self._touch(row, now)

    def mark_published(
        self,
        notice_id: int,
        *,
        now: datetime,
        valid_until: date,
        public_extract: PublicNotice | None,
    ) -> None:
        row = self._row(notice_id)
        row.published_at = now
        row.valid_until = valid_until
        row.public_extract = encode_public_extract(public_extract) if public_extract else None
        self._touch(row, now)

    def mark_sent(self, notice_id: int, *, now: datetime, valid_until: date) -> None:
        row = self._row(notice_id)
        row.sent_at = now
        row.valid_until = valid_until
        self._touch(row, now)

    def set_valid_until(self, notice_id: int, valid_until: date, *, now: datetime) -> None:
        row = self._row(notice_id)
        row.valid_until = valid_until
        self._touch(row, now)

    def add_event(self, notice_id: int, event: NoticeEvent) -> None:
        self._session.add(
            NoticeEventRow(
                notice_id=notice_id,
                at=event.at,
                actor_user_id=event.actor_user_id,
                actor_username=event.actor_username,
                bureau_id=event.bureau_id,
                action=event.action,
                from_status=event.from_status.value if event.from_status else None,
                to_status=event.to_status.value,
                reasons=event.reasons,
                findings_count=event.findings_count,
            )
        )
        self._session.flush()

    def _write_subjects(self, notice_id: int, record_ids: Sequence[int]) -> None:
        for position, record_id in enumerate(record_ids):
            self._session.add(
                NoticeSubjectRow(notice_id=notice_id, record_id=record_id, position=position)
            )
        self._session.flush()

    def _touch(self, row: NoticeRow, now: datetime) -> None:
        """Every change of a notice's content, status or validity passes here, and so onto the
        change feed (a draft being added does not: it is screened by no one)."""
        row.updated_at = now
        row.version += 1
        self._session.flush()
        note_changes(self._session, Changed.NOTICE, [row.id])

    def _row(self, notice_id: int) -> NoticeRow:
        row = self._session.get(NoticeRow, notice_id)
        if row is None:
            raise LookupError(f"notice {notice_id} does not exist")
        return row

    # --- reading through the gate -------------------------------------------------------------

    def get_for(self, actor: Actor, notice_id: int, *, for_update: bool = False) -> Notice | None:
        """The notice as the actor may see it, with its history when the actor may see that;
        `for_update` locks the row until the transaction ends (for a workflow step)."""
        query = select(NoticeRow).where(NoticeRow.id == notice_id)
        if for_update:
            query = query.with_for_update(of=NoticeRow)
        row = self._session.execute(query).unique().scalar_one_or_none()
        if row is None:
            return None
        access = notice_access(actor, _parties(row))
        if access is NoticeAccess.NONE:
            return None
        return self._view(row, access, self._subjects([row.id])[row.id], with_history=True)

    def id_of_reference(self, reference: NoticeReference) -> int | None:
        return self._session.execute(
            select(NoticeRow.id).where(
                NoticeRow.reference_year == reference.year,
                NoticeRow.reference_number == reference.number,
            )
        ).scalar_one_or_none()

    def list_for(
        self,
        actor: Actor,
        *,
        bureau_id: int | None = None,
        statuses: Iterable[NoticeStatus] | None = None,
        notice_type: NoticeType | None = None,
        kind: NoticeKind | None = None,
        limit: int = 500,
    ) -> list[Notice]:
        """Notices the actor may read, newest first, without their history."""
        visible: list[ColumnElement[bool]] = [
            NoticeRow.requesting_bureau_id == actor.bureau_id,
            NoticeRow.status.in_(_ACTIVE),
        ]
        if is_reviewer(actor):
            visible.append(NoticeRow.status != NoticeStatus.DRAFT.value)
        query = select(NoticeRow).where(or_(*visible))
        if bureau_id is not None:
            query = query.where(NoticeRow.requesting_bureau_id == bureau_id)
        if statuses is not None:
            query = query.where(NoticeRow.status.in_(sorted(s.value for s in statuses)))
        if notice_type is not None:
            query = query.where(NoticeRow.notice_type == notice_type.value)
        if kind is not None:
            query = query.where(NoticeRow.kind == kind.value)
        rows = list(
            self._session.execute(query.order_by(NoticeRow.id.desc()).limit(limit))
            .unique()
            .scalars()
        )
        seen = [(row, notice_access(actor, _parties(row))) for row in rows]
        seen = [(row, access) for row, access in seen if access is not NoticeAccess.NONE]
        subjects = self._subjects([row.id for row, _ in seen])
        return [
            self._view(row, access, subjects[row.id], with_history=False) for row, access in seen
        ]

    # --- reading for the platform itself ------------------------------------------------------

    def unfiltered(self, notice_id: int, *, for_update: bool = False) -> Notice | None:
        """The whole notice, for the system's own workflow steps (expiry) and the screening
        index, which gates each entry by the notice's audience. Never hand this to a person."""
        query = select(NoticeRow).where(NoticeRow.id == notice_id)
        if for_update:
            query = query.with_for_update(of=NoticeRow)
        row = self._session.execute(query).unique().scalar_one_or_none()
        if row is None:
            return None
        return self._view(row, NoticeAccess.FULL, self._subjects([row.id])[row.id], True)

    def active_ids(self, *, subject_record_id: int | None = None) -> list[int]:
        """Active notices and diffusions (all, or those about one record)."""
        query = select(NoticeRow.id).where(NoticeRow.status.in_(_ACTIVE))
        if subject_record_id is not None:
            query = query.where(
                NoticeRow.id.in_(
                    select(NoticeSubjectRow.notice_id).where(
                        NoticeSubjectRow.record_id == subject_record_id
                    )
                )
            )
        return list(self._session.execute(query.order_by(NoticeRow.id)).scalars())

    def due_for_expiry(self, today: date) -> list[int]:
        """Active notices whose validity ended before `today`."""
        return list(
            self._session.execute(
                select(NoticeRow.id)
                .where(NoticeRow.status.in_(_ACTIVE), NoticeRow.valid_until < today)
                .order_by(NoticeRow.id)
            ).scalars()
        )

    def hit_facts(self, notice_id: int) -> NoticeHitFacts | None:
        """Type, reference and requesting bureau of a notice, for a hit on it; no content."""
        row = self._session.get(NoticeRow, notice_id)
        if row is None:
            return None
        status = NoticeStatus(row.status)
        bureau = row.requesting_bureau
        return NoticeHitFacts(
            notice_id=row.id,
            reference=_reference(row),
            notice_type=NoticeType(row.notice_type),
            kind=NoticeKind(row.kind),
            status=status,
            requesting_bureau_id=bureau.id,
            requesting_bureau_code=bureau.code,
            requesting_bureau_name=bureau.name,
            requesting_country=row.requesting_country,
            reviewed=status in _REVIEWED,
            active=status in ACTIVE_STATUSES,
        )

    def public_extracts(
        self, notice_type: NoticeType, *, reference: NoticeReference | None = None
    ) -> list[PublicNotice]:
        """The public extracts of published notices of a type whose requester consented (all,
        or the one with `reference`). Only the extract snapshot is read, never the request."""
        query = select(NoticeRow).where(
            NoticeRow.notice_type == notice_type.value,
            NoticeRow.status == NoticeStatus.PUBLISHED.value,
        )
        if reference is not None:
            query = query.where(
                NoticeRow.reference_year == reference.year,
                NoticeRow.reference_number == reference.number,
            )
        rows = self._session.execute(query).unique()
        return [
            decode_public_extract(notice_type, _reference(row), row.public_extract)
            for row in rows.scalars()
            if row.public_extract
        ]

    # --- views ---------------------------------------------------------------------------

    def _subjects(self, notice_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {i: [] for i in notice_ids}
        if notice_ids:
            rows = self._session.execute(
                select(NoticeSubjectRow)
                .where(NoticeSubjectRow.notice_id.in_(set(notice_ids)))
                .order_by(NoticeSubjectRow.notice_id, NoticeSubjectRow.position)
            ).scalars()
            for row in rows:
                found[row.notice_id].append(row.record_id)
        return {i: tuple(ids) for i, ids in found.items()}

    def _history(self, notice_id: int) -> tuple[NoticeEvent, ...]:
        rows = self._session.execute(
            select(NoticeEventRow)
            .where(NoticeEventRow.notice_id == notice_id)
            .order_by(NoticeEventRow.id)
        ).scalars()
        return tuple(
            NoticeEvent(
                at=r.at,
                action=r.action,
                actor_username=r.actor_username,
                actor_user_id=r.actor_user_id,
                bureau_id=r.bureau_id,
                from_status=NoticeStatus(r.from_status) if r.from_status else None,
                to_status=NoticeStatus(r.to_status),
                reasons=r.reasons,
                findings_count=r.findings_count,
            )
            for r in rows
        )

    def _view(
        self,
        row: NoticeRow,
        access: NoticeAccess,
        subject_record_ids: tuple[int, ...],
        with_history: bool,
    ) -> Notice:
        bureau = row.requesting_bureau
        full = access is NoticeAccess.FULL
        content = decode_content(
            NoticeKind(row.kind),
            NoticeType(row.notice_type),
            row.content,
            _split(row.recipient_countries),
            _split(row.recipient_bodies),
        )
        return Notice(
            id=row.id,
            reference=_reference(row),
            status=NoticeStatus(row.status),
            content=content,
            requesting_bureau=OwnerBureau(bureau.id, bureau.code, bureau.name, bureau.country),
            subject_record_ids=subject_record_ids,
            access=access,
            drafted_by=row.drafted_by,
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            published_at=row.published_at,
            sent_at=row.sent_at,
            valid_until=row.valid_until,
            findings=decode_findings(row.findings) if full else (),
            rules_version=row.rules_version if full else None,
            checked_at=row.checked_at if full else None,
            history=self._history(row.id) if full and with_history else (),
        )
