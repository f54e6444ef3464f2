"""How values read on a page: countries with names, enum labels, dates with precision, scripts."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from enum import Enum

from pamoja.model.countries import UnknownCountry, country_name
from pamoja.model.dates import DatePrecision, PartialDate
from pamoja.model.record_views import FullRecord

_SCRIPT_NAMES = {
    "CJK": "CJK",
    "HIRAGANA": "Japanese kana",
    "KATAKANA": "Japanese kana",
    "HANGUL": "Hangul",
    "ETHIOPIC": "Ge'ez",
}

_PRECISION_NOTES = {
    DatePrecision.YEAR: "year only",
    DatePrecision.MONTH: "year and month only",
    DatePrecision.DAY: "full date",
}


def label(value: Enum | str | None) -> str:
    """`criminal_group` → `Criminal group`."""
    if value is None:
        return ""
    text = str(value.value if isinstance(value, Enum) else value)
    return text.replace("_", " ").capitalize()


def country(alpha3: str | None) -> str:
    """`KEN` → `Kenya (KEN)`; an unknown code is shown as stored."""
    if not alpha3:
        return ""
    try:
        return f"{country_name(alpha3)} ({alpha3})"
    except UnknownCountry:
        return alpha3


def partial_date(value: PartialDate | None) -> str:
    """`1984-03 (year and month only)`: the date as known, and how precisely."""
    if value is None:
        return ""
    return f"{value.isoformat()} ({_PRECISION_NOTES[value.precision]})"


def script_of(text: str) -> str:
    """The writing system of the first letter of `text`: Latin, Arabic, Cyrillic, Ge'ez, CJK…"""
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        first = name.split(" ", 1)[0]
        return _SCRIPT_NAMES.get(first, first.capitalize() or "Unknown")
    return "Unknown"


def amount(value: Decimal | None, currency: str | None) -> str:
    """`1,250,000.00 USD`."""
    if value is None:
        return ""
    return f"{value:,.2f} {currency or ''}".strip()


def is_full_record(view: object) -> bool:
    """Whether a search result or link is a whole record (else a hit-only stub)."""
    return isinstance(view, FullRecord)
