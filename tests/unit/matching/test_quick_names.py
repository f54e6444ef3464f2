"""The compact name table of preselection and its quick similarity: names of bulk-indexed and
later-added slots, compared as rapidfuzz's Indel similarity compares them."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from pamoja.matching.quick_names import QuickNames, encode

name_lists = st.lists(st.text(alphabet="abcdehikmnorsuy ", max_size=60), max_size=3)


def rapidfuzz_best(mine: tuple[bytes, ...], theirs: tuple[bytes, ...]) -> float:
    """The best similarity of two subjects' names as preselection compared them before it was
    compiled: rapidfuzz's normalised Indel similarity, as float32."""
    values = [float(np.float32(Indel.normalized_similarity(a, b))) for a in mine for b in theirs]
    return max(values, default=0.0)


def test_the_table_and_later_slots_are_compared_in_the_order_asked() -> None:
    names = QuickNames()
    names.rebuild([encode(["ali hasan"]), encode(["amina", "amina okonkwo"])])
    names.set(2, encode(["grace mensah"]))
    found = names.similarities(
        np.array([0, 0, 0, 1], np.int64),
        np.array([2, 1, 0, 2], np.int64),
        [encode(["amina okonkwo"]), encode(["grace mensah"])],
    )
    assert found.tolist() == [
        rapidfuzz_best((b"amina okonkwo",), (b"grace mensah",)),
        1.0,
        rapidfuzz_best((b"amina okonkwo",), (b"ali hasan",)),
        1.0,
    ]


def test_a_subject_without_names_is_compared_as_one_empty_name() -> None:
    names = QuickNames()
    names.rebuild([encode([])])
    found = names.similarities(np.array([0, 1], np.int64), np.zeros(2, np.int64), [(b"",), (b"a",)])
    assert found.tolist() == [1.0, 0.0]


def test_a_query_without_names_is_similar_to_nothing() -> None:
    names = QuickNames()
    names.rebuild([encode(["ali hasan"])])
    assert names.similarities(np.zeros(1, np.int64), np.zeros(1, np.int64), [()]).tolist() == [0.0]


@settings(max_examples=300)
@given(st.lists(name_lists, min_size=1, max_size=6), name_lists, st.data())
def test_quick_similarities_are_rapidfuzz_indel_similarities(
    listed: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    compact = data.draw(st.integers(0, len(listed)))
    names = QuickNames()
    names.rebuild([encode(own) for own in listed[:compact]])
    for slot in range(compact, len(listed)):
        names.set(slot, encode(listed[slot]))
    slots = np.arange(len(listed), dtype=np.int64)
    mine = encode(query) if query else ()
    found = names.similarities(np.zeros(len(listed), np.int64), slots, [mine])
    assert found.tolist() == [rapidfuzz_best(mine, encode(own)) for own in listed]
