"""Conversions between API schemas and the model's dataclasses, kept out of the services."""

from __future__ import annotations

from typing import assert_never

from pydantic import BaseModel
from starlette.datastructures import URL

from pamoja.api.schemas import records_in as inp
from pamoja.api.schemas import records_out as out
from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord, HitStub, Page, RecordView
from pamoja.model.records import (
    AssetDetails,
    Details,
    DocumentDetails,
    Identifier,
    OrganisationDetails,
    PersonDetails,
    PersonName,
    VehicleDetails,
)
from pamoja.services.records import SharingChoice

# --- input -> model ------------------------------------------------------------------------


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def _identifiers(values: list[inp.IdentifierIn]) -> tuple[Identifier, ...]:
    return tuple(Identifier(i.kind, i.value, i.country) for i in values)


def to_details(record: BaseModel) -> Details:
    """The model details of a validated record body."""
    match record:
        case inp.PersonRecordIn(details=d):
            return PersonDetails(
                names=tuple(
                    PersonName(n.full_name, n.kind, n.given_name, n.family_name) for n in d.names
                ),
                date_of_birth=_date(d.date_of_birth),
                gender=d.gender,
                nationalities=tuple(dict.fromkeys(d.nationalities)),
                place_of_birth=d.place_of_birth,
                country_of_birth=d.country_of_birth,
                identifiers=_identifiers(d.identifiers),
            )
        case inp.DocumentRecordIn(details=d):
            return DocumentDetails(
                number=d.number,
                kind=d.kind,
                issuing_country=d.issuing_country,
                status=d.status,
                issued_on=_date(d.issued_on),
                expires_on=_date(d.expires_on),
            )
        case inp.VehicleRecordIn(details=d):
            return VehicleDetails(
                d.vin, d.plate, d.registration_country, d.make, d.model, d.colour, d.status
            )
        case inp.AssetRecordIn(details=d):
            return AssetDetails(
                kind=d.kind,
                description=d.description,
                identifiers=_identifiers(d.identifiers),
                estimated_value=d.estimated_value,
                currency=d.currency,
                country=d.country,
            )
        case inp.OrganisationRecordIn(details=d):
            return OrganisationDetails(
                d.name, d.kind, tuple(d.aliases), d.country, d.registration_number
            )
    raise TypeError(f"not a record body: {type(record).__name__}")


def to_sharing(sharing: inp.SharingIn) -> SharingChoice:
    return SharingChoice(
        classification=sharing.classification,
        scope=sharing.scope,
        countries=frozenset(sharing.countries),
        regional_bodies=frozenset(sharing.regional_bodies),
        outside_scope=sharing.outside_scope,
    )


# --- model -> output -----------------------------------------------------------------------


def _iso(value: PartialDate | None) -> str | None:
    return value.isoformat() if value is not None else None


def _identifiers_out(values: tuple[Identifier, ...]) -> list[out.IdentifierOut]:
    return [out.IdentifierOut(kind=i.kind, value=i.value, country=i.country) for i in values]


def _full_out(record: FullRecord) -> out.FullRecordOut:
    sharing = record.sharing
    common = {
        "id": record.id,
        "reference": record.reference,
        "label": record.label,
        "sharing": out.SharingOut(
            classification=sharing.classification,
            scope=sharing.scope,
            countries=sorted(sharing.countries),
            regional_bodies=sorted(sharing.regional_bodies),
            outside_scope=sharing.outside_scope,
        ),
        "owner": out.OwnerOut(
            id=record.owner.id,
            code=record.owner.code,
            name=record.owner.name,
            country=record.owner.country,
        ),
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "version": record.version,
        "links": [
            out.LinkOut(
                kind=link.kind,
                direction="out" if link.direction == "out" else "in",
                record_id=link.other_id,
                reference=link.other_reference,
                record_kind=link.other_kind,
                label=link.other_label,
            )
            for link in record.links
        ],
    }
    details = record.details
    match details:
        case PersonDetails():
            return out.PersonRecordOut(
                details=out.PersonOut(
                    names=[
                        out.NameOut(
                            full_name=n.full_name,
                            kind=n.kind,
                            given_name=n.given_name,
                            family_name=n.family_name,
                        )
                        for n in details.names
                    ],
                    date_of_birth=_iso(details.date_of_birth),
                    gender=details.gender,
                    nationalities=list(details.nationalities),
                    place_of_birth=details.place_of_birth,
                    country_of_birth=details.country_of_birth,
                    identifiers=_identifiers_out(details.identifiers),
                ),
                **common,
            )
        case DocumentDetails():
            return out.DocumentRecordOut(
                details=out.DocumentOut(
                    number=details.number,
                    kind=details.kind,
                    issuing_country=details.issuing_country,
                    status=details.status,
                    issued_on=_iso(details.issued_on),
                    expires_on=_iso(details.expires_on),
                ),
                **common,
            )
        case VehicleDetails():
            return out.VehicleRecordOut(
                details=out.VehicleOut(
                    vin=details.vin,
                    plate=details.plate,
                    registration_country=details.registration_country,
                    make=details.make,
                    model=details.model,
                    colour=details.colour,
                    status=details.status,
                ),
                **common,
            )
        case AssetDetails():
            return out.AssetRecordOut(
                details=out.AssetOut(
                    kind=details.kind,
                    description=details.description,
                    identifiers=_identifiers_out(details.identifiers),
                    estimated_value=details.estimated_value,
                    currency=details.currency,
                    country=details.country,
                ),
                **common,
            )
        case OrganisationDetails():
            return out.OrganisationRecordOut(
                details=out.OrganisationOut(
                    name=details.name,
                    kind=details.kind,
                    aliases=list(details.aliases),
                    country=details.country,
                    registration_number=details.registration_number,
                ),
                **common,
            )
        case _:
            assert_never(details)


def stub_out(stub: HitStub) -> out.HitStubOut:
    """Only what the gate lets outsiders know: never any field of the record's content."""
    return out.HitStubOut(
        id=stub.id,
        reference=stub.reference,
        kind=stub.kind,
        owner=out.StubOwnerOut(
            code=stub.owner.code, name=stub.owner.name, country=stub.owner.country
        ),
        contact=stub.contact,
    )


def view_out(view: RecordView) -> out.FullRecordOut | out.HitStubOut:
    if isinstance(view, HitStub):
        return stub_out(view)
    return _full_out(view)


def full_out(record: FullRecord) -> out.FullRecordOut:
    return _full_out(record)


def page_out(found: Page[RecordView], url: URL) -> out.RecordPage:
    def at(page: int) -> str:
        return str(url.include_query_params(page=page, per_page=found.per_page))

    pages = found.pages
    return out.RecordPage(
        items=[view_out(v) for v in found.items],
        total=found.total,
        page=found.page,
        per_page=found.per_page,
        pages=pages,
        links=out.PageLinks(
            self=at(found.page),
            first=at(1),
            last=at(pages),
            next=at(found.page + 1) if found.page < pages else None,
            prev=at(found.page - 1) if found.page > 1 else None,
        ),
    )
