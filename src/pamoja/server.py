"""The composition root: `create_app(platform)` builds the web application, `serve` runs it.

All exception handlers are registered here, once. Every failure becomes a `Problem`; requests
under the API (`/api`, `/notices`, `/healthz`, `/docs`) get it as RFC 9457
`application/problem+json`, while other paths (web pages) are rendered by the page error
renderer the web package registers with `use_page_errors`, or as problem JSON when none is set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import uvicorn
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException

from pamoja import __version__
from pamoja.api import public_notices
from pamoja.api.body_limit import BodySizeLimit
from pamoja.api.deps import PlatformDep
from pamoja.api.problems import (
    Problem,
    from_http_status,
    from_service_error,
    from_validation_errors,
    problem_response,
)
from pamoja.api.router import build_api_router
from pamoja.services.background import PeriodicTask
from pamoja.services.errors import ServiceError
from pamoja.services.platform import Platform
from pamoja.services.webhooks import WebhookWorker
from pamoja.services.wiring import build_services
from pamoja.web.errors import page_error_response
from pamoja.web.routes import mount_web

PageErrors = Callable[[Request, Exception], Response]
"""Renders an error raised while serving a web page (the web package provides one)."""

JSON_PATHS = ("/api", "/notices", "/healthz", "/docs", "/openapi.json")
"""Paths whose errors are always problem JSON, whoever asks."""


class StoreUnavailable(ServiceError):
    title = "Service unavailable"
    status = 503


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    database: Literal["ok"] = "ok"
    version: str = __version__


def create_app(platform: Platform) -> FastAPI:
    """The application for `platform`: the API under /api/v1, health, OpenAPI at /docs."""
    app = FastAPI(
        title="Pamoja",
        version=__version__,
        summary="Cross-border police cooperation: records shared as far as each owner allows.",
        description=(
            "Authenticate with `Authorization: Bearer <token>` (from `POST /api/v1/auth/token` or "
            "an API token) or the web session cookie; cookie-authenticated changes also need the "
            "`X-Requested-With` or `HX-Request` header. Errors are RFC 9457 problem details."
        ),
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.platform = platform
    app.state.page_errors = None
    app.add_middleware(BodySizeLimit, max_bytes=platform.settings.max_body_bytes)
    _install_error_handlers(app)
    app.include_router(build_api_router())
    app.include_router(public_notices.router)
    mount_web(app)
    use_page_errors(app, page_error_response)
    app.add_api_route("/healthz", check_health, methods=["GET"], tags=["health"])
    return app


def check_health(platform: PlatformDep) -> Health:
    """The service answers and its database does (no credentials needed)."""
    try:
        with platform.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        raise StoreUnavailable("the database does not answer: check PAMOJA_DATABASE_URL") from error
    return Health()


def use_page_errors(app: FastAPI, render: PageErrors) -> None:
    """Render errors on paths outside the API with `render` (HTML pages) instead of JSON."""
    app.state.page_errors = render


def is_api_path(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in JSON_PATHS)


def _respond(request: Request, error: Exception, problem: Problem) -> Response:
    render: PageErrors | None = getattr(request.app.state, "page_errors", None)
    if render is not None and not is_api_path(request.url.path):
        return render(request, error)
    return problem_response(problem)


def _http_detail(request: Request, error: HTTPException) -> str | None:
    if error.status_code == 404:
        return f"nothing at {request.url.path}: the API's paths are listed at /docs"
    if error.status_code == 405:
        allowed = (error.headers or {}).get("Allow") or (error.headers or {}).get("allow")
        hint = f"; allowed: {allowed}" if allowed else ""
        return f"{request.method} is not allowed on {request.url.path}{hint}"
    return error.detail if isinstance(error.detail, str) else None


def _install_error_handlers(app: FastAPI) -> None:
    """The one place where failures become responses."""

    async def on_service_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ServiceError)
        return _respond(request, error, from_service_error(error, request.url.path))

    async def on_validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return _respond(request, error, from_validation_errors(error.errors(), request.url.path))

    async def on_http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        problem = from_http_status(
            error.status_code, _http_detail(request, error), request.url.path, error.headers
        )
        return _respond(request, error, problem)

    app.add_exception_handler(ServiceError, on_service_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)


NOTICE_EXPIRY_INTERVAL = 3600.0
"""Seconds between two sweeps for notices whose validity has ended."""

CHANGE_FEED_INTERVAL = 2.0
"""Seconds between two readings of the change feed (writes of other processes)."""

CHANGE_FEED_PRUNING_INTERVAL = 3600.0
"""Seconds between two prunings of the change feed."""


def serve(platform: Platform, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the application with uvicorn until interrupted, with its background work: webhook
    deliveries, the hourly expiry of notices (which also takes them out of this node's
    screening index), and following the change feed (what other processes write)."""
    app = create_app(platform)
    services = build_services(platform)
    app.state.services = services  # index loaded before the first request
    background = [
        WebhookWorker(services.webhooks),
        PeriodicTask("pamoja-notice-expiry", NOTICE_EXPIRY_INTERVAL, services.notices.expire_due),
        PeriodicTask("pamoja-change-feed", CHANGE_FEED_INTERVAL, services.changes.catch_up),
        PeriodicTask(
            "pamoja-change-feed-pruning", CHANGE_FEED_PRUNING_INTERVAL, services.changes.prune
        ),
    ]
    for task in background:
        task.start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        for task in background:
            task.stop()
