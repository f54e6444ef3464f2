"""How often one client may do something where nobody is logged in to count against (the
public people's-request form): attempts counted per client address over a sliding window, in
this process's memory. Nothing about the client is stored; behind several server processes each
counts its own share, so the limit is per process."""

from __future__ import annotations

import math
import threading
from collections import deque
from datetime import datetime, timedelta

from pamoja.services.errors import RateLimited

MAX_CLIENTS_KEPT = 10_000
"""Clients remembered before those with no attempt left in the window are forgotten."""


class Throttle:
    """At most `limit` attempts per client within any `window`."""

    def __init__(self, limit: int, window: timedelta, what: str) -> None:
        if limit < 1:
            raise ValueError(f"a throttle needs a limit of at least 1, not {limit}")
        self._limit = limit
        self._window = window
        self._what = what
        self._attempts: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def admit(self, client: str, now: datetime) -> None:
        """Count an attempt by `client` at `now`, or raise `RateLimited` (saying when to try
        again) if it has made `limit` attempts in the window before `now`."""
        with self._lock:
            if len(self._attempts) >= MAX_CLIENTS_KEPT:
                self._forget_idle(now)
            attempts = self._attempts.setdefault(client, deque())
            while attempts and attempts[0] <= now - self._window:
                attempts.popleft()
            if len(attempts) >= self._limit:
                wait = attempts[0] + self._window - now
                raise RateLimited(
                    f"too many {self._what} from this address: at most {self._limit} in "
                    f"{_duration(self._window)}; try again later",
                    retry_after=max(1, math.ceil(wait.total_seconds())),
                )
            attempts.append(now)

    @property
    def clients_kept(self) -> int:
        """How many clients it remembers attempts of."""
        return len(self._attempts)

    def _forget_idle(self, now: datetime) -> None:
        start = now - self._window
        for client in [c for c, seen in self._attempts.items() if not seen or seen[-1] <= start]:
            del self._attempts[client]


def _duration(window: timedelta) -> str:
    minutes = int(window.total_seconds() // 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return "an hour" if hours == 1 else f"{hours} hours"
    return f"{minutes} minutes"
