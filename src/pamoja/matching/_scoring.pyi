"""Compiled scoring for screening (see `_scoring.c`)."""

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from pamoja.matching.names import NameForm
from pamoja.matching.profile import Profile
from pamoja.model.records import Gender

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

def score_pairs(
    queries: list[Profile],
    candidates: list[Profile],
    agreements: npt.NDArray[np.int8],
    query_births: npt.NDArray[np.uint32],
    candidate_births: npt.NDArray[np.uint32],
    common: npt.NDArray[np.bool_],
    birth_points: tuple[float, ...],
    genders: tuple[Gender, Gender],
    points: tuple[float, float, float, float, float, float],
) -> list[float | None]:
    """The sum `scoring.score_profiles` makes for each pair (`common`: whether its query's name
    is common), clipped to [0, 1] but not rounded (`scoring.score_pairs` gives the arguments);
    None where a name has more parts than the compiled code compares."""

def quick_similarities(
    table: npt.NDArray[np.bytes_],
    starts: npt.NDArray[np.int64],
    recent: dict[int, tuple[bytes, ...]],
    owners: npt.NDArray[np.int64],
    slots: npt.NDArray[np.int64],
    names: Sequence[tuple[bytes, ...]],
) -> bytearray:
    """For each (owner, slot) pair, the best quick similarity of the slot's names (rows
    `starts[slot]` to `starts[slot + 1]` of the fixed-width `table`, or `recent[slot]`) to
    `names[owner]`: rapidfuzz's normalised Indel similarity, to float32 precision, as float64
    values; 0 where either side has no name."""
