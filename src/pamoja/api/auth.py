"""Logging in and out, the caller's account, and their long-lived API tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from pamoja.api.deps import (
    SESSION_COOKIE,
    AuthDep,
    CurrentActor,
    CurrentCaller,
    DirectoryDep,
    PlatformDep,
    get_caller,
)
from pamoja.api.schemas.accounts import (
    ApiTokenIn,
    ApiTokenOut,
    BureauOut,
    MeOut,
    NewApiTokenOut,
    TokenOut,
)
from pamoja.model.ids import MAX_ID
from pamoja.services.auth import CredentialKind

public = APIRouter(tags=["authentication"])
protected = APIRouter(tags=["authentication"], dependencies=[Depends(get_caller)])


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@public.post("/auth/token", response_model=TokenOut)
def issue_access_token(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    auth: AuthDep,
    platform: PlatformDep,
) -> TokenOut:
    """OAuth2 password flow: a bearer token for a username and password.

    Failed attempts are counted per user and per client address; too many lead to 429 with a
    Retry-After header.
    """
    actor = auth.login(form.username, form.password, client=client_address(request))
    issued = auth.issue(actor, CredentialKind.ACCESS)
    return TokenOut(
        access_token=issued.token, expires_in=platform.settings.access_token_minutes * 60
    )


@protected.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
def log_out(caller: CurrentCaller, auth: AuthDep, response: Response) -> None:
    """Revoke the credential this request was made with (token or web session)."""
    auth.revoke_token(caller.token)
    if caller.via_cookie:
        response.delete_cookie(SESSION_COOKIE)


@protected.get("/me", response_model=MeOut)
def read_me(actor: CurrentActor, directory: DirectoryDep) -> MeOut:
    """Who the credential belongs to: bureau, roles, clearance."""
    user = directory.user(actor.user_id)
    bureau = user.bureau
    return MeOut(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        bureau=BureauOut(
            id=bureau.id,
            code=bureau.code,
            name=bureau.name,
            kind=bureau.kind,
            country=bureau.country,
            city=bureau.city,
        ),
        roles=sorted(user.roles),
        clearance=user.clearance,
        regional_bodies=sorted(actor.regional_bodies),
    )


@protected.post(
    "/me/api-tokens", response_model=NewApiTokenOut, status_code=status.HTTP_201_CREATED
)
def create_api_token(body: ApiTokenIn, actor: CurrentActor, auth: AuthDep) -> NewApiTokenOut:
    """A long-lived token for a machine client; the secret is shown only in this response."""
    issued = auth.issue(actor, CredentialKind.API, name=body.name)
    made = next(c for c in auth.api_tokens(actor) if c.id == issued.credential_id)
    return NewApiTokenOut(
        id=made.id,
        name=made.name,
        created_at=made.created_at,
        last_used_at=made.last_used_at,
        token=issued.token,
    )


@protected.get("/me/api-tokens", response_model=list[ApiTokenOut])
def list_api_tokens(actor: CurrentActor, auth: AuthDep) -> list[ApiTokenOut]:
    """Your live API tokens (names and dates; the secrets are never shown again)."""
    return [
        ApiTokenOut(id=c.id, name=c.name, created_at=c.created_at, last_used_at=c.last_used_at)
        for c in auth.api_tokens(actor)
    ]


@protected.delete("/me/api-tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_api_token(
    token_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: CurrentActor, auth: AuthDep
) -> None:
    """Revoke one of your API tokens; it stops working at once."""
    auth.revoke_api_token(actor, token_id)
