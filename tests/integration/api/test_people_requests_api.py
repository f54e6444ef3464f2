"""People's requests API: anyone submits; reviewers take, link records and decide."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.support.api import ClientFactory
from tests.support.notices import wanted_person
from tests.support.world import World


def request_body(**changes: Any) -> dict[str, Any]:
    body = {
        "kind": "deletion",
        "full_name": "Juma Otieno Kariuki",
        "contact": "juma@example.org",
        "request_text": "Please delete what you hold on me; the case was dismissed.",
        "date_of_birth": "1984-03-12",
        "nationality": "KE",
    }
    return {**body, **changes}


def submitted(anonymous: TestClient, client_as: ClientFactory) -> dict[str, Any]:
    receipt = anonymous.post("/api/v1/people-requests", json=request_body())
    assert receipt.status_code == 201, receipt.text
    (waiting,) = client_as("reviewer").get("/api/v1/people-requests").json()
    assert waiting["reference"] == receipt.json()["reference"]
    assert isinstance(waiting, dict)
    return waiting


def test_anyone_submits_a_request_and_gets_a_reference_and_a_due_date(
    anonymous: TestClient,
) -> None:
    response = anonymous.post("/api/v1/people-requests", json=request_body(kind="access"))
    assert response.status_code == 201, response.text
    receipt = response.json()
    assert receipt["reference"] and receipt["kind"] == "access"
    assert receipt["due_on"] > receipt["received_at"][:10]


def test_one_address_submitting_too_often_is_told_to_wait_and_nothing_is_stored(
    anonymous: TestClient, client_as: ClientFactory, platform: Platform
) -> None:
    allowed = platform.settings.people_requests_per_hour
    for _ in range(allowed):
        assert anonymous.post("/api/v1/people-requests", json=request_body()).status_code == 201
    refused = anonymous.post("/api/v1/people-requests", json=request_body())
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert f"at most {allowed} in an hour" in refused.json()["detail"]
    assert len(client_as("reviewer").get("/api/v1/people-requests").json()) == allowed


def test_a_bad_date_of_birth_is_refused_naming_it(anonymous: TestClient) -> None:
    response = anonymous.post("/api/v1/people-requests", json=request_body(date_of_birth="1984-13"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "date_of_birth"


def test_the_queue_is_for_reviewers(anonymous: TestClient, client_as: ClientFactory) -> None:
    submitted(anonymous, client_as)
    assert client_as("ke_officer").get("/api/v1/people-requests").status_code == 403


def test_a_refusal_needs_reasons(anonymous: TestClient, client_as: ClientFactory) -> None:
    waiting = submitted(anonymous, client_as)
    response = client_as("reviewer").post(
        f"/api/v1/people-requests/{waiting['id']}/decision",
        json={"decision": "refused", "reasons": " "},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "reasons"


def test_a_granted_deletion_deletes_the_linked_record(
    platform: Platform, world: World, anonymous: TestClient, client_as: ClientFactory
) -> None:
    record = RecordService(platform).create(world.ke_officer, wanted_person(), SharingChoice())
    waiting = submitted(anonymous, client_as)
    reviewer = client_as("reviewer")
    base = f"/api/v1/people-requests/{waiting['id']}"
    taken = reviewer.post(f"{base}/take")
    assert taken.json()["status"] == "under_review"
    linked = reviewer.post(f"{base}/records", json={"record_ids": [record.id]})
    assert [r["record_id"] for r in linked.json()["linked"]] == [record.id]
    decided = reviewer.post(
        f"{base}/decision", json={"decision": "granted", "reasons": "The case was dismissed."}
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["deleted_record_ids"] == [record.id]
    assert decided.json()["request"]["status"] == "granted"
    assert client_as("ke_officer").get(f"/api/v1/records/{record.id}").status_code == 404
