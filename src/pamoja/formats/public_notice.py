"""Public extracts of Red and Yellow notices, in the shape of INTERPOL's public notices API.

Served without login at `/notices/v1/red`, `/notices/v1/red/{notice_id}` and the same under
`yellow`, so that clients written for INTERPOL's API work unchanged: the same query parameters
(`forename, name, nationality, ageMin, ageMax, sexId, arrestWarrantCountryId, freeText, page,
resultPerPage`), the same list answer (`total, query, _embedded.notices, _links`) and the same
item fields, with alpha-2 country codes and dates as `YYYY/MM/DD`.

A `PublicNotice` holds only the public extract, so nothing else can be written out. Searching is
a pure function over such values; a server may run the same filter in SQL instead.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from pamoja.model.countries import UnknownCountry, to_alpha2, to_alpha3
from pamoja.model.dates import PartialDate
from pamoja.model.notices import InvalidNoticeValue, NoticeReference, NoticeType
from pamoja.model.records import Gender, NameKind, PersonDetails
from pamoja.policy.keyword_match import fold

PUBLIC_TYPES: frozenset[NoticeType] = frozenset({NoticeType.RED, NoticeType.YELLOW})
"""The only notice types with a public extract."""
DEFAULT_RESULTS_PER_PAGE = 20
MAX_RESULTS_PER_PAGE = 160
"""INTERPOL's API serves at most 160 notices a page; clients rely on it."""
MAX_AGE = 120
_MAX_TEXT = 200
_SEX_IDS = {Gender.MALE: "M", Gender.FEMALE: "F"}


class NotAPublicType(ValueError):
    """A notice type that has no public extract."""


@dataclass(frozen=True, slots=True)
class PublicArrestWarrant:
    """A charge as the public extract of a Red notice states it."""

    issuing_country: str
    """Alpha-3 code, stored as everywhere in Pamoja; written out as alpha-2."""
    charge: str
    charge_translation: str | None = None


@dataclass(frozen=True, slots=True)
class PublicNotice:
    """The public extract of a Red or Yellow notice the requesting member agreed to publish."""

    notice_type: NoticeType
    reference: NoticeReference
    name: str
    forename: str | None = None
    date_of_birth: PartialDate | None = None
    sex: Gender = Gender.UNKNOWN
    nationalities: tuple[str, ...] = ()
    """Alpha-3 codes."""
    country_of_birth: str | None = None
    """Alpha-3 code."""
    place_of_birth: str | None = None
    arrest_warrants: tuple[PublicArrestWarrant, ...] = ()
    image_ids: tuple[str, ...] = ()
    """Published photos; the first is the thumbnail."""

    def __post_init__(self) -> None:
        if self.notice_type not in PUBLIC_TYPES:
            raise NotAPublicType(
                f"{self.notice_type} notices have no public extract; only red and yellow do"
            )

    @property
    def entity_id(self) -> str:
        return str(self.reference)


def public_notice_from_person(
    notice_type: NoticeType,
    reference: NoticeReference,
    person: PersonDetails,
    arrest_warrants: tuple[PublicArrestWarrant, ...] = (),
    image_ids: tuple[str, ...] = (),
) -> PublicNotice:
    """The public extract of a notice about `person`: primary name, birth, sex, nationalities."""
    primary = next((n for n in person.names if n.kind is NameKind.PRIMARY), None)
    primary = primary or (person.names[0] if person.names else None)
    forename = primary.given_name if primary else None
    name = (primary.family_name or primary.full_name) if primary else ""
    return PublicNotice(
        notice_type=notice_type,
        reference=reference,
        name=name,
        forename=forename,
        date_of_birth=person.date_of_birth,
        sex=person.gender,
        nationalities=person.nationalities,
        country_of_birth=person.country_of_birth,
        place_of_birth=person.place_of_birth,
        arrest_warrants=arrest_warrants if notice_type is NoticeType.RED else (),
        image_ids=image_ids,
    )


def format_date_of_birth(value: PartialDate) -> str:
    """`YYYY/MM/DD`, keeping the precision: `YYYY/MM` or `YYYY` when less is known."""
    return value.isoformat().replace("-", "/")


def sex_id(gender: Gender) -> str:
    """`M`, `F` or `U` (unknown, and anything else)."""
    return _SEX_IDS.get(gender, "U")


def notice_path(notice_type: NoticeType, reference: NoticeReference) -> str:
    """`/notices/v1/red/2026-1234`."""
    return f"/notices/v1/{notice_type.value}/{reference.url_form}"


def reference_from_notice_id(notice_id: str) -> NoticeReference:
    """The reference a URL's `{notice_id}` (`2026-1234`) names; InvalidNoticeValue otherwise."""
    if "-" not in notice_id:
        raise InvalidNoticeValue(f"{notice_id!r} is not a notice id; expected YEAR-NUMBER")
    return NoticeReference.parse(notice_id)


def _links(notice: PublicNotice, base_url: str) -> dict[str, dict[str, str]]:
    own = base_url.rstrip("/") + notice_path(notice.notice_type, notice.reference)
    links = {"self": {"href": own}, "images": {"href": f"{own}/images"}}
    if notice.image_ids:
        links["thumbnail"] = {"href": f"{own}/images/{notice.image_ids[0]}"}
    return links


def _alpha2(codes: Iterable[str]) -> list[str]:
    return [to_alpha2(code) for code in codes]


def notice_summary(notice: PublicNotice, base_url: str) -> dict[str, Any]:
    """A notice as listed: names, date of birth, nationalities, entity id and links."""
    return {
        "forename": notice.forename,
        "date_of_birth": _date(notice),
        "entity_id": notice.entity_id,
        "nationalities": _alpha2(notice.nationalities),
        "name": notice.name,
        "_links": _links(notice, base_url),
    }


def notice_detail(notice: PublicNotice, base_url: str) -> dict[str, Any]:
    """A notice's detail page: the whole public extract; Red ones with their arrest warrants."""
    detail: dict[str, Any] = {
        "forename": notice.forename,
        "name": notice.name,
        "date_of_birth": _date(notice),
        "entity_id": notice.entity_id,
        "nationalities": _alpha2(notice.nationalities),
        "sex_id": sex_id(notice.sex),
        "country_of_birth_id": to_alpha2(notice.country_of_birth)
        if notice.country_of_birth
        else None,
        "place_of_birth": notice.place_of_birth,
    }
    if notice.notice_type is NoticeType.RED:
        detail["arrest_warrants"] = [
            {
                "issuing_country_id": to_alpha2(warrant.issuing_country),
                "charge": warrant.charge,
                "charge_translation": warrant.charge_translation,
            }
            for warrant in notice.arrest_warrants
        ]
    detail["_links"] = _links(notice, base_url)
    return detail


def _date(notice: PublicNotice) -> str | None:
    return format_date_of_birth(notice.date_of_birth) if notice.date_of_birth else None


class InvalidQuery(ValueError):
    """A query parameter that cannot be used; names the parameter."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        super().__init__(f"query parameter {parameter}: {message}")


@dataclass(frozen=True, slots=True)
class PublicNoticeQuery:
    """The typed form of a public notices query; countries as alpha-3."""

    notice_type: NoticeType
    forename: str | None = None
    name: str | None = None
    nationality: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    sex_id: str | None = None
    arrest_warrant_country: str | None = None
    free_text: str | None = None
    page: int = 1
    results_per_page: int = DEFAULT_RESULTS_PER_PAGE

    def as_params(self) -> dict[str, str | int]:
        """The query in the API's own parameter names, as echoed in answers and links."""
        params: dict[str, str | int] = {}
        for key, value in (
            ("forename", self.forename),
            ("name", self.name),
            ("nationality", to_alpha2(self.nationality) if self.nationality else None),
            ("ageMin", self.age_min),
            ("ageMax", self.age_max),
            ("sexId", self.sex_id),
            (
                "arrestWarrantCountryId",
                to_alpha2(self.arrest_warrant_country) if self.arrest_warrant_country else None,
            ),
            ("freeText", self.free_text),
        ):
            if value is not None:
                params[key] = value
        params["page"] = self.page
        params["resultPerPage"] = self.results_per_page
        return params


def parse_query(notice_type: NoticeType, params: Mapping[str, str]) -> PublicNoticeQuery:
    """Read the query parameters of `/notices/v1/{red|yellow}`; empty values mean no filter,
    unknown parameters are ignored (as INTERPOL's API does)."""
    if notice_type not in PUBLIC_TYPES:
        raise NotAPublicType(f"{notice_type} notices have no public list; only red and yellow")
    values = {key: value.strip() for key, value in params.items() if value and value.strip()}
    if notice_type is not NoticeType.RED and "arrestWarrantCountryId" in values:
        raise InvalidQuery("arrestWarrantCountryId", "applies to red notices only")
    age_min = _integer(values, "ageMin", 0, MAX_AGE)
    age_max = _integer(values, "ageMax", 0, MAX_AGE)
    if age_min is not None and age_max is not None and age_min > age_max:
        raise InvalidQuery("ageMin", f"{age_min} is above ageMax {age_max}")
    sex = values.get("sexId")
    if sex is not None and sex.upper() not in {"M", "F", "U"}:
        raise InvalidQuery("sexId", f"{sex!r} is not one of M, F, U")
    return PublicNoticeQuery(
        notice_type=notice_type,
        forename=_text(values, "forename"),
        name=_text(values, "name"),
        nationality=_country(values, "nationality"),
        age_min=age_min,
        age_max=age_max,
        sex_id=sex.upper() if sex else None,
        arrest_warrant_country=_country(values, "arrestWarrantCountryId"),
        free_text=_text(values, "freeText"),
        page=_integer(values, "page", 1, None) or 1,
        results_per_page=_integer(values, "resultPerPage", 1, MAX_RESULTS_PER_PAGE)
        or DEFAULT_RESULTS_PER_PAGE,
    )


def _text(values: Mapping[str, str], key: str) -> str | None:
    value = values.get(key)
    if value is not None and len(value) > _MAX_TEXT:
        raise InvalidQuery(key, f"longer than {_MAX_TEXT} characters")
    return value


def _integer(values: Mapping[str, str], key: str, low: int, high: int | None) -> int | None:
    text = values.get(key)
    if text is None:
        return None
    if not text.isascii() or not text.isdigit():
        raise InvalidQuery(key, f"{text!r} is not a whole number")
    number = int(text)
    if number < low or (high is not None and number > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise InvalidQuery(key, f"{number} must be {bounds}")
    return number


def _country(values: Mapping[str, str], key: str) -> str | None:
    text = values.get(key)
    if text is None:
        return None
    if len(text) not in (2, 3) or not text.isalpha():
        raise InvalidQuery(key, f"{text!r} is not a country code; use ISO 3166-1 alpha-2, e.g. KE")
    try:
        return to_alpha3(text)
    except UnknownCountry:
        raise InvalidQuery(key, f"{text!r} is not a known country code") from None


@dataclass(frozen=True, slots=True)
class PublicNoticePage:
    """One page of search results and how many notices matched in all."""

    total: int
    notices: tuple[PublicNotice, ...] = field(default_factory=tuple)


def possible_ages(born: PartialDate, today: date) -> tuple[int, int]:
    """The youngest and oldest a person born on `born` (of any precision) can be `today`."""
    oldest = born.age_on(today)
    month = born.month or 12
    day = born.day or calendar.monthrange(born.year, month)[1]
    youngest = today.year - born.year - ((today.month, today.day) < (month, day))
    return youngest, oldest


def matches(notice: PublicNotice, query: PublicNoticeQuery, today: date) -> bool:
    """Whether a notice meets every filter of the query."""
    if notice.notice_type is not query.notice_type:
        return False
    if query.forename and fold(query.forename) not in fold(notice.forename or ""):
        return False
    if query.name and fold(query.name) not in fold(notice.name):
        return False
    if query.nationality and query.nationality not in notice.nationalities:
        return False
    if query.sex_id and sex_id(notice.sex) != query.sex_id:
        return False
    if query.arrest_warrant_country and all(
        w.issuing_country != query.arrest_warrant_country for w in notice.arrest_warrants
    ):
        return False
    if (query.age_min is not None or query.age_max is not None) and not _age_fits(
        notice, query, today
    ):
        return False
    return not query.free_text or _free_text_fits(notice, query.free_text)


def _age_fits(notice: PublicNotice, query: PublicNoticeQuery, today: date) -> bool:
    if notice.date_of_birth is None:
        return False
    youngest, oldest = possible_ages(notice.date_of_birth, today)
    low = query.age_min if query.age_min is not None else 0
    high = query.age_max if query.age_max is not None else MAX_AGE
    return youngest <= high and oldest >= low


def _free_text_fits(notice: PublicNotice, free_text: str) -> bool:
    parts = [notice.forename or "", notice.name, notice.place_of_birth or ""]
    for warrant in notice.arrest_warrants:
        parts += [warrant.charge, warrant.charge_translation or ""]
    haystack = fold(" ".join(parts))
    return all(word in haystack for word in fold(free_text).split())


def search(
    notices: Iterable[PublicNotice], query: PublicNoticeQuery, today: date
) -> PublicNoticePage:
    """The query's page of matching notices, newest reference first."""
    found = sorted(
        (notice for notice in notices if matches(notice, query, today)),
        key=lambda notice: notice.reference,
        reverse=True,
    )
    start = (query.page - 1) * query.results_per_page
    return PublicNoticePage(len(found), tuple(found[start : start + query.results_per_page]))


def last_page(total: int, results_per_page: int) -> int:
    return max(1, math.ceil(total / results_per_page))


def notice_list(page: PublicNoticePage, query: PublicNoticeQuery, base_url: str) -> dict[str, Any]:
    """The list answer: `{total, query, _embedded: {notices}, _links: {self, first, last, next}}`;
    `next` only when there is a further page."""
    list_url = f"{base_url.rstrip('/')}/notices/v1/{query.notice_type.value}"
    params = query.as_params()

    def href(page_number: int) -> dict[str, str]:
        return {"href": f"{list_url}?{urlencode(params | {'page': page_number})}"}

    final = last_page(page.total, query.results_per_page)
    links = {"self": href(query.page), "first": href(1), "last": href(final)}
    if query.page < final:
        links["next"] = href(query.page + 1)
    return {
        "total": page.total,
        "query": params,
        "_embedded": {"notices": [notice_summary(n, base_url) for n in page.notices]},
        "_links": links,
    }
