"""Names prepared for comparison: each written name becomes a `NameForm` of phonetic parts.

Person names lose honorifics (Sheikh, Dr, General), keep particles (al, bin, van) as light
parts, bind "Abd al-" compounds (`Abd al-Rahman` = `Abdulrahman`), unify transliteration
variants (`Mohamed` = `Muhammad` = `محمد`) and split words joined to a known given name
(`Mohammadhasni` = `Mohammad Hasni`), but not a patronymic or family name made of one
(`Mikhailovna`, `Ibrahimovic`).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from pamoja.matching.phonetic import phonetic, skeleton
from pamoja.matching.text import Word, words
from pamoja.matching.variants import (
    ABD_PREFIXES,
    ABD_WORDS,
    ABJAD_VARIANTS,
    HONORIFICS,
    NAME_ENDINGS,
    PARTICLES,
    VARIANTS,
)
from pamoja.model.pickling import PickledByFields

WORD_CACHE_SIZE = 1 << 17
"""Words prepared recently, kept for reuse: new names are mostly made of known words."""

LIGHT_WEIGHT = 1.0
"""Weight of a particle or initial in name alignment; an ordinary part weighs its length."""

_ARTICLE = re.compile(r"(?i)(?<![^\W\d_])[aeu](?:l|r|s|sh|t|th|d|dh|z|n)-(?=[^\W\d_])")
_ARABIC_ARTICLE = ("al", "el", "ul", "ar", "as", "ad", "at", "az", "an", "ash")


@dataclass(frozen=True, slots=True)
class NameForm(PickledByFields):
    """One written name as comparable parts, in order.

    `parts` are phonetic spellings (`phonetic.phonetic`), `spellings` the same parts before
    phonetic folding (for typos the folding magnifies: `cen` and `chen`), `letters` the first
    letter of each part as written (an initial `O.` stands for `Ousmane`, whatever its
    phonetic spelling), `skeletons` their consonants, `weights` their importance, `core`
    whether a part is a real name part (not a particle, initial or generic word) and so usable
    for blocking, `abjad` whether it was written in a script without short vowels.
    """

    written: str
    parts: tuple[str, ...]
    spellings: tuple[str, ...]
    letters: str
    skeletons: tuple[str, ...]
    weights: tuple[float, ...]
    core: tuple[bool, ...]
    abjad: tuple[bool, ...]

    @property
    def joined(self) -> str:
        return "".join(self.parts)

    @property
    def is_empty(self) -> bool:
        return not self.parts

    def is_initial(self, position: int) -> bool:
        """Whether the part at `position` is a single letter, as written or in its phonetic
        spelling (the initial X. is spelled ks)."""
        return len(self.parts[position]) == 1 or len(self.spellings[position]) == 1


def _without_honorifics(found: tuple[Word, ...]) -> list[Word]:
    kept = [word for word in found if word.text not in HONORIFICS]
    return kept if kept else list(found)


def _bind_abd(found: list[Word]) -> list[Word]:
    bound: list[Word] = []
    index = 0
    while index < len(found):
        word = found[index]
        text = word.text
        is_abd = text in ABD_WORDS or (word.abjad and text == "bd")
        if is_abd and text not in VARIANTS and index + 1 < len(found):
            following = index + 1
            if found[following].text in _ARABIC_ARTICLE and following + 1 < len(found):
                following += 1
            bound.append(Word("abd" + _strip_article(found[following]), word.abjad))
            index = following + 1
            continue
        if text.startswith("abd") and text not in VARIANTS:
            for prefix in ABD_PREFIXES:
                if text.startswith(prefix) and len(text) >= len(prefix) + 3:
                    word = Word("abd" + text[len(prefix) :], word.abjad)
                    break
        bound.append(word)
        index += 1
    return bound


def _strip_article(word: Word) -> str:
    text = word.text
    if word.abjad and len(text) > 4 and text.startswith("al"):
        return text[2:]
    return text


def _split_joined(text: str) -> list[str]:
    if len(text) < 7 or text in VARIANTS:
        return [text]
    for cut in range(len(text) - 3, 3, -1):
        head, rest = text[:cut], text[cut:]
        if head in VARIANTS and rest not in NAME_ENDINGS:
            return [head, rest]
    return [text]


def _abjad_spelling(text: str) -> str:
    text = _strip_article(Word(text, True))
    if len(text) >= 4 and text.endswith("t") and text[-2] not in "aeiou":
        text = text[:-1]
    return text


def person_name(written: str) -> NameForm:
    """Prepare a person's name as written in any script; an unusable text gives an empty form."""
    found = words(_ARTICLE.sub(" ", written))
    texts: list[tuple[str, str, bool]] = []
    for word in _bind_abd(_without_honorifics(found)):
        texts.extend(_pieces(word.text, word.abjad))
    return build_form(written, texts, light=PARTICLES, light_at_end=False)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _pieces(text: str, abjad: bool) -> tuple[tuple[str, str, bool], ...]:
    """The parts one word gives, each as (canonical spelling, as written, from an abjad)."""
    if abjad:
        text = _abjad_spelling(text)
    pieces: list[tuple[str, str, bool]] = []
    for piece in _split_joined(text):
        canonical = VARIANTS.get(piece)
        if canonical is None and abjad:
            canonical = ABJAD_VARIANTS.get(skeleton(piece))
        pieces.append((canonical or piece, piece, abjad))
    return tuple(pieces)


def build_form(
    written: str,
    texts: list[tuple[str, str, bool]],
    light: frozenset[str],
    light_at_end: bool = True,
) -> NameForm:
    """A form from its parts, each given as (canonical spelling, as written, from an abjad);
    parts in `light` (particles, generic words), initials and numbers weigh little.

    With `light_at_end` false, a word of `light` in last place is an ordinary part: a particle
    binds to the part after it (bin Laden, van Dijk), so a name that ends in such a word ends
    in a name spelled like one (Li Bin, Tran Van Le)."""
    if not texts:
        return NameForm(written, (), (), "", (), (), (), ())
    last = len(texts) - 1
    parts: list[str] = []
    spellings: list[str] = []
    skeletons: list[str] = []
    weights: list[float] = []
    core: list[bool] = []
    letters: list[str] = []
    abjad: list[bool] = []
    # one loop, not a pass per field: a fresh query's name is built on every search
    for position, (text, as_written, from_abjad) in enumerate(texts):
        spelling, interned, part_skeleton, is_short, weight = _part(text)
        is_light = is_short or (text in light and (light_at_end or position < last))
        parts.append(spelling)
        spellings.append(interned)
        skeletons.append(part_skeleton)
        weights.append(LIGHT_WEIGHT if is_light else weight)
        core.append(not is_light)
        letters.append(as_written[0])
        abjad.append(from_abjad)
    return NameForm(
        written,
        tuple(parts),
        tuple(spellings),
        "".join(letters),
        tuple(skeletons),
        tuple(weights),
        tuple(core),
        tuple(abjad),
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _part(text: str) -> tuple[str, str, str, bool, float]:
    """What a part's text gives whatever its place: its phonetic spelling, the text itself
    (interned: the same few thousand words recur in millions of names), its skeleton, whether
    it is an initial or a number, and its weight as an ordinary part."""
    spelling = phonetic(text)
    is_short = len(text) == 1 or text.isdigit()
    return spelling, sys.intern(text), skeleton(text), is_short, float(max(2, len(spelling)))
