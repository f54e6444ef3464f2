"""Public extracts of Red and Yellow notices, without login, shaped like INTERPOL's public API.

`GET /notices/v1/red`, `/notices/v1/red/{notice_id}` (`2026-1234`) and the same under `yellow`.
Only notices that are published and whose requesting member consented appear, and only the
fields of their public extract (`pamoja.formats.public_notice` writes nothing else).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from pamoja.api.deps import ServicesDep
from pamoja.formats.public_notice import (
    InvalidQuery,
    notice_detail,
    notice_list,
    parse_query,
    reference_from_notice_id,
)
from pamoja.model.notices import InvalidNoticeValue, NoticeType
from pamoja.services.errors import InvalidInput

PUBLIC_PREFIX = "/notices/v1"

router = APIRouter(prefix=PUBLIC_PREFIX, tags=["public notices"])

QueryText = Annotated[str | None, Query(max_length=200)]
QueryCode = Annotated[str | None, Query(max_length=3)]
QueryNumber = Annotated[str | None, Query(max_length=10, description="A whole number.")]
NoticeIdPath = Annotated[
    str, Path(max_length=20, description="The notice's reference in URL form: 2026-1234.")
]


class PublicNoticesQuery:
    """INTERPOL's query parameters, declared for the OpenAPI document; read by `parse_query`."""

    def __init__(
        self,
        forename: QueryText = None,
        name: QueryText = None,
        nationality: QueryCode = None,
        age_min: Annotated[str | None, Query(alias="ageMin", max_length=10)] = None,
        age_max: Annotated[str | None, Query(alias="ageMax", max_length=10)] = None,
        sex_id: Annotated[str | None, Query(alias="sexId", max_length=1)] = None,
        arrest_warrant_country_id: Annotated[
            str | None, Query(alias="arrestWarrantCountryId", max_length=3)
        ] = None,
        free_text: Annotated[str | None, Query(alias="freeText", max_length=200)] = None,
        page: QueryNumber = None,
        result_per_page: Annotated[str | None, Query(alias="resultPerPage", max_length=10)] = None,
    ) -> None:
        given = {
            "forename": forename,
            "name": name,
            "nationality": nationality,
            "ageMin": age_min,
            "ageMax": age_max,
            "sexId": sex_id,
            "arrestWarrantCountryId": arrest_warrant_country_id,
            "freeText": free_text,
            "page": page,
            "resultPerPage": result_per_page,
        }
        self.params = {key: value for key, value in given.items() if value is not None}


def _list(
    notice_type: NoticeType, request: Request, services: ServicesDep, query: PublicNoticesQuery
) -> JSONResponse:
    try:
        parsed = parse_query(notice_type, query.params)
    except InvalidQuery as error:
        raise InvalidInput.one(error.parameter, str(error)) from error
    page = services.notices.public_notices(parsed)
    return JSONResponse(notice_list(page, parsed, str(request.base_url)))


def _detail(
    notice_type: NoticeType, notice_id: str, request: Request, services: ServicesDep
) -> JSONResponse:
    try:
        reference = reference_from_notice_id(notice_id)
    except InvalidNoticeValue as error:
        raise InvalidInput.one("notice_id", str(error)) from error
    notice = services.notices.public_notice(notice_type, reference)
    return JSONResponse(notice_detail(notice, str(request.base_url)))


LIST_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"description": "`{total, query, _embedded: {notices}, _links}` as INTERPOL's API."}
}
DETAIL_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"description": "The public extract of one notice, as INTERPOL's API."}
}


@router.get("/red", responses=LIST_ANSWER)
def red_notices(
    request: Request, services: ServicesDep, query: Annotated[PublicNoticesQuery, Depends()]
) -> JSONResponse:
    """Published Red notices whose requesting member consented to a public extract."""
    return _list(NoticeType.RED, request, services, query)


@router.get("/red/{notice_id}", responses=DETAIL_ANSWER)
def red_notice(notice_id: NoticeIdPath, request: Request, services: ServicesDep) -> JSONResponse:
    """One Red notice's public extract, with its arrest warrants."""
    return _detail(NoticeType.RED, notice_id, request, services)


@router.get("/yellow", responses=LIST_ANSWER)
def yellow_notices(
    request: Request, services: ServicesDep, query: Annotated[PublicNoticesQuery, Depends()]
) -> JSONResponse:
    """Published Yellow notices whose requesting member consented to a public extract."""
    return _list(NoticeType.YELLOW, request, services, query)


@router.get("/yellow/{notice_id}", responses=DETAIL_ANSWER)
def yellow_notice(notice_id: NoticeIdPath, request: Request, services: ServicesDep) -> JSONResponse:
    """One Yellow notice's public extract."""
    return _detail(NoticeType.YELLOW, notice_id, request, services)
