"""Compiled shortlists for screening (see `_shortlist.c`)."""

from array import array

import numpy as np
import numpy.typing as npt

def shortlist(
    groups: npt.NDArray[np.int64],
    members: npt.NDArray[np.int64],
    values: npt.NDArray[np.float64],
    births: array[int],
    alive: bytearray,
    query_births: npt.NDArray[np.uint32],
    ceilings: npt.NDArray[np.float64],
    threshold: float,
    count: int,
    run_groups: npt.NDArray[np.int64],
    run_weights: npt.NDArray[np.float64],
    runs: list[npt.NDArray[np.int32]],
) -> tuple[bytes, bytes, bytes, bytes]:
    """Of each query's postings read, the `count` records (0: all) with the most key weight
    (also of the unread `runs` of slots that hold them) among those alive that could reach
    `threshold`, best first: queries (int64), slots (int64), date agreements (int8, positions
    in `birth_codes.AGREEMENTS`) and weights (float64)."""
