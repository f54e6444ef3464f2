"""The web pages as one router, and `mount_web`, which adds them and their static files."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from pamoja.web.pages import (
    hits,
    home,
    login,
    new_person,
    notices,
    people_request_review,
    people_requests,
    public_notices,
    records,
    screening,
)
from pamoja.web.templating import STATIC_DIR

STATIC_PATH = "/static"


def build_router() -> APIRouter:
    """Every page route; they read the platform from `app.state.platform`."""
    router = APIRouter(include_in_schema=False)
    for pages in (
        login,
        home,
        records,
        new_person,
        screening,
        notices,
        hits,
        people_request_review,
        people_requests,  # before public_notices, whose /public/{kind} would take its path
        public_notices,
    ):
        router.include_router(pages.router)
    return router


def mount_web(app: FastAPI) -> None:
    """Add the pages and `/static` to `app` (whose ServiceError handler calls
    `pamoja.web.errors.page_error_response` for paths outside `/api`)."""
    app.include_router(build_router())
    app.mount(STATIC_PATH, StaticFiles(directory=STATIC_DIR), name="static")
