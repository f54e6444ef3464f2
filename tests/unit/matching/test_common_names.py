"""The common-name rule: a name many listed persons carry singles out none of them unless the
date of birth agrees to the day."""

from __future__ import annotations

import pytest

from pamoja.matching import MatchConfig, ScreeningIndex, Subject, SubjectKind
from pamoja.matching.name_counts import NameCounts
from pamoja.matching.profile import prepare
from pamoja.matching.scoring import Decision
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender

LISTED = MatchConfig().common_name_listed


def wang_wei(born: PartialDate | None, subject_id: str = "q") -> Subject:
    return Subject(
        subject_id, ("Wang Wei",), gender=Gender.MALE, birth_date=born, nationalities=("CHN",)
    )


def namesake(n: int, born: PartialDate) -> Subject:
    return wang_wei(born, f"s{n}")


def listed_namesakes(count: int) -> ScreeningIndex:
    """`count` persons called Wang Wei, the first known to be born in 1980 only, the others in
    other years (to the day)."""
    return ScreeningIndex(
        [namesake(0, PartialDate(1980))]
        + [namesake(n, PartialDate(1940 + n, 5, 6)) for n in range(1, count)]
    )


def best(index: ScreeningIndex, query: Subject, threshold: float = 0.0) -> tuple[str, Decision]:
    match = index.search(query, limit=1, threshold=threshold)[0]
    return match.candidate_id, match.decision


def test_a_birth_year_agreeing_with_one_of_many_namesakes_asks_for_review() -> None:
    index = listed_namesakes(LISTED)
    assert best(index, wang_wei(PartialDate(1980, 2, 3))) == ("s0", Decision.REVIEW)


def test_the_same_agreement_alerts_where_fewer_listed_persons_carry_the_name() -> None:
    index = listed_namesakes(LISTED - 1)
    assert best(index, wang_wei(PartialDate(1980, 2, 3))) == ("s0", Decision.ALERT)


def test_a_birth_date_agreeing_to_the_day_alerts_however_common_the_name() -> None:
    index = listed_namesakes(3 * LISTED)
    assert best(index, wang_wei(PartialDate(1945, 5, 6))) == ("s5", Decision.ALERT)


def test_a_common_name_without_a_birth_date_asks_for_review() -> None:
    index = listed_namesakes(LISTED)
    assert best(index, wang_wei(None))[1] == Decision.REVIEW


def test_the_explanation_says_the_name_is_common() -> None:
    index = listed_namesakes(LISTED)
    match = index.search(wang_wei(PartialDate(1980, 2, 3)), limit=1)[0]
    common = [part for part in match.contributions if part.feature == "common_name"]
    assert [part.points for part in common] == [MatchConfig().common_name]
    assert f"at least {LISTED} listed persons carry this name" in match.explanation


def test_a_year_that_agrees_still_ranks_above_a_year_one_apart() -> None:
    index = listed_namesakes(LISTED)
    index.add(namesake(99, PartialDate(1981)))
    assert best(index, wang_wei(PartialDate(1980, 2, 3)))[0] == "s0"


def test_removing_namesakes_below_the_threshold_restores_the_alert() -> None:
    index = listed_namesakes(LISTED)
    index.remove(f"s{LISTED - 1}")
    assert best(index, wang_wei(PartialDate(1980, 2, 3))) == ("s0", Decision.ALERT)


def test_namesakes_added_one_by_one_make_a_name_common() -> None:
    index = listed_namesakes(1)
    for n in range(1, LISTED):
        index.add(namesake(n, PartialDate(1940 + n, 5, 6)))
    assert best(index, wang_wei(PartialDate(1980, 2, 3))) == ("s0", Decision.REVIEW)


def test_a_batch_in_processes_scores_common_names_as_one_search_does() -> None:
    index = listed_namesakes(LISTED)
    queries = [wang_wei(PartialDate(1980, 2, n % 28 + 1)) for n in range(400)]
    assert index.search_many(queries, workers=2) == [index.search(query) for query in queries]


def test_the_rule_can_be_turned_off() -> None:
    index = ScreeningIndex(
        [namesake(0, PartialDate(1980))]
        + [namesake(n, PartialDate(1940 + n, 5, 6)) for n in range(1, LISTED)],
        MatchConfig(common_name=0.0),
    )
    assert best(index, wang_wei(PartialDate(1980, 2, 3))) == ("s0", Decision.ALERT)


def test_a_name_counts_once_per_person_and_in_any_order() -> None:
    counts = NameCounts()
    counts.add(
        [prepare(Subject("a", ("Wang Wei", "Wei Wang"))), prepare(Subject("b", ("Wei Wang",)))]
    )
    assert counts.most(prepare(Subject("q", ("WANG Wei",)))) == 2


def test_names_count_among_subjects_of_their_own_kind() -> None:
    counts = NameCounts()
    company = Subject("c", ("Wang Wei",), kind=SubjectKind.ORGANISATION)
    counts.add([prepare(company), prepare(Subject("a", ("Wang Wei",)))])
    assert counts.most(prepare(Subject("q", ("Wang Wei",)))) == 1


def test_a_person_counts_by_the_most_common_of_their_names() -> None:
    counts = NameCounts()
    counts.add([prepare(Subject("a", ("Li Na", "Wang Wei"))), prepare(Subject("b", ("Wang Wei",)))])
    assert counts.most(prepare(Subject("q", ("Zhou Jie", "Wang Wei")))) == 2


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"common_name": 0.05}, "common_name points must not be above 0"),
        ({"common_name_listed": 1}, "common_name_listed must be at least 2"),
    ],
)
def test_settings_that_would_break_the_rule_are_refused(
    settings: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        MatchConfig(**settings)  # type: ignore[arg-type]


def test_an_organisation_name_many_listed_organisations_carry_asks_for_review() -> None:
    index = ScreeningIndex(
        Subject(f"o{n}", ("Golden Star Trading Ltd",), kind=SubjectKind.ORGANISATION)
        for n in range(LISTED)
    )
    query = Subject("q", ("Golden Star Trading LLC",), kind=SubjectKind.ORGANISATION)
    match = index.search(query, limit=1)[0]
    assert match.decision == Decision.REVIEW
    assert f"at least {LISTED} listed organisations carry this name" in match.explanation
