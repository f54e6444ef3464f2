"""Scoring a query against a candidate: score, decision and explanation."""

from __future__ import annotations

import pytest

from pamoja.matching import (
    ALERT_THRESHOLD,
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Contribution,
    Decision,
    Match,
    MatchConfig,
    Subject,
    SubjectKind,
    compare,
)
from pamoja.matching.name_similarity import SKELETON_SIMILARITY, aligned
from pamoja.matching.names import person_name
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender

BORN = PartialDate(1980, 5, 12)


def person(name: str, **details: object) -> Subject:
    return Subject("x", (name,), **details)  # type: ignore[arg-type]


def test_identical_name_and_birth_date_is_an_alert() -> None:
    match = compare(
        person("Mohammed Yusuf", birth_date=BORN), person("Mohammed Yusuf", birth_date=BORN)
    )
    assert match.decision == Decision.ALERT
    assert match.score >= ALERT_THRESHOLD


def test_arabic_and_latin_spellings_with_same_birth_date_alert() -> None:
    match = compare(
        person("محمد يوسف", birth_date=BORN), person("Mohamed Youssef", birth_date=BORN)
    )
    assert match.decision == Decision.ALERT


def test_swapped_name_order_scores_as_high_as_the_original() -> None:
    assert compare(person("Ali Hassan"), person("Hassan Ali")).score == (
        compare(person("Ali Hassan"), person("Ali Hassan")).score
    )


def test_a_name_written_family_name_first_scores_as_high_as_the_original() -> None:
    assert compare(person("Dawit Lemma Solomon"), person("Solomon Dawit Lemma")).score == (
        compare(person("Dawit Lemma Solomon"), person("Dawit Lemma Solomon")).score
    )


def test_exchanged_given_and_father_s_names_score_lower_and_say_so() -> None:
    exchanged = compare(person("Tariq Aisha Khatib"), person("Aisha Tariq Khatib"))
    assert (
        exchanged.score < compare(person("Tariq Aisha Khatib"), person("Tariq Aisha Khatib")).score
    )
    assert "in another order" in exchanged.explanation


def test_exchanged_given_and_father_s_names_alone_ask_for_review_not_an_alert() -> None:
    details = {"nationalities": ("ETH",), "gender": Gender.MALE}
    match = compare(
        person("Kebede Girma Yohannes", **details), person("Yohannes Girma Kebede", **details)
    )
    assert match.decision == Decision.REVIEW


def test_short_latin_names_of_one_consonant_are_not_taken_for_each_other() -> None:
    born = {"birth_date": BORN, "nationalities": ("CHN",), "gender": Gender.FEMALE}
    assert compare(person("Li Yan", **born), person("Luo Yan", **born)).decision != Decision.ALERT
    assert compare(person("Zhao Fang", **born), person("Zhu Fang", **born)).decision != (
        Decision.ALERT
    )


def test_a_typo_still_reaches_review() -> None:
    assert compare(person("Ibrahim Khalil"), person("Ibrahim Khalik")).score >= REVIEW_THRESHOLD


def test_a_different_birth_date_pulls_an_identical_name_below_review() -> None:
    match = compare(
        person("Ali Hassan", birth_date=BORN),
        person("Ali Hassan", birth_date=PartialDate(1965, 1, 3)),
    )
    assert match.decision == Decision.NONE


def test_unrelated_names_score_low() -> None:
    assert compare(person("Wang Xiaoming"), person("Amina Okonkwo")).score < REVIEW_THRESHOLD


def test_an_alias_can_carry_the_match() -> None:
    candidate = Subject("c", ("Abu Mohammed", "Ibrahim Awad Ibrahim al-Badri"))
    assert compare(person("Ibrahim Awwad al-Badri"), candidate).score >= REVIEW_THRESHOLD


def test_different_gender_lowers_the_score() -> None:
    same = compare(person("Sam Okoro", gender=Gender.MALE), person("Sam Okoro", gender=Gender.MALE))
    other = compare(
        person("Sam Okoro", gender=Gender.MALE), person("Sam Okoro", gender=Gender.FEMALE)
    )
    assert other.score < same.score


def test_a_shared_document_number_raises_the_score() -> None:
    without = compare(person("Sam Okoro"), person("Samuel Okoro"))
    shared = compare(
        person("Sam Okoro", documents=("A 1234-567",)),
        person("Samuel Okoro", documents=("A1234567",)),
    )
    assert shared.score > without.score
    assert any(part.feature == "document" for part in shared.contributions)


def test_shared_nationality_raises_and_disjoint_lowers_the_score() -> None:
    base = compare(person("Sam Okoro"), person("Sam Okoro")).score
    shared = compare(
        person("Sam Okoro", nationalities=("NGA",)), person("Sam Okoro", nationalities=("NGA",))
    )
    disjoint = compare(
        person("Sam Okoro", nationalities=("NGA",)), person("Sam Okoro", nationalities=("GHA",))
    )
    assert disjoint.score < base <= shared.score


def test_person_and_organisation_never_match() -> None:
    organisation = Subject("o", ("Sam Okoro",), kind=SubjectKind.ORGANISATION)
    match = compare(person("Sam Okoro"), organisation)
    assert match.score == 0.0
    assert match.decision == Decision.NONE


def test_organisations_match_across_legal_forms() -> None:
    first = Subject("a", ("Golden Star Trading Co., Ltd.",), kind=SubjectKind.ORGANISATION)
    second = Subject("b", ("GOLDEN STAR TRADING LLC",), kind=SubjectKind.ORGANISATION)
    assert compare(first, second).decision == Decision.ALERT


def test_explanation_names_each_feature_and_its_points() -> None:
    match = compare(
        person("Mohammed Yusuf", birth_date=BORN, nationalities=("SOM",)),
        person("Muhammad Yusuf", birth_date=BORN, nationalities=("SOM",)),
    )
    assert [part.feature for part in match.contributions] == [
        "name",
        "date_of_birth",
        "nationality",
    ]
    assert "name +0.80" in match.explanation
    assert "date_of_birth +0.15" in match.explanation
    assert "\n" not in match.explanation


def test_match_reports_query_and_candidate_ids() -> None:
    match = compare(Subject("q1", ("Ali",)), Subject("c7", ("Ali",)))
    assert (match.query_id, match.candidate_id) == ("q1", "c7")


def test_config_thresholds_decide() -> None:
    strict = MatchConfig(alert_threshold=0.99, review_threshold=0.95)
    assert compare(person("Ali Hassan"), person("Ali Hassan"), strict).decision == Decision.NONE


def test_a_birth_year_agreeing_with_a_full_date_counts_the_configured_year_only_points() -> None:
    cautious = MatchConfig(birth_year_only=-0.08)
    year_only, full_date = (
        person("Li Yong", birth_date=PartialDate(1980)),
        person("Li Yong", birth_date=BORN),
    )
    assert compare(year_only, full_date).decision == Decision.ALERT
    assert compare(year_only, full_date, cautious).decision == Decision.REVIEW
    a_year_later = person("Li Yong", birth_date=PartialDate(1981, 5, 12))
    assert compare(a_year_later, full_date, cautious) == compare(a_year_later, full_date)


def test_by_default_a_year_that_agrees_alone_neither_raises_nor_lowers_the_score() -> None:
    full_date = person("Li Yong", birth_date=BORN)
    year_only = person("Li Yong", birth_date=PartialDate(1980))
    assert compare(year_only, full_date).score == compare(person("Li Yong"), full_date).score


def test_a_close_name_whose_date_agrees_only_in_the_year_asks_for_review() -> None:
    details = {"nationalities": ("EGY",), "gender": Gender.FEMALE}
    match = compare(
        person("Ahmad Fadil Sayyid", birth_date=PartialDate(1969), **details),
        person("Majid Fadil Sayyid", birth_date=PartialDate(1969, 1, 7), **details),
    )
    assert match.decision == Decision.REVIEW


def egorov_against(name: str, born: PartialDate, config: MatchConfig = DEFAULT_CONFIG) -> Match:
    """Aleksandr Sergeovich Egorov, born 1967-03-27, against a listed Russian man of `name`
    born `born`: a shared gender and nationality add 0.07."""
    details = {"nationalities": ("RUS",), "gender": Gender.MALE}
    return compare(
        person("Aleksandr Sergeovich Egorov", birth_date=PartialDate(1967, 3, 27), **details),
        person(name, birth_date=born, **details),
        config,
    )


def contribution(match: Match, feature: str) -> Contribution:
    return next(part for part in match.contributions if part.feature == feature)


def test_a_shared_gender_and_nationality_do_not_lift_a_close_name_with_the_year_alone() -> None:
    match = egorov_against("Aleksandr Sergeovich Grigorov", PartialDate(1967))
    assert match.decision == Decision.REVIEW
    assert contribution(match, "date_of_birth").points == DEFAULT_CONFIG.year_alone_near_name
    assert "the year alone does not confirm a name that is not the same" in (
        contribution(match, "date_of_birth").detail
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (PartialDate(1967), PartialDate(1967, 3, 27)),
        (PartialDate(1967), PartialDate(1967)),
        (PartialDate(1967, 3, 27), PartialDate(1961, 3, 27)),
    ],
    ids=["one side the year only", "both the year only", "one digit apart"],
)
def test_dates_agreeing_in_the_year_alone_lose_the_near_name_points_with_a_close_name(
    first: PartialDate, second: PartialDate
) -> None:
    close = compare(
        person("Maksim Zakharuk", birth_date=first), person("Maksim Zakhruk", birth_date=second)
    )
    assert contribution(close, "date_of_birth").points == DEFAULT_CONFIG.year_alone_near_name


def test_a_close_name_whose_date_agrees_beyond_the_year_still_alerts() -> None:
    match = egorov_against("Aleksandr Sergeovich Grigorov", PartialDate(1967, 3, 27))
    assert match.decision == Decision.ALERT


def test_an_identical_name_with_the_year_alone_keeps_the_year_only_points() -> None:
    match = egorov_against("Aleksandr Sergeovich Egorov", PartialDate(1967))
    assert match.decision == Decision.ALERT
    assert contribution(match, "date_of_birth").points == DEFAULT_CONFIG.birth_year_only


def test_the_near_name_rule_can_be_turned_off() -> None:
    lenient = MatchConfig(year_alone_near_name=0.0)
    match = egorov_against("Aleksandr Sergeovich Grigorov", PartialDate(1967), lenient)
    assert match.decision == Decision.ALERT
    assert "does not confirm" not in match.explanation


@pytest.mark.parametrize("points", [0.05, -0.2])
def test_near_name_points_outside_years_one_apart_and_zero_are_refused(points: float) -> None:
    with pytest.raises(ValueError, match="year_alone_near_name"):
        MatchConfig(year_alone_near_name=points)


def test_a_node_that_counts_the_year_alone_against_every_name_does_not_count_it_twice() -> None:
    cautious = MatchConfig(birth_year_only=-0.08)
    match = egorov_against("Aleksandr Sergeovich Grigorov", PartialDate(1967), cautious)
    assert contribution(match, "date_of_birth").points == -0.08
    year_apart = egorov_against("Aleksandr Sergeovich Grigorov", PartialDate(1966), cautious)
    assert match.score > year_apart.score


def date_points(first: PartialDate, second: PartialDate, config: MatchConfig) -> float:
    match = compare(
        person("Li Yong", birth_date=first), person("Li Yong", birth_date=second), config
    )
    return contribution(match, "date_of_birth").points


def test_dates_one_digit_apart_count_as_little_as_a_year_that_agrees() -> None:
    config = MatchConfig(birth_year_only=-0.08)
    assert date_points(BORN, PartialDate(1960, 5, 12), config) == -0.08
    assert date_points(BORN, PartialDate(1980, 12, 5), config) == config.birth_date_close


def test_dates_that_agree_count_by_the_coarser_precision() -> None:
    config = MatchConfig()
    assert date_points(BORN, PartialDate(1980, 5), config) == config.birth_month_exact
    assert date_points(PartialDate(1980, 5), PartialDate(1980, 5), config) == (
        config.birth_month_exact
    )
    assert date_points(PartialDate(1980), BORN, config) == config.birth_year_only
    assert date_points(BORN, BORN, config) == config.birth_day_exact


def name_similarity(first: str, second: str) -> float:
    match = compare(person(first), person(second))
    return contribution(match, "name").points / MatchConfig().name_weight


def part_scores(first: str, second: str) -> dict[tuple[str, str], float]:
    """How the parts of two names aligned, by their phonetic spellings."""
    found = aligned(person_name(first), person_name(second))
    return {(a, b): score for a, b, score in found.pairs}


@pytest.mark.parametrize(
    ("first", "second", "parts"),
    [
        ("Ali Kurdi", "Ali Kordi", ("kurdi", "kordi")),
        ("Abubakar Ali", "Ebubeker Ali", ("abubakar", "ebubeker")),
        ("Maina Ali", "Amina Ali", ("maina", "amina")),
    ],
    ids=["the same first letter", "vowels both first", "the first two letters swapped"],
)
def test_latin_parts_of_one_skeleton_and_shape_are_as_close_as_a_skeleton_makes_them(
    first: str, second: str, parts: tuple[str, str]
) -> None:
    assert part_scores(first, second)[parts] == SKELETON_SIMILARITY


@pytest.mark.parametrize(
    ("first", "second", "parts"),
    [
        ("Tunde Sekwu", "Yetunde Sekwu", ("tunde", "yetunde")),
        ("Li Qiang", "Li Qianghua", ("kiang", "kiangua")),
        ("Guo Weidong", "Guo Donghua", ("weidong", "dongua")),
    ],
    ids=["a syllable before", "a syllable after", "first letters differ"],
)
def test_latin_parts_sharing_only_a_consonant_skeleton_are_as_close_as_their_spelling(
    first: str, second: str, parts: tuple[str, str]
) -> None:
    assert part_scores(first, second)[parts] < SKELETON_SIMILARITY


def test_latin_parts_of_lengths_three_apart_sharing_a_skeleton_do_not_align() -> None:
    assert part_scores("Huang Long", "Huang Leiyang") == {("huang", "huang"): 1.0}


def test_a_middle_name_left_out_costs_less_than_an_extra_name_at_the_edge() -> None:
    left_out = name_similarity("Girma Demissie", "Girma Selam Demissie")
    extra_first = name_similarity("Girma Demissie", "Selam Girma Demissie")
    extra_last = name_similarity("Girma Demissie", "Girma Demissie Selam")
    assert left_out > extra_first == extra_last


def test_an_initial_matches_a_given_name_whatever_its_phonetic_spelling() -> None:
    initial = compare(person("O. Dito"), person("Ousmane Dito"))
    other = compare(person("O. Dito"), person("Amadou Dito"))
    assert initial.score > other.score


def test_an_initial_matches_a_part_written_with_its_letter_above_one_that_only_sounds_so() -> None:
    assert name_similarity("C. Qiang", "Chen Qiang") > name_similarity("C. Qiang", "Xu Qiang")


def test_an_initial_matches_a_short_and_a_long_part_beginning_with_it_alike() -> None:
    assert name_similarity("H. Qiang", "Hu Qiang") == name_similarity("H. Qiang", "Huang Qiang")


def test_a_typo_in_the_first_letters_is_judged_on_the_spelling_too() -> None:
    assert compare(person("Cen Fang"), person("Chen Fang")).score >= 0.70


def test_a_missing_middle_name_with_the_same_birth_date_still_alerts() -> None:
    match = compare(
        person("Ridwan Dulaimi", birth_date=BORN),
        person("Ridwan Tariq Dulaimi", birth_date=BORN),
    )
    assert match.decision == Decision.ALERT


def test_a_different_middle_name_with_the_same_birth_date_asks_for_review_only() -> None:
    match = compare(
        person("Ridwan Khadija Dulaimi", birth_date=BORN),
        person("Ridwan Tariq Dulaimi", birth_date=BORN),
    )
    assert match.decision == Decision.REVIEW
