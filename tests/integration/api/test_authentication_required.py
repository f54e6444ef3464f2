"""Nothing but health, login and the public pages answers without credentials.

The routes are discovered from the application itself, so a new endpoint cannot forget auth.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from pamoja.server import create_app
from tests.conftest import running
from tests.support.api import routes_of

PUBLIC = {
    ("GET", "/healthz"),
    ("POST", "/api/v1/auth/token"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/notices/v1/red"),
    ("GET", "/notices/v1/red/{notice_id}"),
    ("GET", "/notices/v1/yellow"),
    ("GET", "/notices/v1/yellow/{notice_id}"),
    ("POST", "/api/v1/people-requests"),
    ("GET", "/public/{kind}"),
    ("GET", "/public/{kind}/{notice_id}"),
    ("GET", "/public/requests"),
    ("POST", "/public/requests"),
}
"""Routes that answer anyone. A new public route must be added here, deliberately."""

_PARAM = re.compile(r"\{([^}:]+)(:[^}]+)?\}")


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """These tests are about routing, not the engine: SQLite only."""
    return sqlite_url


def _routes() -> list[tuple[str, str]]:
    with running("sqlite://") as platform:
        app = create_app(platform)
    return [route for route in routes_of(app) if route not in PUBLIC]


def _concrete(path: str) -> str:
    return _PARAM.sub(lambda m: "KEN/2026/000001" if m.group(2) == ":path" else "1", path)


@pytest.mark.parametrize(("method", "path"), _routes(), ids=lambda v: str(v))
def test_a_protected_route_refuses_a_request_without_credentials(
    anonymous: TestClient, method: str, path: str
) -> None:
    response = anonymous.request(method, _concrete(path), follow_redirects=False)
    if path.startswith("/api"):
        assert response.status_code == 401, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"].startswith("Bearer")
    else:
        assert response.status_code in (401, 303), response.text
        if response.status_code == 303:
            assert response.headers["location"].startswith("/login")


def test_a_bad_bearer_token_is_refused(anonymous: TestClient) -> None:
    response = anonymous.get("/api/v1/me", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    assert "log in again" in response.json()["detail"]


def test_health_answers_without_credentials_and_checks_the_database(
    anonymous: TestClient,
) -> None:
    response = anonymous.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
