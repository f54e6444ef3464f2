"""The repository of people's requests and the records reviewers link to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pamoja.model.dates import PartialDate
from pamoja.model.notices import PeopleRequestKind, PeopleRequestStatus
from pamoja.store.reference_counters import take_numbers
from pamoja.store.tables import PeopleRequestRecordRow, PeopleRequestRow
from pamoja.store.webhooks import utc


@dataclass(frozen=True, slots=True)
class LinkedRecord:
    """A record found to concern the requester; `deleted_at` once a decision removed it."""

    record_id: int
    record_reference: str
    owner_bureau_id: int
    deleted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NewPeopleRequest:
    kind: PeopleRequestKind
    full_name: str
    date_of_birth: PartialDate | None
    nationality: str | None
    contact: str
    lawyer: str
    request_text: str


@dataclass(frozen=True, slots=True)
class PeopleRequest:
    id: int
    reference: str
    kind: PeopleRequestKind
    status: PeopleRequestStatus
    full_name: str
    date_of_birth: PartialDate | None
    nationality: str | None
    contact: str
    lawyer: str
    request_text: str
    received_at: datetime
    due_on: date
    deadlines_version: str
    reviewer_id: int | None
    decided_at: datetime | None
    decided_by: int | None
    reasons: str
    linked: tuple[LinkedRecord, ...] = ()


class PeopleRequestRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self, request: NewPeopleRequest, *, now: datetime, due_on: date, deadlines_version: str
    ) -> PeopleRequest:
        row = PeopleRequestRow(
            reference=self._next_reference(now.year),
            kind=request.kind.value,
            status=PeopleRequestStatus.RECEIVED.value,
            full_name=request.full_name,
            date_of_birth=request.date_of_birth.isoformat() if request.date_of_birth else None,
            nationality=request.nationality,
            contact=request.contact,
            lawyer=request.lawyer,
            request_text=request.request_text,
            received_at=now,
            due_on=due_on,
            deadlines_version=deadlines_version,
            reasons="",
        )
        self._session.add(row)
        self._session.flush()
        return self._view(row, ())

    def _next_reference(self, year: int) -> str:
        prefix = f"PR/{year}"
        [number] = take_numbers(self._session, prefix)
        return f"{prefix}/{number:06d}"

    def get(self, request_id: int, *, for_update: bool = False) -> PeopleRequest | None:
        query = select(PeopleRequestRow).where(PeopleRequestRow.id == request_id)
        if for_update:
            query = query.with_for_update()
        row = self._session.execute(query).scalar_one_or_none()
        return self._view(row, self._linked(row.id)) if row else None

    def listing(
        self, statuses: Sequence[PeopleRequestStatus], *, limit: int = 200
    ) -> list[PeopleRequest]:
        """Requests in `statuses`, the earliest deadline first."""
        rows = self._session.execute(
            select(PeopleRequestRow)
            .where(PeopleRequestRow.status.in_([s.value for s in statuses]))
            .order_by(PeopleRequestRow.due_on, PeopleRequestRow.id)
            .limit(limit)
        ).scalars()
        return [self._view(r, ()) for r in rows]

    def assign(self, request_id: int, reviewer_id: int, status: PeopleRequestStatus) -> None:
        row = self._row(request_id)
        row.reviewer_id = reviewer_id
        row.status = status.value
        self._session.flush()

    def link(self, request_id: int, record: LinkedRecord) -> bool:
        """Link a record; False when it was already linked."""
        key = (request_id, record.record_id)
        if self._session.get(PeopleRequestRecordRow, key) is not None:
            return False
        self._session.add(
            PeopleRequestRecordRow(
                request_id=request_id,
                record_id=record.record_id,
                record_reference=record.record_reference,
                owner_bureau_id=record.owner_bureau_id,
            )
        )
        self._session.flush()
        return True

    def mark_deleted(self, request_id: int, record_id: int, *, at: datetime) -> None:
        row = self._session.get(PeopleRequestRecordRow, (request_id, record_id))
        if row is not None:
            row.deleted_at = at
            self._session.flush()

    def decide(
        self,
        request_id: int,
        status: PeopleRequestStatus,
        *,
        reasons: str,
        decided_by: int,
        at: datetime,
    ) -> None:
        row = self._row(request_id)
        row.status = status.value
        row.reasons = reasons
        row.decided_by = decided_by
        row.decided_at = at
        if row.reviewer_id is None:
            row.reviewer_id = decided_by
        self._session.flush()

    def _row(self, request_id: int) -> PeopleRequestRow:
        row = self._session.get(PeopleRequestRow, request_id)
        if row is None:
            raise LookupError(f"people's request {request_id} does not exist")
        return row

    def _linked(self, request_id: int) -> tuple[LinkedRecord, ...]:
        rows = self._session.execute(
            select(PeopleRequestRecordRow)
            .where(PeopleRequestRecordRow.request_id == request_id)
            .order_by(PeopleRequestRecordRow.record_id)
        ).scalars()
        return tuple(
            LinkedRecord(
                r.record_id,
                r.record_reference,
                r.owner_bureau_id,
                utc(r.deleted_at) if r.deleted_at else None,
            )
            for r in rows
        )

    @staticmethod
    def _view(row: PeopleRequestRow, linked: tuple[LinkedRecord, ...]) -> PeopleRequest:
        return PeopleRequest(
            id=row.id,
            reference=row.reference,
            kind=PeopleRequestKind(row.kind),
            status=PeopleRequestStatus(row.status),
            full_name=row.full_name,
            date_of_birth=PartialDate.parse(row.date_of_birth) if row.date_of_birth else None,
            nationality=row.nationality,
            contact=row.contact,
            lawyer=row.lawyer,
            request_text=row.request_text,
            received_at=utc(row.received_at),
            due_on=row.due_on,
            deadlines_version=row.deadlines_version,
            reviewer_id=row.reviewer_id,
            decided_at=utc(row.decided_at) if row.decided_at else None,
            decided_by=row.decided_by,
            reasons=row.reasons,
            linked=linked,
        )
