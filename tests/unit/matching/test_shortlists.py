"""The compiled shortlist: per query, the records sharing the most key weight with it, among
those alive that could reach the threshold by how their dates of birth agree."""

from __future__ import annotations

from array import array

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pamoja.matching.birth_codes import AGREEMENTS, birth_code
from pamoja.matching.birth_dates import DateAgreement, compare_birth_dates
from pamoja.matching.candidate_arrays import NOTHING_UNREAD, Pairs, Reads, Unread, shortlists
from pamoja.model.dates import PartialDate

DATES = (None, PartialDate(1980), PartialDate(1980, 5, 12), PartialDate(1980, 12, 5))
EVERY_AGREEMENT_POSSIBLE = np.ones((4, len(AGREEMENTS)))


def reads(*read: tuple[int, int, float]) -> Reads:
    owners, slots, weights = zip(*read, strict=True)
    return Reads(np.array(owners, np.int64), np.array(slots, np.int64), np.array(weights))


def unread(*runs: tuple[int, float, list[int]]) -> Unread:
    """Runs of unread postings, each (query position, key weight, slots)."""
    return Unread(
        np.array([owner for owner, _, _ in runs], np.int64),
        np.array([weight for _, weight, _ in runs]),
        [np.array(slots, np.int32) for _, _, slots in runs],
    )


def shortlist_of(
    found: Reads,
    alive: bytes = b"\1" * 6,
    births: tuple[PartialDate | None, ...] = (None,) * 6,
    query_births: tuple[PartialDate | None, ...] = (None,) * 4,
    ceilings: np.ndarray = EVERY_AGREEMENT_POSSIBLE,
    count: int = 0,
    not_read: Unread = NOTHING_UNREAD,
) -> tuple[Pairs, np.ndarray]:
    return shortlists(
        found,
        array("I", map(birth_code, births)),
        bytearray(alive),
        np.array([birth_code(born) for born in query_births], np.uint32),
        ceilings,
        threshold=0.8,
        count=count,
        unread=not_read,
    )


def test_a_record_read_through_several_keys_has_their_weights_summed() -> None:
    pairs, weights = shortlist_of(reads((0, 3, 1.0), (0, 5, 0.5), (0, 3, 1.5)))
    assert pairs.slots.tolist() == [3, 5]
    assert weights.tolist() == [2.5, 0.5]


def test_an_unread_run_adds_its_weight_to_the_records_read_that_it_holds_only() -> None:
    found = reads((0, 3, 1.0), (0, 5, 1.0), (1, 1, 1.0))
    pairs, weights = shortlist_of(found, not_read=unread((0, 2.0, [1, 3, 4]), (1, 0.5, [1])))
    assert list(zip(pairs.owners.tolist(), pairs.slots.tolist(), strict=True)) == [
        (0, 3),
        (0, 5),
        (1, 1),
    ]
    assert weights.tolist() == [3.0, 1.0, 1.5]


def test_the_best_come_first_and_of_equal_weights_the_one_read_first() -> None:
    found = reads((0, 4, 1.0), (0, 2, 1.0), (0, 1, 2.0), (1, 2, 1.0))
    pairs, _ = shortlist_of(found, count=2)
    assert list(zip(pairs.owners.tolist(), pairs.slots.tolist(), strict=True)) == [
        (0, 1),
        (0, 4),
        (1, 2),
    ]


def test_of_equal_weights_the_one_whose_date_of_birth_agrees_better_comes_first() -> None:
    # namesakes share the very same keys: the one born when the query says is kept
    ceilings = EVERY_AGREEMENT_POSSIBLE.copy()
    ceilings[0, AGREEMENTS.index(DateAgreement.DIFFERENT)] = 0.85
    births = (None, PartialDate(1962, 1, 1), PartialDate(1980, 5, 12), None, None, None)
    pairs, _ = shortlist_of(
        reads((0, 1, 1.0), (0, 2, 1.0)),
        births=births,
        query_births=(PartialDate(1980, 5, 12), None, None, None),
        ceilings=ceilings,
        count=1,
    )
    assert pairs.slots.tolist() == [2]


def test_removed_records_are_not_shortlisted() -> None:
    pairs, _ = shortlist_of(reads((0, 1, 1.0), (0, 2, 1.0)), alive=b"\1\0\1\1\1\1")
    assert pairs.slots.tolist() == [2]


def test_a_record_whose_date_of_birth_keeps_it_below_the_threshold_is_not_shortlisted() -> None:
    ceilings = EVERY_AGREEMENT_POSSIBLE.copy()
    ceilings[0, AGREEMENTS.index(DateAgreement.DIFFERENT)] = 0.5
    births = (None, PartialDate(1980, 5, 12), PartialDate(1991, 1, 1), None, None, None)
    pairs, _ = shortlist_of(
        reads((0, 1, 1.0), (0, 2, 1.0)),
        births=births,
        query_births=(PartialDate(1980, 5, 12), None, None, None),
        ceilings=ceilings,
    )
    assert pairs.slots.tolist() == [1]
    assert AGREEMENTS[pairs.agreements[0]] == DateAgreement.EXACT


@pytest.mark.parametrize(
    ("found", "message"),
    [
        (reads((1, 1, 1.0), (0, 2, 1.0)), "not ascending"),
        (reads((0, 6, 1.0)), "slot 6 out of range"),
        (reads((4, 1, 1.0)), "query 4 out of range"),
    ],
)
def test_reads_that_do_not_fit_the_index_are_refused(found: Reads, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        shortlist_of(found)


@pytest.mark.parametrize("not_read", [unread((1, 1.0, [1]), (0, 1.0, [2])), unread((4, 1.0, [1]))])
def test_unread_runs_of_queries_out_of_order_or_range_are_refused(not_read: Unread) -> None:
    with pytest.raises(ValueError, match="run groups"):
        shortlist_of(reads((0, 1, 1.0)), not_read=not_read)


def test_arrays_of_another_type_are_refused() -> None:
    with pytest.raises(TypeError, match="births"):
        shortlists(
            reads((0, 1, 1.0)),
            array("d", [0.0, 0.0]),
            bytearray(b"\1\1"),
            np.zeros(1, np.uint32),
            np.ones((1, len(AGREEMENTS))),
            threshold=0.8,
            count=0,
        )


read_lists = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 5), st.sampled_from([0.5, 1.0, 1.5])),
    min_size=1,
    max_size=40,
).map(sorted)


@given(
    read_lists,
    st.binary(min_size=6, max_size=6).map(lambda raw: bytes(byte & 1 for byte in raw)),
    st.tuples(*[st.sampled_from(DATES)] * 6),
    st.tuples(*[st.sampled_from(DATES)] * 4),
    st.lists(
        st.sampled_from([0.5, 0.9]), min_size=4 * len(AGREEMENTS), max_size=4 * len(AGREEMENTS)
    ),
    st.integers(0, 3),
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from([0.25, 2.0]),
            st.sets(st.integers(0, 5), min_size=1).map(sorted),
        ),
        max_size=8,
    ).map(sorted),
)
def test_shortlists_are_the_best_by_summed_weight_of_what_could_reach_the_threshold(
    read: list[tuple[int, int, float]],
    alive: bytes,
    births: tuple[PartialDate | None, ...],
    query_births: tuple[PartialDate | None, ...],
    ceiling_values: list[float],
    count: int,
    runs: list[tuple[int, float, list[int]]],
) -> None:
    ceilings = np.array(ceiling_values).reshape(4, len(AGREEMENTS))
    expected: list[tuple[int, int, float]] = []
    for owner in sorted({owner for owner, _, _ in read}):
        sums: dict[int, float] = {}
        for reader, slot, weight in read:
            if reader == owner:
                sums[slot] = sums.get(slot, 0.0) + weight
        agreement = {
            slot: AGREEMENTS.index(compare_birth_dates(query_births[owner], births[slot])[0])
            for slot in sums
        }
        could = [slot for slot in sums if alive[slot] and ceilings[owner, agreement[slot]] >= 0.8]
        # unread keys weigh where they may decide the cut
        if count == 0 or len(could) > count:
            for reader, weight, slots in runs:
                for slot in slots:
                    if reader == owner and slot in could:
                        sums[slot] += weight
        possible = [(slot, sums[slot]) for slot in could]
        if count:
            # ties by how well the date of birth agrees (its ceiling), then by read order
            possible = sorted(
                possible, key=lambda item: (-item[1], -ceilings[owner, agreement[item[0]]])
            )[:count]
        expected.extend((owner, slot, total) for slot, total in possible)

    pairs, weights = shortlist_of(
        reads(*read), alive, births, query_births, ceilings, count, unread(*runs)
    )
    found = zip(pairs.owners.tolist(), pairs.slots.tolist(), weights.tolist(), strict=True)
    assert list(found) == expected
