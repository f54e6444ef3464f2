"""Person names for demo records, composed the way each culture writes them.

Names are produced in the script the culture uses (Arabic, Ethiopic, Cyrillic, CJK, Hangul,
Thai or Latin) and kept as written; non-Latin names usually get a Latin transliteration as an
alias, sometimes a second one with another usual spelling (Mohammed / Mohamed / Muhammad).

Name styles:
- `given_family`: given [middle] family (Juma Mwangi); `given_family2`: two family names
  (José García López).
- `patronymic1`: given name and father's name (አበበ ከበደ); `patronymic2`: given, father,
  grandfather (Abdirahman Abdi Warsame); `patronymic1_family`: given, father, family
  (محمد أحمد المصري).
- `family_given`: family name first, spaced (Nguyễn Văn Minh); `family_given_joined`: family
  name first, written without a space (王伟, Latin Wang Wei); `japanese`: 佐藤翔太, Latin Shota
  Sato; `single`: personal names only, no family name (Aung Kyaw Htun).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from pamoja.demo.names_latin import LATIN_POOLS
from pamoja.demo.names_scripts import SCRIPT_POOLS
from pamoja.model.records import Gender, NameKind, PersonName


class NameStyle(StrEnum):
    GIVEN_FAMILY = "given_family"
    GIVEN_FAMILY2 = "given_family2"
    PATRONYMIC1 = "patronymic1"
    PATRONYMIC2 = "patronymic2"
    PATRONYMIC1_FAMILY = "patronymic1_family"
    FAMILY_GIVEN = "family_given"
    FAMILY_GIVEN_JOINED = "family_given_joined"
    JAPANESE = "japanese"
    SINGLE = "single"


@dataclass(frozen=True, slots=True)
class Spelling:
    """One name as natively written, with its Latin spellings (usual one first)."""

    native: str
    latin: tuple[str, ...]

    @property
    def usual_latin(self) -> str:
        return self.latin[0] if self.latin else self.native


@dataclass(frozen=True, slots=True)
class FamilyName:
    masculine: Spelling
    feminine: Spelling

    def for_gender(self, gender: Gender) -> Spelling:
        return self.feminine if gender is Gender.FEMALE else self.masculine


@dataclass(frozen=True, slots=True)
class NamePool:
    """The names of one culture and how they are put together."""

    culture: str
    style: NameStyle
    male: tuple[Spelling, ...]
    female: tuple[Spelling, ...]
    family: tuple[FamilyName, ...]
    latin_script: bool


def _spelling(text: str) -> Spelling:
    native, _, latin = text.partition("=")
    return Spelling(native, tuple(latin.split(";")) if latin else ())


def _family(text: str) -> FamilyName:
    masculine, _, feminine = text.partition("/")
    return FamilyName(_spelling(masculine), _spelling(feminine or masculine))


def _items(text: str) -> list[str]:
    return [item for item in text.split(",") if item]


def _pool(culture: str, raw: tuple[str, str, str, str], latin_script: bool) -> NamePool:
    style, male, female, family = raw
    return NamePool(
        culture=culture,
        style=NameStyle(style),
        male=tuple(_spelling(item) for item in _items(male)),
        female=tuple(_spelling(item) for item in _items(female)),
        family=tuple(_family(item) for item in _items(family)),
        latin_script=latin_script,
    )


POOLS: dict[str, NamePool] = {
    **{culture: _pool(culture, raw, True) for culture, raw in LATIN_POOLS.items()},
    **{culture: _pool(culture, raw, False) for culture, raw in SCRIPT_POOLS.items()},
}

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss"})


def fold_to_ascii(text: str) -> str:
    """Drop accents and diacritics, as a name is often typed on an ASCII keyboard."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, slots=True)
class _Parts:
    given: tuple[Spelling, ...]
    family: tuple[Spelling, ...]


def _choose_parts(pool: NamePool, gender: Gender, rng: random.Random) -> _Parts:
    female = gender is Gender.FEMALE or (gender is not Gender.MALE and rng.random() < 0.5)
    given_pool = pool.female if female else pool.male
    form = Gender.FEMALE if female else Gender.MALE
    given = rng.choice(given_pool)
    style = pool.style
    if style is NameStyle.SINGLE:
        count = rng.choice((2, 2, 3))
        return _Parts((given, *rng.sample(given_pool, count - 1)), ())
    if style in (NameStyle.PATRONYMIC1, NameStyle.PATRONYMIC2, NameStyle.PATRONYMIC1_FAMILY):
        ancestors = 2 if style is NameStyle.PATRONYMIC2 else 1
        lineage = tuple(rng.choice(pool.male) for _ in range(ancestors))
        if style is NameStyle.PATRONYMIC1_FAMILY:
            lineage = (*lineage, rng.choice(pool.family).for_gender(form))
        return _Parts((given,), lineage)
    if style is NameStyle.GIVEN_FAMILY2:
        first, second = rng.sample(pool.family, 2)
        return _Parts((given,), (first.for_gender(form), second.for_gender(form)))
    family = (rng.choice(pool.family).for_gender(form),)
    if style is NameStyle.GIVEN_FAMILY and pool.latin_script and rng.random() < 0.2:
        middle = rng.choice(given_pool)
        if middle is not given:
            return _Parts((given, middle), family)
    return _Parts((given,), family)


def _render(
    pool: NamePool, parts: _Parts, spell: Callable[[Spelling], str], latin: bool
) -> PersonName:
    given = " ".join(spell(part) for part in parts.given)
    family = " ".join(spell(part) for part in parts.family) or None
    style = pool.style
    if family is None:
        full = given
    elif style is NameStyle.FAMILY_GIVEN or (style is NameStyle.FAMILY_GIVEN_JOINED and latin):
        full = f"{family} {given}"
    elif style in (NameStyle.FAMILY_GIVEN_JOINED, NameStyle.JAPANESE):
        full = f"{family}{given}" if not latin else f"{given} {family}"
    else:
        full = f"{given} {family}"
    return PersonName(full, NameKind.PRIMARY, given, family)


def _native(spelling: Spelling) -> str:
    return spelling.native


def _usual_latin(spelling: Spelling) -> str:
    return spelling.usual_latin


def _as_alias(name: PersonName, kind: NameKind = NameKind.ALIAS) -> PersonName:
    return PersonName(name.full_name, kind, name.given_name, name.family_name)


def person_names(pool: NamePool, gender: Gender, rng: random.Random) -> tuple[PersonName, ...]:
    """A primary name in the pool's script, and sometimes aliases and a birth name."""
    parts = _choose_parts(pool, gender, rng)
    primary = _render(pool, parts, _native, latin=pool.latin_script)
    names = [primary]
    seen = {primary.full_name}

    def add(name: PersonName, kind: NameKind = NameKind.ALIAS) -> None:
        if name.full_name not in seen:
            seen.add(name.full_name)
            names.append(_as_alias(name, kind))

    if not pool.latin_script:
        if rng.random() < 0.85:
            add(_render(pool, parts, _usual_latin, latin=True))
        if rng.random() < 0.2:
            add(_render(pool, parts, lambda part: rng.choice(part.latin or (part.native,)), True))
        return tuple(names)
    folded = fold_to_ascii(primary.full_name)
    if folded != primary.full_name and rng.random() < 0.4:
        family = primary.family_name
        add(
            PersonName(
                folded,
                NameKind.ALIAS,
                fold_to_ascii(primary.given_name or ""),
                fold_to_ascii(family) if family else None,
            )
        )
    if rng.random() < 0.08:
        other_given = _Parts(
            (rng.choice(pool.male if gender is Gender.MALE else pool.female),), parts.family
        )
        add(_render(pool, other_given, _native, latin=True))
    if (
        gender is Gender.FEMALE
        and pool.style is NameStyle.GIVEN_FAMILY
        and pool.family
        and rng.random() < 0.06
    ):
        maiden = _Parts(parts.given, (rng.choice(pool.family).feminine,))
        add(_render(pool, maiden, _native, latin=True), NameKind.BIRTH_NAME)
    return tuple(names)
