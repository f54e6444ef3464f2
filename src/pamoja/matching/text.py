"""Script-independent text clean-up: control characters, NFKC, transliteration to Latin, tokens."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu

_TRANSLITERATOR = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"[\u0027\u2019\u2018\u02bc\u02bb\u02bf\u02be\u0060\u00b4]")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name in Latin ASCII, lower case, with the writing system it came from."""

    text: str
    abjad: bool
    """True when written in a script that omits short vowels (Arabic, Hebrew, Syriac...)."""


def strip_controls(text: str) -> str:
    """Drop control, format and unassigned characters; make every space-like character a space."""
    return "".join(
        " " if char.isspace() else char
        for char in text
        if char.isspace() or unicodedata.category(char)[0] != "C"
    )


def _is_abjad(char: str) -> bool:
    code = ord(char)
    return (
        0x0590 <= code <= 0x08FF  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic ext.
        or 0xFB1D <= code <= 0xFDFF  # Hebrew and Arabic presentation forms A
        or 0xFE70 <= code <= 0xFEFF  # Arabic presentation forms B
    )


@lru_cache(maxsize=65536)
def _latin_word(word: str) -> tuple[str, bool]:
    abjad = any(_is_abjad(char) for char in word)
    latin = _TRANSLITERATOR.transliterate(word)
    latin = _APOSTROPHES.sub("", latin).casefold()
    return latin, abjad


def words(text: str) -> tuple[Word, ...]:
    """Split a name as written into Latin ASCII words, lower case, punctuation removed.

    `"ʿAbd al-Raḥmān"` gives `abd, al, rahman`; `"Юсуф"` gives `usuf`; `"محمد"` gives `mhmd`
    (marked abjad). Control characters are removed; an all-punctuation text gives no words.
    """
    cleaned = unicodedata.normalize("NFKC", strip_controls(text))
    result: list[Word] = []
    for raw in cleaned.split():
        if raw.isascii():
            latin, abjad = _APOSTROPHES.sub("", raw).casefold(), False
        else:
            latin, abjad = _latin_word(raw)
        for part in _NON_ALNUM.split(latin.casefold()):
            if part:
                result.append(Word(part, abjad))
    return tuple(result)
