"""Errors on pages: the API's problem details (same status, title and detail) as an HTML page.

The composition root renders each failure as a `pamoja.api.problems.Problem`; for paths outside
`/api` it answers with `problem_page(request, problem)` instead of JSON. A page that needs a login
(status 401) sends the browser to the login page instead, and back afterwards.
`page_error_response(request, error)` does both steps for any exception a page raises.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from pamoja.api.problems import (
    Problem,
    from_http_status,
    from_service_error,
    from_validation_errors,
)
from pamoja.services.errors import ServiceError
from pamoja.services.platform import Platform
from pamoja.web.redirects import login_url
from pamoja.web.session import SESSION_COOKIE, clear_session_cookie
from pamoja.web.templating import render


def problem_page(request: Request, problem: Problem) -> Response:
    """The HTML answer to `problem` on a page: the error page, or the login page for 401."""
    if problem.status == 401:
        return _to_login(request)
    response = render(
        request,
        "error.html",
        None,
        status_code=problem.status,
        problem=problem,
    )
    for name, value in problem.headers.items():
        response.headers[name] = value
    return response


def page_error_response(request: Request, error: Exception) -> Response:
    """The HTML answer to `error` raised while serving a page."""
    instance = request.url.path
    if isinstance(error, ServiceError):
        problem = from_service_error(error, instance)
    elif isinstance(error, RequestValidationError):
        problem = from_validation_errors(error.errors(), instance)
    elif isinstance(error, HTTPException):
        detail = error.detail if isinstance(error.detail, str) else None
        if error.status_code == 404:
            detail = f"there is no page at {instance}: check the address"
        problem = from_http_status(error.status_code, detail, instance, dict(error.headers or {}))
    else:
        raise error
    return problem_page(request, problem)


def _to_login(request: Request) -> Response:
    """Send the browser to log in, back to this page afterwards if it was a page view."""
    wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = RedirectResponse(
        login_url(wanted if request.method == "GET" else None), status_code=303
    )
    platform = getattr(request.app.state, "platform", None)
    if isinstance(platform, Platform) and SESSION_COOKIE in request.cookies:
        clear_session_cookie(response, platform.settings)
    return response
