"""The demo dataset: members, regional bodies, bureaus, accounts, records, links and people's
requests.

`generate(seed, persons)` is pure and deterministic: the same seed and size give the same data.
`stream(seed, persons)` yields the same records and links one by one, each link after both its
ends, so an importer or benchmark can store 100,000 persons without holding them all.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from pamoja.demo.bureaus import BUREAUS, DEMO_ACCOUNTS
from pamoja.demo.countries import COUNTRIES, REGIONAL_BODIES
from pamoja.demo.records import RecordFactory
from pamoja.demo.story import (
    STORY_LINKS,
    STORY_NUMBERS,
    STORY_PEOPLE_REQUESTS,
    STORY_RECORDS,
)
from pamoja.demo.values import (
    DemoBureau,
    DemoCountry,
    DemoLink,
    DemoPeopleRequest,
    DemoRecord,
    DemoRegionalBody,
    DemoUser,
)

DEFAULT_SEED = 2026
DEFAULT_PERSONS = 5000


@dataclass(frozen=True, slots=True)
class DemoDataset:
    """Everything `make demo` stores, in the order it can be stored."""

    countries: tuple[DemoCountry, ...]
    regional_bodies: tuple[DemoRegionalBody, ...]
    bureaus: tuple[DemoBureau, ...]
    users: tuple[DemoUser, ...]
    records: tuple[DemoRecord, ...]
    links: tuple[DemoLink, ...]
    people_requests: tuple[DemoPeopleRequest, ...] = ()


def organisation_count(persons: int) -> int:
    """How many generated organisations go with `persons` persons."""
    return max(12, persons // 40)


def stream(
    seed: int = DEFAULT_SEED, persons: int = DEFAULT_PERSONS
) -> Iterator[DemoRecord | DemoLink]:
    """The story records, then organisations, then `persons` persons with what they hold.

    Every link comes after the records at both of its ends.
    """
    if persons < 0:
        raise ValueError(f"persons must be zero or more, not {persons}")
    yield from STORY_RECORDS
    yield from STORY_LINKS
    factory = RecordFactory(random.Random(seed), STORY_NUMBERS)
    yield from factory.organisations(organisation_count(persons))
    for _ in range(persons):
        yield from factory.person_bundle()


def generate(seed: int = DEFAULT_SEED, persons: int = DEFAULT_PERSONS) -> DemoDataset:
    """The whole demo dataset for `seed`, with at least `persons` person records."""
    records: list[DemoRecord] = []
    links: list[DemoLink] = []
    for item in stream(seed, persons):
        if isinstance(item, DemoLink):
            links.append(item)
        else:
            records.append(item)
    return DemoDataset(
        countries=COUNTRIES,
        regional_bodies=REGIONAL_BODIES,
        bureaus=BUREAUS,
        users=DEMO_ACCOUNTS,
        records=tuple(records),
        links=tuple(links),
        people_requests=STORY_PEOPLE_REQUESTS,
    )
