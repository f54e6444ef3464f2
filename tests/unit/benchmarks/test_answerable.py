"""Which benchmark queries count towards the targets: those whose answer the data decides."""

from dataclasses import replace

import pytest
from answerable import unanswerable
from population import Person
from variants import Query

LISTED = Person(
    id="w1",
    region="chinese",
    parts=("Liu", "Hua"),
    native=None,
    gender="female",
    birth=(1973, 8, 5),
    year_only=False,
    nationality="TWN",
)


def negative(**changes: object) -> Query:
    person = replace(LISTED, id="n0", **changes)
    return Query(person, person.name, None, "negative: namesake")


def positive(truth: Person, **changes: object) -> Query:
    person = replace(truth, **changes)
    return Query(person, person.name, truth.id, "exact")


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"birth": (1973, 5, 8)},
        {"birth": (1974, 8, 5)},
        {"birth": (1973, 8, 4)},
        {"birth": (1973, 1, 1), "year_only": True},
    ],
    ids=["same date", "day and month swapped", "year off by one", "day off by one", "year only"],
)
def test_a_negative_a_listed_namesake_could_have_produced_is_undecided(
    changes: dict[str, object],
) -> None:
    assert unanswerable([negative(**changes)], [LISTED]) == [True]


def test_a_negative_born_in_the_year_a_record_knows_alone_is_undecided() -> None:
    listed = replace(LISTED, year_only=True)
    assert unanswerable([negative(birth=(1973, 12, 30))], [listed]) == [True]


@pytest.mark.parametrize(
    "changes",
    [
        {"birth": (1975, 8, 5)},
        {"birth": (1973, 9, 5)},
        {"gender": "male"},
        {"nationality": "CHN"},
        {"parts": ("Lin", "Hua")},
    ],
    ids=["two years off", "month off", "other gender", "other nationality", "other name"],
)
def test_a_negative_no_listed_person_could_have_produced_counts(
    changes: dict[str, object],
) -> None:
    assert unanswerable([negative(**changes)], [LISTED]) == [False]


def test_a_positive_giving_the_year_alone_with_a_twin_born_that_year_is_undecided() -> None:
    twin = replace(LISTED, id="w2", birth=(1973, 2, 20))
    assert unanswerable([positive(LISTED, year_only=True)], [LISTED, twin]) == [True]


def test_a_positive_with_a_twin_of_the_very_same_record_is_undecided() -> None:
    twin = replace(LISTED, id="w2")
    assert unanswerable([positive(LISTED)], [LISTED, twin]) == [True]


@pytest.mark.parametrize(
    "twin_changes",
    [
        {"birth": (1973, 2, 20)},
        {"year_only": True},
        {"nationality": "CHN"},
        {"gender": "male"},
    ],
    ids=["another date", "the year alone", "other nationality", "other gender"],
)
def test_a_positive_whose_full_date_tells_the_truth_from_its_namesake_counts(
    twin_changes: dict[str, object],
) -> None:
    namesake = replace(LISTED, id="w2", **twin_changes)
    assert unanswerable([positive(LISTED)], [LISTED, namesake]) == [False]
