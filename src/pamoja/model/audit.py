"""Entries of the audit trail and the purposes a search may be made for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class AuditAction(StrEnum):
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    SEARCH = "search"
    EXPORT = "export"
    IMPORT = "import"
    SCREEN = "screen"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    TOKEN_ISSUED = "token_issued"  # noqa: S105 - an action name, not a secret
    TOKEN_REVOKED = "token_revoked"  # noqa: S105 - an action name, not a secret
    USER_CREATED = "user_created"
    DECISION = "decision"
    HIT = "hit"
    NOTIFY = "notify"


class Purpose(StrEnum):
    """Why a person search is made; a fixed list so the trail can be reviewed by purpose."""

    BORDER_CHECK = "border_check"
    CRIMINAL_INVESTIGATION = "criminal_investigation"
    MISSING_PERSON = "missing_person"
    IDENTIFICATION = "identification"
    NOTICE_REVIEW = "notice_review"
    DATA_QUALITY = "data_quality"
    ANALYSIS = "analysis"
    DATA_SUBJECT_REQUEST = "data_subject_request"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """What happened, done by whom for which bureau, why, and to which records."""

    action: AuditAction
    actor_username: str
    actor_user_id: int | None = None
    bureau_id: int | None = None
    purpose: str | None = None
    record_ids: tuple[int, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """An entry as it stands in the trail."""

    id: int
    at: datetime
    entry: AuditEntry
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The outcome of recomputing the chain: how many events checked and the first broken one."""

    checked: int
    first_broken_id: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None
