"""Records through HTTP: create, read, list with filters and pages, change, link, delete, export."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.support.api import ClientFactory
from tests.support.api_records import document_body, person_body


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The record services are tested on both engines; their HTTP face on SQLite only."""
    return sqlite_url


@pytest.fixture
def officer(client_as: ClientFactory) -> TestClient:
    return client_as("ke_officer")


def test_a_created_person_is_returned_whole_with_names_as_typed(officer: TestClient) -> None:
    response = officer.post("/api/v1/records", json=person_body("ሰላም ተስፋዬ"))
    assert response.status_code == 201
    record = response.json()
    assert response.headers["location"] == f"/api/v1/records/{record['id']}"
    assert record["access"] == "full"
    assert record["details"]["names"][0]["full_name"] == "ሰላም ተስፋዬ"
    assert record["owner"]["code"] == "KEN-NCB"
    assert record["reference"].startswith("KEN/")


def test_a_record_is_found_by_its_reference(officer: TestClient) -> None:
    created = officer.post("/api/v1/records", json=document_body()).json()
    found = officer.get(f"/api/v1/records/by-reference/{created['reference']}")
    assert found.json()["id"] == created["id"]


def test_lists_filter_by_kind_and_status_and_page_with_links(officer: TestClient) -> None:
    for number in ("AK0000001", "AK0000002", "AK0000003"):
        officer.post("/api/v1/records", json=document_body(number))
    officer.post("/api/v1/records", json=person_body())
    page = officer.get(
        "/api/v1/records", params={"kind": "document", "status": "stolen", "per_page": 2}
    ).json()
    assert (page["total"], page["pages"], len(page["items"])) == (3, 2, 2)
    assert page["links"]["prev"] is None
    second = officer.get(page["links"]["next"]).json()
    assert [i["kind"] for i in second["items"]] == ["document"]
    assert second["links"]["next"] is None


def test_a_search_by_document_key_finds_the_document(officer: TestClient) -> None:
    officer.post("/api/v1/records", json=document_body("AK 765-4321"))
    found = officer.get(
        "/api/v1/records", params={"key": "doc:AK7654321", "purpose": "border_check"}
    ).json()
    assert found["total"] == 1


def test_the_owner_replaces_a_record_and_its_version_grows(officer: TestClient) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    replaced = officer.put(
        f"/api/v1/records/{created['id']}", json=person_body("Amina W. Odhiambo", dob="1984")
    )
    assert replaced.status_code == 200
    assert replaced.json()["details"]["date_of_birth"] == "1984"
    assert replaced.json()["version"] == created["version"] + 1


def test_another_bureau_cannot_change_a_record(
    officer: TestClient, client_as: ClientFactory
) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    response = client_as("ug_officer").put(f"/api/v1/records/{created['id']}", json=person_body())
    assert response.status_code == 403


def test_a_record_cannot_change_kind(officer: TestClient) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    response = officer.put(f"/api/v1/records/{created['id']}", json=document_body())
    assert response.status_code == 422


def test_a_deleted_record_is_gone_and_the_reason_is_required(officer: TestClient) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    assert officer.delete(f"/api/v1/records/{created['id']}").status_code == 422
    deleted = officer.delete(f"/api/v1/records/{created['id']}", params={"reason": "duplicate"})
    assert deleted.status_code == 204
    assert officer.get(f"/api/v1/records/{created['id']}").status_code == 404


def test_a_link_shows_on_both_records(officer: TestClient) -> None:
    person = officer.post("/api/v1/records", json=person_body()).json()
    passport = officer.post("/api/v1/records", json=document_body()).json()
    linked = officer.post(
        f"/api/v1/records/{person['id']}/links",
        json={"target_id": passport["id"], "kind": "holder_of"},
    )
    assert linked.status_code == 201
    assert linked.json()["links"][0]["reference"] == passport["reference"]
    [back] = officer.get(f"/api/v1/records/{passport['id']}/links").json()
    assert (back["kind"], back["direction"], back["record_id"]) == ("holder_of", "in", person["id"])


def test_a_supervisor_exports_json_lines_of_whole_records(
    officer: TestClient, client_as: ClientFactory
) -> None:
    officer.post("/api/v1/records", json=person_body())
    officer.post("/api/v1/records", json=document_body())
    response = client_as("ke_supervisor").get(
        "/api/v1/records/export", params={"purpose": "analysis", "kind": "document"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["kind"] for line in lines] == ["document"]


def test_an_officer_may_not_export(officer: TestClient) -> None:
    response = officer.get("/api/v1/records/export", params={"purpose": "analysis"})
    assert response.status_code == 403


def test_reviewers_read_the_audit_trail_of_a_record(
    officer: TestClient, client_as: ClientFactory
) -> None:
    created = officer.post("/api/v1/records", json=person_body()).json()
    officer.get(f"/api/v1/records/{created['id']}", params={"purpose": "identification"})
    events = (
        client_as("reviewer")
        .get("/api/v1/audit/events", params={"record_id": created["id"]})
        .json()
    )
    assert [e["action"] for e in events] == ["read", "create"]
    assert events[0]["purpose"] == "identification"


def test_the_directory_lists_countries_bodies_and_bureaus(client_as: ClientFactory) -> None:
    client = client_as("fr_officer")
    countries = {c["code"] for c in client.get("/api/v1/directory/countries").json()}
    assert countries == {"KEN", "UGA", "NGA", "FRA", "EGY"}
    bodies = {
        b["code"]: b["members"] for b in client.get("/api/v1/directory/regional-bodies").json()
    }
    assert "KEN" in bodies["AFRIPOL"]
    bureaus = client.get("/api/v1/directory/bureaus", params={"country": "Kenya"}).json()
    assert {b["code"] for b in bureaus} == {"KEN-NCB", "KEN-BP-NAMANGA"}
