"""The "Screen a person" page: name, date of birth, nationality and document against every record
and active notice the officer may see; notice hits come first with what to do, in plain words."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pamoja.api.deps import ServicesDep
from pamoja.matching import Subject
from pamoja.matching.subject import InvalidSubject
from pamoja.model.audit import Purpose
from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
from pamoja.services.errors import FieldError, InvalidInput
from pamoja.services.hits import ScreenOutcome
from pamoja.web.field_errors import by_field, last_part
from pamoja.web.session import FormSessionDep, PageSession, SessionDep
from pamoja.web.templating import render

router = APIRouter()

FIELDS = ("name", "date_of_birth", "nationality", "document", "purpose", "place")
DEFAULTS = {"purpose": Purpose.CRIMINAL_INVESTIGATION.value}


@router.get("/screening", name="screening")
def screening_form(request: Request, session: SessionDep) -> Response:
    return _page(request, session, DEFAULTS, [], None)


@router.post("/screening")
async def screen_person(
    request: Request, session: FormSessionDep, services: ServicesDep
) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")).strip() for name in FIELDS}
    errors: list[FieldError] = []
    query = subject_of(values, errors)
    purpose = _purpose(values["purpose"], errors)
    if query is None or purpose is None or errors:
        return _page(request, session, values, errors, None)
    try:
        outcome = services.hits.screen(
            session.actor, [query], purpose=purpose, place=values["place"] or None
        )
    except InvalidInput as error:
        return _page(request, session, values, error.errors, None)
    return _page(request, session, values, [], outcome)


def subject_of(values: Mapping[str, str], errors: list[FieldError]) -> Subject | None:
    """The screening query the form describes; problems are added to `errors` by field."""
    birth: PartialDate | None = None
    if values["date_of_birth"]:
        try:
            birth = PartialDate.parse(values["date_of_birth"])
        except InvalidDate as error:
            errors.append(FieldError("date_of_birth", str(error)))
    nationalities: tuple[str, ...] = ()
    if values["nationality"]:
        try:
            nationalities = (to_alpha3(values["nationality"]),)
        except UnknownCountry as error:
            errors.append(FieldError("nationality", str(error)))
    names = (values["name"],) if values["name"] else ()
    documents = (values["document"],) if values["document"] else ()
    if not names and not documents:
        errors.append(FieldError("name", "enter a name or a document number"))
    if errors:
        return None
    try:
        return Subject(
            id="web",
            names=names,
            birth_date=birth,
            nationalities=nationalities,
            documents=documents,
        )
    except InvalidSubject as error:
        errors.append(FieldError("name", str(error)))
        return None


def _purpose(value: str, errors: list[FieldError]) -> Purpose | None:
    try:
        return Purpose(value)
    except ValueError:
        errors.append(FieldError("purpose", "choose why you screen this person"))
        return None


def _page(
    request: Request,
    session: PageSession,
    values: Mapping[str, str],
    errors: list[FieldError],
    outcome: ScreenOutcome | None,
) -> Response:
    """Context: `values`, `errors` (by field), `purposes`, `hits` (the notice hits, each with its
    instruction) and `matches` (records, full or hit-only), both empty before a screening."""
    matches = [m for result in outcome.results for m in result.matches] if outcome else []
    return render(
        request,
        "screening/screen.html",
        session,
        status_code=422 if errors else 200,
        values=values,
        errors=by_field(errors, last_part),
        purposes=list(Purpose),
        screened=outcome is not None,
        hits=list(outcome.hits) if outcome else [],
        matches=matches,
    )
