"""Spelling-independent keys for Latin ASCII name words: a phonetic spelling, a consonant
skeleton and a coarse consonant-class key used for blocking.

The phonetic rules are written here, and compiled in `_blocking.c`, which spells the words
names are made of (lower-case ASCII letters and digits) by the same rules; property tests hold
the two equal, so a rule changed or added here is changed or added there too (with the seams
it reads, `_JOINS_READ_AGAIN`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pamoja.matching import _blocking

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


def _single(text: str) -> str:
    """`text` with each run of one letter made one letter (`hassan`: `hasan`)."""
    return _DOUBLES.sub(_first_letter, text)


def _first_letter(run: re.Match[str]) -> str:
    # a function, not the template r"\1": Python expands a template in slow steps per match
    return run.group(1)


def phonetic(word: str) -> str:
    """A spelling of `word` with common transliteration differences removed (`kh`→`h`, `ou`→`u`,
    doubled letters single): `Youssef` and `yusef` give `yusef`."""
    spelled = _blocking.phonetic(word)
    return spelled if spelled is not None else spelled_by_rules(word)


def spelled_by_rules(word: str) -> str:
    """`phonetic(word)` by the rules as written here, for any text (`phonetic` has the words
    of names spelled by their compiled twin)."""
    result = word
    for letters, pattern, replacement in _RULES:
        if not letters.isdisjoint(result):
            result = pattern.sub(replacement, result)
    return _single(result) or word


_SEAMS_TEXT = "ts sc ch sh sz tc cz dz zh dj kh gh ph th dh ck ce ci ou oo uu ee ii ow ew"
_JOINS_READ_AGAIN = frozenset(_SEAMS_TEXT.split())
"""Two letters that some rule of `_RULES` reads together: where one part ends and the next
begins with them, joining the parts may change the spelling there (a new rule adds its pairs
here; a property test holds `phonetic_join` equal to `phonetic` of the joined text)."""


def phonetic_join(first: str, second: str) -> str:
    """`phonetic(first + second)` for two phonetic spellings (not empty), read again only
    where joining them could change a spelling: at the seam, or at the end of a short second
    part (rules at a word's end look up to four letters back)."""
    seam = first[-1] + second[0]
    if (
        len(second) < 4
        or seam[0] == seam[1]
        or seam in _JOINS_READ_AGAIN
        or "y" in seam
        or phonetic(first) != first
        or phonetic(second) != second
    ):
        return phonetic(first + second)
    return first + second


@lru_cache(maxsize=262144)
def skeleton(word: str) -> str:
    """The consonants of a phonetic spelling, vowels, `w` and `y` removed and doubles
    collapsed: `muhammad`, `mohamed` and Arabic `mhmd` all give `mhmd`."""
    return _consonants(phonetic(word))


def _consonants(spelling: str) -> str:
    return _single(spelling.translate(_VOWELS))


@lru_cache(maxsize=262144)
def consonant_classes(word: str) -> str:
    """Soundex-like classes of the skeleton (m/n alike, s/z/k/g alike, d/t alike...), so that
    one substituted consonant of a similar sound keeps the key: `hassan`, `hassam` give `25`."""
    return spelling_classes(phonetic(word), word)


def spelling_classes(spelling: str, word: str) -> str:
    """`consonant_classes(word)` from `spelling`, the phonetic spelling of `word`."""
    classes = _consonants(spelling).translate(_CLASSES).replace("_", "")
    collapsed = _single(classes)
    return collapsed or "~" + word
