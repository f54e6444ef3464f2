"""How two dates of birth agree, taking their precision into account."""

from __future__ import annotations

from enum import StrEnum

from pamoja.model.dates import DatePrecision, PartialDate


class DateAgreement(StrEnum):
    EXACT = "exact"
    """Same date at the same precision."""
    CONSISTENT = "consistent"
    """Same at the coarser of the two precisions (1980 against 1980-05-12)."""
    CLOSE = "close"
    """A typical recording error: day and month swapped, off by one day, or the same day and
    month a year apart."""
    DIGIT = "digit"
    """One digit apart where no typical error explains it (1975-03-12 and 1985-03-12). Between
    two people such dates are several times as common as a typical error, and such slips are
    rarer: it says about as little as a year that agrees."""
    NEAR = "near"
    """Years one apart where at least one side knows only the year: a namesake as often as not."""
    DIFFERENT = "different"
    MISSING = "missing"
    """At least one side has no date of birth."""


def compare_birth_dates(
    first: PartialDate | None, second: PartialDate | None
) -> tuple[DateAgreement, str]:
    """How `first` and `second` agree, with a short reason; the result is symmetric."""
    if first is None or second is None:
        return DateAgreement.MISSING, "date of birth not known on both sides"
    if first == second:
        return DateAgreement.EXACT, "same"
    if first.precision != second.precision:
        if _same_at(first, second, coarser_precision(first, second)):
            return DateAgreement.CONSISTENT, "consistent"
        if _year_only_close(first, second):
            return DateAgreement.NEAR, "years one apart"
        return DateAgreement.DIFFERENT, "different"
    if _year_only_close(first, second):
        return DateAgreement.NEAR, "years one apart"
    return _close_or_different(first, second)


def describe_birth_dates(first: PartialDate, second: PartialDate, reason: str) -> str:
    """`1980-05-12 = 1980-05-12`, or `1980-05-12 / 1980-12-05: day and month swapped`."""
    if first == second:
        return f"{first} = {second}"
    return f"{first} / {second}: {reason}"


PRECISIONS = (DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY)
"""Coarsest first."""

_FINENESS = {precision: rank for rank, precision in enumerate(PRECISIONS)}


def coarser_precision(first: PartialDate, second: PartialDate) -> DatePrecision:
    """The coarser of the two dates' precisions: what both know."""
    mine, theirs = first.precision, second.precision
    return mine if _FINENESS[mine] <= _FINENESS[theirs] else theirs


def _same_at(first: PartialDate, second: PartialDate, precision: DatePrecision) -> bool:
    if first.year != second.year:
        return False
    return precision == DatePrecision.YEAR or (
        first.month == second.month
        and (precision == DatePrecision.MONTH or first.day == second.day)
    )


def _year_only_close(first: PartialDate, second: PartialDate) -> bool:
    year_only = DatePrecision.YEAR in (first.precision, second.precision)
    return year_only and abs(first.year - second.year) == 1


def _one_digit_apart(first: str, second: str) -> bool:
    return (
        len(first) == len(second) and sum(a != b for a, b in zip(first, second, strict=True)) == 1
    )


def _close_or_different(first: PartialDate, second: PartialDate) -> tuple[DateAgreement, str]:
    """Same precision, not equal: a typical recording error, one digit apart, or different."""
    different = DateAgreement.DIFFERENT, "different"
    if first.precision == DatePrecision.YEAR:
        return different
    if (
        first.precision == DatePrecision.DAY
        and first.year == second.year
        and first.day == second.month
        and first.month == second.day
    ):
        return DateAgreement.CLOSE, "day and month swapped"
    same_year = first.year == second.year
    same_month = first.month == second.month
    same_day = first.day == second.day
    if same_month and same_day and abs(first.year - second.year) == 1:
        return DateAgreement.CLOSE, "year off by one"
    days = (first.day, second.day)
    if same_year and same_month and days[0] is not None and days[1] is not None:
        return (DateAgreement.CLOSE, "day off by one") if abs(days[0] - days[1]) == 1 else different
    if _one_digit_apart(first.isoformat(), second.isoformat()):
        return DateAgreement.DIGIT, "one digit differs"
    return different
