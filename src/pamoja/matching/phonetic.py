"""Spelling-independent keys for Latin ASCII name words: a phonetic spelling, a consonant
skeleton and a coarse consonant-class key used for blocking."""

from __future__ import annotations

import re
from functools import lru_cache

_RULES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = tuple(
    (frozenset(letters), re.compile(pattern), replacement)
    for letters, pattern, replacement in (
        # letters: the rule can only apply to a word that has one of them (a quick test first)
        ("h", r"tsch|tsh", "ch"),
        ("s", r"sch|sz", "sh"),
        ("c", r"tch|cz", "ch"),
        ("w", r"(?<=[oe])w(?=(?:a|y|i|ski|ska|icz|ich)?$)", "v"),
        ("i", r"(?<=\w)(?:ij|iy|ii)$", "i"),
        ("y", r"(?<=[^aeiouy])y(?=[^aeiouy])", "i"),
        ("hj", r"dzh|dj|zh", "j"),
        ("h", r"kh", "h"),
        ("h", r"gh", "g"),
        ("h", r"ph", "f"),
        ("h", r"th", "t"),
        ("h", r"dh", "d"),
        ("kq", r"ck|q", "k"),
        ("c", r"c(?=[eiy])", "s"),
        ("c", r"c(?!h)", "k"),
        ("x", r"x", "ks"),
        ("ou", r"ou|oo|uu", "u"),
        ("ei", r"ee|ii|ey$", "i"),
        ("h", r"(?<=[aeiou])h$", ""),
    )
)

_VOWELS = str.maketrans("", "", "aeiouyw")
_CLASSES = str.maketrans("bfpvcgjkqsxzdtlmnrh", "111122222222334556_")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def phonetic(word: str) -> str:
    """A spelling of `word` with common transliteration differences removed (`kh`→`h`, `ou`→`u`,
    doubled letters single): `Youssef` and `yusef` give `yusef`."""
    result = word
    for letters, pattern, replacement in _RULES:
        if not letters.isdisjoint(result):
            result = pattern.sub(replacement, result)
    return _DOUBLES.sub(r"\1", result) or word


@lru_cache(maxsize=262144)
def skeleton(word: str) -> str:
    """The consonants of a phonetic spelling, vowels, `w` and `y` removed and doubles
    collapsed: `muhammad`, `mohamed` and Arabic `mhmd` all give `mhmd`."""
    return _DOUBLES.sub(r"\1", phonetic(word).translate(_VOWELS))


@lru_cache(maxsize=262144)
def consonant_classes(word: str) -> str:
    """Soundex-like classes of the skeleton (m/n alike, s/z/k/g alike, d/t alike...), so that
    one substituted consonant of a similar sound keeps the key: `hassan`, `hassam` give `25`."""
    classes = skeleton(word).translate(_CLASSES).replace("_", "")
    collapsed = _DOUBLES.sub(r"\1", classes)
    return collapsed or "~" + word
