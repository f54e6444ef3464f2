"""Find listed terms in free text, in any script, ignoring case and accents, and report them as
they were written.

A term is one or more words matched on word boundaries. A `*` ending a word stands for any
further letters of that word (`blasphem*` matches "blasphemy" and "blasphème", `insult* the
king` matches "insulting the King"); a `*` starting the term for any letters before it
(`*الردة` matches "والردة"); a lone `*` for any one word (`member of the * ethnic group`).
Arabic short vowels and other combining marks are ignored on both sides, and Arabic terms also
match with the conjunctions and prepositions written attached to them (و ف ب ل ك).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """A listed term and the language it is written in (ISO 639-1)."""

    text: str
    language: str


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A term found in a text, with the text exactly as written there."""

    term: Term
    matched_text: str
    start: int
    end: int


class InvalidTerm(ValueError):
    """A term that cannot be matched (empty, or only wildcards)."""


# Characters written interchangeably: typographic apostrophes and hyphens, Arabic alef maqsura and
# ta marbuta (often typed as ya and ha).
_SAME_LETTER = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",
    "\u0649": "\u064a",
    "\u0629": "\u0647",
}
# Arabic tatweel (a stretching stroke) carries no letter.
_IGNORED = frozenset({"\u0640"})


# Words that Arabic writes attached to the next one: wa-/fa- (and, so), then bi-/li-/ka- (with,
# for, like). A term matches with or without them.
_PROCLITICS = {"ar": "(?:[\u0648\u0641]?[\u0628\u0644\u0643]?)"}


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text (combining marks dropped, casefolded)."""
    return _fold_with_positions(text)[0]


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of its source character."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", _SAME_LETTER.get(char, char)):
            if unicodedata.combining(part) or part in _IGNORED:
                continue
            for piece in part.casefold():
                folded.append(piece)
                positions.append(index)
    return "".join(folded), positions


def compile_term(term: Term) -> re.Pattern[str]:
    """A regular expression matching the term in folded text."""
    body = term.text.strip()
    open_start = body.startswith("*")
    words = fold(body.removeprefix("*")).split()
    if not any(word.strip("*") for word in words) or body == "*":
        raise InvalidTerm(f"term {term.text!r} ({term.language}) has no letters to match")
    core = r"\s+".join(_word_pattern(word, term) for word in words)
    start = r"\w*" if open_start else r"(?<!\w)" + _PROCLITICS.get(term.language, "")
    return re.compile(start + core + r"(?!\w)")


def _word_pattern(word: str, term: Term) -> str:
    """A word of a term; a `*` at its end stands for any further letters (`insult*`), a lone `*`
    for any one word."""
    if word == "*":
        return r"\w+"
    stem = word.removesuffix("*")
    if not stem or "*" in stem:
        raise InvalidTerm(
            f"term {term.text!r} ({term.language}): a * may only end a word or start the term"
        )
    return re.escape(stem) + (r"\w*" if word.endswith("*") else "")


@dataclass(frozen=True, slots=True)
class TermList:
    """Terms compiled once, to be searched in many texts."""

    terms: tuple[Term, ...]
    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, terms: tuple[Term, ...]) -> TermList:
        return cls(terms, tuple(compile_term(term) for term in terms))

    def find(self, text: str) -> list[TermMatch]:
        """Every listed term in `text`, in order of position; overlapping finds keep the longest."""
        folded, positions = _fold_with_positions(text)
        found: list[TermMatch] = []
        for term, pattern in zip(self.terms, self.patterns, strict=True):
            for match in pattern.finditer(folded):
                if match.end() == match.start():
                    continue
                start = positions[match.start()]
                end = positions[match.end() - 1] + 1
                found.append(TermMatch(term, text[start:end], start, end))
        return _without_overlaps(found)

    def __bool__(self) -> bool:
        return bool(self.terms)


def _without_overlaps(found: list[TermMatch]) -> list[TermMatch]:
    """Overlapping finds merged into one, reported under the term found first."""
    merged: list[TermMatch] = []
    for candidate in sorted(found, key=lambda m: (m.start, -m.end)):
        if merged and candidate.start < merged[-1].end:
            last = merged[-1]
            if candidate.end > last.end:
                text = last.matched_text + candidate.matched_text[last.end - candidate.start :]
                merged[-1] = TermMatch(last.term, text, last.start, candidate.end)
            continue
        merged.append(candidate)
    return merged
