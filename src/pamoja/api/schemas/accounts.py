"""Tokens and the caller's own account."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from pamoja.api.schemas.fields import InputModel
from pamoja.model.actors import BureauKind, Role
from pamoja.model.sharing import Classification


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Seconds until the token stops working.")


class BureauOut(BaseModel):
    id: int
    code: str
    name: str
    kind: BureauKind
    country: str
    city: str | None


class MeOut(BaseModel):
    id: int
    username: str
    full_name: str
    bureau: BureauOut
    roles: list[Role]
    clearance: Classification
    regional_bodies: list[str]


class ApiTokenIn(InputModel):
    name: str = Field(min_length=1, max_length=100, examples=["border-kiosk-namanga"])


class ApiTokenOut(BaseModel):
    id: int
    name: str | None
    created_at: datetime
    last_used_at: datetime | None


class NewApiTokenOut(ApiTokenOut):
    token: str = Field(description="The secret: shown only now; store it like a password.")
