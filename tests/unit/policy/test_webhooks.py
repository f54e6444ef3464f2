"""The webhook rules: who configures endpoints, acceptable URLs and receiver addresses,
signatures, the retry schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.policy.webhooks import (
    BLOCKED_NETWORKS,
    MAX_ATTEMPTS,
    blocked_address,
    may_manage_webhooks,
    next_attempt_after,
    signature,
    signature_matches,
    url_problem,
)

FAILED_AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _actor(*roles: Role, bureau_id: int = 1) -> Actor:
    return Actor(
        1, "someone", bureau_id, BureauKind.NATIONAL_CENTRAL_BUREAU, "KEN", roles=frozenset(roles)
    )


def test_a_supervisor_manages_their_own_bureaus_webhooks() -> None:
    assert may_manage_webhooks(_actor(Role.SUPERVISOR), 1)


def test_a_supervisor_does_not_manage_another_bureaus_webhooks() -> None:
    assert not may_manage_webhooks(_actor(Role.SUPERVISOR), 2)


def test_an_officer_does_not_manage_webhooks() -> None:
    assert not may_manage_webhooks(_actor(Role.OFFICER), 1)


def test_an_administrator_manages_any_bureaus_webhooks() -> None:
    assert may_manage_webhooks(_actor(Role.ADMIN, bureau_id=9), 1)


@pytest.mark.parametrize("url", ["https://ncb.example.ke/hooks", "http://127.0.0.1:8080/h"])
def test_http_and_https_urls_are_accepted(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", "give the URL"),
        ("file:///etc/passwd", "only http:// and https://"),
        ("https:///path", "needs a host name"),
        ("https://user:secret@x.example/", "no user name or password"),
        ("http://x.example:99999/", "not a valid URL"),
    ],
)
def test_other_urls_are_refused_with_the_reason(url: str, problem: str) -> None:
    found = url_problem(url)
    assert found is not None and problem in found


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    # printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_test
    expected = "35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91"
    assert signature("whsec_test", "1700000000", b"{}") == f"sha256={expected}"


def test_a_changed_body_does_not_match_the_signature() -> None:
    header = signature("whsec_test", "1700000000", b'{"hit":1}')
    assert not signature_matches("whsec_test", "1700000000", b'{"hit":2}', header)


def test_a_header_with_letters_beyond_ascii_does_not_match_the_signature() -> None:
    assert not signature_matches("whsec_test", "1700000000", b"{}", "sha256=é")


def test_a_changed_timestamp_does_not_match_the_signature() -> None:
    header = signature("whsec_test", "1700000000", b"{}")
    assert not signature_matches("whsec_test", "1700000001", b"{}", header)


def test_retries_back_off_from_thirty_seconds() -> None:
    waits = [next_attempt_after(n, FAILED_AT) for n in (1, 2, 3, 4)]
    assert [w - FAILED_AT for w in waits if w] == [
        timedelta(seconds=30),
        timedelta(minutes=2),
        timedelta(minutes=10),
        timedelta(hours=1),
    ]


def test_after_the_last_attempt_there_is_no_next_one() -> None:
    assert next_attempt_after(MAX_ATTEMPTS - 1, FAILED_AT) is not None
    assert next_attempt_after(MAX_ATTEMPTS, FAILED_AT) is None


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "127.8.9.10", "::1", "169.254.169.254", "fe80::1%eth0", "::ffff:127.0.0.1"],
)
def test_the_node_itself_and_link_local_addresses_are_blocked_by_default(address: str) -> None:
    assert blocked_address(["203.0.113.9", address], BLOCKED_NETWORKS) == address


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.10", "172.16.5.4", "2001:db8::1"])
def test_private_and_public_addresses_are_not_blocked_by_default(address: str) -> None:
    assert blocked_address([address], BLOCKED_NETWORKS) is None


def test_with_no_blocked_networks_every_address_is_allowed() -> None:
    assert blocked_address(["127.0.0.1", "169.254.169.254"], ()) is None
