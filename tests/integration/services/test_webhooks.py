"""Webhooks through the service, delivered to a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from ipaddress import ip_network
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from pamoja.model.audit import AuditAction
from pamoja.policy.webhooks import (
    BLOCKED_NETWORKS,
    MAX_ATTEMPTS,
    WebhookEvent,
    signature_matches,
)
from pamoja.services.audit import AuditService
from pamoja.services.errors import Forbidden, InvalidInput, NotFound
from pamoja.services.platform import Platform
from pamoja.services.sealed_secrets import is_sealed
from pamoja.services.webhooks import (
    DeliveryRun,
    EndpointWithSecret,
    WebhookService,
    WebhookWorker,
    queue_event,
)
from pamoja.services.wiring import build_services
from pamoja.store.webhooks import DeliveryStatus
from tests.conftest import running
from tests.support.certificates import self_signed
from tests.support.clock import FakeClock
from tests.support.ports import free_port
from tests.support.receiver import http_receiver
from tests.support.world import World

HIT = WebhookEvent.HIT_CREATED.value


@pytest.fixture
def platform(database_url: str, clock: FakeClock) -> Iterator[Platform]:
    with running(database_url, clock) as built:
        yield built


@pytest.fixture
def webhooks(platform: Platform) -> WebhookService:
    return WebhookService(platform)


def _ken_ncb(world: World) -> int:
    return world.ke_supervisor.bureau_id


def _kenyan_endpoint(webhooks: WebhookService, world: World, url: str) -> EndpointWithSecret:
    """An endpoint of the Kenyan NCB for hits, made by its supervisor."""
    return webhooks.create_endpoint(world.ke_supervisor, _ken_ncb(world), url, [HIT])


def _queue(
    platform: Platform, bureau_id: int, event: WebhookEvent = WebhookEvent.HIT_CREATED
) -> None:
    with platform.uow() as uow:
        queue_event(uow, bureau_id, event, {"hit_id": 7}, now=platform.now())
        uow.commit()


def _only_attempt_error(webhooks: WebhookService, world: World, created: EndpointWithSecret) -> str:
    """The error of the one attempt at the one delivery of `created`."""
    [delivery] = webhooks.deliveries(world.ke_supervisor, created.endpoint.id)
    [attempt] = webhooks.attempts(world.ke_supervisor, delivery.delivery_id)
    assert attempt.error is not None
    return attempt.error


def _deliver_from_another_node(
    database_url: str, clock: FakeClock, world: World, **settings: object
) -> DeliveryRun:
    """Queue a hit for the Kenyan NCB and deliver it from a node over the same store whose
    settings differ by `settings`."""
    with running(database_url, clock, **settings) as node:
        _queue(node, _ken_ncb(world))
        return WebhookService(node).deliver_due()


def _closed_port_url() -> str:
    return f"http://127.0.0.1:{free_port()}/nobody-listens"


def test_a_supervisor_configures_an_endpoint_and_sees_its_secret_once(
    webhooks: WebhookService, world: World
) -> None:
    created = _kenyan_endpoint(webhooks, world, "https://ncb.example.ke/hooks")
    assert created.secret.startswith("whsec_")
    [listed] = webhooks.endpoints(world.ke_supervisor, _ken_ncb(world))
    assert listed == created.endpoint
    assert not hasattr(listed, "secret")


def test_an_officer_cannot_configure_the_bureaus_webhooks(
    webhooks: WebhookService, world: World
) -> None:
    with pytest.raises(Forbidden):
        webhooks.create_endpoint(
            world.ke_officer, _ken_ncb(world), "https://ncb.example.ke/hooks", [HIT]
        )


def test_a_supervisor_cannot_see_another_bureaus_endpoints(
    webhooks: WebhookService, world: World
) -> None:
    created = webhooks.create_endpoint(
        world.admin, world.ug_officer.bureau_id, "https://ncb.example.ug/hooks", [HIT]
    )
    with pytest.raises(NotFound):
        webhooks.deliveries(world.ke_supervisor, created.endpoint.id)


@pytest.mark.parametrize(
    "url", ["ftp://ncb.example.ke/hooks", "javascript:alert(1)", "https://", "https://u:p@x.ke/"]
)
def test_only_http_and_https_urls_with_a_host_receive_webhooks(
    webhooks: WebhookService, world: World, url: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        _kenyan_endpoint(webhooks, world, url)
    assert refused.value.errors[0].location == "url"


def test_an_unknown_event_type_is_refused_by_name(webhooks: WebhookService, world: World) -> None:
    with pytest.raises(InvalidInput, match=r"'hit\.deleted' is not an event"):
        webhooks.create_endpoint(
            world.ke_supervisor, _ken_ncb(world), "https://x.example/h", ["hit.deleted"]
        )


def test_a_queued_event_is_posted_with_a_signature_the_receiver_can_verify(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        _queue(platform, _ken_ncb(world))
        run = webhooks.deliver_due()
    assert run.delivered == 1
    [request] = receiver.received
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert headers["x-pamoja-event"] == HIT
    assert headers["x-pamoja-timestamp"] == str(int(platform.now().timestamp()))
    assert signature_matches(
        created.secret, headers["x-pamoja-timestamp"], request.body, headers["x-pamoja-signature"]
    )
    body = json.loads(request.body)
    assert body["type"] == HIT
    assert body["data"] == {"hit_id": 7}
    [delivery] = webhooks.deliveries(world.ke_supervisor, created.endpoint.id)
    assert headers["x-pamoja-delivery"] == delivery.delivery_id
    assert delivery.status is DeliveryStatus.DELIVERED


def test_a_signature_made_with_another_secret_does_not_verify(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        _kenyan_endpoint(webhooks, world, receiver.url)
        _queue(platform, _ken_ncb(world))
        webhooks.deliver_due()
    [request] = receiver.received
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert not signature_matches(
        "whsec_other", headers["x-pamoja-timestamp"], request.body, headers["x-pamoja-signature"]
    )


def test_an_event_whose_transaction_rolls_back_is_never_sent(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        _kenyan_endpoint(webhooks, world, receiver.url)
        with platform.uow() as uow:
            queue_event(uow, _ken_ncb(world), WebhookEvent.HIT_CREATED, {}, now=platform.now())
        assert webhooks.deliver_due().attempted == 0
    assert receiver.received == []


def test_a_receiver_that_fails_first_gets_the_delivery_again_after_the_back_off(
    platform: Platform, webhooks: WebhookService, world: World, clock: FakeClock
) -> None:
    with http_receiver(500) as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        _queue(platform, _ken_ncb(world))
        assert webhooks.deliver_due().retrying == 1
        clock.advance(timedelta(seconds=29))
        assert webhooks.deliver_due().attempted == 0
        clock.advance(timedelta(seconds=1))
        assert webhooks.deliver_due().delivered == 1
    first, second = receiver.received
    assert first.headers["X-Pamoja-Delivery"] == second.headers["X-Pamoja-Delivery"]
    [delivery] = webhooks.deliveries(world.ke_supervisor, created.endpoint.id)
    log = webhooks.attempts(world.ke_supervisor, delivery.delivery_id)
    assert [(a.number, a.status_code) for a in log] == [(1, 500), (2, 200)]
    assert log[0].error == "the receiver answered 500"
    assert log[1].at - log[0].at == timedelta(seconds=30)


def test_a_delivery_nobody_receives_fails_after_the_last_attempt(
    platform: Platform, webhooks: WebhookService, world: World, clock: FakeClock
) -> None:
    created = _kenyan_endpoint(webhooks, world, _closed_port_url())
    _queue(platform, _ken_ncb(world))
    runs = []
    for _ in range(MAX_ATTEMPTS + 2):
        runs.append(webhooks.deliver_due())
        clock.advance(timedelta(hours=7))
    assert sum(r.attempted for r in runs) == MAX_ATTEMPTS
    assert runs[MAX_ATTEMPTS - 1].failed == 1
    [delivery] = webhooks.deliveries(world.ke_supervisor, created.endpoint.id)
    assert delivery.status is DeliveryStatus.FAILED
    log = webhooks.attempts(world.ke_supervisor, delivery.delivery_id)
    assert all(a.status_code is None and a.error for a in log)


def test_an_endpoint_gets_only_the_events_it_subscribed_to(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    webhooks.create_endpoint(
        world.ke_supervisor, _ken_ncb(world), "https://x.example/h", [WebhookEvent.HIT_UPDATED]
    )
    _queue(platform, _ken_ncb(world), WebhookEvent.HIT_CREATED)
    with platform.uow() as uow:
        assert (
            queue_event(uow, _ken_ncb(world), WebhookEvent.HIT_CREATED, {}, now=platform.now())
            == []
        )


def test_a_deactivated_endpoint_is_sent_nothing(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        webhooks.change_endpoint(world.ke_supervisor, created.endpoint.id, active=False)
        _queue(platform, _ken_ncb(world))
        assert webhooks.deliver_due().attempted == 0
    assert receiver.received == []


def test_after_rotating_the_secret_deliveries_are_signed_with_the_new_one(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        rotated = webhooks.rotate_secret(world.ke_supervisor, created.endpoint.id)
        webhooks.ping(world.ke_supervisor, created.endpoint.id)
        webhooks.deliver_due()
    [request] = receiver.received
    assert rotated.secret != created.secret
    assert signature_matches(
        rotated.secret,
        request.headers["X-Pamoja-Timestamp"],
        request.body,
        request.headers["X-Pamoja-Signature"],
    )


def test_the_secret_never_reaches_the_audit_trail(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        _queue(platform, _ken_ncb(world))
        webhooks.deliver_due()
    events = AuditService(platform).events(world.admin, limit=500)
    assert any(e.entry.action is AuditAction.NOTIFY for e in events)
    assert all(created.secret not in json.dumps(e.entry.detail) for e in events)


def test_the_worker_thread_delivers_in_the_background_until_stopped(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    worker = WebhookWorker(webhooks, interval=0.05)
    with http_receiver() as receiver:
        _kenyan_endpoint(webhooks, world, receiver.url)
        worker.start()
        try:
            _queue(platform, _ken_ncb(world))
            deadline = time.monotonic() + 10
            while not receiver.received and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            worker.stop()
    assert len(receiver.received) == 1
    assert not worker.running


def _stored_secret(platform: Platform, endpoint_id: int) -> str:
    with platform.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT secret FROM webhook_endpoints WHERE id = :id"), {"id": endpoint_id}
            ).scalar_one()
        )


def test_the_store_holds_the_secret_sealed_not_as_shown(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    created = _kenyan_endpoint(webhooks, world, "https://ncb.example.ke/hooks")
    stored = _stored_secret(platform, created.endpoint.id)
    assert is_sealed(stored)
    assert created.secret not in stored


def test_a_secret_stored_plain_before_sealing_is_sealed_at_start_and_still_signs(
    platform: Platform, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        with platform.engine.begin() as connection:
            connection.execute(
                text("UPDATE webhook_endpoints SET secret = 'whsec_from_before'"),
            )
        node = build_services(platform)  # a node starting
        assert is_sealed(_stored_secret(platform, created.endpoint.id))
        _queue(platform, _ken_ncb(world))
        node.webhooks.deliver_due()
    [request] = receiver.received
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert signature_matches(
        "whsec_from_before",
        headers["x-pamoja-timestamp"],
        request.body,
        headers["x-pamoja-signature"],
    )


def test_after_the_node_key_changes_a_delivery_fails_saying_to_rotate_the_secret(
    database_url: str, clock: FakeClock, webhooks: WebhookService, world: World
) -> None:
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        run = _deliver_from_another_node(
            database_url, clock, world, secret_key="another-secret-key-long-enough-0123456789"
        )
    assert receiver.received == []
    assert run.retrying == 1
    assert "rotate the endpoint's secret" in _only_attempt_error(webhooks, world, created)


@pytest.fixture
def guarded(database_url: str, clock: FakeClock) -> Iterator[WebhookService]:
    """The webhook service of a node that blocks what a node blocks by default."""
    with running(database_url, clock, webhook_blocked_networks=BLOCKED_NETWORKS) as built:
        yield WebhookService(built)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hooks",
        "http://localhost:8080/hooks",
        "http://[::1]/hooks",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/hooks",
    ],
)
def test_by_default_a_node_refuses_endpoints_on_itself_or_its_metadata_service(
    guarded: WebhookService, world: World, url: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        _kenyan_endpoint(guarded, world, url)
    [error] = refused.value.errors
    assert error.location == "url"
    assert "PAMOJA_WEBHOOK_BLOCKED_NETWORKS" in error.message


def test_by_default_a_node_accepts_endpoints_on_private_networks(
    guarded: WebhookService, world: World
) -> None:
    created = _kenyan_endpoint(guarded, world, "https://10.20.30.40/pamoja-hooks")
    assert created.endpoint.url == "https://10.20.30.40/pamoja-hooks"


def test_an_endpoint_cannot_be_moved_onto_a_blocked_address(
    guarded: WebhookService, world: World
) -> None:
    created = _kenyan_endpoint(guarded, world, "https://10.20.30.40/pamoja-hooks")
    with pytest.raises(InvalidInput, match="blocks that address"):
        guarded.change_endpoint(
            world.ke_supervisor, created.endpoint.id, url="http://127.0.0.1:9/hooks"
        )


def test_a_delivery_to_an_address_the_node_blocks_is_not_sent_and_says_why(
    webhooks: WebhookService, guarded: WebhookService, platform: Platform, world: World
) -> None:
    # configured while the node allowed loopback; the node blocks it by the time it delivers
    with http_receiver() as receiver:
        created = _kenyan_endpoint(webhooks, world, receiver.url)
        _queue(platform, _ken_ncb(world))
        run = guarded.deliver_due()
    assert receiver.received == []
    assert run.retrying == 1
    assert "this node blocks that address" in _only_attempt_error(webhooks, world, created)


Resolve = Callable[[str, list[list[str]]], None]


@pytest.fixture
def resolving(monkeypatch: pytest.MonkeyPatch) -> Resolve:
    """`resolving(name, answers)`: each lookup of `name` gets the next answer (a list of
    addresses; the last one repeats), as a DNS that changes its answers would give."""
    real = socket.getaddrinfo
    answers: dict[str, list[list[str]]] = {}

    def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in answers:
            return real(host, port, *args, **kwargs)
        pending = answers[host]
        addresses = pending.pop(0) if len(pending) > 1 else pending[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return answers.__setitem__


def _named(url: str, name: str) -> str:
    return url.replace("127.0.0.1", name)


def test_a_delivery_connects_to_the_address_it_checked_not_to_a_second_lookup(
    database_url: str, clock: FakeClock, webhooks: WebhookService, world: World, resolving: Resolve
) -> None:
    # the name first resolves to an allowed address where nothing listens, then into the
    # blocked network where the receiver is: a second lookup would reach the receiver
    with http_receiver() as receiver:
        _kenyan_endpoint(webhooks, world, _named(receiver.url, "receiver.test"))
        resolving("receiver.test", [["127.0.0.2"], ["127.0.0.1"]])
        run = _deliver_from_another_node(
            database_url, clock, world, webhook_blocked_networks=(ip_network("127.0.0.1/32"),)
        )
    assert receiver.received == []
    assert run.retrying == 1


def test_a_receiver_named_by_host_gets_its_name_and_the_first_address_that_answers(
    webhooks: WebhookService, platform: Platform, world: World, resolving: Resolve
) -> None:
    with http_receiver() as receiver:
        _kenyan_endpoint(webhooks, world, _named(receiver.url, "receiver.test"))
        resolving("receiver.test", [["127.0.0.2", "127.0.0.1"]])
        _queue(platform, _ken_ncb(world))
        assert webhooks.deliver_due().delivered == 1
    port = receiver.url.rsplit(":", 1)[1].split("/")[0]
    assert receiver.received[0].headers["Host"] == f"receiver.test:{port}"


def test_an_https_receiver_is_verified_against_its_name_not_its_address(
    platform: Platform, world: World, resolving: Resolve, tmp_path: Path
) -> None:
    server_tls, client_tls = self_signed("receiver.test", tmp_path)
    webhooks = WebhookService(
        platform,
        client_factory=lambda: httpx.Client(verify=client_tls, timeout=5, trust_env=False),
    )
    with http_receiver(tls=server_tls) as receiver:
        _kenyan_endpoint(webhooks, world, _named(receiver.url, "receiver.test"))
        resolving("receiver.test", [["127.0.0.1"]])
        _queue(platform, _ken_ncb(world))
        assert webhooks.deliver_due().delivered == 1
    assert len(receiver.received) == 1
