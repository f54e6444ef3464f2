"""Dates of birth as integers, for array work over many (query, candidate) pairs at once: the
agreement of each pair, the same as `compare_birth_dates` gives for one pair, without its
reason (an explanation asks `compare_birth_dates`)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from pamoja.matching.birth_dates import DateAgreement
from pamoja.model.dates import PartialDate

AGREEMENTS = tuple(DateAgreement)
"""`birth_agreements` gives positions in this tuple."""

Codes = npt.NDArray[np.uint32]

_TWO_DIGITS = tuple(int(str(value), 16) for value in range(100))
"""Every number below 100 as two binary-coded decimal digits."""

_DECIMAL_VALUES: npt.NDArray[np.int16] = sum(
    (np.arange(1 << 16) >> shift & 0xF) * 10**power for power, shift in enumerate((0, 4, 8, 12))
).astype(np.int16)
"""The value of every four binary-coded decimal digits, by their code."""


def birth_code(born: PartialDate | None) -> int:
    """A date of birth as one integer: the digits of YYYYMMDD, with zeros for what is unknown,
    one per four bits (binary-coded decimal, so that digits compare with bit operations);
    0 if there is none."""
    if born is None:
        return 0
    century, year = divmod(born.year, 100)
    return (
        _TWO_DIGITS[century] << 24
        | _TWO_DIGITS[year] << 16
        | _TWO_DIGITS[born.month or 0] << 8
        | _TWO_DIGITS[born.day or 0]
    )


def birth_agreements(first: Codes, second: Codes) -> npt.NDArray[np.int8]:
    """For each pair of birth codes, its `DateAgreement` as a position in `AGREEMENTS`."""
    year, month, day = first >> 16, first >> 8 & 0xFF, first & 0xFF
    years, months, days = second >> 16, second >> 8 & 0xFF, second & 0xFF
    same_year, same_month, same_day = year == years, month == months, day == days
    year_apart = np.abs(_DECIMAL_VALUES[year] - _DECIMAL_VALUES[years])
    # precision: 0 year, 1 month, 2 day
    precision = (month != 0).astype(np.int8) + (day != 0)
    precisions = (months != 0).astype(np.int8) + (days != 0)
    either_year_only = (precision == 0) | (precisions == 0)
    near = either_year_only & (year_apart == 1)
    coarser = np.minimum(precision, precisions)
    consistent = same_year & ((coarser == 0) | (same_month & ((coarser == 1) | same_day)))
    same_day_and_month = same_year & same_month & (precision == 2)
    close = (precision != 0) & (
        ((precision == 2) & same_year & (day == months) & (month == days))
        | (same_month & same_day & (year_apart == 1))
        | (same_day_and_month & (np.abs(_DECIMAL_VALUES[day] - _DECIMAL_VALUES[days]) == 1))
        | (~same_day_and_month & (_digits_apart(first, second) == 1))
    )
    same_precision = precision == precisions
    return np.select(
        [
            (first == 0) | (second == 0),
            first == second,
            ~same_precision & consistent,
            near,
            same_precision & close,
        ],
        [
            AGREEMENTS.index(DateAgreement.MISSING),
            AGREEMENTS.index(DateAgreement.EXACT),
            AGREEMENTS.index(DateAgreement.CONSISTENT),
            AGREEMENTS.index(DateAgreement.NEAR),
            AGREEMENTS.index(DateAgreement.CLOSE),
        ],
        AGREEMENTS.index(DateAgreement.DIFFERENT),
    ).astype(np.int8)


def _digits_apart(first: Codes, second: Codes) -> npt.NDArray[np.uint8]:
    """How many of the eight decimal digits of two codes differ."""
    differ = first ^ second
    nonzero_digits = (differ | differ >> 1 | differ >> 2 | differ >> 3) & 0x11111111
    return np.asarray(np.bitwise_count(nonzero_digits), np.uint8)
