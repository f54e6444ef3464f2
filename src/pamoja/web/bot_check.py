"""Proof that a public form was filled in by a person, not posted by a script.

A public form has no session to bind a CSRF token to, and nothing a script must get past but
the per-address limit of the service. So each form served carries a token, signed with the
server's secret, that says when it was served; a form sent back is accepted only when

- the token is Pamoja's and unaltered,
- at least `MIN_FILL_SECONDS` have passed since it was served (a script posts at once; a person
  reads and types), and no more than `MAX_AGE`,
- and the field `TRAP_FIELD`, which the page hides from people (and from screen readers), is
  empty: scripts fill in every field they find.

Nothing is stored on the server. A script that fetches the page, waits and leaves the trap
empty gets through: this is a speed bump, and the service's limit per address stays the guard.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta

FIELD = "form_proof"
"""The hidden input that carries the token."""

TRAP_FIELD = "website"
"""The input hidden from people; a name scripts like to fill in."""

MIN_FILL_SECONDS = 3
MAX_AGE = timedelta(hours=2)


class NotAPerson(ValueError):
    """The form did not pass; the message says why, for the person who may have sent it."""


def proof_for(secret_key: str, purpose: str, now: datetime) -> str:
    """A token for a form about `purpose`, served at `now`."""
    issued = str(int(now.timestamp()))
    nonce = secrets.token_urlsafe(12)
    return f"{issued}.{nonce}.{_signature(secret_key, purpose, issued, nonce)}"


def check(secret_key: str, purpose: str, form: Mapping[str, str], now: datetime) -> None:
    """Raise `NotAPerson` unless `form` carries a valid proof for `purpose` and an empty trap."""
    if form.get(TRAP_FIELD, "").strip():
        raise NotAPerson("the form was not sent as a person sends it; reload the page")
    issued, _, rest = form.get(FIELD, "").partition(".")
    nonce, _, signature = rest.partition(".")
    expected = _signature(secret_key, purpose, issued, nonce)
    genuine = hmac.compare_digest(expected.encode(), signature.encode())  # bytes: any text
    if not (issued.isascii() and issued.isdigit()) or not nonce or not genuine:
        raise NotAPerson(
            "the form did not come from this page: reload the page and fill it in again"
        )
    waited = now.timestamp() - int(issued)
    if waited > MAX_AGE.total_seconds():
        raise NotAPerson("the form has expired: reload the page and fill it in again")
    if waited < MIN_FILL_SECONDS:
        raise NotAPerson(
            f"the form was sent {max(waited, 0):.0f} seconds after it was shown; "
            "check what you wrote and send it again"
        )


def _signature(secret_key: str, purpose: str, issued: str, nonce: str) -> str:
    message = f"pamoja-public-form:{purpose}:{issued}:{nonce}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()
