"""The public-side throttle: a few attempts per client address in any window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pamoja.services.errors import RateLimited
from pamoja.services.throttle import Throttle

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def throttle() -> Throttle:
    return Throttle(3, timedelta(hours=1), "requests")


def test_a_client_is_admitted_up_to_the_limit_and_refused_beyond_it() -> None:
    limited = throttle()
    for minute in range(3):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    with pytest.raises(RateLimited, match="at most 3 in an hour"):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=3))


def test_a_refusal_says_when_the_oldest_attempt_leaves_the_window() -> None:
    limited = throttle()
    for minute in (0, 10, 20):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    with pytest.raises(RateLimited) as refused:
        limited.admit("198.51.100.7", NOON + timedelta(minutes=30))
    assert refused.value.retry_after == 30 * 60


def test_a_client_is_admitted_again_once_attempts_leave_the_window() -> None:
    limited = throttle()
    for minute in (0, 10, 20):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    limited.admit("198.51.100.7", NOON + timedelta(minutes=60))


def test_refused_attempts_do_not_count() -> None:
    limited = throttle()
    for minute in (0, 1, 2):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    for minute in (30, 40, 50):
        with pytest.raises(RateLimited):
            limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    limited.admit("198.51.100.7", NOON + timedelta(minutes=61))


def test_other_clients_are_not_affected() -> None:
    limited = throttle()
    for minute in range(3):
        limited.admit("198.51.100.7", NOON + timedelta(minutes=minute))
    limited.admit("203.0.113.9", NOON + timedelta(minutes=3))


def test_idle_clients_are_forgotten_when_many_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pamoja.services.throttle.MAX_CLIENTS_KEPT", 2)
    limited = throttle()
    limited.admit("198.51.100.1", NOON)
    limited.admit("198.51.100.2", NOON)
    limited.admit("198.51.100.3", NOON + timedelta(hours=2))
    assert limited.clients_kept == 1
