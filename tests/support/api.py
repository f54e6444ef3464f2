"""Fixtures for tests through HTTP: the app on the test platform, and clients acting as actors.

Use them from a conftest (`from tests.support.api import api_app, anonymous, client_as`):
- `api_app`: `create_app(platform)` on the `platform` fixture (SQLite and PostgreSQL).
- `anonymous`: a TestClient with no credentials.
- `client_as("fr_officer")`: a TestClient sending a bearer token of that `world` actor
  (see tests/support/world.py for the actors); `session_client_as(name)` uses the web session
  cookie instead.
`password_login(client, username)` goes through the real OAuth2 password flow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from pamoja.api.deps import SESSION_COOKIE
from pamoja.server import create_app
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.platform import Platform
from tests.support.world import PASSWORD, World

ClientFactory = Callable[[str], TestClient]


@pytest.fixture
def api_app(platform: Platform) -> FastAPI:
    return create_app(platform)


@pytest.fixture
def anonymous(api_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(api_app) as client:
        yield client


def _clients(
    api_app: FastAPI, platform: Platform, world: World, kind: CredentialKind
) -> Iterator[ClientFactory]:
    opened: list[TestClient] = []

    def make(name: str) -> TestClient:
        issued = AuthService(platform).issue(world.actors[name], kind)
        client = TestClient(api_app)
        if kind is CredentialKind.SESSION:
            client.cookies.set(SESSION_COOKIE, issued.token)
        else:
            client.headers["Authorization"] = f"Bearer {issued.token}"
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()


@pytest.fixture
def client_as(api_app: FastAPI, platform: Platform, world: World) -> Iterator[ClientFactory]:
    """`client_as("ke_officer")`: a client sending that world actor's access token."""
    yield from _clients(api_app, platform, world, CredentialKind.ACCESS)


@pytest.fixture
def session_client_as(
    api_app: FastAPI, platform: Platform, world: World
) -> Iterator[ClientFactory]:
    """`session_client_as("ke_officer")`: a client holding that actor's web session cookie."""
    yield from _clients(api_app, platform, world, CredentialKind.SESSION)


def password_login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through `POST /api/v1/auth/token`; the access token."""
    response = client.post("/api/v1/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    assert isinstance(token, str)
    return token


def routes_of(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) the app serves through its routers, with prefixes applied; the
    OpenAPI pages and static mounts are left out."""
    found = set()
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            for method in (context.methods or set()) - {"HEAD"}:
                found.add((method, str(context.path)))
    return sorted(found)
