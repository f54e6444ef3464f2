"""Secrets the node must read back, sealed at rest: a webhook's signing secret is stored
encrypted (Fernet: AES-128-CBC with an HMAC-SHA256 tag) under a key derived from
`PAMOJA_SECRET_KEY`, so that a copy of the database alone does not let anyone sign deliveries
as the node.

A secret stored before sealing existed (written plain, without `SEALED_PREFIX`) is read as it
is; `WebhookService.seal_stored_secrets` seals those when a node starts. Changing
`PAMOJA_SECRET_KEY` leaves stored secrets unreadable: deliveries then fail, saying so, until an
administrator rotates each endpoint's secret.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEALED_PREFIX = "sealed:v1:"

_PURPOSE = b"pamoja webhook signing secrets"
"""Binds the derived key to this use: the same `PAMOJA_SECRET_KEY` signs CSRF tokens too."""


class UnreadableSecret(Exception):
    """A sealed secret this node's key does not open."""


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED_PREFIX)


class SecretBox:
    """Seals and opens secrets with the key derived from `secret_key`."""

    def __init__(self, secret_key: str) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_PURPOSE).derive(
            secret_key.encode()
        )
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def seal(self, secret: str) -> str:
        return SEALED_PREFIX + self._fernet.encrypt(secret.encode()).decode("ascii")

    def open(self, stored: str) -> str:
        """The secret `stored` holds (a plain one, from before sealing, as it is)."""
        if not is_sealed(stored):
            return stored
        try:
            return self._fernet.decrypt(stored[len(SEALED_PREFIX) :].encode("ascii")).decode()
        except InvalidToken as error:
            raise UnreadableSecret(
                "the endpoint's secret was sealed under another PAMOJA_SECRET_KEY; "
                "rotate the endpoint's secret"
            ) from error
