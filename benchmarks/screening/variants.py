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


Birth = tuple[int, int, int]


def _swapped(birth: Birth) -> Birth | None:
    year, month, day = birth
    return (year, day, month) if day <= 12 and day != month else None


def _year_off(birth: Birth, step: int) -> Birth:
    year, month, day = birth
    return (year + step, month, day)


def _day_off(birth: Birth) -> Birth:
    year, month, day = birth
    return (year, month, day - 1 if day > 1 else 2)


def recording_errors(birth: Birth) -> set[Birth]:
    """Every full date a positive's recording error makes of `birth` (the date itself too)."""
    swapped = _swapped(birth)
    errors = {birth, _year_off(birth, -1), _year_off(birth, 1), _day_off(birth)}
    return errors | {swapped} if swapped else errors


def _birth_error(rng: random.Random, person: Person) -> tuple[Person, str]:
    roll = rng.random()
    if roll < 0.55 or person.year_only:
        return person, ""
    swapped = _swapped(person.birth)
    if roll < 0.7 and swapped is not None:
        return replace(person, birth=swapped), " + day/month swapped"
    if roll < 0.8:
        return replace(person, year_only=True), " + year only"
    if roll < 0.9:
        off = _year_off(person.birth, rng.choice((-1, 1)))
        return replace(person, birth=off), " + year off by one"
    return replace(person, birth=_day_off(person.birth)), " + day off by one"


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
