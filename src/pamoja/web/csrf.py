"""Tokens that prove a POSTed form was served by Pamoja to the same browser session.

A form's token is an HMAC, keyed with the server's secret, of what binds it to the browser: the
session token once logged in, or a random nonce kept in a short-lived cookie on the login page.
Nothing is stored on the server, and a token is useless with another session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

FIELD = "csrf_token"
"""Name of the hidden input that carries the token in every POST form."""

LOGIN_NONCE_COOKIE = "pamoja_login_nonce"
"""Cookie that binds the login form's token to the browser before a session exists."""


def token_for(secret_key: str, binding: str, *, purpose: str = "session") -> str:
    """The form token for a session token (or login nonce) under the server's secret."""
    message = f"pamoja-csrf:{purpose}:{binding}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def is_valid(secret_key: str, binding: str, sent: str | None, *, purpose: str = "session") -> bool:
    """Whether `sent` is the token for `binding`; compared in constant time."""
    if not sent or not binding:
        return False
    # as bytes: compare_digest refuses str with other than ASCII in it (TypeError), and a
    # form sends whatever it likes
    return hmac.compare_digest(
        token_for(secret_key, binding, purpose=purpose).encode(), sent.encode()
    )


def new_nonce() -> str:
    return secrets.token_urlsafe(24)
