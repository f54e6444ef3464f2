"""Values that cross process boundaries in bulk pickle by their fields and come back equal."""

from __future__ import annotations

import pickle

import pytest

from pamoja.matching import Subject, compare
from pamoja.matching.profile import prepare
from pamoja.model.dates import PartialDate

QUERY = Subject("q", ("Mohammed Yusuf", "محمد يوسف"), birth_date=PartialDate(1975, 3, 9))
CANDIDATE = Subject("c", ("Muhammad Yusuf",), birth_date=PartialDate(1975, 9, 3))


@pytest.mark.parametrize(
    "value",
    [
        PartialDate(1980),
        PartialDate(1980, 5, 12),
        prepare(QUERY),
        prepare(QUERY).forms[0],
        compare(QUERY, CANDIDATE),
        compare(QUERY, CANDIDATE).contributions[0],
    ],
    ids=["year", "date", "profile", "name form", "match", "contribution"],
)
def test_a_value_pickles_by_its_fields_and_comes_back_equal(value: object) -> None:
    reduced = value.__reduce__()
    assert reduced[0] is type(value)
    assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 (our own bytes)
