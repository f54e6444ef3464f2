"""Compiled phonetic spellings and blocking keys for screening (see `_blocking.c`)."""

from collections.abc import Iterable, Sequence

from pamoja.matching.names import NameForm

def phonetic(word: str) -> str | None:
    """`phonetic.phonetic(word)` for a word of lower-case ASCII letters and digits; None for
    any other text, or a word too long."""

def key_hash(key: str) -> int:
    """The 64-bit hash of a blocking key (FNV-1a of its UTF-8 bytes, mixed): the same in
    every process and every run."""

def key_hashes(
    forms: Sequence[NameForm], year: int, month: int, day: int, documents: Iterable[str]
) -> tuple[bytes, bytes] | None:
    """The hashes of the blocking keys of a subject with these names, date of birth (`year`
    0: none; `month`, `day` 0: not known) and normalised documents, each once and ascending
    (int64), and the kind of each (its first letter); None where a name has a part this code
    does not key."""
