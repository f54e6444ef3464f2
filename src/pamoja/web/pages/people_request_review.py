"""People's requests for the secretariat's reviewers: the queue by deadline, and each request
with its steps: take it on, find and link the records concerned, decide with reasons (a granted
deletion removes the records, as `services.people_requests` carries it out)."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from pamoja.api.deps import ServicesDep
from pamoja.api.schemas.fields import StoredIdPath
from pamoja.model.notices import PEOPLE_REQUEST_DECIDED, PeopleRequestStatus
from pamoja.services.errors import FieldError, InvalidInput
from pamoja.services.people_requests import DecisionOutcome
from pamoja.web.field_errors import by_field
from pamoja.web.form_ids import stored_id
from pamoja.web.session import FormSessionDep, PageSession, SessionDep
from pamoja.web.templating import render

router = APIRouter()

DECISIONS = sorted(PEOPLE_REQUEST_DECIDED, key=list(PeopleRequestStatus).index)
CHOOSE_FROM_LIST = "choose records from the list"
MAX_SEARCH = 200
"""Longest search for a request's records, as on the records page and the API."""


@router.get("/people-requests", name="people_request_queue")
def people_request_queue(request: Request, session: SessionDep, services: ServicesDep) -> Response:
    """Context: `requests` (views, the earliest deadline first) and `include_decided`."""
    include_decided = request.query_params.get("decided") == "1"
    views = services.people_requests.queue(session.actor, include_decided=include_decided)
    return render(
        request,
        "people_requests/queue.html",
        session,
        requests=views,
        include_decided=include_decided,
    )


@router.get("/people-requests/{request_id:int}", name="people_request")
def people_request_detail(
    request: Request, request_id: StoredIdPath, session: SessionDep, services: ServicesDep
) -> Response:
    """Context: `view`, `found` (records matching `?find=`, or the requester's name when
    `find` is given empty; None when not searched), `searched`, `errors`, `outcome`."""
    searched = request.query_params.get("find")
    if searched is not None and len(searched) > MAX_SEARCH:
        errors = [FieldError("find", f"at most {MAX_SEARCH} characters")]
        return _detail_page(request, session, services, request_id, errors=errors)
    return _detail_page(request, session, services, request_id, searched=searched)


@router.post("/people-requests/{request_id:int}/take")
def take_people_request(
    request_id: StoredIdPath, session: FormSessionDep, services: ServicesDep
) -> Response:
    services.people_requests.take(session.actor, request_id)
    return RedirectResponse(f"/people-requests/{request_id}", status_code=303)


@router.post("/people-requests/{request_id:int}/records")
async def link_people_request_records(
    request: Request, request_id: StoredIdPath, session: FormSessionDep, services: ServicesDep
) -> Response:
    form = await request.form()
    chosen = _chosen_ids(form.getlist("record_id"))
    if chosen is None:
        errors = [FieldError("record_ids", CHOOSE_FROM_LIST)]
        return _detail_page(request, session, services, request_id, errors=errors)
    try:
        services.people_requests.link_records(session.actor, request_id, chosen)
    except InvalidInput as error:
        return _detail_page(request, session, services, request_id, errors=error.errors)
    return RedirectResponse(f"/people-requests/{request_id}", status_code=303)


@router.post("/people-requests/{request_id:int}/decision")
async def decide_people_request(
    request: Request, request_id: StoredIdPath, session: FormSessionDep, services: ServicesDep
) -> Response:
    """The request with what the decision removed (200), or with what is wrong (422)."""
    form = await request.form()
    to_delete = _chosen_ids(form.getlist("delete_record_id"))
    errors: list[FieldError] = []
    try:
        decision = PeopleRequestStatus(str(form.get("decision", "")))
    except ValueError:
        errors.append(FieldError("decision", "choose a decision"))
    if to_delete is None:
        errors.append(FieldError("delete_record_ids", CHOOSE_FROM_LIST))
    if errors or to_delete is None:
        return _detail_page(request, session, services, request_id, errors=errors)
    try:
        outcome = services.people_requests.decide(
            session.actor,
            request_id,
            decision,
            reasons=str(form.get("reasons", "")),
            delete_record_ids=to_delete,
        )
    except InvalidInput as error:
        return _detail_page(request, session, services, request_id, errors=error.errors)
    return _detail_page(request, session, services, request_id, outcome=outcome)


def _chosen_ids(values: Sequence[object]) -> list[int] | None:
    """The record ids ticked on the page, or None if any is not one."""
    ids = [stored_id(value) if isinstance(value, str) else None for value in values]
    return [i for i in ids if i is not None] if None not in ids else None


def _detail_page(
    request: Request,
    session: PageSession,
    services: ServicesDep,
    request_id: int,
    *,
    searched: str | None = None,
    errors: list[FieldError] | None = None,
    outcome: DecisionOutcome | None = None,
) -> Response:
    rights = services.people_requests
    view = outcome.view if outcome else rights.get(session.actor, request_id)
    found = None
    if searched is not None:
        found = rights.find_records(session.actor, request_id, text=searched or None)
    return render(
        request,
        "people_requests/detail.html",
        session,
        status_code=422 if errors else 200,
        view=view,
        decided=view.request.status in PEOPLE_REQUEST_DECIDED,
        decisions=DECISIONS,
        found=found,
        searched=searched,
        errors=by_field(errors or []),
        outcome=outcome,
    )
