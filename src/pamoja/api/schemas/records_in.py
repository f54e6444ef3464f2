"""What clients send to create or change a record: its details by kind, and how it is shared."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from pamoja.api.schemas.fields import (
    Code,
    CountryCode,
    CurrencyCode,
    InputModel,
    Name,
    PartialDateText,
    Text,
)
from pamoja.model.ids import MAX_ID
from pamoja.model.records import (
    AssetKind,
    DocumentKind,
    DocumentStatus,
    Gender,
    LinkKind,
    NameKind,
    OrganisationKind,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope


class NameIn(InputModel):
    full_name: Name
    kind: NameKind = NameKind.PRIMARY
    given_name: Name | None = None
    family_name: Name | None = None


class IdentifierIn(InputModel):
    kind: Code = Field(examples=["national_id", "iban", "btc_wallet"])
    value: Code
    country: CountryCode | None = None


class PersonIn(InputModel):
    names: list[NameIn] = Field(min_length=1, max_length=50)
    date_of_birth: PartialDateText | None = None
    gender: Gender = Gender.UNKNOWN
    nationalities: list[CountryCode] = Field(default_factory=list, max_length=10)
    place_of_birth: Text | None = None
    country_of_birth: CountryCode | None = None
    identifiers: list[IdentifierIn] = Field(default_factory=list, max_length=50)


class DocumentIn(InputModel):
    number: Code
    kind: DocumentKind
    issuing_country: CountryCode
    status: DocumentStatus = DocumentStatus.VALID
    issued_on: PartialDateText | None = None
    expires_on: PartialDateText | None = None


class VehicleIn(InputModel):
    vin: Code | None = None
    plate: Code | None = None
    registration_country: CountryCode | None = None
    make: Code | None = None
    model: Code | None = None
    colour: Code | None = None
    status: VehicleStatus = VehicleStatus.NORMAL

    @model_validator(mode="after")
    def _identified(self) -> Self:
        if not (self.vin or self.plate):
            raise ValueError("a vehicle needs a vin or a plate")
        return self


class AssetIn(InputModel):
    kind: AssetKind
    description: Text
    identifiers: list[IdentifierIn] = Field(default_factory=list, max_length=50)
    estimated_value: Decimal | None = Field(default=None, ge=0, max_digits=20, decimal_places=2)
    currency: CurrencyCode | None = None
    country: CountryCode | None = None

    @model_validator(mode="after")
    def _value_has_currency(self) -> Self:
        if self.estimated_value is not None and self.currency is None:
            raise ValueError("currency: give the currency of the estimated value")
        return self


class OrganisationIn(InputModel):
    name: Name
    kind: OrganisationKind
    aliases: list[Name] = Field(default_factory=list, max_length=50)
    country: CountryCode | None = None
    registration_number: Code | None = None


class SharingIn(InputModel):
    """The owner's choice; the owner bureau is always the caller's."""

    classification: Classification = Classification.RESTRICTED
    scope: Scope = Scope.ALL_MEMBERS
    countries: list[CountryCode] = Field(default_factory=list, max_length=300)
    regional_bodies: list[Code] = Field(default_factory=list, max_length=50)
    outside_scope: OutsideScope = OutsideScope.HIT_ONLY


class _RecordIn(InputModel):
    sharing: SharingIn = Field(default_factory=SharingIn)
    reference: Code | None = Field(
        default=None, description="Only on creation: your own reference; allocated if absent."
    )


class PersonRecordIn(_RecordIn):
    kind: Literal["person"]
    details: PersonIn


class DocumentRecordIn(_RecordIn):
    kind: Literal["document"]
    details: DocumentIn


class VehicleRecordIn(_RecordIn):
    kind: Literal["vehicle"]
    details: VehicleIn


class AssetRecordIn(_RecordIn):
    kind: Literal["asset"]
    details: AssetIn


class OrganisationRecordIn(_RecordIn):
    kind: Literal["organisation"]
    details: OrganisationIn


RecordIn = Annotated[
    PersonRecordIn | DocumentRecordIn | VehicleRecordIn | AssetRecordIn | OrganisationRecordIn,
    Field(discriminator="kind"),
]


class LinkIn(InputModel):
    target_id: int = Field(ge=1, le=MAX_ID, description="The record this one relates to.")
    kind: LinkKind
