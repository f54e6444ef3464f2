"""Password hashing with argon2id, at the cost the operator configures."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pamoja.config import Settings
from pamoja.services.errors import InvalidInput

MIN_PASSWORD_LENGTH = 12


class Passwords:
    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.password_time_cost, memory_cost=settings.password_memory_kib
        )
        # Verified against when a user does not exist, so timing does not reveal usernames.
        self._dummy = self._hasher.hash("pamoja-no-such-user")

    def hash(self, password: str) -> str:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise InvalidInput.one(
                "password", f"must be at least {MIN_PASSWORD_LENGTH} characters long"
            )
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored or self._dummy, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
