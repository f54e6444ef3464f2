"""Queries with known truth for the screening benchmark: how a border officer or a foreign
bureau might write a watchlisted person (positives), and unrelated people with similar names
and the same nationality (hard negatives)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, replace

from population import LATIN_VARIANTS, Person, make_person

HONORIFICS = ["Sheikh", "Haji", "Dr.", "Mr.", "General", "Alhaji"]


@dataclass(frozen=True)
class Query:
    """A query person, the watchlist id it should find (None for negatives) and how it was made."""

    person: Person
    name: str
    truth: str | None
    how: str


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("substitute", "delete", "insert", "transpose"))
    letter = rng.choice(string.ascii_lowercase)
    if kind == "substitute":
        return word[:at] + letter + word[at + 1 :]
    if kind == "delete":
        return word[:at] + word[at + 1 :]
    if kind == "insert":
        return word[:at] + letter + word[at:]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def _spelling(rng: random.Random, person: Person) -> str:
    parts = [rng.choice(LATIN_VARIANTS.get(part, [part])) for part in person.parts]
    return " ".join(parts)


def _variants(rng: random.Random, person: Person) -> list[tuple[str, Callable[[], str]]]:
    parts = list(person.parts)
    found: list[tuple[str, Callable[[], str]]] = [
        ("exact", lambda: person.name),
        ("transliteration", lambda: _spelling(rng, person)),
        (
            "typo",
            lambda: " ".join(
                _typo(rng, p) if i == len(parts) - 1 else p for i, p in enumerate(parts)
            ),
        ),
        ("swapped order", lambda: " ".join([parts[-1], *parts[:-1]])),
        ("honorific", lambda: rng.choice(HONORIFICS) + " " + _spelling(rng, person)),
        ("initial", lambda: " ".join([parts[0][0] + ".", *parts[1:]])),
        ("joined", lambda: "".join(parts[:2]) + " " + " ".join(parts[2:])),
        ("typo+transliteration", lambda: _typo(rng, _spelling(rng, person))),
    ]
    if len(parts) > 2:
        found.append(("missing middle", lambda: f"{parts[0]} {parts[-1]}"))
    if person.native:
        native = person.native
        found.append(("native script", lambda: native))
    return found


def _birth_error(rng: random.Random, person: Person) -> tuple[Person, str]:
    year, month, day = person.birth
    roll = rng.random()
    if roll < 0.55 or person.year_only:
        return person, ""
    if roll < 0.7 and day <= 12 and day != month:
        return replace(person, birth=(year, day, month)), " + day/month swapped"
    if roll < 0.8:
        return replace(person, year_only=True), " + year only"
    if roll < 0.9:
        return replace(person, birth=(year + rng.choice((-1, 1)), month, day)), " + year off by one"
    return replace(
        person, birth=(year, month, max(1, day - 1) if day > 1 else 2)
    ), " + day off by one"


def positive(rng: random.Random, person: Person) -> Query:
    """A query for `person` with one name variant and possibly a date-of-birth error."""
    how, make = rng.choice(_variants(rng, person))
    query_person, date_error = _birth_error(rng, person)
    return Query(query_person, make(), person.id, how + date_error)


def hard_negative(rng: random.Random, person: Person, query_id: str) -> Query:
    """Someone else of the same nationality whose name shares parts with `person`."""
    other = make_person(rng, query_id, person.region)
    other = replace(other, nationality=person.nationality)
    roll = rng.random()
    if roll < 0.3:
        parts, how = person.parts, "namesake"
    elif roll < 0.65:
        parts, how = (*person.parts[:-1], other.parts[-1]), "same given names"
    else:
        parts, how = (other.parts[0], *person.parts[1:]), "same family name"
    other = replace(other, parts=tuple(parts), native=None)
    return Query(other, other.name, None, "negative: " + how)
