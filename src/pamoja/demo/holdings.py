"""Details of what demo persons hold and own: travel documents, vehicles and assets."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from pamoja.demo.countries import PROFILE_BY_CODE
from pamoja.demo.finance import bank_account, crypto_wallet
from pamoja.demo.numbers import SerialNumbers, alpha2, id_card_number, passport_number
from pamoja.demo.vehicles import COLOURS, choose_make, make_vin, plate_number
from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    AssetDetails,
    AssetKind,
    DocumentDetails,
    DocumentKind,
    DocumentStatus,
    Identifier,
    OrganisationDetails,
    VehicleDetails,
    VehicleStatus,
)

_HELD_STATUSES = (
    DocumentStatus.VALID,
    DocumentStatus.LOST,
    DocumentStatus.STOLEN,
    DocumentStatus.REVOKED,
    DocumentStatus.INVALID,
)
_HELD_STATUS_WEIGHTS = (85, 5, 4, 2, 4)
_REPORTED_STATUSES = (
    DocumentStatus.STOLEN,
    DocumentStatus.LOST,
    DocumentStatus.REVOKED,
    DocumentStatus.INVALID,
)
_REPORTED_STATUS_WEIGHTS = (55, 35, 5, 5)
_PROPERTY_KINDS = (
    "Residential plot", "Apartment", "Commercial building", "Warehouse", "Farm land", "Villa",
    "Hotel", "Petrol station",
)  # fmt: skip
_ACCOUNT_KINDS = (
    "Current account",
    "Savings account",
    "Business account",
    "Foreign-currency account",
)
_OTHER_ASSETS = (
    "Gold bars", "Cash in foreign currency", "Luxury watches", "Rough diamonds", "Livestock herd",
    "Artworks", "Fishing vessel",
)  # fmt: skip
_HAVENS = ("ARE", "GBR", "ZAF", "KEN", "MYS", "THA", "FRA", "CHN", "SGP")


def unique(make: Callable[[], str], reserved: frozenset[str]) -> str:
    """A value from `make` that is not among the `reserved` ones."""
    value = make()
    while value in reserved:
        value = make()
    return value


def _issued(born: date | None, rng: random.Random, latest: int = 2025) -> tuple[int, int, int]:
    earliest = 2012 if born is None else max(2012, born.year + 1)
    return rng.randint(earliest, latest), rng.randint(1, 12), rng.randint(1, 28)


def travel_document(
    kind: DocumentKind,
    country: str,
    born: date | None,
    rng: random.Random,
    serials: SerialNumbers,
    reserved: frozenset[str],
    *,
    number: str | None = None,
    reported: bool = False,
) -> DocumentDetails:
    """A passport or id card of `country`: held by a person born on `born`, or reported.

    Reported documents (no known holder) are mostly stolen or lost, some never issued (blank).
    """
    if number is None:
        if kind is DocumentKind.PASSPORT:
            number = unique(lambda: passport_number(country, rng, serials), reserved)
        else:
            number = unique(lambda: id_card_number(country, rng, serials), reserved)
    if reported:
        status = rng.choices(_REPORTED_STATUSES, weights=_REPORTED_STATUS_WEIGHTS)[0]
        if status is DocumentStatus.STOLEN and rng.random() < 0.3:
            return DocumentDetails(number, kind, country, status)
    else:
        status = rng.choices(_HELD_STATUSES, weights=_HELD_STATUS_WEIGHTS)[0]
    year, month, day = _issued(born, rng)
    minor = born is not None and year - born.year < 18
    valid_years = 5 if minor else 10
    return DocumentDetails(
        number,
        kind,
        country,
        status,
        PartialDate(year, month, day),
        PartialDate(year + valid_years, month, day),
    )


def vehicle(
    country: str,
    rng: random.Random,
    serials: SerialNumbers,
    reserved: frozenset[str],
    *,
    reported: bool = False,
) -> VehicleDetails:
    """A vehicle registered in `country`; reported ones are mostly stolen."""
    make, model, wmi = choose_make(rng)
    vin = make_vin(wmi, rng.randint(2010, 2025), rng, serials) if rng.random() < 0.97 else None
    plate = unique(lambda: plate_number(country, rng), reserved) if rng.random() < 0.95 else None
    roll = rng.random()
    if reported:
        status = (
            VehicleStatus.STOLEN
            if roll < 0.8
            else VehicleStatus.WANTED
            if roll < 0.9
            else VehicleStatus.RECOVERED
        )
    else:
        status = (
            VehicleStatus.NORMAL
            if roll < 0.85
            else VehicleStatus.STOLEN
            if roll < 0.93
            else VehicleStatus.WANTED
            if roll < 0.97
            else VehicleStatus.RECOVERED
        )
    return VehicleDetails(vin, plate, country, make, model, rng.choice(COLOURS), status)


def _amount(usd: float, country: str | None) -> tuple[Decimal, str]:
    if country is None:
        return Decimal(_three_figures(usd)), "USD"
    profile = PROFILE_BY_CODE[country]
    return Decimal(_three_figures(usd * profile.units_per_usd)), profile.currency


def _three_figures(value: float) -> int:
    """Round to three significant figures, as estimates are written."""
    digits = len(str(int(value)))
    return int(round(value, -max(0, digits - 3)))


def asset(
    country: str,
    rng: random.Random,
    serials: SerialNumbers,
    companies: list[OrganisationDetails],
) -> AssetDetails:
    """An asset of someone from `country`: bank account, real estate, crypto wallet, shares."""
    where = rng.choice(_HAVENS) if rng.random() < 0.15 else country
    if where not in PROFILE_BY_CODE:
        where = country
    city = rng.choice(PROFILE_BY_CODE[where].cities)
    roll = rng.random()
    if roll < 0.35:
        kind, number = bank_account(where, rng)
        value, currency = _amount(10 ** rng.uniform(3, 5.7), where)
        return AssetDetails(
            AssetKind.BANK_ACCOUNT,
            f"{rng.choice(_ACCOUNT_KINDS)}, {city}",
            (Identifier(kind, number, where),),
            value,
            currency,
            where,
        )
    if roll < 0.60:
        title = f"{alpha2(where)}/{city[:3].upper()}/{serials.next(f'{where}-title', 6)}"
        value, currency = _amount(10 ** rng.uniform(4.5, 6.3), where)
        return AssetDetails(
            AssetKind.REAL_ESTATE,
            f"{rng.choice(_PROPERTY_KINDS)} in {city}",
            (Identifier("title_number", title, where),),
            value,
            currency,
            where,
        )
    if roll < 0.80:
        description, address = crypto_wallet(rng)
        value, currency = _amount(10 ** rng.uniform(3, 6), None)
        return AssetDetails(
            AssetKind.CRYPTO_WALLET,
            description,
            (Identifier("crypto_wallet", address),),
            value,
            currency,
        )
    if roll < 0.92 and companies:
        company = rng.choice(companies)
        share = rng.choice((5, 10, 15, 20, 25, 30, 33, 40, 50, 51, 60, 75, 100))
        value, currency = _amount(10 ** rng.uniform(4, 6.5), company.country)
        identifiers = (
            (Identifier("company_registration", company.registration_number, company.country),)
            if company.registration_number
            else ()
        )
        return AssetDetails(
            AssetKind.COMPANY_SHARE,
            f"{share}% shareholding in {company.name}",
            identifiers,
            value,
            currency,
            company.country,
        )
    value, currency = _amount(10 ** rng.uniform(3.5, 5.5), where)
    return AssetDetails(AssetKind.OTHER, rng.choice(_OTHER_ASSETS), (), value, currency, where)
