"""Member countries, regional bodies and bureaus, and audit trail events, as the API lists them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from pamoja.model.audit import AuditAction
from pamoja.model.countries import Region


class CountryOut(BaseModel):
    code: str
    name: str
    region: Region


class RegionalBodyOut(BaseModel):
    code: str
    name: str
    members: list[str]


class AuditEventOut(BaseModel):
    id: int
    at: datetime
    action: AuditAction
    actor_username: str
    actor_user_id: int | None
    bureau_id: int | None
    purpose: str | None
    record_ids: list[int]
    detail: dict[str, Any]
    hash: str
    prev_hash: str
