"""Blocking keys: short strings shared by a query and the records it may match, so that a
search only scores records that share at least one key with the query.

| prefix | key | catches |
| --- | --- | --- |
| `s` | the phonetic spelling of a part, or of two adjacent parts joined | spellings, joins |
| `c` | consonant classes of two name parts, sorted | transliteration, vowels, order |
| `p` | first two letters of one part, first letter (or initial) of another | typos; initials |
| `j` | consonant classes of one part or two adjacent parts joined | joined or split words |
| `e` | the spelling of a part, and with one of its first three letters deleted | early typos |
| `y` | consonants of a part, and the year of birth | namesakes apart, by year |
| `m` | consonants of a part, and the month and day of birth | the year mistyped |
| `d` | a normalised document number | the same document |

The birth keys matter in large lists: among thousands who share a name, the one born in the
year (or on the day) the query gives is found even when a name part is missing or mistyped.

The index stores keys as 64-bit hashes (`key_hashes`), made by `_blocking.c`, which builds
the keys of names made of ordinary words by the rules written here (property tests hold the
two equal); the keys of other names are built here and hashed alike.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from itertools import combinations, pairwise

from pamoja.matching import _blocking
from pamoja.matching.names import NameForm
from pamoja.matching.phonetic import consonant_classes, phonetic_join, spelling_classes
from pamoja.matching.profile import Profile

EARLY_TYPO_POSITIONS = 3
"""`e` keys delete one letter at each of this many first positions of a part: a typo there
changes the `s` and `p` keys, but an `e` key of the query then equals one of the record's."""

MIN_LENGTH_FOR_TYPOS = 4

MAX_PARTS_FOR_PAIRS = 6
"""Pairs are formed from at most this many parts of a name, which bounds the keys of long names."""

KEY_WEIGHTS: dict[str, float] = {
    "s": 1.0,
    "c": 1.5,
    "p": 1.0,
    "j": 0.8,
    "e": 0.5,
    "y": 1.0,
    "m": 1.0,
    "d": 10.0,
}
"""How much sharing a key of each kind says about a candidate (times its rarity)."""

key_hash: Callable[[str], int] = _blocking.key_hash
"""The 64-bit hash a key is stored under: the same in every process and every run."""


def key_hashes(profile: Profile) -> tuple[bytes, bytes]:
    """The hashes of `blocking_keys(profile)` (`key_hash`), each once, ascending, as int64
    bytes; and the kind of each key (its first letter), in the same order."""
    born = profile.birth_date
    year, month, day = (born.year, born.month or 0, born.day or 0) if born else (0, 0, 0)
    found = _blocking.key_hashes(profile.forms, year, month, day, profile.documents)
    if found is not None:
        return found
    kinds = dict(sorted((key_hash(key), key[0]) for key in blocking_keys(profile)))
    return array("q", kinds).tobytes(), "".join(kinds.values()).encode("ascii")


def _form_keys(form: NameForm) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of one name, made of the keys of its parts and of pairs of parts; and the
    skeletons of its parts, which birth keys join to the date."""
    parts, spellings = form.parts, form.spellings
    chosen = [position for position, is_core in enumerate(form.core) if is_core]
    if not chosen:
        chosen = list(range(len(parts)))
    core = [parts[position] for position in chosen]
    keys: set[str] = set()
    for position in chosen:
        keys.update(_part_keys(parts[position], spellings[position]))
    for first, second in pairwise(core):
        keys.update(_adjacent_keys(first, second))
    for first, second in combinations(core[:MAX_PARTS_FOR_PAIRS], 2):
        keys.update(_pair_keys(first, second))
    if len(chosen) < len(parts):
        # an initial stands for a part, and shares the `p` keys that part makes with the others
        initials = [at for at in range(len(parts)) if not form.core[at] and form.is_initial(at)]
        keys.update(_prefix_key(part, parts[at]) for part in core for at in initials)
    skeletons = frozenset(form.skeletons[position] or parts[position] for position in chosen)
    return frozenset(keys), skeletons


def _part_keys(part: str, spelling: str) -> tuple[str, ...]:
    keys = ["s" + part, "j" + consonant_classes(part), "e" + spelling]
    if len(spelling) >= MIN_LENGTH_FOR_TYPOS:
        keys.extend(
            "e" + spelling[:cut] + spelling[cut + 1 :] for cut in range(EARLY_TYPO_POSITIONS)
        )
    return tuple(keys)


def _adjacent_keys(first: str, second: str) -> tuple[str, ...]:
    joined = phonetic_join(first, second)
    return "s" + joined, "j" + spelling_classes(joined, first + second)


def _pair_keys(first: str, second: str) -> tuple[str, ...]:
    low, high = sorted((consonant_classes(first), consonant_classes(second)))
    return f"c{low}|{high}", _prefix_key(first, second), _prefix_key(second, first)


def _prefix_key(first: str, second: str) -> str:
    """The `p` key of two parts: the first two letters of one, the first letter of the other."""
    return f"p{first[:2]}|{second[:1]}"


def blocking_keys(profile: Profile) -> frozenset[str]:
    """Every key of a prepared subject: of all its names and documents."""
    keys: set[str] = set()
    skeletons: set[str] = set()
    for form in profile.forms:
        form_keys, form_skeletons = _form_keys(form)
        keys |= form_keys
        skeletons |= form_skeletons
    born = profile.birth_date
    if born is not None:
        keys.update(f"y{part_skeleton}|{born.year}" for part_skeleton in skeletons)
        if born.month is not None and born.day is not None:
            day = f"{born.month}-{born.day}"
            keys.update(f"m{part_skeleton}|{day}" for part_skeleton in skeletons)
    keys.update("d" + number for number in profile.documents)
    return frozenset(keys)
