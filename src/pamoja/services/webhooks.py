"""Outgoing webhooks: bureaus configure endpoints; events wait in an outbox written in the same
transaction as what they report; a worker POSTs them, signed, retrying with back-off.

Other services queue events with `queue_event(uow, bureau_id, event, data, now=...)` inside their
own unit of work. Deliveries go out from `WebhookService.deliver_due()`, which the
`WebhookWorker` thread calls every few seconds in the server, and which tests and the CLI call
directly. The wire format and how a receiver verifies a delivery: docs/webhooks.md.
"""

from __future__ import annotations

import json
import logging
import secrets
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEntry
from pamoja.policy.webhooks import (
    WebhookEvent,
    blocked_address,
    is_success,
    may_manage_webhooks,
    next_attempt_after,
    signature,
    url_problem,
)
from pamoja.services.background import PeriodicTask
from pamoja.services.errors import FieldError, Forbidden, InvalidInput, NotFound
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.services.sealed_secrets import SecretBox, UnreadableSecret, is_sealed
from pamoja.store.unit_of_work import UnitOfWork
from pamoja.store.webhooks import (
    Attempt,
    Delivery,
    DeliveryStatus,
    DueDelivery,
    Endpoint,
    WebhookRepository,
)

log = logging.getLogger(__name__)

USER_AGENT = "Pamoja-Webhooks/1"
LEASE = timedelta(minutes=2)
"""How long a claimed delivery is left to one worker before another may try it."""
DEFAULT_TIMEOUT = httpx.Timeout(5.0, connect=3.0)
SYSTEM_ACTOR = "system:webhooks"


@dataclass(frozen=True, slots=True)
class EndpointWithSecret:
    """A new endpoint (or a new secret): the only time the secret is shown."""

    endpoint: Endpoint
    secret: str


@dataclass(frozen=True, slots=True)
class DeliveryRun:
    """What one pass of the worker did."""

    delivered: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def attempted(self) -> int:
        return self.delivered + self.retrying + self.failed


def webhooks_of(uow: UnitOfWork) -> WebhookRepository:
    """The webhook repository bound to `uow`'s transaction."""
    return WebhookRepository(uow.session)


def queue_event(
    uow: UnitOfWork,
    bureau_id: int,
    event: WebhookEvent,
    data: dict[str, Any],
    *,
    now: datetime,
) -> list[str]:
    """Queue `event` for the bureau's subscribed endpoints, in the caller's transaction.

    Returns the delivery ids (none when the bureau has no endpoint for the event)."""
    payload = {
        "id": str(uuid.uuid4()),
        "type": event.value,
        "created_at": now.isoformat(),
        "data": data,
    }
    return webhooks_of(uow).enqueue(bureau_id, event.value, payload, now=now)


def encode_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def _event_types(values: Iterable[str], location: str) -> frozenset[str]:
    chosen = frozenset(values)
    known = {e.value for e in WebhookEvent}
    errors = [
        FieldError(location, f"{v!r} is not an event; choose from {', '.join(sorted(known))}")
        for v in sorted(chosen - known)
    ]
    if not chosen:
        errors.append(FieldError(location, "choose at least one event type"))
    if errors:
        raise InvalidInput(errors)
    return chosen


def _check_url(url: str) -> str:
    problem = url_problem(url)
    if problem is not None:
        raise InvalidInput.one("url", problem)
    return url.strip()


def _receiver_addresses(url: str) -> list[str]:
    """The addresses the host of `url` resolves to now; none when it does not resolve (a
    receiver not yet in the DNS may be configured; its deliveries are checked again)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in found]


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, Any]]:
    """`url` with its host replaced by `address` (one it resolved to and that was checked), the
    `Host` header naming the host again, and for https the name its certificate must carry: so
    that the connection goes where the check looked, not where a second lookup points."""
    parts = urlsplit(url)
    literal = f"[{address.replace('%', '%25')}]" if ":" in address else address
    netloc = literal if parts.port is None else f"{literal}:{parts.port}"
    extensions: dict[str, Any] = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": parts.netloc}, extensions


def _post_pinned(
    client: httpx.Client, url: str, addresses: list[str], body: bytes, headers: dict[str, str]
) -> httpx.Response:
    """POST to `url` at each of `addresses` in turn until one takes the connection (as a client
    resolving the name itself would); to `url` as it is when its host did not resolve."""
    if not addresses:
        return client.post(url, content=body, headers=headers)
    refused: httpx.ConnectError | None = None
    for address in addresses:
        pinned, host, extensions = _pinned(url, address)
        try:
            return client.post(pinned, content=body, headers=headers | host, extensions=extensions)
        except httpx.ConnectError as failure:
            refused = failure
    assert refused is not None
    raise refused


def _new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


class WebhookService:
    def __init__(
        self,
        platform: Platform,
        *,
        client_factory: Callable[[], httpx.Client] | None = None,
    ) -> None:
        self._platform = platform
        self._client_factory = client_factory or _default_client
        self._box = SecretBox(platform.settings.secret_key)

    def seal_stored_secrets(self) -> int:
        """Seal the secrets stored plain before sealing existed (at start-up); returns how
        many."""
        with self._platform.uow() as uow:
            webhooks = webhooks_of(uow)
            plain = [
                (i, secret) for i, secret in webhooks.stored_secrets() if not is_sealed(secret)
            ]
            for endpoint_id, secret in plain:
                webhooks.change_endpoint(endpoint_id, secret=self._box.seal(secret))
            uow.commit()
        return len(plain)

    # --- configuration (a bureau's supervisors, or administrators) -------------------------

    def create_endpoint(
        self,
        actor: Actor,
        bureau_id: int,
        url: str,
        event_types: Iterable[str],
        *,
        description: str = "",
    ) -> EndpointWithSecret:
        self._require_manager(actor, bureau_id)
        checked_url = self._check_receiver(_check_url(url))
        events = _event_types(event_types, "event_types")
        secret = _new_secret()
        with self._platform.uow() as uow:
            if uow.directory.bureau(bureau_id) is None:
                raise NotFound(f"bureau {bureau_id} does not exist")
            endpoint = webhooks_of(uow).add_endpoint(
                bureau_id=bureau_id,
                url=checked_url,
                description=description.strip()[:200],
                secret=self._box.seal(secret),
                event_types=events,
                created_by=actor.user_id,
                now=self._platform.now(),
            )
            uow.audit.append(_config_entry(actor, AuditAction.CREATE, endpoint), at=self._now())
            uow.commit()
        return EndpointWithSecret(endpoint, secret)

    def endpoints(self, actor: Actor, bureau_id: int) -> list[Endpoint]:
        self._require_manager(actor, bureau_id)
        with self._platform.uow() as uow:
            return webhooks_of(uow).endpoints(bureau_id)

    def change_endpoint(
        self,
        actor: Actor,
        endpoint_id: int,
        *,
        url: str | None = None,
        event_types: Iterable[str] | None = None,
        active: bool | None = None,
        description: str | None = None,
    ) -> Endpoint:
        checked_url = self._check_receiver(_check_url(url)) if url is not None else None
        events = _event_types(event_types, "event_types") if event_types is not None else None
        with self._platform.uow() as uow:
            self._managed(uow, actor, endpoint_id)
            endpoint = webhooks_of(uow).change_endpoint(
                endpoint_id,
                url=checked_url,
                event_types=events,
                active=active,
                description=description.strip()[:200] if description is not None else None,
            )
            uow.audit.append(_config_entry(actor, AuditAction.UPDATE, endpoint), at=self._now())
            uow.commit()
        return endpoint

    def rotate_secret(self, actor: Actor, endpoint_id: int) -> EndpointWithSecret:
        """A new secret, shown once; deliveries from now on are signed with it."""
        secret = _new_secret()
        with self._platform.uow() as uow:
            self._managed(uow, actor, endpoint_id)
            endpoint = webhooks_of(uow).change_endpoint(endpoint_id, secret=self._box.seal(secret))
            entry = _config_entry(actor, AuditAction.UPDATE, endpoint, secret_rotated=True)
            uow.audit.append(entry, at=self._now())
            uow.commit()
        return EndpointWithSecret(endpoint, secret)

    def remove_endpoint(self, actor: Actor, endpoint_id: int) -> None:
        """Remove the endpoint with its pending deliveries and delivery log."""
        with self._platform.uow() as uow:
            endpoint = self._managed(uow, actor, endpoint_id)
            webhooks_of(uow).remove_endpoint(endpoint_id)
            uow.audit.append(_config_entry(actor, AuditAction.DELETE, endpoint), at=self._now())
            uow.commit()

    def ping(self, actor: Actor, endpoint_id: int) -> str:
        """Queue a `ping` delivery to check the receiver; returns its delivery id."""
        now = self._now()
        with self._platform.uow() as uow:
            endpoint = self._managed(uow, actor, endpoint_id)
            payload = {
                "id": str(uuid.uuid4()),
                "type": WebhookEvent.PING.value,
                "created_at": now.isoformat(),
                "data": {"endpoint_id": endpoint.id, "requested_by": actor.username},
            }
            delivery_id = webhooks_of(uow).enqueue_one(
                endpoint_id, WebhookEvent.PING.value, payload, now=now
            )
            uow.commit()
        return delivery_id

    # --- the delivery log -----------------------------------------------------------------

    def deliveries(
        self,
        actor: Actor,
        endpoint_id: int,
        *,
        status: DeliveryStatus | None = None,
        limit: int = 50,
    ) -> list[Delivery]:
        with self._platform.uow() as uow:
            self._managed(uow, actor, endpoint_id)
            return webhooks_of(uow).deliveries(endpoint_id, status=status, limit=min(limit, 500))

    def attempts(self, actor: Actor, delivery_id: str) -> list[Attempt]:
        with self._platform.uow() as uow:
            repository = webhooks_of(uow)
            delivery = repository.delivery(delivery_id)
            if delivery is None:
                raise NotFound(f"delivery {delivery_id} does not exist")
            self._managed(uow, actor, delivery.endpoint_id)
            return repository.attempts(delivery_id)

    # --- sending --------------------------------------------------------------------------

    def deliver_due(self, now: datetime | None = None, *, limit: int = 100) -> DeliveryRun:
        """Send every delivery due at `now` (default: the platform clock) once."""
        moment = now or self._now()
        with self._platform.uow() as uow:
            due = webhooks_of(uow).claim_due(moment, lease=LEASE, limit=limit)
            uow.commit()
        if not due:
            return DeliveryRun()
        counts = {s: 0 for s in DeliveryStatus}
        with self._client_factory() as client:
            for delivery in due:
                counts[self._send(client, delivery)] += 1
        return DeliveryRun(
            counts[DeliveryStatus.DELIVERED],
            counts[DeliveryStatus.PENDING],
            counts[DeliveryStatus.FAILED],
        )

    def _send(self, client: httpx.Client, delivery: DueDelivery) -> DeliveryStatus:
        body = encode_body(delivery.payload)
        sent_at = self._now()
        timestamp = str(int(sent_at.timestamp()))
        status_code: int | None = None
        error: str | None = None
        started = time.monotonic()
        try:
            headers = {
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                "X-Pamoja-Event": delivery.event_type,
                "X-Pamoja-Delivery": delivery.delivery_id,
                "X-Pamoja-Timestamp": timestamp,
                "X-Pamoja-Signature": signature(self._box.open(delivery.secret), timestamp, body),
            }
            # checked again at each attempt: what a host name resolves to may have changed
            addresses = _receiver_addresses(delivery.url)
            error = self._blocked_receiver(delivery.url, addresses)
            if error is None:
                response = _post_pinned(client, delivery.url, addresses, body, headers)
                status_code = response.status_code
                if not is_success(status_code):
                    error = f"the receiver answered {status_code}"
        except UnreadableSecret as failure:
            error = str(failure)
        except httpx.HTTPError as failure:
            error = f"{type(failure).__name__}: {failure}"
        duration_ms = int((time.monotonic() - started) * 1000)
        number = delivery.attempts + 1
        if error is None:
            status, next_at = DeliveryStatus.DELIVERED, None
        else:
            next_at = next_attempt_after(number, sent_at)
            status = DeliveryStatus.PENDING if next_at else DeliveryStatus.FAILED
            log.info(
                "webhook delivery %s attempt %d failed: %s", delivery.delivery_id, number, error
            )
        attempt = Attempt(number, sent_at, status_code, error, duration_ms)
        with self._platform.uow() as uow:
            webhooks_of(uow).record_attempt(
                delivery.id, attempt, status=status, next_attempt_at=next_at
            )
            if status is not DeliveryStatus.PENDING:
                uow.audit.append(_delivery_entry(delivery, status, number), at=sent_at)
            uow.commit()
        return status

    # --- helpers --------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._platform.now()

    def _require_manager(self, actor: Actor, bureau_id: int) -> None:
        if not may_manage_webhooks(actor, bureau_id):
            raise Forbidden("a bureau's webhooks are configured by its supervisors or an admin")

    def _blocked_receiver(self, url: str, addresses: list[str]) -> str | None:
        """Why this node sends nothing to `url`, whose host resolves to `addresses` (one is in
        a blocked network), or None."""
        blocked = self._platform.settings.webhook_blocked_networks
        address = blocked_address(addresses, blocked) if blocked else None
        if address is None:
            return None
        host = urlsplit(url).hostname
        shown = address if address == host else f"{host} ({address})"
        return (
            f"webhooks are not sent to {shown}: this node blocks that address "
            "(PAMOJA_WEBHOOK_BLOCKED_NETWORKS)"
        )

    def _check_receiver(self, url: str) -> str:
        problem = self._blocked_receiver(url, _receiver_addresses(url))
        if problem is not None:
            raise InvalidInput.one("url", problem)
        return url

    def _managed(self, uow: UnitOfWork, actor: Actor, endpoint_id: int) -> Endpoint:
        endpoint = webhooks_of(uow).endpoint(endpoint_id)
        if endpoint is None or not may_manage_webhooks(actor, endpoint.bureau_id):
            raise NotFound(f"webhook endpoint {endpoint_id} does not exist or is not yours")
        return endpoint


def _default_client() -> httpx.Client:
    return httpx.Client(timeout=DEFAULT_TIMEOUT, follow_redirects=False, trust_env=False)


def _config_entry(actor: Actor, action: AuditAction, endpoint: Endpoint, **more: Any) -> AuditEntry:
    return actor_entry(
        actor,
        action,
        webhook_endpoint=endpoint.id,
        bureau=endpoint.bureau_id,
        url=endpoint.url,
        event_types=sorted(endpoint.event_types),
        active=endpoint.active,
        **more,
    )


def _delivery_entry(delivery: DueDelivery, status: DeliveryStatus, attempts: int) -> AuditEntry:
    return AuditEntry(
        action=AuditAction.NOTIFY,
        actor_username=SYSTEM_ACTOR,
        detail={
            "delivery": delivery.delivery_id,
            "event": delivery.event_type,
            "event_id": delivery.payload.get("id"),
            "status": status.value,
            "attempts": attempts,
        },
    )


class WebhookWorker(PeriodicTask):
    """A background thread calling `deliver_due` every `interval` seconds until `stop()`."""

    def __init__(self, service: WebhookService, *, interval: float = 5.0) -> None:
        super().__init__("pamoja-webhooks", interval, service.deliver_due)
