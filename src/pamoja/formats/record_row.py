"""One row of a record import/export file, to and from a record's details and sharing.

A row is a flat mapping of column names to values (text from CSV; text, lists or numbers from
JSON Lines). `record_from_row` reads one, collecting every problem of the row so the caller can
report them in a single message; `row_from_record` writes one, in the same columns, so an
export re-imports. The columns are documented in docs/import-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
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
    kind_of,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope

SHARING_COLUMNS = (
    "classification",
    "scope",
    "scope_countries",
    "scope_bodies",
    "outside_scope",
)
COMMON_COLUMNS = ("kind", "reference", *SHARING_COLUMNS)

COLUMNS_OF_KIND: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.PERSON: (
        "full_name",
        "first_name",
        "middle_name",
        "last_name",
        "aliases",
        "birth_names",
        "gender",
        "date_of_birth",
        "place_of_birth",
        "country_of_birth",
        "nationality",
        "identifiers",
    ),
    RecordKind.DOCUMENT: (
        "number",
        "document_kind",
        "issuing_country",
        "status",
        "issued_on",
        "expires_on",
    ),
    RecordKind.VEHICLE: (
        "vin",
        "plate",
        "registration_country",
        "make",
        "model",
        "colour",
        "status",
    ),
    RecordKind.ASSET: (
        "asset_kind",
        "description",
        "identifiers",
        "estimated_value",
        "currency",
        "country",
    ),
    RecordKind.ORGANISATION: (
        "name",
        "organisation_kind",
        "aliases",
        "country",
        "registration_number",
    ),
}

ALL_COLUMNS: tuple[str, ...] = tuple(
    dict.fromkeys([*COMMON_COLUMNS, *(c for cs in COLUMNS_OF_KIND.values() for c in cs)])
)
"""Every column a file may have, in the order exports write them."""

LIST_COLUMNS = frozenset(
    {"scope_countries", "scope_bodies", "aliases", "birth_names", "nationality", "identifiers"}
)
"""Columns holding several values: `;`-separated in CSV, a list or that text in JSON Lines."""

MAX_TEXT = 300
MAX_REFERENCE = 40

_GENDERS: dict[str, Gender] = {
    "male": Gender.MALE,
    "m": Gender.MALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "other": Gender.OTHER,
    "x": Gender.OTHER,
    "unknown": Gender.UNKNOWN,
    "u": Gender.UNKNOWN,
    "": Gender.UNKNOWN,
}

_COLUMNS_SETS = {kind: frozenset(columns) for kind, columns in COLUMNS_OF_KIND.items()}
_KNOWN = frozenset(ALL_COLUMNS)


@dataclass(frozen=True, slots=True)
class FileRecord:
    """A record as a file gives it: its details, the owner's sharing choice and reference."""

    details: Details
    classification: Classification = Classification.RESTRICTED
    scope: Scope = Scope.ALL_MEMBERS
    countries: frozenset[str] = frozenset()
    regional_bodies: frozenset[str] = frozenset()
    outside_scope: OutsideScope = OutsideScope.HIT_ONLY
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one column of a row (`column` is None for the row as a whole)."""

    column: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.column}: {self.message}" if self.column else self.message


class RowInvalid(ValueError):
    """A row that is not a valid record; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def unknown_columns(columns: Iterable[str]) -> list[str]:
    """The names among `columns` that are not columns of the format."""
    return [c for c in columns if c not in _KNOWN]


def columns_for(kind: RecordKind | None) -> tuple[str, ...]:
    """The columns an export of one kind (or of every kind) writes, in order."""
    if kind is None:
        return ALL_COLUMNS
    return (*COMMON_COLUMNS, *COLUMNS_OF_KIND[kind])


E = TypeVar("E", bound=StrEnum)


@dataclass
class _Reader:
    """Reads typed values out of one row, noting problems instead of stopping at the first."""

    row: Mapping[str, object]
    problems: list[Problem] = field(default_factory=list)

    def text(self, column: str) -> str:
        raw = self.row.get(column)
        if raw is None:
            return ""
        if isinstance(raw, list | dict):
            self.problems.append(Problem(column, "give one value here, not a list"))
            return ""
        value = str(raw).strip()
        if len(value) > MAX_TEXT:
            self.problems.append(Problem(column, f"longer than {MAX_TEXT} characters"))
            return value[:MAX_TEXT]
        return value

    def optional(self, column: str) -> str | None:
        return self.text(column) or None

    def values(self, column: str) -> list[str]:
        raw = self.row.get(column)
        if raw is None:
            return []
        if isinstance(raw, list):
            return [str(item).strip() for item in raw if str(item).strip()]
        return [part.strip() for part in str(raw).split(";") if part.strip()]

    def choice(self, column: str, enum: type[E], default: E | None = None) -> E | None:
        text = self.text(column).casefold().replace(" ", "_").replace("-", "_")
        if not text:
            if default is None:
                self.problems.append(Problem(column, f"required: one of {_choices(enum)}"))
            return default
        try:
            return enum(text)
        except ValueError:
            self.problems.append(
                Problem(column, f"{self.text(column)!r} is not one of {_choices(enum)}")
            )
            return default

    def date(self, column: str) -> PartialDate | None:
        text = self.text(column)
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except InvalidDate as error:
            message = str(error)
            if text not in message:
                message = f"{text!r}: {message}"
            self.problems.append(Problem(column, message))
            return None

    def country(self, column: str, *, required: bool = False) -> str | None:
        text = self.text(column)
        if not text:
            if required:
                self.problems.append(
                    Problem(column, "required: a country (alpha-2, alpha-3, name)")
                )
            return None
        return self._alpha3(column, text)

    def countries(self, column: str) -> tuple[str, ...]:
        found = (self._alpha3(column, text) for text in self.values(column))
        return tuple(dict.fromkeys(c for c in found if c is not None))

    def _alpha3(self, column: str, text: str) -> str | None:
        try:
            return to_alpha3(text)
        except UnknownCountry as error:
            self.problems.append(Problem(column, str(error)))
            return None

    def required(self, column: str, what: str) -> str:
        value = self.text(column)
        if not value:
            self.problems.append(Problem(column, f"required: {what}"))
        return value

    def identifiers(self, column: str) -> tuple[Identifier, ...]:
        raw = self.row.get(column)
        items: list[object] = raw if isinstance(raw, list) else list(self.values(column))
        found: list[Identifier] = []
        for item in items:
            identifier = self._identifier(column, item)
            if identifier is not None:
                found.append(identifier)
        return tuple(found)

    def _identifier(self, column: str, item: object) -> Identifier | None:
        if isinstance(item, dict):
            kind, value = str(item.get("kind") or "").strip(), str(item.get("value") or "").strip()
            country_text = str(item.get("country") or "").strip()
        else:
            parts = [p.strip() for p in str(item).split(":")]
            if len(parts) not in (2, 3):
                parts = ["", ""]
            kind, value = parts[0], parts[1]
            country_text = parts[2] if len(parts) == 3 else ""
        if not kind or not value:
            self.problems.append(
                Problem(column, f"{item!r} is not KIND:VALUE or KIND:VALUE:COUNTRY")
            )
            return None
        country = self._alpha3(column, country_text) if country_text else None
        return Identifier(kind.casefold(), value, country)


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def record_from_row(row: Mapping[str, object]) -> FileRecord:
    """The record of one row; raises `RowInvalid` naming every bad column of the row."""
    read = _Reader(row)
    kind = read.choice("kind", RecordKind, RecordKind.PERSON)
    assert kind is not None
    allowed = _COLUMNS_SETS[kind]
    for column, value in row.items():
        if column in allowed or column in COMMON_COLUMNS or value in (None, "", []):
            continue
        if column not in _KNOWN:
            read.problems.append(Problem(column, "unknown column; see docs/import-format.md"))
        else:
            read.problems.append(Problem(column, f"does not apply to a {kind.value} record"))
    details = _DETAILS_READERS[kind](read)
    reference = read.optional("reference")
    if reference is not None and len(reference) > MAX_REFERENCE:
        read.problems.append(Problem("reference", f"longer than {MAX_REFERENCE} characters"))
    classification = read.choice("classification", Classification, Classification.RESTRICTED)
    scope = read.choice("scope", Scope, Scope.ALL_MEMBERS)
    countries = frozenset(read.countries("scope_countries"))
    bodies = frozenset(body.upper() for body in read.values("scope_bodies"))
    outside = read.choice("outside_scope", OutsideScope, OutsideScope.HIT_ONLY)
    if countries and scope is not Scope.COUNTRIES:
        read.problems.append(Problem("scope_countries", "only with scope countries"))
    if bodies and scope is not Scope.REGIONAL_BODIES:
        read.problems.append(Problem("scope_bodies", "only with scope regional_bodies"))
    if read.problems or details is None:
        raise RowInvalid(read.problems)
    assert classification is not None and scope is not None and outside is not None
    return FileRecord(details, classification, scope, countries, bodies, outside, reference)


def _person(read: _Reader) -> Details | None:
    first, middle, last = read.text("first_name"), read.text("middle_name"), read.text("last_name")
    given = " ".join(p for p in (first, middle) if p) or None
    full = read.text("full_name") or " ".join(p for p in (first, middle, last) if p)
    if not full:
        read.problems.append(Problem("full_name", "a person needs full_name or first/last_name"))
    gender_text = read.text("gender").casefold()
    gender = _GENDERS.get(gender_text)
    if gender is None:
        read.problems.append(Problem("gender", f"{gender_text!r} is not male, female, other"))
    names = (
        PersonName(full, NameKind.PRIMARY, given, last or None),
        *(PersonName(a, NameKind.ALIAS) for a in read.values("aliases")),
        *(PersonName(b, NameKind.BIRTH_NAME) for b in read.values("birth_names")),
    )
    return PersonDetails(
        names=names,
        date_of_birth=read.date("date_of_birth"),
        gender=gender or Gender.UNKNOWN,
        nationalities=read.countries("nationality"),
        place_of_birth=read.optional("place_of_birth"),
        country_of_birth=read.country("country_of_birth"),
        identifiers=read.identifiers("identifiers"),
    )


def _document(read: _Reader) -> Details | None:
    number = read.required("number", "the document number")
    kind = read.choice("document_kind", DocumentKind)
    country = read.country("issuing_country", required=True)
    status = read.choice("status", DocumentStatus, DocumentStatus.VALID)
    issued, expires = read.date("issued_on"), read.date("expires_on")
    if kind is None or country is None or status is None:
        return None
    return DocumentDetails(number, kind, country, status, issued, expires)


def _vehicle(read: _Reader) -> Details | None:
    vin, plate = read.optional("vin"), read.optional("plate")
    if vin is None and plate is None:
        read.problems.append(Problem("vin", "a vehicle needs a vin or a plate"))
    status = read.choice("status", VehicleStatus, VehicleStatus.NORMAL)
    return VehicleDetails(
        vin=vin,
        plate=plate,
        registration_country=read.country("registration_country"),
        make=read.optional("make"),
        model=read.optional("model"),
        colour=read.optional("colour"),
        status=status or VehicleStatus.NORMAL,
    )


def _asset(read: _Reader) -> Details | None:
    kind = read.choice("asset_kind", AssetKind)
    description = read.required("description", "what the asset is")
    value: Decimal | None = None
    if value_text := read.text("estimated_value"):
        try:
            value = Decimal(value_text.replace(",", ""))
        except InvalidOperation:
            read.problems.append(Problem("estimated_value", f"{value_text!r} is not a number"))
    currency = read.optional("currency")
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        read.problems.append(Problem("currency", f"{currency!r} is not an ISO 4217 code"))
    identifiers = read.identifiers("identifiers")
    country = read.country("country")
    if kind is None:
        return None
    return AssetDetails(
        kind, description, identifiers, value, currency.upper() if currency else None, country
    )


def _organisation(read: _Reader) -> Details | None:
    name = read.required("name", "the organisation's name")
    kind = read.choice("organisation_kind", OrganisationKind, OrganisationKind.OTHER)
    return OrganisationDetails(
        name=name,
        kind=kind or OrganisationKind.OTHER,
        aliases=tuple(read.values("aliases")),
        country=read.country("country"),
        registration_number=read.optional("registration_number"),
    )


_DETAILS_READERS: dict[RecordKind, Callable[[_Reader], Details | None]] = {
    RecordKind.PERSON: _person,
    RecordKind.DOCUMENT: _document,
    RecordKind.VEHICLE: _vehicle,
    RecordKind.ASSET: _asset,
    RecordKind.ORGANISATION: _organisation,
}


# --- writing ------------------------------------------------------------------------------


def row_from_record(record: FileRecord) -> dict[str, str | list[str]]:
    """The columns of a record, leaving out empty ones; list columns hold lists."""
    row: dict[str, str | list[str]] = {
        "kind": kind_of(record.details).value,
        "reference": record.reference or "",
        "classification": record.classification.value,
        "scope": record.scope.value,
        "scope_countries": sorted(record.countries),
        "scope_bodies": sorted(record.regional_bodies),
        "outside_scope": record.outside_scope.value,
        **_detail_columns(record.details),
    }
    return {k: v for k, v in row.items() if v not in ("", [], None)}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _identifier_texts(identifiers: tuple[Identifier, ...]) -> list[str]:
    return [":".join([i.kind, i.value, *([i.country] if i.country else [])]) for i in identifiers]


def _detail_columns(details: Details) -> dict[str, str | list[str]]:
    match details:
        case PersonDetails():
            primary = next(
                (n for n in details.names if n.kind is NameKind.PRIMARY),
                details.names[0] if details.names else PersonName(""),
            )
            return {
                "full_name": primary.full_name,
                "first_name": primary.given_name or "",
                "last_name": primary.family_name or "",
                "aliases": [n.full_name for n in details.names if n.kind is NameKind.ALIAS],
                "birth_names": [
                    n.full_name for n in details.names if n.kind is NameKind.BIRTH_NAME
                ],
                "gender": details.gender.value if details.gender is not Gender.UNKNOWN else "",
                "date_of_birth": _text(details.date_of_birth),
                "place_of_birth": _text(details.place_of_birth),
                "country_of_birth": _text(details.country_of_birth),
                "nationality": list(details.nationalities),
                "identifiers": _identifier_texts(details.identifiers),
            }
        case DocumentDetails():
            return {
                "number": details.number,
                "document_kind": details.kind.value,
                "issuing_country": details.issuing_country,
                "status": details.status.value,
                "issued_on": _text(details.issued_on),
                "expires_on": _text(details.expires_on),
            }
        case VehicleDetails():
            return {
                "vin": _text(details.vin),
                "plate": _text(details.plate),
                "registration_country": _text(details.registration_country),
                "make": _text(details.make),
                "model": _text(details.model),
                "colour": _text(details.colour),
                "status": details.status.value,
            }
        case AssetDetails():
            return {
                "asset_kind": details.kind.value,
                "description": details.description,
                "identifiers": _identifier_texts(details.identifiers),
                "estimated_value": _text(details.estimated_value),
                "currency": _text(details.currency),
                "country": _text(details.country),
            }
        case OrganisationDetails():
            return {
                "name": details.name,
                "organisation_kind": details.kind.value,
                "aliases": list(details.aliases),
                "country": _text(details.country),
                "registration_number": _text(details.registration_number),
            }
