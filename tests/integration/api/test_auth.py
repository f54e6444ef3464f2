"""Logging in, tokens, the session cookie and its CSRF header, through HTTP."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pamoja.api.deps import SESSION_COOKIE
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.platform import Platform
from tests.conftest import make_settings
from tests.support.api import ClientFactory, password_login
from tests.support.api_records import person_body
from tests.support.world import World


def test_the_password_flow_gives_a_bearer_token_that_identifies_the_user(
    anonymous: TestClient, world: World
) -> None:
    response = anonymous.post(
        "/api/v1/auth/token",
        data={"username": "ke_officer", "password": "correct horse battery staple"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    me = anonymous.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "ke_officer"
    assert me.json()["bureau"]["code"] == "KEN-NCB"
    assert me.json()["regional_bodies"] == ["AFRIPOL"]


def test_a_wrong_password_is_a_401_problem_asking_for_bearer_credentials(
    anonymous: TestClient, world: World
) -> None:
    response = anonymous.post(
        "/api/v1/auth/token", data={"username": "ke_officer", "password": "wrong"}
    )
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["detail"] == "wrong username or password"


def test_repeated_failed_logins_are_refused_with_429_and_retry_after(
    anonymous: TestClient, world: World
) -> None:
    for _ in range(5):
        anonymous.post("/api/v1/auth/token", data={"username": "fr_officer", "password": "x"})
    response = anonymous.post(
        "/api/v1/auth/token",
        data={"username": "fr_officer", "password": "correct horse battery staple"},
    )
    assert response.status_code == 429
    assert response.headers["retry-after"] == "300"
    assert response.json()["title"] == "Too many attempts"


def test_logout_revokes_the_token_at_once(anonymous: TestClient, world: World) -> None:
    token = password_login(anonymous, "ke_officer")
    headers = {"Authorization": f"Bearer {token}"}
    assert anonymous.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert anonymous.get("/api/v1/me", headers=headers).status_code == 401


def test_an_expired_access_token_is_refused(database_url: str, world: World) -> None:
    from datetime import UTC, datetime, timedelta

    from pamoja.server import create_app
    from pamoja.services.platform import bootstrap

    moments = [datetime(2026, 1, 1, tzinfo=UTC)]
    later = bootstrap(make_settings(database_url), clock=lambda: moments[-1])
    try:
        token = AuthService(later).issue(world.ke_officer, CredentialKind.ACCESS).token
        moments.append(moments[0] + timedelta(minutes=61))
        with TestClient(create_app(later)) as client:
            response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
    finally:
        later.close()


def test_an_api_token_is_shown_once_listed_without_secret_and_revocable(
    client_as: ClientFactory, anonymous: TestClient
) -> None:
    officer = client_as("ke_officer")
    created = officer.post("/api/v1/me/api-tokens", json={"name": "border kiosk"})
    assert created.status_code == 201
    secret = created.json()["token"]
    assert secret.startswith("pja_")
    listed = officer.get("/api/v1/me/api-tokens").json()
    assert [t["name"] for t in listed] == ["border kiosk"]
    assert "token" not in listed[0]
    machine = {"Authorization": f"Bearer {secret}"}
    assert anonymous.get("/api/v1/me", headers=machine).json()["username"] == "ke_officer"
    revoked = officer.delete(f"/api/v1/me/api-tokens/{created.json()['id']}")
    assert revoked.status_code == 204
    assert anonymous.get("/api/v1/me", headers=machine).status_code == 401


def test_revoking_someone_elses_api_token_is_not_found(client_as: ClientFactory) -> None:
    created = client_as("ke_officer").post("/api/v1/me/api-tokens", json={"name": "kiosk"})
    response = client_as("fr_officer").delete(f"/api/v1/me/api-tokens/{created.json()['id']}")
    assert response.status_code == 404


def test_the_web_session_cookie_is_accepted_for_reading(session_client_as: ClientFactory) -> None:
    response = session_client_as("ke_officer").get("/api/v1/me")
    assert response.status_code == 200


def test_a_change_made_with_the_cookie_but_without_the_csrf_header_is_forbidden(
    session_client_as: ClientFactory,
) -> None:
    response = session_client_as("ke_officer").post("/api/v1/records", json=person_body())
    assert response.status_code == 403
    assert "X-Requested-With" in response.json()["detail"]


@pytest.mark.parametrize("header", ["X-Requested-With", "HX-Request"])
def test_a_change_made_with_the_cookie_and_the_csrf_header_is_accepted(
    session_client_as: ClientFactory, header: str
) -> None:
    client = session_client_as("ke_officer")
    response = client.post("/api/v1/records", json=person_body(), headers={header: "true"})
    assert response.status_code == 201


def test_an_access_token_is_not_accepted_as_a_session_cookie(
    anonymous: TestClient, platform: Platform, world: World
) -> None:
    token = AuthService(platform).issue(world.ke_officer, CredentialKind.ACCESS).token
    anonymous.cookies.set(SESSION_COOKIE, token)
    assert anonymous.get("/api/v1/me").status_code == 401


def test_a_session_is_not_accepted_as_a_bearer_token(
    anonymous: TestClient, platform: Platform, world: World
) -> None:
    token = AuthService(platform).issue(world.ke_officer, CredentialKind.SESSION).token
    response = anonymous.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
