"""The hit repository: hits on notices and diffusions, their follow-up history, the inbox."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pamoja.model.notices import HitOutcome, HitStatus
from pamoja.model.record_views import Page
from pamoja.store.tables import HitEventRow, HitRow
from pamoja.store.webhooks import utc


@dataclass(frozen=True, slots=True)
class NewHit:
    notice_id: int
    subject_record_id: int
    requesting_bureau_id: int
    searcher_user_id: int
    searcher_username: str
    searcher_bureau_id: int
    place: str | None
    purpose: str
    query: dict[str, Any]
    query_key: str
    score: float
    explanation: str


@dataclass(frozen=True, slots=True)
class Hit:
    id: int
    notice_id: int
    subject_record_id: int
    requesting_bureau_id: int
    searcher_user_id: int | None
    searcher_username: str
    searcher_bureau_id: int
    place: str | None
    purpose: str
    query: dict[str, Any]
    score: float
    explanation: str
    status: HitStatus
    outcome: HitOutcome | None
    created_at: datetime
    updated_at: datetime
    last_seen_at: datetime
    repeat_count: int
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


@dataclass(frozen=True, slots=True)
class HitEvent:
    at: datetime
    actor_username: str
    actor_user_id: int | None
    bureau_id: int | None
    from_status: HitStatus | None
    to_status: HitStatus
    outcome: HitOutcome | None
    note: str


@dataclass(frozen=True, slots=True)
class InboxCounts:
    """A bureau's hits: how many nobody of the bureau has opened, and how many in each status."""

    unread: int
    by_status: dict[HitStatus, int] = field(default_factory=dict)


def _hit(row: HitRow) -> Hit:
    return Hit(
        id=row.id,
        notice_id=row.notice_id,
        subject_record_id=row.subject_record_id,
        requesting_bureau_id=row.requesting_bureau_id,
        searcher_user_id=row.searcher_user_id,
        searcher_username=row.searcher_username,
        searcher_bureau_id=row.searcher_bureau_id,
        place=row.place,
        purpose=row.purpose,
        query=dict(row.query),
        score=row.score,
        explanation=row.explanation,
        status=HitStatus(row.status),
        outcome=HitOutcome(row.outcome) if row.outcome else None,
        created_at=utc(row.created_at),
        updated_at=utc(row.updated_at),
        last_seen_at=utc(row.last_seen_at),
        repeat_count=row.repeat_count,
        read_at=utc(row.read_at) if row.read_at else None,
    )


class HitRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, new: NewHit, *, now: datetime) -> Hit:
        row = HitRow(
            notice_id=new.notice_id,
            subject_record_id=new.subject_record_id,
            requesting_bureau_id=new.requesting_bureau_id,
            searcher_user_id=new.searcher_user_id,
            searcher_username=new.searcher_username,
            searcher_bureau_id=new.searcher_bureau_id,
            place=new.place,
            purpose=new.purpose,
            query=new.query,
            query_key=new.query_key,
            score=new.score,
            explanation=new.explanation,
            status=HitStatus.NEW.value,
            outcome=None,
            created_at=now,
            updated_at=now,
            last_seen_at=now,
            repeat_count=0,
            read_at=None,
        )
        self._session.add(row)
        self._session.flush()
        return _hit(row)

    def latest_repeat_candidate(
        self, notice_id: int, searcher_user_id: int, query_key: str, *, seen_since: datetime
    ) -> Hit | None:
        """The newest hit of this searcher, query and notice last seen at or after `seen_since`."""
        row = self._session.execute(
            select(HitRow)
            .where(
                HitRow.notice_id == notice_id,
                HitRow.searcher_user_id == searcher_user_id,
                HitRow.query_key == query_key,
                HitRow.last_seen_at >= seen_since,
            )
            .order_by(HitRow.last_seen_at.desc(), HitRow.id.desc())
            .limit(1)
            .with_for_update()
        ).scalar_one_or_none()
        return _hit(row) if row else None

    def count_repeat(self, hit_id: int, *, now: datetime, score: float) -> Hit:
        row = self._row(hit_id)
        row.repeat_count += 1
        row.last_seen_at = now
        row.score = max(row.score, score)
        self._session.flush()
        return _hit(row)

    def get(self, hit_id: int, *, for_update: bool = False) -> Hit | None:
        query = select(HitRow).where(HitRow.id == hit_id)
        if for_update:
            query = query.with_for_update()
        row = self._session.execute(query).scalar_one_or_none()
        return _hit(row) if row else None

    def set_status(
        self, hit_id: int, status: HitStatus, outcome: HitOutcome | None, *, now: datetime
    ) -> None:
        row = self._row(hit_id)
        row.status = status.value
        if outcome is not None:
            row.outcome = outcome.value
        row.updated_at = now
        self._session.flush()

    def mark_read(self, hit_ids: Sequence[int], *, now: datetime) -> None:
        if hit_ids:
            self._session.execute(
                update(HitRow)
                .where(HitRow.id.in_(list(hit_ids)), HitRow.read_at.is_(None))
                .values(read_at=now)
            )

    def add_event(self, hit_id: int, event: HitEvent) -> None:
        self._session.add(
            HitEventRow(
                hit_id=hit_id,
                at=event.at,
                actor_user_id=event.actor_user_id,
                actor_username=event.actor_username,
                bureau_id=event.bureau_id,
                from_status=event.from_status.value if event.from_status else None,
                to_status=event.to_status.value,
                outcome=event.outcome.value if event.outcome else None,
                note=event.note,
            )
        )
        self._session.flush()

    def events(self, hit_id: int) -> tuple[HitEvent, ...]:
        rows = self._session.execute(
            select(HitEventRow).where(HitEventRow.hit_id == hit_id).order_by(HitEventRow.id)
        ).scalars()
        return tuple(
            HitEvent(
                at=utc(r.at),
                actor_username=r.actor_username,
                actor_user_id=r.actor_user_id,
                bureau_id=r.bureau_id,
                from_status=HitStatus(r.from_status) if r.from_status else None,
                to_status=HitStatus(r.to_status),
                outcome=HitOutcome(r.outcome) if r.outcome else None,
                note=r.note,
            )
            for r in rows
        )

    def listing(
        self,
        *,
        requesting_bureau_id: int | None = None,
        searcher_bureau_id: int | None = None,
        status: HitStatus | None = None,
        unread_only: bool = False,
        page: int = 1,
        per_page: int = 50,
    ) -> Page[Hit]:
        """Newest first: a bureau's inbox (as requester) or its sent hits (as searcher)."""
        query = select(HitRow)
        if requesting_bureau_id is not None:
            query = query.where(HitRow.requesting_bureau_id == requesting_bureau_id)
        if searcher_bureau_id is not None:
            query = query.where(HitRow.searcher_bureau_id == searcher_bureau_id)
        if status is not None:
            query = query.where(HitRow.status == status.value)
        if unread_only:
            query = query.where(HitRow.read_at.is_(None))
        total = self._session.execute(
            select(func.count()).select_from(query.subquery())
        ).scalar_one()
        rows = self._session.execute(
            query.order_by(HitRow.created_at.desc(), HitRow.id.desc())
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).scalars()
        return Page(tuple(_hit(r) for r in rows), int(total), page, per_page)

    def inbox_counts(self, requesting_bureau_id: int) -> InboxCounts:
        by_status = {
            HitStatus(status): int(count)
            for status, count in self._session.execute(
                select(HitRow.status, func.count())
                .where(HitRow.requesting_bureau_id == requesting_bureau_id)
                .group_by(HitRow.status)
            )
        }
        unread = self._session.execute(
            select(func.count()).where(
                HitRow.requesting_bureau_id == requesting_bureau_id, HitRow.read_at.is_(None)
            )
        ).scalar_one()
        return InboxCounts(int(unread), by_status)

    def _row(self, hit_id: int) -> HitRow:
        row = self._session.get(HitRow, hit_id)
        if row is None:
            raise LookupError(f"hit {hit_id} does not exist")
        return row
