"""The API under /api/v1, assembled from its parts."""

from __future__ import annotations

from fastapi import APIRouter

from pamoja.api import (
    audit,
    auth,
    directory,
    hits,
    notices,
    people_requests,
    records,
    screening,
)

API_PREFIX = "/api/v1"


def build_api_router() -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    router.include_router(auth.public)
    router.include_router(auth.protected)
    router.include_router(records.router)
    router.include_router(directory.router)
    router.include_router(audit.router)
    router.include_router(screening.router)
    router.include_router(notices.router)
    router.include_router(hits.router)
    router.include_router(people_requests.public)
    router.include_router(people_requests.protected)
    return router
