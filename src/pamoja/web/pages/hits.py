"""The hits inbox of a requesting bureau, and one hit: what to do, the query, score and
explanation, its history, and a form to move it along new → confirmed / not the person →
action taken → closed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from pamoja.api.deps import ServicesDep
from pamoja.api.schemas.fields import StoredIdPath
from pamoja.model.notices import HitOutcome, HitStatus
from pamoja.services.errors import Conflict, InvalidInput
from pamoja.services.wiring import Services
from pamoja.web.session import FormSessionDep, PageSession, SessionDep
from pamoja.web.templating import render

router = APIRouter()


@router.get("/hits", name="hits_inbox")
def hits_inbox(request: Request, session: SessionDep, services: ServicesDep) -> Response:
    """Context: `hits` (a `Page` of the bureau's hits, newest first) and `counts` (unread and
    by status)."""
    hits = services.hits.inbox(session.actor)
    counts = services.hits.inbox_counts(session.actor)
    return render(request, "hits/inbox.html", session, hits=hits, counts=counts)


@router.get("/hits/{hit_id:int}", name="hit")
def hit_detail(
    request: Request, hit_id: StoredIdPath, session: SessionDep, services: ServicesDep
) -> Response:
    return _detail_page(request, session, services, hit_id, "")


@router.post("/hits/{hit_id:int}")
async def advance_hit(
    request: Request, hit_id: StoredIdPath, session: FormSessionDep, services: ServicesDep
) -> Response:
    form = await request.form()
    note = str(form.get("note", ""))
    try:
        target = HitStatus(str(form.get("status", "")))
    except ValueError:
        return _detail_page(request, session, services, hit_id, "choose the next step", 422)
    outcome_text = str(form.get("outcome", ""))
    outcome: HitOutcome | None = None
    if outcome_text:
        try:
            outcome = HitOutcome(outcome_text)
        except ValueError:
            return _detail_page(request, session, services, hit_id, "choose an outcome", 422)
    try:
        services.hits.advance(session.actor, hit_id, target, outcome, note)
    except (Conflict, InvalidInput) as error:
        return _detail_page(request, session, services, hit_id, error.message, 422)
    return RedirectResponse(f"/hits/{hit_id}", status_code=303)


def _detail_page(
    request: Request,
    session: PageSession,
    services: Services,
    hit_id: int,
    problem: str,
    status_code: int = 200,
) -> Response:
    """Context: `detail` (the `HitDetail`), `next_statuses` (in lifecycle order), `outcomes`,
    and `problem` (why the last step failed)."""
    detail = services.hits.get(session.actor, hit_id)
    next_statuses = [status for status in HitStatus if status in detail.next_statuses]
    return render(
        request,
        "hits/detail.html",
        session,
        status_code=status_code,
        detail=detail,
        next_statuses=next_statuses,
        outcomes=list(HitOutcome),
        problem=problem,
    )
