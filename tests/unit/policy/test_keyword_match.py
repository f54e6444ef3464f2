"""Finding listed terms in free text across scripts, reporting them as written."""

from __future__ import annotations

import pytest

from pamoja.policy.keyword_match import InvalidTerm, Term, TermList, compile_term


def found(text: str, *terms: tuple[str, str]) -> list[str]:
    term_list = TermList.of(tuple(Term(term, language) for term, language in terms))
    return [match.matched_text for match in term_list.find(text)]


def test_terms_match_regardless_of_case_and_accents_and_are_reported_as_written() -> None:
    assert found("Accusé de BLASPHÈME", ("blaspheme", "fr")) == ["BLASPHÈME"]


def test_terms_match_whole_words_only() -> None:
    assert found("Crossed the desert", ("desert", "en")) == ["desert"]
    assert found("Crossed the deserted road", ("desert", "en")) == []


def test_a_star_ending_a_word_matches_further_letters() -> None:
    assert found("insulting the King", ("insult* the king", "en")) == ["insulting the King"]


def test_a_lone_star_matches_any_one_word() -> None:
    assert found("a member of the Ogiek ethnic group", ("member of the * ethnic group", "en")) == [
        "member of the Ogiek ethnic group"
    ]


def test_words_of_a_term_match_across_any_spacing() -> None:
    assert found("unauthorised\n  protest", ("unauthorised protest", "en")) == [
        "unauthorised\n  protest"
    ]


def test_typographic_apostrophes_match_plain_ones() -> None:
    assert found("outrage au chef de l’État", ("outrage au chef de l'etat", "fr")) == [
        "outrage au chef de l’État"
    ]


def test_arabic_terms_match_with_attached_prepositions_and_without_short_vowels() -> None:
    assert found("بتهمة الرِّدة", ("الردة", "ar")) == ["الرِّدة"]
    assert found("متهم بإهانة الرئيس", ("إهانة الرئيس", "ar")) == ["بإهانة الرئيس"]


def test_overlapping_finds_are_merged_into_one() -> None:
    text = "membership of an opposition party"
    terms = (("member* of an opposition", "en"), ("opposition party", "en"))
    assert found(text, *terms) == [text]


def test_a_term_without_letters_is_refused() -> None:
    with pytest.raises(InvalidTerm, match="no letters"):
        compile_term(Term("* *", "en"))


def test_a_star_inside_a_word_is_refused() -> None:
    with pytest.raises(InvalidTerm, match="may only end a word"):
        compile_term(Term("in*sult", "en"))
