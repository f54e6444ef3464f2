"""What the API returns about records: whole records for readers in scope, hit-only stubs else.

A `HitStubOut` carries, by construction, nothing of a record's content: its id, reference, kind,
owner bureau and whom to contact. Output models use plain types (no input validation), so data
loaded by other paths (imports) is always returned as stored.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Discriminator, Field, Tag

from pamoja.model.records import (
    AssetKind,
    DocumentKind,
    DocumentStatus,
    Gender,
    LinkKind,
    NameKind,
    OrganisationKind,
    RecordKind,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope


class NameOut(BaseModel):
    full_name: str
    kind: NameKind
    given_name: str | None
    family_name: str | None


class IdentifierOut(BaseModel):
    kind: str
    value: str
    country: str | None


class PersonOut(BaseModel):
    names: list[NameOut]
    date_of_birth: str | None = Field(
        description="YYYY, YYYY-MM or YYYY-MM-DD, as precise as known"
    )
    gender: Gender
    nationalities: list[str]
    place_of_birth: str | None
    country_of_birth: str | None
    identifiers: list[IdentifierOut]


class DocumentOut(BaseModel):
    number: str
    kind: DocumentKind
    issuing_country: str
    status: DocumentStatus
    issued_on: str | None
    expires_on: str | None


class VehicleOut(BaseModel):
    vin: str | None
    plate: str | None
    registration_country: str | None
    make: str | None
    model: str | None
    colour: str | None
    status: VehicleStatus


class AssetOut(BaseModel):
    kind: AssetKind
    description: str
    identifiers: list[IdentifierOut]
    estimated_value: Decimal | None
    currency: str | None
    country: str | None


class OrganisationOut(BaseModel):
    name: str
    kind: OrganisationKind
    aliases: list[str]
    country: str | None
    registration_number: str | None


class SharingOut(BaseModel):
    classification: Classification
    scope: Scope
    countries: list[str]
    regional_bodies: list[str]
    outside_scope: OutsideScope


class OwnerOut(BaseModel):
    id: int
    code: str
    name: str
    country: str


class LinkOut(BaseModel):
    """A link to another record; `label` is null when the reader may only know it exists."""

    kind: LinkKind
    direction: Literal["out", "in"]
    record_id: int
    reference: str
    record_kind: RecordKind
    label: str | None


class _FullRecordOut(BaseModel):
    access: Literal["full"] = "full"
    id: int
    reference: str
    label: str
    sharing: SharingOut
    owner: OwnerOut
    created_at: datetime
    updated_at: datetime
    version: int
    links: list[LinkOut]


class PersonRecordOut(_FullRecordOut):
    kind: Literal["person"] = "person"
    details: PersonOut


class DocumentRecordOut(_FullRecordOut):
    kind: Literal["document"] = "document"
    details: DocumentOut


class VehicleRecordOut(_FullRecordOut):
    kind: Literal["vehicle"] = "vehicle"
    details: VehicleOut


class AssetRecordOut(_FullRecordOut):
    kind: Literal["asset"] = "asset"
    details: AssetOut


class OrganisationRecordOut(_FullRecordOut):
    kind: Literal["organisation"] = "organisation"
    details: OrganisationOut


FullRecordOut = Annotated[
    PersonRecordOut | DocumentRecordOut | VehicleRecordOut | AssetRecordOut | OrganisationRecordOut,
    Field(discriminator="kind"),
]


class StubOwnerOut(BaseModel):
    code: str
    name: str
    country: str


class HitStubOut(BaseModel):
    """That a record exists and whom to contact about it; none of its content."""

    access: Literal["hit_only"] = "hit_only"
    id: int
    reference: str
    kind: RecordKind
    owner: StubOwnerOut
    contact: str


def _view_tag(value: Any) -> str | None:
    """A stub's tag is its access; a whole record's is its kind."""
    if isinstance(value, dict):
        access, kind = value.get("access"), value.get("kind")
    else:
        access, kind = getattr(value, "access", None), getattr(value, "kind", None)
    return "hit_only" if access == "hit_only" else (str(kind) if kind is not None else None)


RecordViewOut = Annotated[
    Annotated[PersonRecordOut, Tag("person")]
    | Annotated[DocumentRecordOut, Tag("document")]
    | Annotated[VehicleRecordOut, Tag("vehicle")]
    | Annotated[AssetRecordOut, Tag("asset")]
    | Annotated[OrganisationRecordOut, Tag("organisation")]
    | Annotated[HitStubOut, Tag("hit_only")],
    Discriminator(_view_tag),
]
"""A whole record (`access: "full"`, told apart by `kind`) or a hit-only stub."""


class PageLinks(BaseModel):
    self: str
    first: str
    last: str
    next: str | None
    prev: str | None


class RecordPage(BaseModel):
    items: list[RecordViewOut]
    total: int
    page: int
    per_page: int
    pages: int
    links: PageLinks
