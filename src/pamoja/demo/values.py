"""The values the demo generator produces: members, bureaus, users, records, links and people's
requests.

They carry codes (country alpha-3, bureau code, record key) rather than database ids, so the
seeding service can store them in any order it likes and resolve references itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from pamoja.model.actors import BureauKind, Role
from pamoja.model.countries import Region
from pamoja.model.dates import PartialDate
from pamoja.model.notices import PeopleRequestKind
from pamoja.model.records import Details, LinkKind, RecordKind, kind_of
from pamoja.model.sharing import Classification, OutsideScope, Scope


@dataclass(frozen=True, slots=True)
class DemoCountry:
    """A member country."""

    alpha3: str
    name: str
    region: Region


@dataclass(frozen=True, slots=True)
class DemoRegionalBody:
    """A regional police organisation and its member countries (alpha-3 codes)."""

    code: str
    name: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DemoBureau:
    """A bureau of a member country; `code` is how users and records refer to it."""

    code: str
    name: str
    kind: BureauKind
    country: str
    city: str


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo account; every account has the documented demo password."""

    username: str
    password: str
    full_name: str
    bureau_code: str
    roles: frozenset[Role]
    clearance: Classification


@dataclass(frozen=True, slots=True)
class DemoRecord:
    """A record with its owner bureau and the owner's sharing decision.

    `countries` is filled only for scope COUNTRIES and `regional_bodies` only for scope
    REGIONAL_BODIES; the owner's own country is implied and not listed.
    """

    key: str
    owner_bureau: str
    details: Details
    classification: Classification
    scope: Scope
    countries: frozenset[str]
    regional_bodies: frozenset[str]
    outside_scope: OutsideScope

    @property
    def kind(self) -> RecordKind:
        return kind_of(self.details)


@dataclass(frozen=True, slots=True)
class DemoLink:
    """A typed relation between two records, by key (e.g. person HOLDER_OF document)."""

    source_key: str
    target_key: str
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class DemoPeopleRequest:
    """A request a person sent about data held on them, `days_ago` days before the demo starts
    (so that the reviewers' queue holds one past its deadline)."""

    kind: PeopleRequestKind
    full_name: str
    contact: str
    request_text: str
    days_ago: int
    date_of_birth: PartialDate | None = None
    nationality: str | None = None
    lawyer: str = ""
