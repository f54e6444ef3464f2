"""Properties of normalisation and scoring that must hold for any input."""

from __future__ import annotations

from array import array

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pamoja.matching import Subject, SubjectKind, compare
from pamoja.matching.birth_codes import AGREEMENTS, birth_code
from pamoja.matching.birth_dates import compare_birth_dates
from pamoja.matching.candidate_arrays import Reads, shortlists
from pamoja.matching.name_similarity import (
    aligned,
    best_alignment,
    best_similarity,
    compare_forms,
)
from pamoja.matching.names import person_name
from pamoja.matching.phonetic import phonetic, phonetic_join
from pamoja.matching.profile import prepare
from pamoja.matching.scoring import (
    compare_profiles,
    score_ceilings,
    score_pairs,
    score_profiles,
)
from pamoja.matching.text import words
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender

names = st.text(min_size=1, max_size=60).filter(lambda text: text.strip() != "")
latin_names = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10), min_size=1, max_size=4
).map(" ".join)
dates = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1900, 2020)),
    st.builds(PartialDate, st.integers(1900, 2020), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1900, 2020), st.integers(1, 12), st.integers(1, 28)),
)
nationalities = st.lists(st.sampled_from(["NGA", "SOM", "KEN", "FRA"]), max_size=2).map(tuple)
subjects = st.builds(
    Subject,
    id=st.just("s"),
    names=st.lists(st.one_of(names, latin_names), min_size=1, max_size=3).map(tuple),
    birth_date=dates,
    nationalities=nationalities,
    documents=st.lists(st.sampled_from(["A1234567", "B7654321"]), max_size=1).map(tuple),
)


spellings = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9).map(phonetic)


@settings(max_examples=3000)
@given(spellings, spellings)
def test_joining_two_phonetic_spellings_spells_as_the_joined_text(first: str, second: str) -> None:
    assert phonetic_join(first, second) == phonetic(first + second)


@given(names)
def test_words_are_lower_case_ascii_letters_and_digits(name: str) -> None:
    for word in words(name):
        assert word.text.isascii()
        assert word.text.isalnum()
        assert word.text == word.text.lower()


@given(names)
def test_normalisation_is_stable_under_its_own_output(name: str) -> None:
    once = " ".join(word.text for word in words(name))
    twice = " ".join(word.text for word in words(once))
    assert twice == once


@given(names)
def test_preparing_any_name_never_fails(name: str) -> None:
    form = person_name(name)
    assert len(form.parts) == len(form.weights) == len(form.core)


@settings(max_examples=300)
@given(subjects, subjects)
def test_score_is_between_zero_and_one(first: Subject, second: Subject) -> None:
    assert 0.0 <= compare(first, second).score <= 1.0


@settings(max_examples=300)
@given(subjects, subjects)
def test_score_is_symmetric(first: Subject, second: Subject) -> None:
    assert compare(first, second).score == compare(second, first).score


@settings(max_examples=300)
@given(subjects, subjects)
def test_an_exact_copy_scores_at_least_as_high_as_anything_else(
    first: Subject, second: Subject
) -> None:
    assert compare(first, first).score >= compare(first, second).score


@settings(max_examples=300)
@given(subjects, subjects, st.booleans())
def test_ranking_scores_equal_the_explained_scores(
    first: Subject, second: Subject, common: bool
) -> None:
    query, candidate = prepare(first), prepare(second)
    ranked = score_profiles(query, candidate, common=common)
    assert ranked == compare_profiles(query, candidate, common=common).score


scored_subjects = st.builds(
    Subject,
    id=st.just("s"),
    names=st.lists(st.one_of(names, latin_names), min_size=1, max_size=3).map(tuple),
    kind=st.sampled_from(SubjectKind),
    gender=st.one_of(st.none(), st.sampled_from(Gender)),
    birth_date=dates,
    nationalities=nationalities,
    documents=st.lists(st.sampled_from(["A1234567", "B7654321"]), max_size=2).map(tuple),
)


@settings(max_examples=500)
@given(st.lists(st.tuples(scored_subjects, scored_subjects, st.booleans()), min_size=1, max_size=5))
def test_batch_scores_equal_the_scores_of_one_pair(
    pairs: list[tuple[Subject, Subject, bool]],
) -> None:
    queries = [prepare(query) for query, _, _ in pairs]
    candidates = [prepare(candidate) for _, candidate, _ in pairs]
    common = [is_common for _, _, is_common in pairs]
    agreements = [
        compare_birth_dates(query.birth_date, candidate.birth_date)[0]
        for query, candidate in zip(queries, candidates, strict=True)
    ]
    births = tuple(
        np.array([birth_code(profile.birth_date) for profile in side], np.uint32)
        for side in (queries, candidates)
    )
    scores = score_pairs(
        queries,
        candidates,
        np.array([AGREEMENTS.index(agreement) for agreement in agreements], np.int8),
        (births[0], births[1]),
        common=np.array(common, np.bool_),
    )
    assert scores == [
        score_profiles(query, candidate, common=is_common)
        for query, candidate, is_common in zip(queries, candidates, common, strict=True)
    ]


# few values, so that swapped, off-by-one and one-digit errors come up often
close_dates = st.one_of(
    st.none(),
    st.builds(PartialDate, st.sampled_from([1979, 1980, 1981, 1990, 2080])),
    st.builds(
        PartialDate, st.sampled_from([1979, 1980, 1981, 1990]), st.sampled_from([1, 2, 5, 10, 12])
    ),
    st.builds(
        PartialDate,
        st.sampled_from([1979, 1980, 1981, 1990]),
        st.sampled_from([1, 2, 5, 10, 12]),
        st.sampled_from([1, 2, 5, 10, 11, 12, 21]),
    ),
)


@settings(max_examples=1000)
@given(close_dates, close_dates)
def test_birth_dates_agree_in_shortlists_as_they_do_one_by_one(
    first: PartialDate | None, second: PartialDate | None
) -> None:
    one_read = Reads(np.zeros(1, np.int64), np.zeros(1, np.int64), np.ones(1))
    pairs, _ = shortlists(
        one_read,
        array("I", [birth_code(second)]),
        bytearray([1]),
        np.array([birth_code(first)], np.uint32),
        np.zeros((1, len(AGREEMENTS))),
        threshold=0.0,
        count=0,
    )
    assert AGREEMENTS[pairs.agreements[0]] == compare_birth_dates(first, second)[0]


@given(subjects, subjects)
def test_no_candidate_scores_above_the_ceiling_for_its_date_of_birth(
    first: Subject, second: Subject
) -> None:
    query, candidate = prepare(first), prepare(second)
    agreement = compare_birth_dates(query.birth_date, candidate.birth_date)[0]
    assert score_profiles(query, candidate) <= score_ceilings(query)[AGREEMENTS.index(agreement)]


# name parts that align with each other in many ways: variants, scripts, initials, joins
VARIANT_GROUPS = (
    ("Mohammed", "Muhammad", "Mohamed", "محمد", "Mohammadhasni", "Hasni"),
    ("Ali", "علي", "Hassan", "Hasan", "Husayn", "حسن", "حسين", "Hussein", "Husein"),
    ("O.", "Ousmane", "Usman", "Abd", "al-Rahman", "Abdulrahman", "عبدالله", "Abdallah"),
    ("Юсуф", "Yusuf", "Youssef", "ben", "bin", "Sheikh", "Ivanov", "Iwanow", "Иванов"),
    ("Tesfaye", "ተስፋዬ", "徐磊辉", "Xu", "Leihui", "Chen", "Cen"),
    ("Long", "Leiyang", "Tunde", "Yetunde", "Maina", "Amina", "Usama", "Osama", "Weidong"),
)
known_parts = st.sampled_from([part for group in VARIANT_GROUPS for part in group])
known_names = st.lists(known_parts, min_size=1, max_size=5).map(" ".join)
any_names = st.lists(st.one_of(names, known_names), min_size=1, max_size=3)


@settings(max_examples=500)
@given(any_names, any_names)
def test_the_compiled_choice_of_names_is_the_best_explained_alignment(
    first: list[str], second: list[str]
) -> None:
    forms = tuple(map(person_name, first)), tuple(map(person_name, second))
    best = max(
        (compare_forms(a, b) for a in forms[0] for b in forms[1]),
        key=lambda found: found.value,
    )
    assert best_alignment(*forms).value == best_similarity(*forms) == best.value
    assert best_alignment(*forms).pairs == (best.pairs if best.value > 0 else ())


@settings(max_examples=500)
@given(any_names, any_names)
def test_the_compiled_alignment_explains_as_the_documented_rules_do(
    first: list[str], second: list[str]
) -> None:
    for a in map(person_name, first):
        for b in map(person_name, second):
            assert aligned(a, b) == compare_forms(a, b)
