"""Similarity of two names: best alignment of their parts in any order (an order that no
rotation of the other name gives costs a tenth), tolerant of typos, transliteration, initials,
missing parts and joined words."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import Indel

from pamoja.matching._scoring import alignment, best_pair
from pamoja.matching.names import NameForm

PART_FLOOR = 0.6
"""Parts less similar than this are not aligned with each other."""

MIDDLE_UNMATCHED_PENALTY = 0.2
EDGE_UNMATCHED_PENALTY = 0.4
"""Share of an unaligned part's weight that counts against the similarity when only one side
has parts left over: a name part missing on one side. A part between two aligned parts of its
name costs less than one before or after them: middle names and a father's name are the parts
most often left out (Yusuf Halabi for Yusuf Abd al-Rahman Halabi), where an extra part at an
edge more often names another person (Ahmad Yusuf Halabi, Ahmad son of Yusuf)."""

CONFLICT_PENALTY = 1.0
"""The same when both sides have parts left over: a name part that differs (Ridwan Tariq
Dulaimi, Ridwan Khadija Dulaimi) says more against a match than one left out."""

INITIAL_SIMILARITY = 0.7
"""An initial and a part that begins with the letter it was written as (C. and Chen)."""
PHONETIC_INITIAL_SIMILARITY = 0.6
"""An initial and a part that only sounds as if it began with it (C. and Xu, both k...; K.
and Qasim): a transliteration may have changed the letter, but more often it is another
name."""
INITIAL_PARTNER_WEIGHT = 4.0
"""Weight in alignment of a part aligned with an initial, whatever the part's length (an
ordinary part weighs its length): an initial says nothing of the length of the name it
stands for, so that H. Qiang is Huang Qiang as much as Hu Qiang, and the date decides."""
SKELETON_SIMILARITY = 0.9
ABJAD_SKELETON_SIMILARITY = 0.95
"""Written without short vowels, a name is all consonants: the same skeleton is as close as
the two scripts allow (`محمد` and `Mohamed`); in Latin it may be another name (Hasan, Husayn),
and counts only between parts that may transliterate one name (`_same_shape`). Long and
Leiyang, Tunde and Yetunde, Qiang and Qianghua, Weidong and Donghua share a skeleton but are
other names."""
JOINED_DISCOUNT = 0.97
REORDERED_DISCOUNT = 0.9
"""Applied to a name whose aligned parts come in an order that no rotation of the other's
gives. Writing the family name first rotates a name (Dawit Lemma Solomon, Solomon Dawit
Lemma); exchanging a given name and a father's (Tariq Aisha Khatib, Aisha Tariq Khatib) most
often names another person."""


@dataclass(frozen=True, slots=True)
class NameSimilarity:
    """How similar two names are, in [0, 1], and which parts were aligned with which."""

    value: float
    first: NameForm
    second: NameForm
    pairs: tuple[tuple[str, str, float], ...]
    joined: bool = False
    reordered: bool = False
    rotated: bool = False
    """The aligned parts come in another rotation of the other's order (Solomon Dawit, Dawit
    Lemma Solomon): it costs nothing, but ranks namesakes of equal score (`ScreeningIndex`)."""

    def describe(self) -> str:
        if self.joined:
            how = "joined"
        else:
            how = ", ".join(
                f"{a}={b}" if score == 1.0 else f"{a}~{b} {score:.2f}" for a, b, score in self.pairs
            )
            how += ", in another order" if self.reordered else ""
        return f"{self.first.written!r} ~ {self.second.written!r} ({how})"


_EMPTY = NameForm("", (), (), "", (), (), (), ())
NO_NAME = NameSimilarity(0.0, _EMPTY, _EMPTY, ())


def part_similarity(first: NameForm, i: int, second: NameForm, j: int) -> float:
    """Similarity in [0, 1] of part `i` of `first` and part `j` of `second`; symmetric."""
    a = first.parts[i]
    b = second.parts[j]
    if a == b:
        return 1.0
    if first.is_initial(i) or second.is_initial(j):
        if first.letters[i] == second.letters[j]:
            return INITIAL_SIMILARITY
        return PHONETIC_INITIAL_SIMILARITY if a[0] == b[0] else 0.0
    value = max(
        Indel.normalized_similarity(a, b),
        Indel.normalized_similarity(first.spellings[i], second.spellings[j]),
    )
    skeleton = first.skeletons[i]
    abjad = first.abjad[i] or second.abjad[j]
    if skeleton == second.skeletons[j]:
        if abjad and skeleton:
            return max(value, ABJAD_SKELETON_SIMILARITY)
        if len(skeleton) > 1 and _same_shape(a, b):
            return max(value, SKELETON_SIMILARITY)
    if abjad:
        value = max(value, 0.85 * Indel.normalized_similarity(skeleton, second.skeletons[j]))
    return value


def _pair_weight(first: NameForm, i: int, second: NameForm, j: int) -> float:
    """Weight in alignment of part `i` of `first` aligned with part `j` of `second`: both
    parts' weights, but `INITIAL_PARTNER_WEIGHT` for a part aligned with an initial."""
    first_initial, second_initial = first.is_initial(i), second.is_initial(j)
    if first_initial == second_initial:
        return first.weights[i] + second.weights[j]
    initial_weight = first.weights[i] if first_initial else second.weights[j]
    return initial_weight + INITIAL_PARTNER_WEIGHT


_VOWELS = frozenset("aeiou")


def _same_shape(a: str, b: str) -> bool:
    """Whether two Latin parts of one skeleton may spell one name: lengths at most one apart,
    and the same first letter, vowels both (Usama, Osama) or the first two letters swapped by
    a typo (Maina, Amina)."""
    if abs(len(a) - len(b)) > 1:
        return False
    return a[0] == b[0] or (a[0] in _VOWELS and b[0] in _VOWELS) or a[1::-1] == b[:2]


def compare_forms(first: NameForm, second: NameForm) -> NameSimilarity:
    """Align the parts of two names greedily, best pairs first; symmetric in its arguments."""
    if first.is_empty or second.is_empty:
        return NameSimilarity(0.0, first, second, ())
    if first.parts == second.parts:
        return NameSimilarity(1.0, first, second, tuple((a, a, 1.0) for a in first.parts))
    candidates: list[tuple[float, str, str, int, int]] = []
    for i, a in enumerate(first.parts):
        for j, b in enumerate(second.parts):
            score = 1.0 if a == b else part_similarity(first, i, second, j)
            if score >= PART_FLOOR:
                candidates.append((-score, a, b, i, j) if a <= b else (-score, b, a, i, j))
    candidates.sort()
    free_first = [True] * len(first.parts)
    free_second = [True] * len(second.parts)
    matched = 0.0
    total = 0.0
    pairs: list[tuple[str, str, float]] = []
    partners: dict[int, int] = {}
    for negative, _, _, i, j in candidates:
        if free_first[i] and free_second[j]:
            free_first[i] = free_second[j] = False
            partners[i] = j
            weight = _pair_weight(first, i, second, j)
            matched -= negative * weight
            total += weight
            pairs.append((first.parts[i], second.parts[j], -negative))
    conflict = any(free_first) and any(free_second)
    for form, free in ((first, free_first), (second, free_second)):
        for position, weight in enumerate(form.weights):
            if free[position]:
                total += weight * (CONFLICT_PENALTY if conflict else _unmatched(free, position))
    aligned = matched / total if total else 0.0
    order = [partners[i] for i in sorted(partners)]
    reordered = _reordered(order)
    if reordered:
        aligned *= REORDERED_DISCOUNT
    if len(first.parts) != len(second.parts):
        joined = JOINED_DISCOUNT * Indel.normalized_similarity(first.joined, second.joined)
        if joined > aligned:
            return NameSimilarity(joined, first, second, (), joined=True)
    return NameSimilarity(
        aligned,
        first,
        second,
        tuple(pairs),
        reordered=reordered,
        rotated=_rotated(order),
    )


def _unmatched(free: list[bool], position: int) -> float:
    """The penalty of the part at `position` left over in a name whose parts are `free` (not
    aligned) or not: less between two aligned parts than at an edge."""
    inside = not all(free[:position]) and not all(free[position + 1 :])
    return MIDDLE_UNMATCHED_PENALTY if inside else EDGE_UNMATCHED_PENALTY


def _reordered(partners: list[int]) -> bool:
    """Whether aligned parts, given as their partners' places in the order of their own, come
    in an order no rotation gives: a rotation of an ascending sequence descends once, counting
    from its last element back to its first."""
    if len(partners) < 3:
        return False
    following = partners[1:] + partners[:1]
    return sum(after < before for before, after in zip(partners, following, strict=True)) > 1


def _rotated(partners: list[int]) -> bool:
    """Whether aligned parts, given as their partners' places in the order of their own, come
    in another rotation of their partners' order (not the same order, nor `_reordered`)."""
    descends = any(after < before for before, after in pairwise(partners))
    return descends and not _reordered(partners)


def best_alignment(first: tuple[NameForm, ...], second: tuple[NameForm, ...]) -> NameSimilarity:
    """The most similar pair among all names (primary and aliases) of both sides, explained."""
    found = best_pair(first, second)
    if found is None:
        return _best_alignment_in_python(first, second)
    value, i, j = found
    return aligned(first[i], second[j]) if value > 0.0 else NO_NAME


def aligned(first: NameForm, second: NameForm) -> NameSimilarity:
    """`compare_forms(first, second)`, by the compiled code where it compares such names."""
    found = alignment(first, second)
    if found is None:
        return compare_forms(first, second)
    value, pairs, joined, reordered = found
    return NameSimilarity(
        value,
        first,
        second,
        tuple((first.parts[i], second.parts[j], score) for i, j, score in pairs),
        joined=joined,
        reordered=reordered,
        rotated=not joined and _rotated([j for _, j, _ in sorted(pairs)]),
    )


def best_similarity(first: tuple[NameForm, ...], second: tuple[NameForm, ...]) -> float:
    """`best_alignment(first, second).value`, without the aligned parts: what ranking needs
    (compiled code that follows the rules above finds it)."""
    found = best_pair(first, second)
    return _best_alignment_in_python(first, second).value if found is None else found[0]


def _best_alignment_in_python(
    first: tuple[NameForm, ...], second: tuple[NameForm, ...]
) -> NameSimilarity:
    """`best_alignment` for names with more parts than the compiled code compares."""
    best = NO_NAME
    for a in first:
        for b in second:
            found = compare_forms(a, b)
            if found.value > best.value:
                best = found
    return best
