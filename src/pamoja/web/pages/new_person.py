"""A form for officers to record a person: names as typed, date of birth, nationalities, sharing."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
from pamoja.model.records import Gender, NameKind, PersonDetails, PersonName
from pamoja.model.sharing import Classification, OutsideScope, Scope
from pamoja.policy import rights
from pamoja.services.errors import FieldError, Forbidden, InvalidInput
from pamoja.services.records import RecordService, SharingChoice
from pamoja.web.field_errors import by_field
from pamoja.web.session import FormSessionDep, PageSession, PlatformDep, SessionDep
from pamoja.web.templating import render

router = APIRouter()

E = TypeVar("E", bound=StrEnum)

FIELDS = (
    "full_name",
    "aliases",
    "date_of_birth",
    "gender",
    "nationalities",
    "place_of_birth",
    "classification",
    "scope",
    "countries",
    "regional_bodies",
    "outside_scope",
)
DEFAULTS = {
    "gender": Gender.UNKNOWN.value,
    "classification": Classification.RESTRICTED.value,
    "scope": Scope.ALL_MEMBERS.value,
    "outside_scope": OutsideScope.HIT_ONLY.value,
}


@router.get("/records/new", name="new_person")
def new_person_form(request: Request, session: SessionDep) -> Response:
    _require_writer(session)
    return _form_page(request, session, DEFAULTS, [])


@router.post("/records/new")
async def create_person(
    request: Request, session: FormSessionDep, platform: PlatformDep
) -> Response:
    _require_writer(session)
    form = await request.form()
    values = {name: str(form.get(name, "")).strip() for name in FIELDS}
    errors: list[FieldError] = []
    details = _person(values, errors)
    sharing = _sharing(values, errors)
    if details is None or sharing is None or errors:
        return _form_page(request, session, values, errors)
    try:
        created = RecordService(platform).create(session.actor, details, sharing)
    except InvalidInput as error:
        return _form_page(request, session, values, error.errors)
    return RedirectResponse(f"/records/{created.id}", status_code=303)


def _require_writer(session: PageSession) -> None:
    if not rights.may_create_records(session.actor):
        raise Forbidden("only officers and supervisors record data")


def _form_page(
    request: Request, session: PageSession, values: Mapping[str, str], errors: list[FieldError]
) -> Response:
    """Context: `values` (as typed), `errors` (by field name: list of messages), and the choices."""
    return render(
        request,
        "records/new_person.html",
        session,
        status_code=422 if errors else 200,
        values=values,
        errors=by_field(errors, lambda location: location.removeprefix("record.")),
        genders=list(Gender),
        classifications=list(Classification),
        scopes=list(Scope),
        outside_scopes=list(OutsideScope),
    )


def _person(values: Mapping[str, str], errors: list[FieldError]) -> PersonDetails | None:
    if not values["full_name"]:
        errors.append(FieldError("full_name", "enter the person's name as written"))
    aliases = [line.strip() for line in values["aliases"].splitlines() if line.strip()]
    birth: PartialDate | None = None
    if values["date_of_birth"]:
        try:
            birth = PartialDate.parse(values["date_of_birth"])
        except InvalidDate as error:
            errors.append(FieldError("date_of_birth", str(error)))
    gender = _member(Gender, values["gender"], "gender", errors)
    nationalities = _countries(values["nationalities"], "nationalities", errors)
    if errors or gender is None:
        return None
    return PersonDetails(
        names=(
            PersonName(values["full_name"]),
            *(PersonName(alias, NameKind.ALIAS) for alias in aliases),
        ),
        date_of_birth=birth,
        gender=gender,
        nationalities=tuple(nationalities),
        place_of_birth=values["place_of_birth"] or None,
    )


def _sharing(values: Mapping[str, str], errors: list[FieldError]) -> SharingChoice | None:
    classification = _member(Classification, values["classification"], "classification", errors)
    scope = _member(Scope, values["scope"], "scope", errors)
    outside = _member(OutsideScope, values["outside_scope"], "outside_scope", errors)
    countries = _countries(values["countries"], "countries", errors)
    bodies = [b.strip().upper() for b in values["regional_bodies"].split(",") if b.strip()]
    if classification is None or scope is None or outside is None:
        return None
    return SharingChoice(
        classification=classification,
        scope=scope,
        countries=frozenset(countries),
        regional_bodies=frozenset(bodies),
        outside_scope=outside,
    )


def _member(enum: type[E], value: str, field: str, errors: list[FieldError]) -> E | None:
    try:
        return enum(value)
    except ValueError:
        errors.append(FieldError(field, f"choose one of: {', '.join(m.value for m in enum)}"))
        return None


def _countries(text: str, field: str, errors: list[FieldError]) -> list[str]:
    """Comma-separated countries as alpha-2, alpha-3 or names, in alpha-3."""
    found: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            found.append(to_alpha3(part))
        except UnknownCountry as error:
            errors.append(FieldError(field, str(error)))
    return found
