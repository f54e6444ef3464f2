"""Outgoing webhooks as rules: who configures a bureau's endpoints, which events exist, which
URLs and receiver addresses are acceptable, how deliveries are signed, and when a failed
delivery is tried again.

The signature is `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret>`; a
receiver recomputes it from the `X-Pamoja-Timestamp` header and the raw body (docs/webhooks.md).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network
from urllib.parse import urlsplit

from pamoja.model.actors import Actor, Role


class WebhookEvent(StrEnum):
    """What a bureau can be told about."""

    HIT_CREATED = "hit.created"
    """Someone's screening matched a notice or diffusion of the bureau."""
    HIT_UPDATED = "hit.updated"
    """A hit on the bureau's notice moved on in its lifecycle."""
    NOTICE_UPDATED = "notice.updated"
    """A notice or diffusion of the bureau changed status (published, refused, expired...)."""
    PING = "ping"
    """A test delivery an administrator asks for, to check the receiver."""


RETRY_DELAYS: tuple[timedelta, ...] = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(hours=1),
    timedelta(hours=6),
)
"""Waits after the 1st, 2nd... failed attempt; after the last one the delivery has failed."""

MAX_ATTEMPTS = len(RETRY_DELAYS) + 1

MAX_URL_LENGTH = 500

Network = IPv4Network | IPv6Network

BLOCKED_NETWORKS: tuple[Network, ...] = tuple(
    ip_network(network)
    for network in (
        "127.0.0.0/8",
        "::1/128",
        "0.0.0.0/8",
        "::/128",
        "169.254.0.0/16",
        "fe80::/10",
        "224.0.0.0/4",
        "ff00::/8",
    )
)
"""Where a node sends no webhook unless its operator says otherwise: the node itself
(loopback), link-local addresses (where cloud metadata services answer), the unspecified
address and multicast. A bureau's supervisor configures its endpoints, and must not reach
through them what listens on the node. Private networks are not blocked: police receivers are
often on them."""


def may_manage_webhooks(actor: Actor, bureau_id: int) -> bool:
    """A bureau's supervisors configure its endpoints; administrators configure any bureau's."""
    if actor.has_role(Role.ADMIN):
        return True
    return actor.bureau_id == bureau_id and actor.has_role(Role.SUPERVISOR)


def url_problem(url: str) -> str | None:
    """Why `url` cannot receive webhooks, or None when it can (an http or https URL with a host)."""
    if not url.strip():
        return "give the URL of the receiver"
    if len(url) > MAX_URL_LENGTH:
        return f"a URL has at most {MAX_URL_LENGTH} characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading the port validates it
    except ValueError as error:
        return f"not a valid URL: {error}"
    if parts.scheme not in ("http", "https"):
        return "only http:// and https:// URLs receive webhooks"
    if not parts.hostname:
        return "the URL needs a host name, e.g. https://example.org/pamoja-hook"
    if parts.username or parts.password:
        return "put no user name or password in the URL; deliveries are signed with the secret"
    return None


def blocked_address(addresses: Iterable[str], blocked: Iterable[Network]) -> str | None:
    """The first of `addresses` (a receiver's host as resolved) inside a `blocked` network, or
    None when none is. An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as IPv4."""
    networks = tuple(blocked)
    for text in addresses:
        address = ip_address(text.split("%", 1)[0])
        if address.version == 6 and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in network for network in networks):
            return text
    return None


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The `X-Pamoja-Signature` value of a delivery."""
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_matches(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver checks (in constant time)."""
    return hmac.compare_digest(signature(secret, timestamp, body).encode(), header.encode())


def next_attempt_after(attempts_made: int, failed_at: datetime) -> datetime | None:
    """When to try again after `attempts_made` failed attempts; None when it is time to give up."""
    if attempts_made < 1:
        raise ValueError("the retry schedule starts after the first failed attempt")
    if attempts_made > len(RETRY_DELAYS):
        return None
    return failed_at + RETRY_DELAYS[attempts_made - 1]


def is_success(status_code: int) -> bool:
    """A receiver accepts a delivery with any 2xx answer; redirects are not followed."""
    return 200 <= status_code < 300
