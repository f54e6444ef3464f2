"""Public notice pages, open to anyone: the Red (wanted) and Yellow (missing) notices whose
requesting member consented to a public extract, with a name search. Only the extract is shown."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pamoja.api.deps import ServicesDep
from pamoja.formats.public_notice import (
    InvalidQuery,
    parse_query,
    reference_from_notice_id,
)
from pamoja.model.notices import InvalidNoticeValue, NoticeType
from pamoja.services.errors import InvalidInput, NotFound
from pamoja.web.templating import render

router = APIRouter()

PUBLIC_PAGES = {"wanted": NoticeType.RED, "missing": NoticeType.YELLOW}
TITLES = {NoticeType.RED: "Wanted persons", NoticeType.YELLOW: "Missing persons"}


@router.get("/public/{kind}", name="public_notices")
def public_notice_list(request: Request, kind: str, services: ServicesDep) -> Response:
    """Context: `notice_type`, `title`, `page` (a `PublicNoticePage`), `searched_name`."""
    notice_type = _type_of(kind)
    name = request.query_params.get("name", "").strip()
    try:
        query = parse_query(notice_type, {"name": name, "resultPerPage": "50"})
    except InvalidQuery as error:
        raise InvalidInput.one("name", str(error)) from error
    page = services.notices.public_notices(query)
    return render(
        request,
        "public/list.html",
        None,
        notice_type=notice_type,
        kind=kind,
        title=TITLES[notice_type],
        page=page,
        searched_name=name,
    )


@router.get("/public/{kind}/{notice_id}", name="public_notice")
def public_notice_detail(
    request: Request, kind: str, notice_id: str, services: ServicesDep
) -> Response:
    """Context: `notice` (the `PublicNotice` extract) and `title`."""
    notice_type = _type_of(kind)
    try:
        reference = reference_from_notice_id(notice_id)
    except InvalidNoticeValue as error:
        raise NotFound(str(error)) from error
    notice = services.notices.public_notice(notice_type, reference)
    return render(
        request, "public/detail.html", None, notice=notice, kind=kind, title=TITLES[notice_type]
    )


def _type_of(kind: str) -> NoticeType:
    notice_type = PUBLIC_PAGES.get(kind)
    if notice_type is None:
        raise NotFound(f"there are no public pages for {kind!r}: see /public/wanted")
    return notice_type
