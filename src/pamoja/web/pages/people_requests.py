"""The public form of people's rights: anyone asks, without an account, what is held on them, or
for its correction or deletion, and is given the reference to quote and the day a decision is
due. The form proves it was filled in by a person (`bot_check`); the service limits how many
requests one address sends an hour."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pamoja.api.auth import client_address
from pamoja.api.deps import ServicesDep
from pamoja.model.notices import PeopleRequestKind
from pamoja.services.errors import InvalidInput, RateLimited
from pamoja.services.people_requests import LIMITS, PeopleRequestSubmission
from pamoja.services.platform import Platform
from pamoja.web import bot_check
from pamoja.web.field_errors import by_field
from pamoja.web.session import PlatformDep
from pamoja.web.templating import render

router = APIRouter()

PURPOSE = "people-request"
FIELDS = ("kind", "full_name", "date_of_birth", "nationality", "contact", "lawyer", "request_text")
KIND_TEXTS = {
    PeopleRequestKind.ACCESS.value: "What is held on me",
    PeopleRequestKind.CORRECTION.value: "The correction of what is held on me",
    PeopleRequestKind.DELETION.value: "The deletion of what is held on me",
}
FORM_ERROR = "form"
"""Where an error of the whole form (not of one field) is shown."""


@router.get("/public/requests", name="people_request_form")
def people_request_form(request: Request, platform: PlatformDep) -> Response:
    """Context: `values`, `errors` (by field: messages), `kinds`, `limits` and the proof."""
    return _form_page(request, platform, {"kind": PeopleRequestKind.ACCESS.value}, {})


@router.post("/public/requests")
async def submit_people_request(
    request: Request, platform: PlatformDep, services: ServicesDep
) -> Response:
    """The receipt (201), or the form again with what is wrong: 400 for a form that did not
    pass as a person's, 422 for a field, 429 beyond the requests one address may send."""
    form = await request.form()
    sent = {name: str(value) for name, value in form.items()}
    values = {name: sent.get(name, "").strip() for name in FIELDS}
    try:
        bot_check.check(platform.settings.secret_key, PURPOSE, sent, platform.now())
    except bot_check.NotAPerson as error:
        return _form_page(request, platform, values, {FORM_ERROR: [str(error)]}, 400)
    try:
        receipt = services.people_requests.submit(
            PeopleRequestSubmission(
                kind=values["kind"],
                full_name=values["full_name"],
                contact=values["contact"],
                request_text=values["request_text"],
                date_of_birth=values["date_of_birth"] or None,
                nationality=values["nationality"] or None,
                lawyer=values["lawyer"],
            ),
            client=client_address(request),
        )
    except InvalidInput as error:
        return _form_page(request, platform, values, by_field(error.errors), 422)
    except RateLimited as error:
        minutes = error.retry_after // 60 or 1
        message = f"too many requests from your address: wait {minutes} minutes and send it again"
        response = _form_page(request, platform, values, {FORM_ERROR: [message]}, 429)
        response.headers["Retry-After"] = str(error.retry_after)
        return response
    return render(
        request,
        "public/people_request_receipt.html",
        None,
        201,
        receipt=receipt,
        kind_texts=KIND_TEXTS,
    )


def _form_page(
    request: Request,
    platform: Platform,
    values: Mapping[str, str],
    errors: Mapping[str, list[str]],
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "public/people_request.html",
        None,
        status_code,
        values=values,
        errors=errors,
        kinds=list(PeopleRequestKind),
        kind_texts=KIND_TEXTS,
        limits=LIMITS,
        proof=bot_check.proof_for(platform.settings.secret_key, PURPOSE, platform.now()),
        proof_field=bot_check.FIELD,
        trap_field=bot_check.TRAP_FIELD,
    )
