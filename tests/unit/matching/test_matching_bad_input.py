"""Bad input gives a clear error or an empty result, never a crash."""

from __future__ import annotations

import pytest

from pamoja.matching import InvalidSubject, ScreeningIndex, Subject, compare
from pamoja.model.dates import InvalidDate, PartialDate


def index_subjects() -> list[Subject]:
    return [Subject("w1", ("Mohammed Yusuf",)), Subject("w2", ("Ali Hassan",))]


def index() -> ScreeningIndex:
    return ScreeningIndex(index_subjects())


def test_empty_name_is_refused_with_its_position() -> None:
    with pytest.raises(InvalidSubject, match="name 2 is empty"):
        Subject("q", ("Ali", "  "))


def test_subject_without_name_or_document_is_refused() -> None:
    with pytest.raises(InvalidSubject, match="name or a document"):
        Subject("q", ())


def test_ten_thousand_character_name_is_refused_with_its_length() -> None:
    with pytest.raises(InvalidSubject, match="10000 characters"):
        Subject("q", ("a" * 10_000,))


def test_empty_id_is_refused() -> None:
    with pytest.raises(InvalidSubject, match="id"):
        Subject(" ", ("Ali",))


def test_lower_case_or_alpha2_nationality_is_refused() -> None:
    with pytest.raises(InvalidSubject, match="'NG'"):
        Subject("q", ("Ali",), nationalities=("NG",))


def test_impossible_date_is_refused_by_partial_date() -> None:
    with pytest.raises(InvalidDate, match="day 31"):
        PartialDate.parse("1980-02-31")


def test_control_characters_only_give_an_empty_result() -> None:
    assert index().search(Subject("q", ("\x00\x01\x02",))) == []


def test_control_characters_inside_a_name_are_ignored() -> None:
    assert [m.candidate_id for m in index().search(Subject("q", ("Ali\x00 Has\x07san",)))] == ["w2"]


def test_mixed_scripts_in_one_name_are_matched() -> None:
    assert [m.candidate_id for m in index().search(Subject("q", ("محمد Yusuf",)))] == ["w1"]


def test_long_name_within_the_limit_is_searched_quickly_and_finds_nothing() -> None:
    long_name = " ".join(["Mohammedabcdefgh"] * 55)
    assert index().search(Subject("q", (long_name,))) == []


def test_punctuation_only_names_score_zero() -> None:
    assert compare(Subject("a", ("---",)), Subject("b", ("...",))).score == 0.0


def test_a_name_of_more_parts_than_the_compiled_scoring_compares_is_scored_in_python() -> None:
    many_parts = "Mohammed Yusuf " + " ".join(f"Ali{letter}" for letter in "bcdefghjklmnpqrs")
    listed = Subject("w3", (many_parts,))
    query = Subject("q", (many_parts.replace("Yusuf", "Youssef"),))
    [match] = ScreeningIndex([listed, *index_subjects()]).search(query)
    assert (match.candidate_id, match.score) == ("w3", compare(query, listed).score)
    assert "yusuf=yusuf" in match.explanation
