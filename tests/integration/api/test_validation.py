"""Bad input is refused before anything is written, with a problem naming each field."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.support.api import ClientFactory
from tests.support.api_records import document_body, person_body


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """Validation happens before the store: SQLite only."""
    return sqlite_url


@pytest.fixture
def officer(client_as: ClientFactory) -> TestClient:
    return client_as("ke_officer")


def _errors(response: Any) -> dict[str, str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {e["location"]: e["message"] for e in response.json()["errors"]}


def test_an_unknown_field_is_refused_by_name(officer: TestClient) -> None:
    body = person_body(eye_colour="brown")
    errors = _errors(officer.post("/api/v1/records", json=body))
    assert "is not a known field" in errors["person.details.eye_colour"]


def test_an_unknown_top_level_field_is_refused(officer: TestClient) -> None:
    body = {**person_body(), "owner_bureau_id": 99}
    assert "person.owner_bureau_id" in _errors(officer.post("/api/v1/records", json=body))


@pytest.mark.parametrize("dob", ["1984-13", "1984-02-30", "12/03/1984", "next year", "1700"])
def test_a_bad_date_of_birth_is_refused_by_name(officer: TestClient, dob: str) -> None:
    errors = _errors(officer.post("/api/v1/records", json=person_body(dob=dob)))
    assert "person.details.date_of_birth" in errors


@pytest.mark.parametrize(("dob", "kept"), [("1984", "1984"), ("1984-3", "1984-03")])
def test_a_date_of_birth_keeps_its_precision(officer: TestClient, dob: str, kept: str) -> None:
    created = officer.post("/api/v1/records", json=person_body(dob=dob))
    assert created.json()["details"]["date_of_birth"] == kept


def test_an_unknown_nationality_is_refused_naming_the_field_and_the_value(
    officer: TestClient,
) -> None:
    body = person_body(nationalities=["KE", "Narnia"])
    errors = _errors(officer.post("/api/v1/records", json=body))
    assert "Narnia" in errors["person.details.nationalities[1]"]


def test_countries_are_accepted_as_alpha2_alpha3_or_names_and_stored_as_alpha3(
    officer: TestClient,
) -> None:
    body = person_body(nationalities=["ug", "TZA", "Ivory Coast"])
    created = officer.post("/api/v1/records", json=body)
    assert created.json()["details"]["nationalities"] == ["UGA", "TZA", "CIV"]


def test_an_unknown_issuing_country_is_refused(officer: TestClient) -> None:
    errors = _errors(officer.post("/api/v1/records", json=document_body(issuing_country="XX")))
    assert "document.details.issuing_country" in errors


def test_an_unknown_currency_is_refused(officer: TestClient) -> None:
    body = {
        "kind": "asset",
        "details": {
            "kind": "bank_account",
            "description": "Savings account",
            "estimated_value": "1000",
            "currency": "KSH",
        },
    }
    errors = _errors(officer.post("/api/v1/records", json=body))
    assert "ISO 4217" in errors["asset.details.currency"]


def test_an_unknown_record_kind_is_refused(officer: TestClient) -> None:
    errors = _errors(officer.post("/api/v1/records", json={"kind": "spaceship", "details": {}}))
    assert list(errors) == ["kind"]


def test_a_person_without_names_is_refused(officer: TestClient) -> None:
    body = person_body()
    body["details"]["names"] = []
    assert "person.details.names" in _errors(officer.post("/api/v1/records", json=body))


def test_sharing_with_a_non_member_country_is_refused_by_the_service(
    officer: TestClient,
) -> None:
    body = person_body(sharing={"scope": "countries", "countries": ["Brazil"]})
    errors = _errors(officer.post("/api/v1/records", json=body))
    assert errors["record.countries"] == "BRA is not a member country"


def test_malformed_json_is_a_422_problem(officer: TestClient) -> None:
    response = officer.post(
        "/api/v1/records", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"].startswith("body")


def test_a_bad_query_parameter_is_refused_by_name(officer: TestClient) -> None:
    errors = _errors(officer.get("/api/v1/records", params={"per_page": 1000}))
    assert "per_page" in errors


def test_an_unknown_owner_country_filter_is_refused(officer: TestClient) -> None:
    errors = _errors(officer.get("/api/v1/records", params={"owner_country": "Atlantis"}))
    assert "Atlantis" in errors["owner_country"]


def test_an_oversized_body_is_a_413_problem(officer: TestClient) -> None:
    body = person_body(place_of_birth="x" * 2_100_000)
    response = officer.post("/api/v1/records", json=body)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert "2000000 bytes" in response.json()["detail"]


def test_an_oversized_body_without_content_length_is_a_413_problem(officer: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b"x" * 100_000

    response = officer.post(
        "/api/v1/records", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


TOO_LARGE = 2**63
"""An id beyond any the store gives, and beyond what its integer columns hold."""


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"/api/v1/records/{TOO_LARGE}"),
        ("GET", f"/api/v1/records/{TOO_LARGE}/links"),
        ("DELETE", f"/api/v1/records/{TOO_LARGE}"),
        ("GET", f"/api/v1/records?page={TOO_LARGE}"),
        ("GET", f"/api/v1/notices/{TOO_LARGE}"),
        ("GET", f"/api/v1/hits/{TOO_LARGE}"),
        ("GET", f"/api/v1/people-requests/{TOO_LARGE}"),
        ("DELETE", f"/api/v1/me/api-tokens/{TOO_LARGE}"),
        ("GET", f"/api/v1/audit/events?record_id={TOO_LARGE}"),
    ],
)
def test_an_id_beyond_what_the_store_holds_is_refused_as_invalid(
    client_as: ClientFactory, method: str, path: str
) -> None:
    response = client_as("ke_supervisor").request(method, path)
    assert response.status_code == 422, response.text


def test_an_id_beyond_what_the_store_holds_in_a_body_is_refused_by_name(
    officer: TestClient,
) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    body = {"target_id": TOO_LARGE, "kind": "associate"}
    errors = _errors(officer.post(f"/api/v1/records/{created['id']}/links", json=body))
    assert "target_id" in " ".join(errors)
