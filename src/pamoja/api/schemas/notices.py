"""Bodies of the notices API: a request's content in, a notice with its findings and history out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field

from pamoja.api.schemas.fields import Code, CountryCode, InputModel, StoredId, Text
from pamoja.model.notices import (
    JudicialReferenceKind,
    NoticeKind,
    NoticeStatus,
    NoticeType,
    RedPurpose,
)

LongText = Annotated[str, Field(max_length=2000)]


class OffenceIn(InputModel):
    description: Text
    legal_provision: LongText = ""
    maximum_penalty_months: Annotated[int | None, Field(ge=0, le=100_000)] = None
    remaining_sentence_months: Annotated[int | None, Field(ge=0, le=100_000)] = None


class JudicialReferenceIn(InputModel):
    kind: JudicialReferenceKind
    reference: LongText = ""
    issued_on: date | None = None
    issuing_authority: LongText = ""


class AssetLinkIn(InputModel):
    asset_record_id: StoredId
    offence_link: LongText = ""


class NoticeIn(InputModel):
    """A notice or diffusion request: its type, subjects (person record ids) and facts."""

    notice_type: NoticeType
    kind: NoticeKind = NoticeKind.NOTICE
    subjects: Annotated[list[StoredId], Field(min_length=1, max_length=20)]
    facts: Annotated[str, Field(max_length=20_000)] = ""
    offences: Annotated[list[OffenceIn], Field(default_factory=list, max_length=50)]
    judicial_references: Annotated[
        list[JudicialReferenceIn], Field(default_factory=list, max_length=20)
    ]
    red_purpose: RedPurpose | None = None
    assets: Annotated[list[AssetLinkIn], Field(default_factory=list, max_length=50)]
    recipient_countries: Annotated[list[CountryCode], Field(default_factory=list, max_length=200)]
    recipient_regional_bodies: Annotated[list[Code], Field(default_factory=list, max_length=20)]
    public_extract_consent: bool = False


class ActionIn(InputModel):
    reasons: Annotated[str, Field(max_length=5000)] = ""


class FindingOut(BaseModel):
    rule_id: str
    rule_version: str
    severity: str
    explanation: str
    location: str | None = None
    matched_text: str | None = None


class EventOut(BaseModel):
    at: datetime
    action: str
    actor: str
    from_status: NoticeStatus | None
    to_status: NoticeStatus
    reasons: str
    findings_count: int | None


class OffenceOut(BaseModel):
    description: str
    legal_provision: str
    maximum_penalty_months: int | None
    remaining_sentence_months: int | None


class JudicialReferenceOut(BaseModel):
    kind: JudicialReferenceKind
    reference: str
    issued_on: date | None
    issuing_authority: str


class AssetLinkOut(BaseModel):
    asset_record_id: int
    offence_link: str


class NoticeOut(BaseModel):
    """A notice as you may see it: `access` full (findings, history) or circulated (content)."""

    id: int
    reference: str
    status: NoticeStatus
    access: str
    notice_type: NoticeType
    kind: NoticeKind
    requesting_bureau: str
    requesting_country: str
    subjects: list[int]
    facts: str
    offences: list[OffenceOut]
    judicial_references: list[JudicialReferenceOut]
    red_purpose: RedPurpose | None
    assets: list[AssetLinkOut]
    recipient_countries: list[str]
    recipient_regional_bodies: list[str]
    public_extract_consent: bool
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    sent_at: datetime | None
    valid_until: date | None
    findings: list[FindingOut]
    history: list[EventOut]
    actions: list[str]
    """The steps you may take now."""
