"""Record details to and from the JSON in `records.details`, exactly as the owner typed them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    AssetDetails,
    AssetKind,
    Details,
    DocumentDetails,
    DocumentKind,
    DocumentStatus,
    Gender,
    Identifier,
    NameKind,
    OrganisationDetails,
    OrganisationKind,
    PersonDetails,
    PersonName,
    RecordKind,
    VehicleDetails,
    VehicleStatus,
)


def _date(value: PartialDate | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: Any) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _identifiers(values: tuple[Identifier, ...]) -> list[dict[str, Any]]:
    return [{"kind": i.kind, "value": i.value, "country": i.country} for i in values]


def _parse_identifiers(values: Any) -> tuple[Identifier, ...]:
    return tuple(Identifier(v["kind"], v["value"], v.get("country")) for v in values or ())


def encode(details: Details) -> dict[str, Any]:
    match details:
        case PersonDetails():
            return {
                "names": [
                    {
                        "full_name": n.full_name,
                        "kind": n.kind.value,
                        "given_name": n.given_name,
                        "family_name": n.family_name,
                    }
                    for n in details.names
                ],
                "date_of_birth": _date(details.date_of_birth),
                "gender": details.gender.value,
                "nationalities": list(details.nationalities),
                "place_of_birth": details.place_of_birth,
                "country_of_birth": details.country_of_birth,
                "identifiers": _identifiers(details.identifiers),
            }
        case DocumentDetails():
            return {
                "number": details.number,
                "kind": details.kind.value,
                "issuing_country": details.issuing_country,
                "status": details.status.value,
                "issued_on": _date(details.issued_on),
                "expires_on": _date(details.expires_on),
            }
        case VehicleDetails():
            return {
                "vin": details.vin,
                "plate": details.plate,
                "registration_country": details.registration_country,
                "make": details.make,
                "model": details.model,
                "colour": details.colour,
                "status": details.status.value,
            }
        case AssetDetails():
            return {
                "kind": details.kind.value,
                "description": details.description,
                "identifiers": _identifiers(details.identifiers),
                "estimated_value": (
                    str(details.estimated_value) if details.estimated_value is not None else None
                ),
                "currency": details.currency,
                "country": details.country,
            }
        case OrganisationDetails():
            return {
                "name": details.name,
                "kind": details.kind.value,
                "aliases": list(details.aliases),
                "country": details.country,
                "registration_number": details.registration_number,
            }


def decode(kind: RecordKind, data: dict[str, Any]) -> Details:
    match kind:
        case RecordKind.PERSON:
            return PersonDetails(
                names=tuple(
                    PersonName(
                        n["full_name"],
                        NameKind(n["kind"]),
                        n.get("given_name"),
                        n.get("family_name"),
                    )
                    for n in data["names"]
                ),
                date_of_birth=_parse_date(data.get("date_of_birth")),
                gender=Gender(data.get("gender") or Gender.UNKNOWN),
                nationalities=tuple(data.get("nationalities") or ()),
                place_of_birth=data.get("place_of_birth"),
                country_of_birth=data.get("country_of_birth"),
                identifiers=_parse_identifiers(data.get("identifiers")),
            )
        case RecordKind.DOCUMENT:
            return DocumentDetails(
                number=data["number"],
                kind=DocumentKind(data["kind"]),
                issuing_country=data["issuing_country"],
                status=DocumentStatus(data["status"]),
                issued_on=_parse_date(data.get("issued_on")),
                expires_on=_parse_date(data.get("expires_on")),
            )
        case RecordKind.VEHICLE:
            return VehicleDetails(
                vin=data.get("vin"),
                plate=data.get("plate"),
                registration_country=data.get("registration_country"),
                make=data.get("make"),
                model=data.get("model"),
                colour=data.get("colour"),
                status=VehicleStatus(data.get("status") or VehicleStatus.NORMAL),
            )
        case RecordKind.ASSET:
            value = data.get("estimated_value")
            return AssetDetails(
                kind=AssetKind(data["kind"]),
                description=data["description"],
                identifiers=_parse_identifiers(data.get("identifiers")),
                estimated_value=Decimal(value) if value is not None else None,
                currency=data.get("currency"),
                country=data.get("country"),
            )
        case RecordKind.ORGANISATION:
            return OrganisationDetails(
                name=data["name"],
                kind=OrganisationKind(data["kind"]),
                aliases=tuple(data.get("aliases") or ()),
                country=data.get("country"),
                registration_number=data.get("registration_number"),
            )
