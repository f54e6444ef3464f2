"""Logging in and out of the web pages.

The login form is protected against cross-site submission by a token bound to a random nonce
cookie; a successful login issues a session credential and sets it as the HttpOnly session cookie.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pamoja.config import Settings
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.errors import RateLimited, Unauthenticated
from pamoja.web import csrf
from pamoja.web.redirects import safe_next
from pamoja.web.session import (
    FormSessionDep,
    PlatformDep,
    clear_session_cookie,
    set_session_cookie,
)
from pamoja.web.templating import render

router = APIRouter()

LOGIN_PURPOSE = "login"
NONCE_MINUTES = 30


@router.get("/login", name="login")
def login_form(request: Request, platform: PlatformDep, next: str | None = None) -> Response:
    return _login_page(request, platform.settings, next=safe_next(next))


@router.post("/login")
def log_in(
    request: Request,
    platform: PlatformDep,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    secret = platform.settings.secret_key
    target = safe_next(next)
    nonce = request.cookies.get(csrf.LOGIN_NONCE_COOKIE, "")
    if not csrf.is_valid(secret, nonce, csrf_token, purpose=LOGIN_PURPOSE):
        return _login_page(
            request,
            platform.settings,
            next=target,
            username=username,
            error="The login form expired. Please enter your password again.",
            status_code=403,
        )
    if not username.strip() or not password:
        return _login_page(
            request,
            platform.settings,
            next=target,
            username=username,
            error="Enter your username and password.",
            status_code=422,
        )
    auth = AuthService(platform)
    client = request.client.host if request.client else "unknown"
    try:
        actor = auth.login(username.strip(), password, client=client)
    except RateLimited as error:
        response = _login_page(
            request,
            platform.settings,
            next=target,
            username=username,
            error=f"Too many failed logins: wait {error.retry_after // 60 or 1} minutes "
            "before trying again.",
            status_code=429,
        )
        response.headers["Retry-After"] = str(error.retry_after)
        return response
    except Unauthenticated:
        return _login_page(
            request,
            platform.settings,
            next=target,
            username=username,
            error="Wrong username or password.",
            status_code=401,
        )
    issued = auth.issue(actor, CredentialKind.SESSION)
    redirect = RedirectResponse(target, status_code=303)
    set_session_cookie(redirect, platform.settings, issued.token)
    redirect.delete_cookie(csrf.LOGIN_NONCE_COOKIE, path="/login")
    return redirect


@router.post("/logout", name="logout")
def log_out(session: FormSessionDep, platform: PlatformDep) -> Response:
    AuthService(platform).revoke_token(session.token)
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response, platform.settings)
    return response


def _login_page(
    request: Request,
    settings: Settings,
    *,
    next: str,
    username: str = "",
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """The form, with a token bound to this browser's nonce (a new nonce if it has none)."""
    nonce = request.cookies.get(csrf.LOGIN_NONCE_COOKIE) or csrf.new_nonce()
    response = render(
        request,
        "login.html",
        None,
        status_code=status_code,
        next=next,
        username=username,
        error=error,
        csrf_token=csrf.token_for(settings.secret_key, nonce, purpose=LOGIN_PURPOSE),
    )
    response.set_cookie(
        csrf.LOGIN_NONCE_COOKIE,
        nonce,
        max_age=NONCE_MINUTES * 60,
        path="/login",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )
    return response
