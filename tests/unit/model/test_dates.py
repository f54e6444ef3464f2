"""Dates of birth keep their precision."""

from __future__ import annotations

from datetime import date

import pytest

from pamoja.model.dates import DatePrecision, InvalidDate, PartialDate


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("1984", DatePrecision.YEAR),
        ("1984-03", DatePrecision.MONTH),
        ("1984-03-12", DatePrecision.DAY),
    ],
)
def test_parsing_keeps_the_precision_written(text: str, precision: DatePrecision) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.precision is precision
    assert parsed.isoformat() == text


@pytest.mark.parametrize("text", ["1984-02-30", "1984-13", "12/03/1984", "", "abcd", "0999"])
def test_impossible_or_malformed_dates_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(InvalidDate):
        PartialDate.parse(text)


def test_age_of_a_year_only_date_assumes_the_earliest_birthday() -> None:
    assert PartialDate(1990).age_on(date(2026, 6, 1)) == 36
