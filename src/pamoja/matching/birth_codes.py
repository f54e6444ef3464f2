"""Dates of birth as integers, for the compiled shortlist (`_shortlist.c`), which finds how
the dates of many (query, candidate) pairs agree, as `compare_birth_dates` does for one pair,
without its reason (an explanation asks `compare_birth_dates`)."""

from __future__ import annotations

from pamoja.matching.birth_dates import DateAgreement
from pamoja.model.dates import PartialDate

AGREEMENTS = tuple(DateAgreement)
"""The compiled shortlist gives agreements as positions in this tuple."""

_TWO_DIGITS = tuple(int(str(value), 16) for value in range(100))
"""Every number below 100 as two binary-coded decimal digits."""


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
