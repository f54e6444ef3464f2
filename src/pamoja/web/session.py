"""The browser session behind a page: cookie, actor, bureau and the form token, as dependencies.

Routes say what they need with `Annotated` aliases: `PlatformDep`, `SessionDep` (logged in), and
`FormSessionDep` (logged in, and the POSTed form carries a valid CSRF token).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response

from pamoja.config import Settings
from pamoja.model.actors import Actor
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.directory import DirectoryService
from pamoja.services.errors import Forbidden, Unauthenticated
from pamoja.services.platform import Platform
from pamoja.store.directory import Bureau
from pamoja.web import csrf

SESSION_COOKIE = "pamoja_session"
SESSION_KINDS = frozenset({CredentialKind.SESSION})
STALE_FORM = "the form has expired or did not come from Pamoja: reload the page and try again"


def platform_of(request: Request) -> Platform:
    """The platform the application was built with (`create_app` sets `app.state.platform`)."""
    platform = getattr(request.app.state, "platform", None)
    if not isinstance(platform, Platform):
        raise RuntimeError("the application has no platform: build it with create_app(platform)")
    return platform


PlatformDep = Annotated[Platform, Depends(platform_of)]


@dataclass(frozen=True, slots=True)
class PageSession:
    """Who is looking at the page, for which bureau, and the token their forms must carry."""

    actor: Actor
    bureau: Bureau
    token: str
    csrf_token: str


def current_session(request: Request, platform: PlatformDep) -> PageSession:
    """The logged-in session; `Unauthenticated` (a redirect to the login page) otherwise."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthenticated("log in to continue")
    actor = AuthService(platform).authenticate(token, kinds=SESSION_KINDS)
    bureau = DirectoryService(platform).bureau(actor.bureau_id)
    secret = platform.settings.secret_key
    return PageSession(actor, bureau, token, csrf.token_for(secret, token))


SessionDep = Annotated[PageSession, Depends(current_session)]


async def form_session(request: Request, session: SessionDep, platform: PlatformDep) -> PageSession:
    """The session of a POSTed form, refused with 403 unless the form carries its CSRF token."""
    form = await request.form()
    sent = form.get(csrf.FIELD)
    if not csrf.is_valid(
        platform.settings.secret_key, session.token, sent if isinstance(sent, str) else None
    ):
        raise Forbidden(STALE_FORM)
    return session


FormSessionDep = Annotated[PageSession, Depends(form_session)]


def set_session_cookie(response: Response, settings: Settings, token: str) -> None:
    """HttpOnly so scripts cannot read it; SameSite=Lax so other sites cannot POST with it."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.session_hours * 3600,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=settings.secure_cookies
    )
