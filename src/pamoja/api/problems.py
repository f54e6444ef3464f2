"""RFC 9457 problem details: the one error shape of the API, built from every kind of failure.

`Problem` is what went wrong, independent of how it is rendered; `problem_response` renders it
as `application/problem+json`. The composition root (`pamoja.server`) decides per request whether
a problem is rendered as JSON or, for web pages, as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from fastapi.responses import JSONResponse

from pamoja.services.errors import (
    FieldError,
    InvalidInput,
    RateLimited,
    ServiceError,
    Unauthenticated,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:pamoja:problem:"


@dataclass(frozen=True, slots=True)
class Problem:
    """One failure as a person can act on it: a short title, a detail saying what to do."""

    status: int
    title: str
    detail: str
    instance: str
    errors: tuple[FieldError, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return PROBLEM_TYPE_PREFIX + self.title.lower().replace(" ", "-")

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "instance": self.instance,
        }
        if self.errors:
            body["errors"] = [{"location": e.location, "message": e.message} for e in self.errors]
        return body


def status_title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def from_service_error(error: ServiceError, instance: str) -> Problem:
    headers: dict[str, str] = {}
    if isinstance(error, RateLimited):
        headers["Retry-After"] = str(error.retry_after)
    if isinstance(error, Unauthenticated):
        headers["WWW-Authenticate"] = 'Bearer realm="pamoja"'
    errors = tuple(error.errors) if isinstance(error, InvalidInput) else ()
    return Problem(error.status, error.title, error.message, instance, errors, headers)


def field_location(loc: Sequence[int | str]) -> str:
    """`("body", "details", "names", 0, "full_name")` → `details.names[0].full_name`."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        source, parts = parts[0], parts[1:]
        if not parts:
            return str(source)
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def field_message(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "is not valid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    if error.get("type") == "extra_forbidden":
        return "is not a known field: remove it (see the schema at /docs)"
    if error.get("type") == "missing":
        return "is required"
    return message


def field_error(error: dict[str, Any]) -> FieldError:
    """One of pydantic's or FastAPI's validation errors as a location and a plain message."""
    loc = tuple(error.get("loc", ()))
    kind = error.get("type")
    ctx = error.get("ctx") or {}
    if kind == "json_invalid":
        position = f" at character {loc[1]}" if len(loc) > 1 else ""
        reason = ctx.get("error", "syntax error")
        return FieldError("body", f"is not valid JSON ({reason}{position})")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        tag = str(ctx.get("discriminator", "kind")).strip("'")
        expected = ctx.get("expected_tags")
        hint = f": use one of {expected}" if expected else ""
        what = "is not known" if kind == "union_tag_invalid" else "is required"
        return FieldError(field_location((*loc, tag)), f"{what}{hint}")
    return FieldError(field_location(loc), field_message(error))


def from_validation_errors(errors: Iterable[dict[str, Any]], instance: str) -> Problem:
    fields = tuple(field_error(e) for e in errors)
    summary = "; ".join(f"{f.location}: {f.message}" for f in fields[:5])
    return Problem(422, InvalidInput.title, summary or "the input is not valid", instance, fields)


def from_http_status(
    status: int, detail: str | None, instance: str, headers: Mapping[str, str] | None = None
) -> Problem:
    title = status_title(status)
    return Problem(status, title, detail or title, instance, (), dict(headers or {}))


def problem_response(problem: Problem) -> JSONResponse:
    return JSONResponse(
        problem.as_json(),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )
