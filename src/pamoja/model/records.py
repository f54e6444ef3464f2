"""The records bureaus share: persons, travel documents, vehicles, assets, organisations, links."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from pamoja.model.dates import PartialDate


class RecordKind(StrEnum):
    PERSON = "person"
    DOCUMENT = "document"
    VEHICLE = "vehicle"
    ASSET = "asset"
    ORGANISATION = "organisation"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


class NameKind(StrEnum):
    PRIMARY = "primary"
    ALIAS = "alias"
    BIRTH_NAME = "birth_name"


class DocumentKind(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    RESIDENCE_PERMIT = "residence_permit"
    VISA = "visa"
    DRIVING_LICENCE = "driving_licence"
    TRAVEL_DOCUMENT = "travel_document"
    OTHER = "other"


class DocumentStatus(StrEnum):
    VALID = "valid"
    STOLEN = "stolen"
    LOST = "lost"
    REVOKED = "revoked"
    INVALID = "invalid"


class VehicleStatus(StrEnum):
    NORMAL = "normal"
    STOLEN = "stolen"
    WANTED = "wanted"
    RECOVERED = "recovered"


class AssetKind(StrEnum):
    REAL_ESTATE = "real_estate"
    BANK_ACCOUNT = "bank_account"
    CRYPTO_WALLET = "crypto_wallet"
    COMPANY_SHARE = "company_share"
    VEHICLE = "vehicle"
    OTHER = "other"


class OrganisationKind(StrEnum):
    CRIMINAL_GROUP = "criminal_group"
    COMPANY = "company"
    SCAM_CENTRE = "scam_centre"
    OTHER = "other"


class LinkKind(StrEnum):
    HOLDER_OF = "holder_of"
    OWNER_OF = "owner_of"
    MEMBER_OF = "member_of"
    ASSOCIATE_OF = "associate_of"


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name exactly as the owner typed it, in any script."""

    full_name: str
    kind: NameKind = NameKind.PRIMARY
    given_name: str | None = None
    family_name: str | None = None


@dataclass(frozen=True, slots=True)
class Identifier:
    """A number that identifies a person or asset: national ID, IBAN, wallet address, etc."""

    kind: str
    value: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class PersonDetails:
    names: tuple[PersonName, ...]
    date_of_birth: PartialDate | None = None
    gender: Gender = Gender.UNKNOWN
    nationalities: tuple[str, ...] = ()
    place_of_birth: str | None = None
    country_of_birth: str | None = None
    identifiers: tuple[Identifier, ...] = ()

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.kind is NameKind.PRIMARY:
                return name.full_name
        return self.names[0].full_name if self.names else ""


@dataclass(frozen=True, slots=True)
class DocumentDetails:
    number: str
    kind: DocumentKind
    issuing_country: str
    status: DocumentStatus = DocumentStatus.VALID
    issued_on: PartialDate | None = None
    expires_on: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class VehicleDetails:
    vin: str | None = None
    plate: str | None = None
    registration_country: str | None = None
    make: str | None = None
    model: str | None = None
    colour: str | None = None
    status: VehicleStatus = VehicleStatus.NORMAL


@dataclass(frozen=True, slots=True)
class AssetDetails:
    kind: AssetKind
    description: str
    identifiers: tuple[Identifier, ...] = ()
    estimated_value: Decimal | None = None
    currency: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class OrganisationDetails:
    name: str
    kind: OrganisationKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    registration_number: str | None = None


Details = PersonDetails | DocumentDetails | VehicleDetails | AssetDetails | OrganisationDetails

KIND_OF_DETAILS: dict[type[object], RecordKind] = {
    PersonDetails: RecordKind.PERSON,
    DocumentDetails: RecordKind.DOCUMENT,
    VehicleDetails: RecordKind.VEHICLE,
    AssetDetails: RecordKind.ASSET,
    OrganisationDetails: RecordKind.ORGANISATION,
}


def kind_of(details: Details) -> RecordKind:
    return KIND_OF_DETAILS[type(details)]


@dataclass(frozen=True, slots=True)
class Link:
    """A typed relation from one record to another (e.g. person HOLDER_OF document)."""

    source_id: int
    target_id: int
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class RecordSummary:
    """A label for a record the reader may see: what lists and search results show."""

    id: int
    reference: str
    kind: RecordKind
    label: str
    owner_bureau: str
    owner_country: str
    classification: str
    extra: dict[str, str] = field(default_factory=dict)
