"""Compiled name similarity for ranking (see `_name_alignment.c`)."""

from pamoja.matching.names import NameForm

def best_pair(
    first: tuple[NameForm, ...], second: tuple[NameForm, ...]
) -> tuple[float, int, int] | None:
    """The names `first[i]` and `second[j]` that align best and their similarity, as
    `name_similarity.compare_forms` gives it ((0.0, -1, -1) when none is above 0); None when a
    name has more parts than the compiled code compares."""

def alignment(
    first: NameForm, second: NameForm
) -> tuple[float, tuple[tuple[int, int, float], ...], bool, bool] | None:
    """`name_similarity.compare_forms(first, second)` as (value, pairs, joined, reordered),
    pairs as (i, j, similarity) of the parts in the order they were aligned; None when a name
    has more parts than the compiled code compares."""
