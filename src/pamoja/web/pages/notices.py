"""Notice requests in the browser: the bureau's requests, the drafting form, one request with its
pre-check findings, history and the steps the reader may take, and the reviewers' queue.

The pages live under `/notice-requests` and `/review-queue`: `/notices` is the public API.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from pamoja.api.deps import ServicesDep
from pamoja.api.schemas.fields import StoredIdPath
from pamoja.model.notices import (
    AssetLink,
    InvalidNoticeValue,
    JudicialReference,
    JudicialReferenceKind,
    NoticeKind,
    NoticeType,
    Offence,
    RedPurpose,
)
from pamoja.policy.notice_workflow import NoticeAction
from pamoja.services.errors import FieldError, InvalidInput, NotFound
from pamoja.services.wiring import Services
from pamoja.store.notice_views import NoticeContent
from pamoja.web.field_errors import by_field, last_part
from pamoja.web.form_ids import stored_id
from pamoja.web.session import FormSessionDep, PageSession, SessionDep
from pamoja.web.templating import render

router = APIRouter()

FIELDS = (
    "notice_type",
    "facts",
    "offence",
    "legal_provision",
    "maximum_penalty_months",
    "red_purpose",
    "warrant_reference",
    "warrant_date",
    "warrant_authority",
    "subject",
    "public_consent",
    "kind",
    "recipient_countries",
    "recipient_regional_bodies",
    "assets",
)
DEFAULTS = {
    "notice_type": NoticeType.RED.value,
    "red_purpose": RedPurpose.PROSECUTION.value,
    "kind": NoticeKind.NOTICE.value,
}
FORM_FIELD_OF = {
    "asset_record_id": "assets",
    "offence_link": "assets",
    "recipients": "recipient_countries",
}
"""The form field that shows a service error, by the last part of the error's location."""

_LIST_SEPARATORS = re.compile(r"[,;\n]+")
NEEDS_REASONS = frozenset({NoticeAction.REFUSE, NoticeAction.REQUEST_INFO, NoticeAction.CANCEL})
"""Steps the service refuses without reasons; the page asks for them first."""


@router.get("/notice-requests", name="bureau_notices")
def bureau_notices(request: Request, session: SessionDep, services: ServicesDep) -> Response:
    """Context: `notices`, every request of the reader's bureau, newest first."""
    notices = services.notices.notices_of_bureau(session.actor)
    return render(request, "notices/list.html", session, notices=notices)


@router.get("/notice-requests/new", name="draft_notice")
def draft_form(request: Request, session: SessionDep) -> Response:
    return _form_page(request, session, DEFAULTS, [])


@router.post("/notice-requests/new")
async def draft_notice(
    request: Request, session: FormSessionDep, services: ServicesDep
) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")).strip() for name in FIELDS}
    errors: list[FieldError] = []
    content = content_of(values, errors)
    subject_id = _subject_id(services, session, values["subject"], errors)
    assets = _asset_links(services, session, values["assets"], errors)
    if content is None or subject_id is None or errors:
        return _form_page(request, session, values, errors)
    try:
        notice = services.notices.draft(
            session.actor, replace(content, assets=assets), [subject_id]
        )
    except InvalidInput as error:
        return _form_page(request, session, values, error.errors)
    return RedirectResponse(f"/notice-requests/{notice.id}", status_code=303)


@router.get("/notice-requests/{notice_id:int}", name="notice_request")
def notice_detail(
    request: Request, notice_id: StoredIdPath, session: SessionDep, services: ServicesDep
) -> Response:
    return _detail_page(request, session, services, notice_id, "")


@router.post("/notice-requests/{notice_id:int}/actions")
async def take_action(
    request: Request, notice_id: StoredIdPath, session: FormSessionDep, services: ServicesDep
) -> Response:
    form = await request.form()
    reasons = str(form.get("reasons", "")).strip()
    try:
        action = NoticeAction(str(form.get("action", "")))
    except ValueError:
        return _detail_page(request, session, services, notice_id, "choose a step", 422)
    if action in NEEDS_REASONS and not reasons:
        message = f"give the reasons to {action.value.replace('_', ' ')}"
        return _detail_page(request, session, services, notice_id, message, 422)
    notices = services.notices
    actor = session.actor
    steps = {
        NoticeAction.SUBMIT: lambda: notices.submit(actor, notice_id),
        NoticeAction.SEND: lambda: notices.send(actor, notice_id),
        NoticeAction.START_REVIEW: lambda: notices.start_review(actor, notice_id),
        NoticeAction.PUBLISH: lambda: notices.publish(actor, notice_id, reasons=reasons),
        NoticeAction.APPROVE: lambda: notices.approve(actor, notice_id, reasons=reasons),
        NoticeAction.REFUSE: lambda: notices.refuse(actor, notice_id, reasons=reasons),
        NoticeAction.REQUEST_INFO: lambda: notices.request_info(actor, notice_id, reasons=reasons),
        NoticeAction.AMEND: lambda: notices.amend(actor, notice_id),
        NoticeAction.WITHDRAW: lambda: notices.withdraw(actor, notice_id, reasons=reasons),
        NoticeAction.CANCEL: lambda: notices.cancel(actor, notice_id, reasons=reasons),
        NoticeAction.EXTEND: lambda: notices.extend(actor, notice_id, reasons=reasons),
    }
    step = steps.get(action)
    if step is None:
        return _detail_page(
            request, session, services, notice_id, "that step is not taken here", 422
        )
    try:
        step()
    except InvalidInput as error:
        message = "; ".join(e.message for e in error.errors)
        return _detail_page(request, session, services, notice_id, message, 422)
    return RedirectResponse(f"/notice-requests/{notice_id}", status_code=303)


@router.get("/review-queue", name="review_queue")
def review_queue(request: Request, session: SessionDep, services: ServicesDep) -> Response:
    """Context: `notices`, the requests waiting for review, oldest first, with their findings."""
    notices = services.notices.queue(session.actor)
    return render(request, "notices/queue.html", session, notices=notices)


def content_of(values: Mapping[str, str], errors: list[FieldError]) -> NoticeContent | None:
    """The request content the drafting form describes; problems go to `errors` by field."""
    try:
        notice_type = NoticeType(values["notice_type"])
    except ValueError:
        errors.append(FieldError("notice_type", "choose the type of notice"))
        return None
    offences: tuple[Offence, ...] = ()
    if values["offence"]:
        months = _whole_number(values["maximum_penalty_months"], "maximum_penalty_months", errors)
        try:
            offences = (Offence(values["offence"], values["legal_provision"], months),)
        except InvalidNoticeValue as error:
            errors.append(FieldError("offence", str(error)))
    references: tuple[JudicialReference, ...] = ()
    red_purpose: RedPurpose | None = None
    if notice_type is NoticeType.RED:
        red_purpose = _red_purpose(values["red_purpose"], errors)
        if values["warrant_reference"]:
            issued = _date(values["warrant_date"], "warrant_date", errors)
            try:
                references = (
                    JudicialReference(
                        JudicialReferenceKind.ARREST_WARRANT,
                        values["warrant_reference"],
                        issued,
                        values["warrant_authority"],
                    ),
                )
            except InvalidNoticeValue as error:
                errors.append(FieldError("warrant_reference", str(error)))
    kind = _kind(values["kind"], errors)
    if errors or kind is None:
        return None
    return NoticeContent(
        notice_type,
        kind=kind,
        facts=values["facts"],
        offences=offences,
        judicial_references=references,
        red_purpose=red_purpose,
        recipient_countries=_listed(values["recipient_countries"]),
        recipient_regional_bodies=frozenset(
            code.upper() for code in _listed(values["recipient_regional_bodies"])
        ),
        public_extract_consent=values["public_consent"] in {"on", "yes", "true"},
    )


def _kind(value: str, errors: list[FieldError]) -> NoticeKind | None:
    try:
        return NoticeKind(value or NoticeKind.NOTICE.value)
    except ValueError:
        errors.append(FieldError("kind", "choose a notice or a diffusion"))
        return None


def _listed(value: str) -> frozenset[str]:
    """The entries of a list typed one per line or separated by commas or semicolons."""
    return frozenset(entry.strip() for entry in _LIST_SEPARATORS.split(value) if entry.strip())


def _red_purpose(value: str, errors: list[FieldError]) -> RedPurpose | None:
    try:
        return RedPurpose(value)
    except ValueError:
        errors.append(FieldError("red_purpose", "choose prosecution or serving a sentence"))
        return None


def _whole_number(value: str, field: str, errors: list[FieldError]) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        errors.append(FieldError(field, f"a whole number of months, not {value!r}"))
        return None
    return int(value)


def _date(value: str, field: str, errors: list[FieldError]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(FieldError(field, f"a date as YYYY-MM-DD, not {value!r}"))
        return None


def _subject_id(
    services: Services, session: PageSession, value: str, errors: list[FieldError]
) -> int | None:
    """The subject record from its id or its reference, as the drafter may see it."""
    if not value:
        errors.append(FieldError("subject", "give the subject record's reference or id"))
        return None
    try:
        return _record_id(services, session, value)
    except NotFound:
        errors.append(FieldError("subject", f"no record {value!r} you may read"))
        return None


def _record_id(services: Services, session: PageSession, given: str) -> int:
    """The id of the record `given` by its id or its reference; NotFound if the drafter may
    not read it."""
    record_id = stored_id(given)
    if record_id is not None:
        return services.records.get(session.actor, record_id).id
    return services.records.get_by_reference(session.actor, given).id


def _asset_links(
    services: Services, session: PageSession, value: str, errors: list[FieldError]
) -> tuple[AssetLink, ...]:
    """The asset records of a Silver request, one per line: the record's reference or id, then
    optionally a comma and how it derives from or served the offence."""
    links: list[AssetLink] = []
    for number, line in enumerate(value.splitlines(), start=1):
        given, _, offence_link = line.partition(",")
        given = given.strip()
        if not given:
            continue
        try:
            links.append(AssetLink(_record_id(services, session, given), offence_link.strip()))
        except NotFound:
            errors.append(FieldError("assets", f"line {number}: no record {given!r} you may read"))
    return tuple(links)


def _form_field(location: str) -> str:
    return FORM_FIELD_OF.get(last_part(location), last_part(location))


def _form_page(
    request: Request, session: PageSession, values: Mapping[str, str], errors: list[FieldError]
) -> Response:
    """Context: `values` (as typed), `errors` (by field name), and the choices."""
    return render(
        request,
        "notices/draft.html",
        session,
        status_code=422 if errors else 200,
        values=values,
        errors=by_field(errors, _form_field),
        notice_types=list(NoticeType),
        red_purposes=list(RedPurpose),
        kinds=list(NoticeKind),
    )


def _detail_page(
    request: Request,
    session: PageSession,
    services: Services,
    notice_id: int,
    problem: str,
    status_code: int = 200,
) -> Response:
    """Context: `notice` (with findings and history for its parties), `actions` (the steps the
    reader may take, in workflow order), `needs_reasons`, and `problem` (why a step failed)."""
    notice = services.notices.get(session.actor, notice_id)
    allowed = services.notices.actions_for(session.actor, notice)
    actions = [action for action in NoticeAction if action in allowed]
    return render(
        request,
        "notices/detail.html",
        session,
        status_code=status_code,
        notice=notice,
        actions=actions,
        needs_reasons=NEEDS_REASONS,
        problem=problem,
    )
