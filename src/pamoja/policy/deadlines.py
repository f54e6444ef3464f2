"""Time limits as data (`rules/deadlines-VERSION.json`): how long notices and diffusions stay
valid, and the statutory deadline for answering people's requests about data held on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pamoja.model.notices import (
    PEOPLE_REQUEST_DECIDED,
    NoticeKind,
    PeopleRequestKind,
    PeopleRequestStatus,
)
from pamoja.policy.rule_files import RuleFileError, parse_json, read_packaged, require

RULE_FILE = "deadlines"


@dataclass(frozen=True, slots=True)
class Deadlines:
    version: str
    notice_validity_years: int
    diffusion_validity_years: int
    people_request_days: dict[PeopleRequestKind, int]
    source: str = ""


def load_deadlines(version: str | None = None) -> Deadlines:
    """The packaged time limits: the given version, or the newest."""
    data, source = read_packaged(RULE_FILE, version)
    return parse_deadlines(data, source)


def parse_deadlines_text(text: str, source: str) -> Deadlines:
    return parse_deadlines(parse_json(text, source), source)


def parse_deadlines(data: dict[str, Any], source: str) -> Deadlines:
    """Validate a parsed deadlines file; `source` names it in errors."""
    known = {
        "version",
        "description",
        "notice_validity_years",
        "diffusion_validity_years",
        "people_request_days",
    }
    unknown = set(data) - known
    if unknown:
        raise RuleFileError(source, f"unknown top-level field(s): {', '.join(sorted(unknown))}")
    days_by_name = require(data, "people_request_days", dict, source, None)
    days: dict[PeopleRequestKind, int] = {}
    for kind in PeopleRequestKind:
        if kind.value not in days_by_name:
            raise RuleFileError(source, f'field "people_request_days.{kind.value}" is missing')
        days[kind] = _positive(days_by_name, kind.value, source, "people_request_days.")
    extra = set(days_by_name) - {kind.value for kind in PeopleRequestKind}
    if extra:
        raise RuleFileError(
            source, f'field "people_request_days" has unknown kind(s): {", ".join(sorted(extra))}'
        )
    return Deadlines(
        version=str(data["version"]),
        notice_validity_years=_positive(data, "notice_validity_years", source),
        diffusion_validity_years=_positive(data, "diffusion_validity_years", source),
        people_request_days=days,
        source=source,
    )


def _positive(data: dict[str, Any], key: str, source: str, prefix: str = "") -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RuleFileError(source, f'field "{prefix}{key}" must be a whole number of at least 1')
    return value


def _add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a year that has none
        return start.replace(year=start.year + years, day=28)


def valid_until(kind: NoticeKind, since: date, deadlines: Deadlines) -> date:
    """The last day a notice (published, or last extended, on `since`) or diffusion is valid."""
    years = (
        deadlines.notice_validity_years
        if kind is NoticeKind.NOTICE
        else deadlines.diffusion_validity_years
    )
    return _add_years(since, years) - timedelta(days=1)


def is_expired(valid_until_day: date, today: date) -> bool:
    """Whether validity ended before `today`."""
    return today > valid_until_day


def people_request_due_on(kind: PeopleRequestKind, received_on: date, deadlines: Deadlines) -> date:
    """The statutory day by which a people's request must be decided."""
    return received_on + timedelta(days=deadlines.people_request_days[kind])


def is_overdue(due_on: date, status: PeopleRequestStatus, today: date) -> bool:
    """Whether an undecided people's request has passed its deadline."""
    return status not in PEOPLE_REQUEST_DECIDED and today > due_on
