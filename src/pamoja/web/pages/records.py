"""Record search and record detail: what the gate lets the user see, and hit-only stubs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pamoja.api.schemas.fields import StoredIdPath
from pamoja.model.audit import Purpose
from pamoja.model.record_views import FullRecord, Page, RecordFilter, RecordView
from pamoja.model.records import RecordKind
from pamoja.services.errors import FieldError, InvalidInput
from pamoja.services.records import RecordService
from pamoja.web.session import PlatformDep, SessionDep
from pamoja.web.templating import render

router = APIRouter()

PER_PAGE = 25
MAX_TEXT = 200

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class SearchForm:
    """What the user typed, kept as typed so the form can be shown again."""

    text: str = ""
    kind: str = ""
    purpose: str = ""

    def query(self, page: int) -> str:
        values = {"text": self.text, "kind": self.kind, "purpose": self.purpose}
        return urlencode({**{k: v for k, v in values.items() if v}, "page": page})


@router.get("/records", name="search_records")
def search_records(
    request: Request,
    session: SessionDep,
    platform: PlatformDep,
    text: str = "",
    kind: str = "",
    purpose: str = "",
    page: int = 1,
) -> Response:
    """Context: `form` (SearchForm), `searched`, `results` (a Page of FullRecord | HitStub, or
    None), `errors` (FieldErrors), `kinds`, `purposes`, `previous_query`, `next_query`."""
    form = SearchForm(text.strip(), kind, purpose)
    searched = bool(request.query_params)
    results: Page[RecordView] | None = None
    errors: list[FieldError] = []
    if searched:
        try:
            flt = RecordFilter(
                kind=_choice(RecordKind, kind, "kind"), text=_text(form.text) or None
            )
            results = RecordService(platform).find(
                session.actor,
                flt,
                purpose=_choice(Purpose, purpose, "purpose"),
                page=page,
                per_page=PER_PAGE,
            )
        except InvalidInput as error:
            errors = error.errors
    return render(
        request,
        "records/search.html",
        session,
        status_code=422 if errors else 200,
        form=form,
        searched=searched,
        results=results,
        errors=errors,
        kinds=list(RecordKind),
        purposes=list(Purpose),
        previous_query=form.query(page - 1) if results and page > 1 else None,
        next_query=form.query(page + 1) if results and page < results.pages else None,
    )


@router.get("/records/{record_id:int}", name="record_detail")
def record_detail(
    request: Request,
    record_id: StoredIdPath,
    session: SessionDep,
    platform: PlatformDep,
    purpose: str = "",
) -> Response:
    """A record the user may read in full (`records/detail.html`, context `record`), or the
    hit-only stub of one outside their scope (`records/stub.html`, context `stub`)."""
    reason = _choice(Purpose, purpose, "purpose")
    view = RecordService(platform).get(
        session.actor, record_id, purpose=reason.value if reason else None
    )
    if isinstance(view, FullRecord):
        return render(request, "records/detail.html", session, record=view, purpose=reason)
    return render(request, "records/stub.html", session, stub=view)


def _choice(enum: type[E], value: str, field: str) -> E | None:
    """The member of `enum` named by a select's value; empty means none chosen."""
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise InvalidInput.one(field, f"{value!r} is not one of: {choices}") from None


def _text(value: str) -> str:
    if len(value) > MAX_TEXT:
        raise InvalidInput.one("text", f"search text is limited to {MAX_TEXT} characters")
    return value
