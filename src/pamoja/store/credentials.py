"""Bearer credentials (web sessions, access tokens, API tokens) and failed-login counting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pamoja.store.tables import CredentialRow, LoginFailureRow


@dataclass(frozen=True, slots=True)
class Credential:
    id: int
    user_id: int
    kind: str
    name: str | None
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None


def _credential(row: CredentialRow) -> Credential:
    return Credential(
        row.id, row.user_id, row.kind, row.name, row.created_at, row.expires_at, row.last_used_at
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Credentials:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        user_id: int,
        kind: str,
        token_hash: str,
        now: datetime,
        expires_at: datetime | None,
        name: str | None = None,
    ) -> int:
        row = CredentialRow(
            user_id=user_id,
            kind=kind,
            name=name,
            token_hash=token_hash,
            created_at=now,
            expires_at=expires_at,
            revoked_at=None,
            last_used_at=None,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def live_by_hash(self, token_hash: str, now: datetime) -> Credential | None:
        """The credential with this hash if neither revoked nor expired; records its use."""
        row = self._session.execute(
            select(CredentialRow).where(CredentialRow.token_hash == token_hash)
        ).scalar_one_or_none()
        if row is None or row.revoked_at is not None:
            return None
        if row.expires_at is not None and _aware(row.expires_at) <= now:
            return None
        row.last_used_at = now
        return _credential(row)

    def revoke(self, credential_id: int, now: datetime) -> None:
        row = self._session.get(CredentialRow, credential_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = now

    def of_user(self, user_id: int, kind: str) -> list[Credential]:
        rows = self._session.execute(
            select(CredentialRow)
            .where(
                CredentialRow.user_id == user_id,
                CredentialRow.kind == kind,
                CredentialRow.revoked_at.is_(None),
            )
            .order_by(CredentialRow.id)
        ).scalars()
        return [_credential(r) for r in rows]

    # failed logins
    def record_failure(self, key: str, now: datetime) -> None:
        self._session.add(LoginFailureRow(key=key, failed_at=now))

    def failures_since(self, key: str, since: datetime) -> int:
        count = self._session.execute(
            select(func.count())
            .select_from(LoginFailureRow)
            .where(LoginFailureRow.key == key, LoginFailureRow.failed_at > since)
        ).scalar_one()
        return int(count)

    def clear_failures(self, key: str) -> None:
        self._session.execute(delete(LoginFailureRow).where(LoginFailureRow.key == key))

    def prune_failures(self, before: datetime) -> None:
        self._session.execute(delete(LoginFailureRow).where(LoginFailureRow.failed_at < before))
