"""Authentication: argon2 passwords, rate-limited logins, and bearer credentials kept hashed."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEntry
from pamoja.services.errors import InvalidInput, NotFound, RateLimited, Unauthenticated
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.store.credentials import Credential


class CredentialKind(StrEnum):
    ACCESS = "access"
    """Short-lived bearer token from the OAuth2 password flow."""
    SESSION = "session"
    """Web session cookie."""
    API = "api"
    """Long-lived token for a machine client, named, revocable."""


API_TOKEN_PREFIX = "pja_"  # noqa: S105 - marks API tokens so scanners can spot leaks


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A new secret, shown once; only its hash is stored."""

    token: str
    credential_id: int
    expires_at: datetime | None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AuthService:
    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    def login(self, username: str, password: str, *, client: str) -> Actor:
        """The actor for valid credentials; rate-limited per user and per client address."""
        settings = self._platform.settings
        now = self._platform.now()
        keys = (f"user:{username.casefold()}", f"client:{client}")
        window_start = now - timedelta(seconds=settings.login_lockout_seconds)
        with self._platform.uow() as uow:
            per_user = uow.credentials.failures_since(keys[0], window_start)
            per_client = uow.credentials.failures_since(keys[1], window_start)
            if per_user >= settings.login_attempts or per_client >= 4 * settings.login_attempts:
                raise RateLimited(
                    "too many failed logins: wait a few minutes before trying again",
                    retry_after=settings.login_lockout_seconds,
                )
            found = uow.directory.password_hash_of(username)
            user_id, stored, active = found if found else (None, None, False)
            valid = self._platform.passwords.verify(stored, password)
            actor = uow.directory.actor(user_id) if user_id is not None else None
            if not (valid and active and actor is not None):
                for key in keys:
                    uow.credentials.record_failure(key, now)
                uow.audit.append(
                    AuditEntry(
                        AuditAction.LOGIN_FAILED,
                        actor_username=username[:80],
                        actor_user_id=user_id,
                        detail={"client": client},
                    )
                )
                uow.commit()
                raise Unauthenticated("wrong username or password")
            passwords = self._platform.passwords
            if stored is not None and passwords.needs_rehash(stored):
                uow.directory.set_password_hash(actor.user_id, passwords.hash(password))
            uow.credentials.clear_failures(keys[0])
            uow.audit.append(actor_entry(actor, AuditAction.LOGIN, client=client))
            uow.commit()
            return actor

    def issue(self, actor: Actor, kind: CredentialKind, *, name: str | None = None) -> IssuedToken:
        settings = self._platform.settings
        now = self._platform.now()
        lifetimes = {
            CredentialKind.ACCESS: timedelta(minutes=settings.access_token_minutes),
            CredentialKind.SESSION: timedelta(hours=settings.session_hours),
        }
        expires = now + lifetimes[kind] if kind in lifetimes else None
        if kind is CredentialKind.API and not (name and name.strip()):
            raise InvalidInput.one("name", "name the API token after the client that will use it")
        token = secrets.token_urlsafe(32)
        if kind is CredentialKind.API:
            token = API_TOKEN_PREFIX + token
        with self._platform.uow() as uow:
            credential_id = uow.credentials.add(
                user_id=actor.user_id,
                kind=kind.value,
                token_hash=_token_hash(token),
                now=now,
                expires_at=expires,
                name=name,
            )
            uow.audit.append(
                actor_entry(actor, AuditAction.TOKEN_ISSUED, kind=kind.value, name=name)
            )
            uow.commit()
        return IssuedToken(token, credential_id, expires)

    def authenticate(self, token: str, *, kinds: frozenset[CredentialKind]) -> Actor:
        """The actor behind a live bearer token or session of one of `kinds`."""
        with self._platform.uow() as uow:
            credential = uow.credentials.live_by_hash(_token_hash(token), self._platform.now())
            if credential is None or CredentialKind(credential.kind) not in kinds:
                raise Unauthenticated("the token is unknown, expired or revoked: log in again")
            actor = uow.directory.actor(credential.user_id)
            if actor is None:
                raise Unauthenticated("the account is disabled")
            uow.commit()
            return actor

    def revoke_token(self, token: str) -> None:
        """Log out: the token stops working at once."""
        with self._platform.uow() as uow:
            now = self._platform.now()
            credential = uow.credentials.live_by_hash(_token_hash(token), now)
            if credential is None:
                return
            uow.credentials.revoke(credential.id, now)
            actor = uow.directory.actor(credential.user_id)
            if actor is not None:
                uow.audit.append(actor_entry(actor, AuditAction.LOGOUT, kind=credential.kind))
            uow.commit()

    def api_tokens(self, actor: Actor) -> list[Credential]:
        """The actor's live API tokens: names and dates, never the secrets."""
        with self._platform.uow() as uow:
            return uow.credentials.of_user(actor.user_id, CredentialKind.API.value)

    def revoke_api_token(self, actor: Actor, credential_id: int) -> None:
        with self._platform.uow() as uow:
            mine = {c.id for c in uow.credentials.of_user(actor.user_id, CredentialKind.API.value)}
            if credential_id not in mine:
                raise NotFound(f"you have no API token {credential_id}")
            uow.credentials.revoke(credential_id, self._platform.now())
            uow.audit.append(
                actor_entry(actor, AuditAction.TOKEN_REVOKED, credential=credential_id)
            )
            uow.commit()
