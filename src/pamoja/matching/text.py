"""Script-independent text clean-up: control characters, NFKC, transliteration to Latin, tokens."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import icu

_TRANSLITERATOR = icu.Transliterator.createFromRules(
    "pamoja-latin",
    "ц > ts; Ц > Ts; щ > shch; Щ > Shch; ю > yu; Ю > Yu; я > ya; Я > Ya; й > y; Й > Y;"
    " х > kh; Х > Kh; :: Any-Latin; ž > zh; Ž > Zh; š > sh; Š > Sh; č > ch; Č > Ch;"
    " ş > sh; Ş > Sh; ș > sh; Ș > Sh; :: Latin-ASCII;",
)
"""To Latin, then to ASCII, the way names are commonly written in English: Cyrillic letters
that ICU romanises by ISO 9 (`ю` as `û`, `щ` as `ŝ`) as digraphs, and the carons and cedillas
of Slavic, Turkish and Romanian spellings too (Koževnikov is Kozhevnikov, not Kozevnikov)."""
_TO_ASCII = icu.Transliterator.createInstance("Latin-ASCII")
_HAN = icu.Transliterator.createInstance("Han-Latin")
_HANGUL = icu.Transliterator.createInstance("Hangul-Latin")
_ETHIOPIC = icu.Transliterator.createInstance("Ethiopic-Latin")

_ETHIOPIC_SPELLING = str.maketrans(
    {"ǝ": "", "a": "e", "ā": "a", "ḍ": "ts", "ḫ": "h", "ḥ": "h", "š": "sh", "č": "ch"}
    | {"ž": "zh", "ñ": "ny", "ṭ": "t", "ṣ": "s", "ḳ": "q"}
)
"""ICU writes Ge'ez in a scholarly romanisation (first order `a`, sixth `ǝ`, fourth `ā`);
names are written in Latin the common way: Tesfaye, not Tasǝfāye."""

_ETHIOPIC_FIRST_VOWEL = re.compile(r"^([^aeiouāǝ]?)ǝ")
"""A sixth-order vowel at the start of a word, or after its first consonant, is heard
(Girma, Tigist, Eshetu); elsewhere it is mostly silent (Tesfaye, Almaz)."""


def _first_vowel(found: re.Match[str]) -> str:
    return found.group(1) + ("i" if found.group(1) else "e")


_HAN_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "夏侯",
        "令狐",
        "司徒",
        "歐陽",
        "諸葛",
        "長孫",
    ]
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NO_APOSTROPHES = str.maketrans(
    dict.fromkeys("\u0027\u2019\u2018\u02bc\u02bb\u02bf\u02be\u0060\u00b4")
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name in Latin ASCII, lower case, with the writing system it came from."""

    text: str
    abjad: bool
    """True when written in a script that omits short vowels (Arabic, Hebrew, Syriac...)."""


def strip_controls(text: str) -> str:
    """Drop control, format and unassigned characters; make every space-like character a space."""
    if text.isprintable():  # no such characters, and no space but the plain one
        return text
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


def _is_han(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def _is_hangul(char: str) -> bool:
    return 0xAC00 <= ord(char) <= 0xD7A3


def _is_ethiopic(char: str) -> bool:
    code = ord(char)
    return 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F


def _surname_first(word: str, transliterate: icu.Transliterator) -> str:
    """A Chinese or Korean name written as one word: the family name (its first syllable, or
    two for a known compound surname) apart, the given name joined, as in Latin writing:
    `徐磊辉` gives `xu leihui`, `김민준` gives `gim minjun`."""
    cut = 2 if word[:2] in _HAN_COMPOUND_SURNAMES else 1
    family, given = (_apply(transliterate, piece) for piece in (word[:cut], word[cut:]))
    return family.replace(" ", "") + " " + given.replace(" ", "")


def _apply(transliterator: icu.Transliterator, text: str) -> str:
    return str(transliterator.transliterate(text))


def _to_latin(word: str) -> str:
    if len(word) > 1 and all(map(_is_han, word)):
        return _apply(_TO_ASCII, _surname_first(word, _HAN))
    if len(word) > 1 and all(map(_is_hangul, word)):
        return _surname_first(word, _HANGUL)
    if any(map(_is_ethiopic, word)):
        latin = _ETHIOPIC_FIRST_VOWEL.sub(_first_vowel, _apply(_ETHIOPIC, word))
        return _apply(_TRANSLITERATOR, latin.translate(_ETHIOPIC_SPELLING))
    return _apply(_TRANSLITERATOR, word)


@lru_cache(maxsize=1 << 17)
def _latin_words(raw: str) -> tuple[Word, ...]:
    """The words one space-separated piece of a name gives (`al-Rahman`: `al`, `rahman`)."""
    if raw.isascii():
        latin, abjad = raw, False
    else:
        abjad = any(_is_abjad(char) for char in raw)
        latin = _to_latin(raw)
    latin = latin.translate(_NO_APOSTROPHES).casefold()
    return tuple(Word(part, abjad) for part in _NON_ALNUM.split(latin) if part)


def words(text: str) -> tuple[Word, ...]:
    """Split a name as written into Latin ASCII words, lower case, punctuation removed.

    `"ʿAbd al-Raḥmān"` gives `abd, al, rahman`; `"Юсуф"` gives `usuf`; `"محمد"` gives `mhmd`
    (marked abjad). Control characters are removed; an all-punctuation text gives no words.
    """
    cleaned = unicodedata.normalize("NFKC", strip_controls(text))
    return tuple(chain.from_iterable(map(_latin_words, cleaned.split())))
