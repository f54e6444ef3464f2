"""Dependencies routes declare by name: the platform, the services, and who is calling.

Authentication, in this order:
1. `Authorization: Bearer <token>`: an access token from `POST /api/v1/auth/token` or a
   long-lived API token (`pja_…`) from `POST /api/v1/me/api-tokens`.
2. The web session cookie `pamoja_session` (set by the web login), so pages can call the API
   with htmx. Cookies are sent by browsers on their own, so a cookie-authenticated request that
   changes something (any method but GET, HEAD, OPTIONS) must also carry the header
   `X-Requested-With` or `HX-Request` (htmx sends it). Browsers only let a page on the same origin
   add such headers (the API enables no CORS), which defeats cross-site request forgery; the
   cookie is also SameSite. Bearer tokens need no such header: browsers never send them unasked.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, OAuth2PasswordBearer

from pamoja.model.actors import Actor
from pamoja.services.audit import AuditService
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.directory import DirectoryService
from pamoja.services.errors import Forbidden, Unauthenticated
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService
from pamoja.services.wiring import Services, build_services

SESSION_COOKIE = "pamoja_session"
"""Name of the web session cookie (a credential of kind `CredentialKind.SESSION`)."""

CSRF_HEADERS = ("x-requested-with", "hx-request")
"""Either header must accompany cookie-authenticated requests that change something."""

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 - a path, not a secret

bearer_scheme = OAuth2PasswordBearer(
    tokenUrl=TOKEN_URL,
    auto_error=False,
    description="An access token from the password flow, or an API token (pja_…).",
)
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    description="The web session; changes also need the X-Requested-With or HX-Request header.",
)


def get_platform(request: Request) -> Platform:
    return cast(Platform, request.app.state.platform)


PlatformDep = Annotated[Platform, Depends(get_platform)]


_services_lock = threading.Lock()


def get_services(request: Request) -> Services:
    """The node's stateful services (screening index, notices, hits), built once per app: by
    `serve` before the first request, or here on first use (tests, embedded apps)."""
    state = request.app.state
    with _services_lock:
        if getattr(state, "services", None) is None:
            state.services = build_services(cast(Platform, state.platform))
    return cast(Services, state.services)


ServicesDep = Annotated[Services, Depends(get_services)]


def get_record_service(platform: PlatformDep) -> RecordService:
    return RecordService(platform)


def get_auth_service(platform: PlatformDep) -> AuthService:
    return AuthService(platform)


def get_directory_service(platform: PlatformDep) -> DirectoryService:
    return DirectoryService(platform)


def get_audit_service(platform: PlatformDep) -> AuditService:
    return AuditService(platform)


RecordsDep = Annotated[RecordService, Depends(get_record_service)]
AuthDep = Annotated[AuthService, Depends(get_auth_service)]
DirectoryDep = Annotated[DirectoryService, Depends(get_directory_service)]
AuditDep = Annotated[AuditService, Depends(get_audit_service)]


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated actor and the credential they presented (logout revokes it)."""

    actor: Actor
    token: str
    via_cookie: bool


BEARER_KINDS = frozenset({CredentialKind.ACCESS, CredentialKind.API})
COOKIE_KINDS = frozenset({CredentialKind.SESSION})


def get_caller(
    request: Request,
    auth: AuthDep,
    token: Annotated[str | None, Depends(bearer_scheme)],
    session: Annotated[str | None, Depends(cookie_scheme)],
) -> Caller:
    if token:
        return Caller(auth.authenticate(token, kinds=BEARER_KINDS), token, via_cookie=False)
    if session:
        actor = auth.authenticate(session, kinds=COOKIE_KINDS)
        if request.method not in SAFE_METHODS and not any(
            request.headers.get(h) for h in CSRF_HEADERS
        ):
            raise Forbidden(
                "a change made with the session cookie needs the X-Requested-With "
                "(or HX-Request) header; scripts should use a bearer token"
            )
        return Caller(actor, session, via_cookie=True)
    raise Unauthenticated(
        f"send `Authorization: Bearer <token>` (get a token at POST {TOKEN_URL}) "
        "or log in on the web"
    )


CurrentCaller = Annotated[Caller, Depends(get_caller)]


def get_actor(caller: CurrentCaller) -> Actor:
    return caller.actor


CurrentActor = Annotated[Actor, Depends(get_actor)]
