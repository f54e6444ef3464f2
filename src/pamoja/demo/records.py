"""Generated demo records: organisations, then persons each with what they hold and own.

Record keys read `<owner country>-<kind letter>-<serial>` (`KEN-P-000042` is a person,
`-D-` a document, `-V-` a vehicle, `-A-` an asset, `-O-` an organisation). Every record is
owned by a bureau of its country: the national central bureau, or for some reported documents,
vehicles and persons a border post of that country.
"""

from __future__ import annotations

import calendar
import itertools
import random
from collections import deque
from collections.abc import Iterator
from datetime import date

from pamoja.demo import holdings
from pamoja.demo.bureaus import BORDER_POSTS_OF_COUNTRY, ncb_code
from pamoja.demo.countries import PROFILE_BY_CODE, PROFILES, CountryProfile
from pamoja.demo.groups import organisation
from pamoja.demo.names import POOLS, person_names
from pamoja.demo.numbers import SerialNumbers, national_id
from pamoja.demo.sharing import Shared, choose_sharing, shared_record
from pamoja.demo.values import DemoLink, DemoRecord
from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    Details,
    DocumentKind,
    Gender,
    Identifier,
    LinkKind,
    OrganisationDetails,
    OrganisationKind,
    PersonDetails,
    RecordKind,
    kind_of,
)

_CUMULATIVE_WEIGHTS = tuple(itertools.accumulate(profile.weight for profile in PROFILES))
_RECENT_PERSONS = 64


class RecordFactory:
    """Makes demo records from one random stream; the same stream gives the same records."""

    def __init__(self, rng: random.Random, reserved: frozenset[str]) -> None:
        self._rng = rng
        self._reserved = reserved
        self._serials = SerialNumbers(rng)
        self._counters: dict[str, int] = {}
        self._organisations_by_country: dict[str, list[str]] = {}
        self._organisation_keys: list[str] = []
        self._companies_by_country: dict[str, list[OrganisationDetails]] = {}
        self._companies: list[OrganisationDetails] = []
        self._recent_persons: dict[str, deque[str]] = {}

    def organisations(self, count: int) -> Iterator[DemoRecord]:
        """`count` organisations: criminal groups, companies, scam centres and others."""
        for _ in range(count):
            details = organisation(self._country(), self._rng, self._serials)
            country = details.country or "KEN"
            key = self._key(country, "O")
            self._organisation_keys.append(key)
            self._organisations_by_country.setdefault(country, []).append(key)
            if details.kind is OrganisationKind.COMPANY:
                self._companies.append(details)
                self._companies_by_country.setdefault(country, []).append(details)
            yield self._record(key, ncb_code(country), details, choose_sharing(country, self._rng))

    def person_bundle(self) -> Iterator[DemoRecord | DemoLink]:
        """A person, their documents, vehicles and assets, their links, and sometimes a
        document or vehicle reported stolen or lost in their country without a holder."""
        rng = self._rng
        profile = self._country()
        country = profile.alpha3
        details, born = self._person(profile)
        shared = choose_sharing(country, rng)
        key = self._key(country, _LETTERS[RecordKind.PERSON])
        yield self._record(key, self._owner(country, 0.05), details, shared)
        for item, link in self._holdings(country, details, born, shared):
            item_key = self._key(country, _LETTERS[kind_of(item)])
            yield self._record(item_key, ncb_code(country), item, self._inherit(country, shared))
            yield DemoLink(key, item_key, link)
        yield from self._relations(key, country)
        if rng.random() < 0.25:
            issuer = country if rng.random() < 0.85 else self._country().alpha3
            kind = DocumentKind.PASSPORT if rng.random() < 0.75 else DocumentKind.ID_CARD
            document = holdings.travel_document(
                kind, issuer, None, rng, self._serials, self._reserved, reported=True
            )
            yield self._record(
                self._key(country, "D"),
                self._owner(country, 0.35),
                document,
                choose_sharing(country, rng),
            )
        if rng.random() < 0.07:
            vehicle = holdings.vehicle(country, rng, self._serials, self._reserved, reported=True)
            yield self._record(
                self._key(country, "V"),
                self._owner(country, 0.35),
                vehicle,
                choose_sharing(country, rng),
            )

    def _person(self, profile: CountryProfile) -> tuple[PersonDetails, date]:
        rng = self._rng
        roll = rng.random()
        gender = (
            Gender.MALE
            if roll < 0.6
            else Gender.FEMALE
            if roll < 0.985
            else Gender.UNKNOWN
            if roll < 0.997
            else Gender.OTHER
        )
        year = int(rng.triangular(1950, 2007, 1988))
        month = rng.randint(1, 12)
        born = date(year, month, rng.randint(1, calendar.monthrange(year, month)[1]))
        roll = rng.random()
        recorded = (
            PartialDate(born.year, born.month, born.day)
            if roll < 0.70
            else PartialDate(born.year, born.month)
            if roll < 0.80
            else PartialDate(born.year)
            if roll < 0.93
            else None
        )
        nationalities: tuple[str, ...] = (profile.alpha3,)
        if rng.random() < 0.07:
            second = self._country().alpha3
            if second != profile.alpha3:
                nationalities = (profile.alpha3, second)
        birth_country = nationalities[-1] if rng.random() < 0.3 else nationalities[0]
        place = rng.choice(PROFILE_BY_CODE[birth_country].cities) if rng.random() < 0.85 else None
        identifiers: tuple[Identifier, ...] = ()
        if rng.random() < 0.7:
            number = holdings.unique(
                lambda: national_id(profile.alpha3, rng, self._serials, born, gender),
                self._reserved,
            )
            identifiers = (Identifier("national_id", number, profile.alpha3),)
        details = PersonDetails(
            names=person_names(POOLS[profile.culture], gender, rng),
            date_of_birth=recorded,
            gender=gender,
            nationalities=nationalities,
            place_of_birth=place,
            country_of_birth=birth_country,
            identifiers=identifiers,
        )
        return details, born

    def _holdings(
        self, country: str, person: PersonDetails, born: date, shared: Shared
    ) -> Iterator[tuple[Details, LinkKind]]:
        rng, serials, reserved = self._rng, self._serials, self._reserved
        issuer = person.nationalities[0]
        if rng.random() < 0.55:
            yield (
                holdings.travel_document(
                    DocumentKind.PASSPORT, issuer, born, rng, serials, reserved
                ),
                LinkKind.HOLDER_OF,
            )
            if rng.random() < 0.06:
                yield (
                    holdings.travel_document(
                        DocumentKind.PASSPORT, issuer, born, rng, serials, reserved
                    ),
                    LinkKind.HOLDER_OF,
                )
        if rng.random() < 0.3:
            number = person.identifiers[0].value if person.identifiers else None
            yield (
                holdings.travel_document(
                    DocumentKind.ID_CARD, issuer, born, rng, serials, reserved, number=number
                ),
                LinkKind.HOLDER_OF,
            )
        if rng.random() < 0.18:
            for _ in range(2 if rng.random() < 0.15 else 1):
                yield holdings.vehicle(country, rng, serials, reserved), LinkKind.OWNER_OF
        if rng.random() < 0.10:
            companies = self._companies_by_country.get(country) or self._companies
            for _ in range(rng.randint(1, 2)):
                yield holdings.asset(country, rng, serials, companies), LinkKind.OWNER_OF

    def _relations(self, key: str, country: str) -> Iterator[DemoLink]:
        rng = self._rng
        if self._organisation_keys and rng.random() < 0.06:
            local = self._organisations_by_country.get(country)
            pool = local if local and rng.random() < 0.6 else self._organisation_keys
            yield DemoLink(key, rng.choice(pool), LinkKind.MEMBER_OF)
        recent = self._recent_persons.setdefault(country, deque(maxlen=_RECENT_PERSONS))
        if recent and rng.random() < 0.08:
            yield DemoLink(key, rng.choice(recent), LinkKind.ASSOCIATE_OF)
        recent.append(key)

    def _country(self) -> CountryProfile:
        return self._rng.choices(PROFILES, cum_weights=_CUMULATIVE_WEIGHTS)[0]

    def _owner(self, country: str, frontline_share: float) -> str:
        posts = BORDER_POSTS_OF_COUNTRY[country]
        if posts and self._rng.random() < frontline_share:
            return self._rng.choice(posts)
        return ncb_code(country)

    def _inherit(self, country: str, shared: Shared) -> Shared:
        """Mostly the holder's sharing; sometimes the owner decides otherwise for one item."""
        return shared if self._rng.random() < 0.8 else choose_sharing(country, self._rng)

    def _key(self, country: str, letter: str) -> str:
        number = self._counters.get(letter, 0) + 1
        self._counters[letter] = number
        return f"{country}-{letter}-{number:06d}"

    @staticmethod
    def _record(key: str, owner: str, details: Details, shared: Shared) -> DemoRecord:
        return shared_record(key, owner, details, shared)


_LETTERS = {
    RecordKind.PERSON: "P",
    RecordKind.DOCUMENT: "D",
    RecordKind.VEHICLE: "V",
    RecordKind.ASSET: "A",
    RecordKind.ORGANISATION: "O",
}
