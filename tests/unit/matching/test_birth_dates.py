"""Dates of birth agree by precision, with tolerance for common recording errors."""

from __future__ import annotations

from pamoja.matching.birth_dates import DateAgreement, compare_birth_dates
from pamoja.model.dates import PartialDate


def agreement(first: str | None, second: str | None) -> DateAgreement:
    parse = lambda text: PartialDate.parse(text) if text else None  # noqa: E731
    return compare_birth_dates(parse(first), parse(second))[0]


def test_same_full_date_is_exact() -> None:
    assert agreement("1980-05-12", "1980-05-12") == DateAgreement.EXACT


def test_year_only_against_full_date_of_that_year_is_consistent() -> None:
    assert agreement("1980", "1980-05-12") == DateAgreement.CONSISTENT


def test_day_and_month_swapped_is_close() -> None:
    assert agreement("1980-05-12", "1980-12-05") == DateAgreement.CLOSE


def test_year_off_by_one_with_same_day_is_close() -> None:
    assert agreement("1980-05-12", "1981-05-12") == DateAgreement.CLOSE


def test_day_off_by_one_is_close() -> None:
    assert agreement("1980-05-12", "1980-05-13") == DateAgreement.CLOSE


def test_one_digit_apart_without_a_typical_error_is_only_a_digit() -> None:
    assert agreement("1980-05-12", "1960-05-12") == DateAgreement.DIGIT
    assert agreement("1980-05-12", "1980-08-12") == DateAgreement.DIGIT


def test_days_of_one_month_one_digit_but_not_one_day_apart_are_different() -> None:
    assert agreement("1980-05-12", "1980-05-17") == DateAgreement.DIFFERENT


def test_year_only_dates_one_year_apart_are_only_near() -> None:
    assert agreement("1980", "1981") == DateAgreement.NEAR
    assert agreement("1980", "1981-03-02") == DateAgreement.NEAR


def test_unrelated_dates_are_different() -> None:
    assert agreement("1980-05-12", "1975-09-30") == DateAgreement.DIFFERENT


def test_a_missing_date_is_missing() -> None:
    assert agreement(None, "1980") == DateAgreement.MISSING


def test_agreement_is_symmetric() -> None:
    assert agreement("1980", "1981-03") == agreement("1981-03", "1980")
