"""The home page of the user's bureau: who the bureau is, what it holds, what it recorded last."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pamoja.model.record_views import RecordFilter
from pamoja.model.records import RecordKind
from pamoja.services.records import RecordService
from pamoja.web.session import PlatformDep, SessionDep
from pamoja.web.templating import render

router = APIRouter()

RECENT = 10


@router.get("/", name="home")
def home(request: Request, session: SessionDep, platform: PlatformDep) -> Response:
    """Context: `bureau`, `counts` (kind → records the user may read), `total`, `recent`."""
    records = RecordService(platform)
    own = session.bureau.id
    counts = {
        kind: records.find(
            session.actor, RecordFilter(kind=kind, owner_bureau_id=own), per_page=1
        ).total
        for kind in RecordKind
    }
    recent = records.find(session.actor, RecordFilter(owner_bureau_id=own), per_page=RECENT)
    return render(
        request,
        "home.html",
        session,
        bureau=session.bureau,
        counts=counts,
        total=recent.total,
        recent=list(recent.items),
    )
