"""Member countries as ISO 3166-1 alpha-3 codes; input accepted as alpha-2, alpha-3 or a name."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

import pycountry


class Region(StrEnum):
    """The organisation's five regions."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA_SOUTH_PACIFIC = "asia_south_pacific"
    EUROPE = "europe"
    MIDDLE_EAST_NORTH_AFRICA = "middle_east_north_africa"


class UnknownCountry(ValueError):
    """A text that names no ISO 3166-1 country."""


# Names officers commonly type that ISO does not list as a name of the country.
_COMMON_NAMES: dict[str, str] = {
    "ivory coast": "CIV",
    "drc": "COD",
    "dr congo": "COD",
    "congo drc": "COD",
    "democratic republic of congo": "COD",
    "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    "russia": "RUS",
    "uk": "GBR",
    "great britain": "GBR",
    "england": "GBR",
    "usa": "USA",
    "us": "USA",
    "america": "USA",
    "south korea": "KOR",
    "north korea": "PRK",
    "iran": "IRN",
    "syria": "SYR",
    "tanzania": "TZA",
    "vietnam": "VNM",
    "laos": "LAO",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "moldova": "MDA",
    "palestine": "PSE",
    "turkey": "TUR",
    "cape verde": "CPV",
    "swaziland": "SWZ",
    "burma": "MMR",
    "east timor": "TLS",
    "holland": "NLD",
    "uae": "ARE",
}


@lru_cache(maxsize=4096)
def to_alpha3(text: str) -> str:
    """Return the alpha-3 code for an alpha-2 code, alpha-3 code or country name."""
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise UnknownCountry("a country is required (alpha-2, alpha-3 or name)")
    upper = cleaned.upper()
    country = None
    if len(upper) == 2 and upper.isalpha():
        country = pycountry.countries.get(alpha_2=upper)
    elif len(upper) == 3 and upper.isalpha():
        country = pycountry.countries.get(alpha_3=upper)
    if country is not None:
        return str(country.alpha_3)
    common = _COMMON_NAMES.get(cleaned.casefold())
    if common is not None:
        return common
    try:
        return str(pycountry.countries.lookup(cleaned).alpha_3)
    except LookupError:
        pass
    fuzzy = _search_fuzzy(cleaned)
    if fuzzy is not None:
        return fuzzy
    raise UnknownCountry(f"unknown country {text!r}: use an ISO 3166-1 code or an English name")


def _search_fuzzy(name: str) -> str | None:
    if len(name) < 4:
        return None
    try:
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return str(found[0].alpha_3) if len(found) == 1 else None


def to_alpha2(alpha3: str) -> str:
    """The alpha-2 code of a stored alpha-3 code (as INTERPOL's public API uses)."""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    if country is None:
        raise UnknownCountry(f"unknown country code {alpha3!r}")
    return str(country.alpha_2)


def country_name(alpha3: str) -> str:
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    if country is None:
        raise UnknownCountry(f"unknown country code {alpha3!r}")
    return str(getattr(country, "common_name", None) or country.name)
