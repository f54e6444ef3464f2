"""Compiled name similarity for ranking (see `_name_alignment.c`)."""

from pamoja.matching.names import NameForm

def best_similarity(first: tuple[NameForm, ...], second: tuple[NameForm, ...]) -> float | None:
    """`name_similarity.best_alignment(first, second).value`, or None when a name has more
    parts than the compiled code compares."""
