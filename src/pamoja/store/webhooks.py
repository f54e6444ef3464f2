"""The webhook repository: bureaus' endpoints, the delivery outbox and its attempt log.

`enqueue` writes into the caller's transaction, so an event is queued if and only if what it
reports is committed. `claim_due` leases due deliveries to one worker (on PostgreSQL with
`FOR UPDATE SKIP LOCKED`, so several nodes never send the same delivery at once).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pamoja.store.tables import WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    """Waiting for its first or next attempt."""
    DELIVERED = "delivered"
    FAILED = "failed"
    """Every attempt failed; nothing more is tried."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An endpoint as its bureau sees it; never carries the secret."""

    id: int
    bureau_id: int
    url: str
    description: str
    event_types: frozenset[str]
    active: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Attempt:
    number: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    delivery_id: str
    endpoint_id: int
    event_type: str
    payload: dict[str, Any]
    status: DeliveryStatus
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class DueDelivery:
    """What the worker needs to send one delivery, the secret included as stored (sealed; it is
    opened in memory to sign, and never written anywhere else)."""

    id: int
    delivery_id: str
    event_type: str
    payload: dict[str, Any]
    attempts: int
    url: str
    secret: str


def utc(moment: datetime) -> datetime:
    """SQLite hands times back naive; treat them as UTC like everything stored."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _split(text: str) -> frozenset[str]:
    return frozenset(t for t in text.split(",") if t)


def _endpoint(row: WebhookEndpointRow) -> Endpoint:
    return Endpoint(
        row.id,
        row.bureau_id,
        row.url,
        row.description,
        _split(row.event_types),
        row.active,
        utc(row.created_at),
    )


def _delivery(row: WebhookDeliveryRow) -> Delivery:
    return Delivery(
        row.id,
        row.delivery_id,
        row.endpoint_id,
        row.event_type,
        dict(row.payload),
        DeliveryStatus(row.status),
        row.attempts,
        utc(row.created_at),
        utc(row.next_attempt_at) if row.next_attempt_at else None,
        utc(row.finished_at) if row.finished_at else None,
    )


class WebhookRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- endpoints -----------------------------------------------------------------------

    def stored_secrets(self) -> list[tuple[int, str]]:
        """Every endpoint's id and secret as stored (for sealing those stored plain)."""
        rows = self._session.execute(
            select(WebhookEndpointRow.id, WebhookEndpointRow.secret).order_by(WebhookEndpointRow.id)
        )
        return [(row.id, row.secret) for row in rows]

    def add_endpoint(
        self,
        *,
        bureau_id: int,
        url: str,
        description: str,
        secret: str,
        event_types: frozenset[str],
        created_by: int | None,
        now: datetime,
    ) -> Endpoint:
        row = WebhookEndpointRow(
            bureau_id=bureau_id,
            url=url,
            description=description,
            secret=secret,
            event_types=",".join(sorted(event_types)),
            active=True,
            created_at=now,
            created_by=created_by,
        )
        self._session.add(row)
        self._session.flush()
        return _endpoint(row)

    def endpoint(self, endpoint_id: int) -> Endpoint | None:
        row = self._session.get(WebhookEndpointRow, endpoint_id)
        return _endpoint(row) if row else None

    def endpoints(self, bureau_id: int) -> list[Endpoint]:
        rows = self._session.execute(
            select(WebhookEndpointRow)
            .where(WebhookEndpointRow.bureau_id == bureau_id)
            .order_by(WebhookEndpointRow.id)
        ).scalars()
        return [_endpoint(r) for r in rows]

    def change_endpoint(
        self,
        endpoint_id: int,
        *,
        url: str | None = None,
        description: str | None = None,
        event_types: frozenset[str] | None = None,
        active: bool | None = None,
        secret: str | None = None,
    ) -> Endpoint:
        row = self._session.get(WebhookEndpointRow, endpoint_id)
        if row is None:
            raise LookupError(f"webhook endpoint {endpoint_id} does not exist")
        if url is not None:
            row.url = url
        if description is not None:
            row.description = description
        if event_types is not None:
            row.event_types = ",".join(sorted(event_types))
        if active is not None:
            row.active = active
        if secret is not None:
            row.secret = secret
        self._session.flush()
        return _endpoint(row)

    def remove_endpoint(self, endpoint_id: int) -> None:
        row = self._session.get(WebhookEndpointRow, endpoint_id)
        if row is not None:
            self._session.delete(row)
            self._session.flush()

    # --- the outbox ----------------------------------------------------------------------

    def enqueue(
        self, bureau_id: int, event_type: str, payload: dict[str, Any], *, now: datetime
    ) -> list[str]:
        """Queue the event for each active endpoint of the bureau that subscribed to it."""
        endpoints = self._session.execute(
            select(WebhookEndpointRow).where(
                WebhookEndpointRow.bureau_id == bureau_id, WebhookEndpointRow.active.is_(True)
            )
        ).scalars()
        queued = []
        for endpoint in endpoints:
            if event_type not in _split(endpoint.event_types):
                continue
            delivery_id = str(uuid.uuid4())
            self._session.add(
                WebhookDeliveryRow(
                    delivery_id=delivery_id,
                    endpoint_id=endpoint.id,
                    event_type=event_type,
                    payload=payload,
                    status=DeliveryStatus.PENDING.value,
                    attempts=0,
                    created_at=now,
                    next_attempt_at=now,
                )
            )
            queued.append(delivery_id)
        self._session.flush()
        return queued

    def enqueue_one(
        self, endpoint_id: int, event_type: str, payload: dict[str, Any], *, now: datetime
    ) -> str:
        """Queue an event for one endpoint whatever it subscribed to (test pings)."""
        delivery_id = str(uuid.uuid4())
        self._session.add(
            WebhookDeliveryRow(
                delivery_id=delivery_id,
                endpoint_id=endpoint_id,
                event_type=event_type,
                payload=payload,
                status=DeliveryStatus.PENDING.value,
                attempts=0,
                created_at=now,
                next_attempt_at=now,
            )
        )
        self._session.flush()
        return delivery_id

    def claim_due(self, now: datetime, *, lease: timedelta, limit: int) -> list[DueDelivery]:
        """Pending deliveries due at `now`, leased to the caller until `now + lease`.

        Leasing moves `next_attempt_at` forward, so a worker that dies mid-send leaves the
        delivery to be tried again once the lease runs out. The caller commits the claim."""
        rows = list(
            self._session.execute(
                select(WebhookDeliveryRow, WebhookEndpointRow)
                .join(WebhookEndpointRow, WebhookEndpointRow.id == WebhookDeliveryRow.endpoint_id)
                .where(
                    WebhookDeliveryRow.status == DeliveryStatus.PENDING.value,
                    WebhookDeliveryRow.next_attempt_at <= now,
                    WebhookEndpointRow.active.is_(True),
                )
                .order_by(WebhookDeliveryRow.next_attempt_at, WebhookDeliveryRow.id)
                .limit(limit)
                .with_for_update(skip_locked=True, of=WebhookDeliveryRow)
            )
        )
        claimed = []
        for delivery, endpoint in rows:
            delivery.next_attempt_at = now + lease
            claimed.append(
                DueDelivery(
                    delivery.id,
                    delivery.delivery_id,
                    delivery.event_type,
                    dict(delivery.payload),
                    delivery.attempts,
                    endpoint.url,
                    endpoint.secret,
                )
            )
        self._session.flush()
        return claimed

    def record_attempt(
        self,
        delivery_id: int,
        attempt: Attempt,
        *,
        status: DeliveryStatus,
        next_attempt_at: datetime | None,
    ) -> None:
        row = self._session.get(WebhookDeliveryRow, delivery_id)
        if row is None:  # the endpoint was removed while the attempt was under way
            return
        self._session.add(
            WebhookAttemptRow(
                delivery_id=delivery_id,
                number=attempt.number,
                at=attempt.at,
                status_code=attempt.status_code,
                error=attempt.error[:500] if attempt.error else None,
                duration_ms=attempt.duration_ms,
            )
        )
        row.attempts = attempt.number
        row.status = status.value
        row.next_attempt_at = next_attempt_at
        if status is not DeliveryStatus.PENDING:
            row.finished_at = attempt.at
        self._session.flush()

    # --- the delivery log ----------------------------------------------------------------

    def deliveries(
        self, endpoint_id: int, *, status: DeliveryStatus | None = None, limit: int = 50
    ) -> list[Delivery]:
        """Newest first."""
        query = (
            select(WebhookDeliveryRow)
            .where(WebhookDeliveryRow.endpoint_id == endpoint_id)
            .order_by(WebhookDeliveryRow.id.desc())
            .limit(limit)
        )
        if status is not None:
            query = query.where(WebhookDeliveryRow.status == status.value)
        return [_delivery(r) for r in self._session.execute(query).scalars()]

    def delivery(self, delivery_id: str) -> Delivery | None:
        row = self._session.execute(
            select(WebhookDeliveryRow).where(WebhookDeliveryRow.delivery_id == delivery_id)
        ).scalar_one_or_none()
        return _delivery(row) if row else None

    def attempts(self, delivery_id: str) -> list[Attempt]:
        rows = self._session.execute(
            select(WebhookAttemptRow)
            .join(WebhookDeliveryRow, WebhookDeliveryRow.id == WebhookAttemptRow.delivery_id)
            .where(WebhookDeliveryRow.delivery_id == delivery_id)
            .order_by(WebhookAttemptRow.number)
        ).scalars()
        return [Attempt(r.number, utc(r.at), r.status_code, r.error, r.duration_ms) for r in rows]

    def count_pending(self) -> int:
        return int(
            self._session.execute(
                select(func.count()).where(
                    WebhookDeliveryRow.status == DeliveryStatus.PENDING.value
                )
            ).scalar_one()
        )
