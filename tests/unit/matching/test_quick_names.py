"""The compact name table of preselection: names of bulk-indexed and later-added slots."""

from __future__ import annotations

import numpy as np

from pamoja.matching.quick_names import QuickNames, encode


def test_gather_mixes_table_and_later_slots_in_the_order_asked() -> None:
    names = QuickNames()
    names.rebuild([encode(["ali hasan"]), encode(["amina", "amina okonkwo"])])
    names.set(2, encode(["grace mensah"]))
    flat, owner = names.gather(np.array([2, 1, 0], np.int64))
    assert flat == [b"grace mensah", b"amina", b"amina okonkwo", b"ali hasan"]
    assert owner.tolist() == [0, 1, 1, 2]


def test_a_subject_without_names_has_one_empty_name() -> None:
    names = QuickNames()
    names.rebuild([encode([])])
    assert names.gather(np.array([0], np.int64))[0] == [b""]
