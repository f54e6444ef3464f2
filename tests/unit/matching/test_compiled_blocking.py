"""The compiled phonetic spellings and blocking keys (`_blocking.c`) give what the rules written
in Python give, for any input; and key hashes are the same in every process."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pamoja.matching import Subject, _blocking
from pamoja.matching.blocking import blocking_keys, key_hash, key_hashes
from pamoja.matching.phonetic import phonetic, spelled_by_rules
from pamoja.matching.profile import Profile, prepare
from pamoja.model.dates import PartialDate

RULE_LETTERS = "tschzwoeiyjkhgpdqcxuabnm0"
"""Letters the phonetic rules read, more often than in a uniform alphabet, and a digit."""

words = st.text(alphabet=RULE_LETTERS, min_size=1, max_size=10)
name_words = st.one_of(
    words,
    st.sampled_from(["al", "bin", "van", "de", "abd", "sheikh", "a.", "x", "1984", "muhammad"]),
)
dates = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1900, 2020)),
    st.builds(PartialDate, st.integers(1900, 2020), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1900, 2020), st.integers(1, 12), st.integers(1, 28)),
)
subjects = st.builds(
    Subject,
    id=st.just("s"),
    names=st.lists(
        st.lists(name_words, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=3
    ).map(tuple),
    birth_date=dates,
    documents=st.lists(st.sampled_from(["A1234567", "NGA:B 765-432"]), max_size=2).map(tuple),
)


def hashed_by_rules(profile: Profile) -> dict[int, str]:
    return {key_hash(key): key[0] for key in blocking_keys(profile)}


def hashed(profile: Profile) -> dict[int, str]:
    hashes, kinds = key_hashes(profile)
    return dict(zip(np.frombuffer(hashes, np.int64).tolist(), kinds.decode(), strict=True))


@settings(max_examples=5000)
@given(words)
def test_a_word_is_spelled_as_the_written_rules_spell_it(word: str) -> None:
    assert phonetic(word) == spelled_by_rules(word)


@given(st.text(max_size=12))
def test_any_text_is_spelled_as_the_written_rules_spell_it(text: str) -> None:
    assert phonetic(text) == spelled_by_rules(text)


@settings(max_examples=1000)
@given(subjects)
def test_the_compiled_keys_are_the_keys_the_written_rules_give(subject: Subject) -> None:
    profile = prepare(subject)
    assert hashed(profile) == hashed_by_rules(profile)


@pytest.mark.parametrize(
    "name",
    [
        "Muhammad " + "a" * 130,  # a part longer than the compiled code keys
        " ".join(f"part{number}" for number in range(20)),  # more parts than it keys
    ],
)
def test_names_the_compiled_code_does_not_take_are_keyed_alike(name: str) -> None:
    profile = prepare(Subject("s", (name,), birth_date=PartialDate(1980, 2, 3)))
    assert _blocking.key_hashes(profile.forms, 1980, 2, 3, ()) is None
    assert hashed(profile) == hashed_by_rules(profile)


def test_hashes_come_once_each_in_ascending_order() -> None:
    profile = prepare(Subject("s", ("Amina Bello", "Amina Bello Yusuf"), documents=("A1234567",)))
    hashes, kinds = key_hashes(profile)
    ordered = np.frombuffer(hashes, np.int64)
    assert len(ordered) == len(kinds) == len(blocking_keys(profile))
    assert (np.diff(ordered) > 0).all()


def test_a_key_hashes_the_same_in_every_process() -> None:
    keys = ["sahmed", "y5hmd|1980", "dA1234567", "c35|5"]
    script = (
        f"from pamoja.matching.blocking import key_hash; print([key_hash(key) for key in {keys!r}])"
    )
    outputs = {
        subprocess.run(  # noqa: S603 - runs this interpreter on a fixed script
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {f"{[key_hash(key) for key in keys]}\n"}
