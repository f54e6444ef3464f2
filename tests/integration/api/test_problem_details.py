"""One documented error shape (RFC 9457) for every failure, and the OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.support.api import ClientFactory

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The error shape does not depend on the engine: SQLite only."""
    return sqlite_url


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert set(body) >= PROBLEM_KEYS
    assert body["status"] == status
    assert body["type"].startswith("urn:pamoja:problem:")
    assert body["detail"]
    return body


def test_a_missing_record_is_a_404_problem_naming_the_instance(
    client_as: ClientFactory,
) -> None:
    body = _problem(client_as("ke_officer").get("/api/v1/records/999"), 404)
    assert body["instance"] == "/api/v1/records/999"
    assert "999" in body["detail"]


def test_an_unknown_path_is_a_404_problem(client_as: ClientFactory) -> None:
    body = _problem(client_as("ke_officer").get("/api/v1/nowhere"), 404)
    assert "/docs" in body["detail"]


def test_a_wrong_method_is_a_405_problem(client_as: ClientFactory) -> None:
    body = _problem(client_as("ke_officer").patch("/api/v1/me"), 405)
    assert "PATCH" in body["detail"]


def test_missing_credentials_are_a_401_problem(anonymous: TestClient) -> None:
    body = _problem(anonymous.get("/api/v1/records"), 401)
    assert body["title"] == "Authentication required"


def test_a_forbidden_action_is_a_403_problem(client_as: ClientFactory) -> None:
    body = _problem(client_as("fr_officer").get("/api/v1/audit/events"), 403)
    assert body["title"] == "Not allowed"


def test_invalid_input_lists_each_field_with_its_message(client_as: ClientFactory) -> None:
    response = client_as("ke_officer").get(
        "/api/v1/records", params={"page": 0, "kind": "spaceship"}
    )
    body = _problem(response, 422)
    assert {e["location"] for e in body["errors"]} == {"page", "kind"}
    assert all(set(e) == {"location", "message"} for e in body["errors"])


def test_a_search_of_persons_without_purpose_names_the_missing_parameter(
    client_as: ClientFactory,
) -> None:
    body = _problem(client_as("ke_officer").get("/api/v1/records", params={"q": "Amina"}), 422)
    assert body["errors"][0]["location"] == "purpose"


def test_the_openapi_document_loads_and_lists_the_api(anonymous: TestClient) -> None:
    document = anonymous.get("/openapi.json").json()
    assert document["info"]["title"] == "Pamoja"
    assert "/api/v1/records" in document["paths"]
    assert "/api/v1/auth/token" in document["paths"]
    assert anonymous.get("/docs").status_code == 200
