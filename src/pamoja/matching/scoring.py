"""Score a query against a candidate: a number in [0, 1], a decision and an explanation.

The score is the sum of feature contributions, clipped to [0, 1]:

| feature | contribution (default `MatchConfig`) |
| --- | --- |
| name | `name_weight` (0.80) x best name similarity over all names of both sides |
| birth date | by what agrees, at the coarser precision of the two: the day +0.15, the |
| | month +0.10, the year alone 0.00; a typical recording error (day and month |
| | swapped, off by one day or year) +0.06; one digit apart otherwise, as the year |
| | alone; years one apart with a year-only side -0.10; otherwise different -0.30 |
| | the year alone (or one digit apart) with names close but not the same: at most -0.08 |
| gender | same +0.02, different -0.15 (only when both are male or female) |
| nationality | shared +0.05, none shared -0.05 (only when both have one) |
| document | same normalised number +0.30 |
| common name | -0.15 when at least 20 listed persons carry the query's very name, unless the |
| | dates of birth agree to the day (in an index's searches only: `compare` of two |
| | subjects knows no list) |

So an identical name alone reaches the alert threshold (0.80), a close name needs a date of
birth that agrees beyond the year to reach it, and a different date of birth pulls even an
identical name below review. The year alone (`birth_year_only`, a setting of the node) adds
nothing by default: at a million listed persons, one of the namesakes a common name has is
born in any given year often enough that it says little.

Nor does the year alone confirm a name that is not the same (`year_alone_near_name`, the most
it gives a close name): without it, a shared gender and nationality (+0.07) lifted a close
name (0.92: Aleksandr Sergeovich Egorov and Aleksandr Sergeovich Grigorov) with the year alone
in common to an alert. At a million listed persons, some listed person with a close name is
born in the query's year by chance for many a query, so such a match asks for review; a date
that agrees beyond the year, or a shared document, still alerts. It is a ceiling, not a
further deduction, and no lower than `birth_year_near`: whatever the node sets, a year that
agrees never scores below years one apart.

The common-name rule (`common_name`, `common_name_listed`) weighs a name by the list it is
searched in. When many listed persons carry the query's name, one of them shares the year of
birth, or has a date one recording error away, by chance alone, and so do the people of that
name who cross a border; such a match asks a person to review it instead of alerting. Only a
date of birth agreeing to the day (or a shared document) still singles one out. The count
takes in every listed person, also those a searcher may not see; an explanation says no more
than that the count reached the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache, partial

import numpy as np
import numpy.typing as npt

from pamoja.matching._scoring import score_pairs as _compiled_sums
from pamoja.matching.birth_codes import AGREEMENTS
from pamoja.matching.birth_dates import (
    PRECISIONS,
    DateAgreement,
    coarser_precision,
    compare_birth_dates,
    describe_birth_dates,
)
from pamoja.matching.name_similarity import NameSimilarity, best_alignment, best_similarity
from pamoja.matching.profile import Profile, prepare
from pamoja.matching.subject import Subject, SubjectKind
from pamoja.model.dates import DatePrecision
from pamoja.model.pickling import PickledByFields
from pamoja.model.records import Gender

ALERT_THRESHOLD = 0.80
"""At or above: very likely the same subject; stop and act (the CLI's default threshold)."""

REVIEW_THRESHOLD = 0.65
"""At or above (and below alert): possibly the same; a person should look."""


class Decision(StrEnum):
    ALERT = "alert"
    REVIEW = "review"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Weights and thresholds of the score; the defaults are documented in this module."""

    alert_threshold: float = ALERT_THRESHOLD
    review_threshold: float = REVIEW_THRESHOLD
    name_weight: float = 0.80
    birth_day_exact: float = 0.15
    birth_month_exact: float = 0.10
    birth_year_only: float = 0.0
    year_alone_near_name: float = -0.08
    birth_date_close: float = 0.06
    birth_year_near: float = -0.10
    birth_date_different: float = -0.30
    gender_same: float = 0.02
    gender_different: float = -0.15
    nationality_shared: float = 0.05
    nationality_different: float = -0.05
    document_same: float = 0.30
    common_name: float = -0.15
    common_name_listed: int = 20

    def __post_init__(self) -> None:
        if not 0.0 <= self.review_threshold <= self.alert_threshold <= 1.0:
            raise ValueError("thresholds must satisfy 0 <= review <= alert <= 1")
        # a search skips candidates by the most a name can score, which the rule only lowers
        if self.common_name > 0.0:
            raise ValueError("common_name points must not be above 0")
        if not self.birth_year_near <= self.year_alone_near_name <= 0.0:
            raise ValueError("year_alone_near_name must lie between birth_year_near and 0")
        if self.common_name_listed < 2:
            raise ValueError("common_name_listed must be at least 2")

    def decide(self, score: float) -> Decision:
        if score >= self.alert_threshold:
            return Decision.ALERT
        if score >= self.review_threshold:
            return Decision.REVIEW
        return Decision.NONE


DEFAULT_CONFIG = MatchConfig()


@dataclass(frozen=True, slots=True)
class Contribution(PickledByFields):
    """One feature's part of a score: its name, what was compared, and the points it added."""

    feature: str
    detail: str
    points: float

    def __str__(self) -> str:
        return f"{self.feature} {self.points:+.2f} [{self.detail}]"


@dataclass(frozen=True, slots=True)
class Match(PickledByFields):
    """The outcome of comparing a query with a candidate."""

    query_id: str
    candidate_id: str
    score: float
    decision: Decision
    contributions: tuple[Contribution, ...]

    @property
    def explanation(self) -> str:
        """One line a person can read: every contribution, strongest first."""
        return "; ".join(str(part) for part in self.contributions)


def compare(query: Subject, candidate: Subject, config: MatchConfig = DEFAULT_CONFIG) -> Match:
    """Score how likely `candidate` is the subject `query` describes; symmetric in its arguments
    apart from the ids it reports."""
    return compare_profiles(prepare(query), prepare(candidate), config)


def score_profiles(
    query: Profile,
    candidate: Profile,
    config: MatchConfig = DEFAULT_CONFIG,
    agreement: DateAgreement | None = None,
    common: bool = False,
) -> float:
    """The score `compare_profiles` gives, without building its explanation: what ranking
    many candidates needs. `agreement` of the dates of birth may be given if already known;
    `common` says the query's name is common in the list searched (the common-name rule)."""
    if query.kind != candidate.kind:
        return 0.0
    if agreement is None:
        agreement, _ = compare_birth_dates(query.birth_date, candidate.birth_date)
    coarser = _coarser(query, candidate)
    similarity = best_similarity(query.forms, candidate.forms)
    # summed in the order of `compare_profiles` and the compiled sum, so that all three agree
    return _clipped(
        config.name_weight * similarity
        + (_birth_date_points(agreement, coarser, config, _near(similarity)) or 0.0)
        + ((_common_name_points(agreement, coarser, config) or 0.0) if common else 0.0)
        + (_gender_points(query, candidate, config) or 0.0)
        + (_nationality_points(query, candidate, config) or 0.0)
        + (_document_points(query, candidate, config) or 0.0)
    )


def score_pairs(
    queries: list[Profile],
    candidates: list[Profile],
    agreements: npt.NDArray[np.int8],
    births: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
    config: MatchConfig = DEFAULT_CONFIG,
    common: npt.NDArray[np.bool_] | None = None,
) -> list[float]:
    """`score_profiles` of each query with the candidate at the same place, whose dates of
    birth agree as `agreements` says (positions in `birth_codes.AGREEMENTS`) and are given as
    `births` (birth codes of the queries' and of the candidates'), and whose query's name is
    common where `common` says so, in compiled code: what ranking a batch needs."""
    if common is None:
        common = np.zeros(len(queries), np.bool_)
    sums = _compiled_sums(
        queries, candidates, agreements, births[0], births[1], common, *_compiled_points(config)
    )
    return [
        score_profiles(query, candidate, config, AGREEMENTS[agreement], is_common)
        if total is None
        else round(total, _DIGITS)
        for query, candidate, agreement, is_common, total in zip(
            queries, candidates, agreements.tolist(), common.tolist(), sums, strict=True
        )
    ]


_FeaturePoints = tuple[float, float, float, float, float, float]


@lru_cache(maxsize=16)
def _compiled_points(
    config: MatchConfig,
) -> tuple[tuple[float, ...], tuple[Gender, Gender], _FeaturePoints]:
    """What the compiled `score_pairs` adds up, from `config`: the points of dates of birth by
    agreement and coarser precision, then in the same order where the names are close but not
    the same, then those of the common-name rule, the known genders, and the other features'
    points."""
    birth_points = tuple(
        points(agreement, precision, config) or 0.0
        for points in (
            _birth_date_points,
            partial(_birth_date_points, near_name=True),
            _common_name_points,
        )
        for agreement in AGREEMENTS
        for precision in PRECISIONS
    )
    points = (
        config.name_weight,
        config.gender_same,
        config.gender_different,
        config.nationality_shared,
        config.nationality_different,
        config.document_same,
    )
    return birth_points, _KNOWN_GENDERS, points


def score_ceilings(query: Profile, config: MatchConfig = DEFAULT_CONFIG) -> tuple[float, ...]:
    """For each date-of-birth agreement (in `DateAgreement` order), the most `score_profiles`
    can give `query` against a candidate whose date of birth agrees so: the same name, and
    every other feature at its best. A candidate below the threshold here is not scored."""
    born = query.birth_date
    return _ceilings(
        config,
        query.gender in _KNOWN_GENDERS,
        bool(query.nationalities),
        bool(query.documents),
        born.precision if born is not None else None,
    )


@lru_cache(maxsize=256)
def _ceilings(
    config: MatchConfig,
    gender: bool,
    nationality: bool,
    document: bool,
    birth_precision: DatePrecision | None,
) -> tuple[float, ...]:
    best = config.name_weight
    best += max(config.gender_same, 0.0) if gender else 0.0
    best += max(config.nationality_shared, 0.0) if nationality else 0.0
    best += max(config.document_same, 0.0) if document else 0.0
    if birth_precision is None:
        return tuple(_clipped(best) for _ in DateAgreement)
    return tuple(
        _clipped(best + _best_birth_date_points(agreement, birth_precision, config))
        for agreement in DateAgreement
    )


def _best_birth_date_points(
    agreement: DateAgreement, precision: DatePrecision, config: MatchConfig
) -> float:
    """The most points dates of birth that agree so give a query known to `precision`, whatever
    the candidate's: a consistent candidate's may be coarser than the query's."""
    possible = (
        PRECISIONS[: PRECISIONS.index(precision) + 1]
        if agreement == DateAgreement.CONSISTENT
        else (precision,)
    )
    return max(_birth_date_points(agreement, coarser, config) or 0.0 for coarser in possible)


def _coarser(query: Profile, candidate: Profile) -> DatePrecision | None:
    """The coarser precision of the two dates of birth, if both are known."""
    if query.birth_date is None or candidate.birth_date is None:
        return None
    return coarser_precision(query.birth_date, candidate.birth_date)


_DIGITS = 4
"""Scores are rounded to this many decimals, so that equal evidence ties exactly."""


def _clipped(total: float) -> float:
    return round(min(1.0, max(0.0, total)), _DIGITS)


def compare_profiles(
    query: Profile, candidate: Profile, config: MatchConfig = DEFAULT_CONFIG, common: bool = False
) -> Match:
    """`compare` on prepared subjects, explained feature by feature; `common` says the query's
    name is common in the list searched (the common-name rule)."""
    if query.kind != candidate.kind:
        kinds = Contribution("kind", f"{query.kind} / {candidate.kind}", 0.0)
        return Match(query.id, candidate.id, 0.0, Decision.NONE, (kinds,))
    similarity = best_alignment(query.forms, candidate.forms)
    parts = [
        _name(similarity, config),
        _birth_date(query, candidate, config, _near(similarity.value)),
        _common_name(query, candidate, config) if common else None,
        _gender(query, candidate, config),
        _nationality(query, candidate, config),
        _document(query, candidate, config),
    ]
    present = [part for part in parts if part is not None]
    score = _clipped(sum(part.points for part in present))
    present.sort(key=lambda part: -abs(part.points))
    return Match(query.id, candidate.id, score, config.decide(score), tuple(present))


def _name(similarity: NameSimilarity, config: MatchConfig) -> Contribution:
    if similarity.value == 0.0:
        return Contribution("name", "no similar names", 0.0)
    points = config.name_weight * similarity.value
    return Contribution("name", f"{similarity.value:.2f} {similarity.describe()}", points)


def _birth_date_points(
    agreement: DateAgreement,
    coarser: DatePrecision | None,
    config: MatchConfig,
    near_name: bool = False,
) -> float | None:
    """Points for dates of birth that agree so, the coarser of the two known to `coarser`;
    `near_name`: the names compared are close but not the same."""
    if agreement is DateAgreement.MISSING:
        return None
    if _year_alone(agreement, coarser):
        if near_name:
            return min(config.birth_year_only, config.year_alone_near_name)
        return config.birth_year_only
    if agreement is DateAgreement.EXACT or agreement is DateAgreement.CONSISTENT:
        assert coarser is not None, "only dates of birth on both sides agree"
        return config.birth_day_exact if coarser is DatePrecision.DAY else config.birth_month_exact
    if agreement is DateAgreement.DIFFERENT:
        return config.birth_date_different
    if agreement is DateAgreement.NEAR:
        return config.birth_year_near
    return config.birth_date_close


def _near(similarity: float) -> bool:
    """Whether names this similar are close but not the same (the year alone does not confirm
    them)."""
    return 0.0 < similarity < 1.0


def _year_alone(agreement: DateAgreement, coarser: DatePrecision | None) -> bool:
    """Whether dates of birth that agree so agree in the year alone: one side or both give no
    more, or they are one digit apart."""
    if agreement is DateAgreement.DIGIT:
        return True
    agrees = agreement is DateAgreement.EXACT or agreement is DateAgreement.CONSISTENT
    return agrees and coarser is DatePrecision.YEAR


def _birth_date(
    query: Profile, candidate: Profile, config: MatchConfig, near_name: bool
) -> Contribution | None:
    agreement, reason = compare_birth_dates(query.birth_date, candidate.birth_date)
    coarser = _coarser(query, candidate)
    points = _birth_date_points(agreement, coarser, config, near_name)
    if points is None:
        return None
    assert query.birth_date is not None and candidate.birth_date is not None
    detail = describe_birth_dates(query.birth_date, candidate.birth_date, reason)
    if near_name and points < config.birth_year_only and _year_alone(agreement, coarser):
        detail += "; the year alone does not confirm a name that is not the same"
    return Contribution("date_of_birth", detail, points)


def _common_name_points(
    agreement: DateAgreement, coarser: DatePrecision | None, config: MatchConfig
) -> float | None:
    """Points of the common-name rule, for a query whose name is common, by how the dates of
    birth agree: none where they agree to the day, the same for any other agreement (so that
    the rule keeps the order the dates of birth give)."""
    agrees = agreement is DateAgreement.EXACT or agreement is DateAgreement.CONSISTENT
    if agrees and coarser is DatePrecision.DAY:
        return None
    return config.common_name or None


def _common_name(query: Profile, candidate: Profile, config: MatchConfig) -> Contribution | None:
    agreement, _ = compare_birth_dates(query.birth_date, candidate.birth_date)
    points = _common_name_points(agreement, _coarser(query, candidate), config)
    if points is None:
        return None
    listed = "persons" if query.kind is SubjectKind.PERSON else "organisations"
    detail = (
        f"at least {config.common_name_listed} listed {listed} carry this name, "
        "and the dates of birth do not single out one"
    )
    return Contribution("common_name", detail, points)


_KNOWN_GENDERS = (Gender.MALE, Gender.FEMALE)


def _gender_points(query: Profile, candidate: Profile, config: MatchConfig) -> float | None:
    if query.gender not in _KNOWN_GENDERS or candidate.gender not in _KNOWN_GENDERS:
        return None
    return config.gender_same if query.gender == candidate.gender else config.gender_different


def _gender(query: Profile, candidate: Profile, config: MatchConfig) -> Contribution | None:
    points = _gender_points(query, candidate, config)
    if points is None:
        return None
    return Contribution("gender", f"{query.gender} / {candidate.gender}", points)


def _nationality_points(query: Profile, candidate: Profile, config: MatchConfig) -> float | None:
    if not query.nationalities or not candidate.nationalities:
        return None
    if query.nationalities & candidate.nationalities:
        return config.nationality_shared
    return config.nationality_different


def _nationality(query: Profile, candidate: Profile, config: MatchConfig) -> Contribution | None:
    points = _nationality_points(query, candidate, config)
    if points is None:
        return None
    shared = query.nationalities & candidate.nationalities
    if shared:
        return Contribution("nationality", ",".join(sorted(shared)), points)
    detail = (
        f"{','.join(sorted(query.nationalities))} / {','.join(sorted(candidate.nationalities))}"
    )
    return Contribution("nationality", detail, points)


def _document_points(query: Profile, candidate: Profile, config: MatchConfig) -> float | None:
    return config.document_same if query.documents & candidate.documents else None


def _document(query: Profile, candidate: Profile, config: MatchConfig) -> Contribution | None:
    points = _document_points(query, candidate, config)
    if points is None:
        return None
    shared = query.documents & candidate.documents
    return Contribution("document", ",".join(sorted(shared)), points)
