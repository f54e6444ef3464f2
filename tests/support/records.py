"""Builders of record details for tests."""

from __future__ import annotations

from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    DocumentDetails,
    DocumentKind,
    DocumentStatus,
    Gender,
    NameKind,
    PersonDetails,
    PersonName,
)


def person(
    name: str = "Mohammed Abdulrahman Yusuf",
    *aliases: str,
    dob: str | None = "1984-03-12",
    nationalities: tuple[str, ...] = ("KEN",),
) -> PersonDetails:
    return PersonDetails(
        names=(PersonName(name), *(PersonName(a, NameKind.ALIAS) for a in aliases)),
        date_of_birth=PartialDate.parse(dob) if dob else None,
        gender=Gender.MALE,
        nationalities=nationalities,
        place_of_birth="Mombasa",
    )


def passport(
    number: str = "AK1234567", status: DocumentStatus = DocumentStatus.STOLEN
) -> DocumentDetails:
    return DocumentDetails(number, DocumentKind.PASSPORT, "KEN", status)
