"""The append-only, hash-chained audit trail.

Each event's hash covers its own fields and the previous event's hash, so changing, removing or
reordering any event breaks every hash after it. Appends lock the single `audit_head` row, which
serialises concurrent writers on PostgreSQL (SQLite serialises writes by itself).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pamoja.model.audit import AuditAction, AuditEntry, AuditEvent, ChainReport
from pamoja.store.tables import AuditEventRow, AuditHeadRow

GENESIS = "0" * 64


def _utc(moment: datetime) -> datetime:
    """Stored times come back naive from SQLite and zoned from PostgreSQL; compare them in UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def chain_hash(event_id: int, at: datetime, entry: AuditEntry, prev_hash: str) -> str:
    """The hash of one event given the previous event's hash."""
    body = {
        "id": event_id,
        "at": _utc(at).isoformat(timespec="microseconds"),
        "actor_user_id": entry.actor_user_id,
        "actor_username": entry.actor_username,
        "bureau_id": entry.bureau_id,
        "action": entry.action.value,
        "purpose": entry.purpose,
        "record_ids": list(entry.record_ids),
        "detail": entry.detail,
        "prev": prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _record_ids_text(ids: Sequence[int]) -> str:
    return ",".join(str(i) for i in ids)


def _entry_of(row: AuditEventRow) -> AuditEntry:
    return AuditEntry(
        action=AuditAction(row.action),
        actor_username=row.actor_username,
        actor_user_id=row.actor_user_id,
        bureau_id=row.bureau_id,
        purpose=row.purpose,
        record_ids=tuple(int(i) for i in row.record_ids.split(",") if i),
        detail=dict(row.detail or {}),
    )


class AuditTrail:
    """Appends to and reads the trail within the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, entry: AuditEntry, *, at: datetime | None = None) -> AuditEvent:
        moment = _utc(at or datetime.now(UTC))
        entry = replace(entry, detail=_jsonable(entry.detail))
        head = self._session.execute(
            select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()
        ).scalar_one_or_none()
        if head is None:
            head = AuditHeadRow(id=1, last_hash=GENESIS, last_id=0)
            self._session.add(head)
        event_id = head.last_id + 1
        digest = chain_hash(event_id, moment, entry, head.last_hash)
        self._session.add(
            AuditEventRow(
                id=event_id,
                at=moment,
                actor_user_id=entry.actor_user_id,
                actor_username=entry.actor_username,
                bureau_id=entry.bureau_id,
                action=entry.action.value,
                purpose=entry.purpose,
                record_ids=_record_ids_text(entry.record_ids),
                detail=entry.detail,
                prev_hash=head.last_hash,
                hash=digest,
            )
        )
        event = AuditEvent(event_id, moment, entry, head.last_hash, digest)
        head.last_hash = digest
        head.last_id = event_id
        self._session.flush()
        return event

    def events(
        self,
        *,
        action: AuditAction | None = None,
        record_id: int | None = None,
        limit: int = 100,
        before_id: int | None = None,
    ) -> list[AuditEvent]:
        """Newest first."""
        query = select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(limit)
        if action is not None:
            query = query.where(AuditEventRow.action == action.value)
        if before_id is not None:
            query = query.where(AuditEventRow.id < before_id)
        if record_id is not None:
            query = query.where(
                (AuditEventRow.record_ids == str(record_id))
                | AuditEventRow.record_ids.like(f"{record_id},%")
                | AuditEventRow.record_ids.like(f"%,{record_id}")
                | AuditEventRow.record_ids.like(f"%,{record_id},%")
            )
        rows = self._session.execute(query).scalars()
        return [AuditEvent(r.id, r.at, _entry_of(r), r.prev_hash, r.hash) for r in rows]

    def _iter_rows(self, batch: int = 5000) -> Iterator[AuditEventRow]:
        last = 0
        while True:
            rows = list(
                self._session.execute(
                    select(AuditEventRow)
                    .where(AuditEventRow.id > last)
                    .order_by(AuditEventRow.id)
                    .limit(batch)
                ).scalars()
            )
            if not rows:
                return
            yield from rows
            last = rows[-1].id
            self._session.expunge_all()

    def verify(self) -> ChainReport:
        """Recompute every hash from the first event; report the first event that does not fit."""
        previous = GENESIS
        expected_id = 1
        checked = 0
        for row in self._iter_rows():
            if row.id != expected_id:
                return ChainReport(checked, expected_id, f"event {expected_id} is missing")
            if row.prev_hash != previous:
                return ChainReport(checked, row.id, "its link to the previous event is broken")
            if chain_hash(row.id, row.at, _entry_of(row), previous) != row.hash:
                return ChainReport(checked, row.id, "its content does not match its hash")
            previous = row.hash
            expected_id += 1
            checked += 1
        head = self._session.get(AuditHeadRow, 1)
        if head is not None and head.last_id != checked:
            return ChainReport(checked, checked + 1, f"events after {checked} were removed")
        return ChainReport(checked)


def _jsonable(detail: dict[str, Any]) -> dict[str, Any]:
    """Round-trip through JSON so what is hashed is exactly what is stored and read back."""
    loaded: dict[str, Any] = json.loads(json.dumps(detail, default=str, ensure_ascii=False))
    return loaded
