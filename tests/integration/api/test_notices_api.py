"""The notices API: drafting, the workflow steps, reading, lists and the review queue."""

from __future__ import annotations

from typing import Any

from pamoja.services.platform import Platform
from tests.support.api import ClientFactory
from tests.support.notices import make_scene
from tests.support.world import World


def red_body(subject: int, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "notice_type": "red",
        "subjects": [subject],
        "facts": "Shot a shopkeeper during a robbery in Nairobi on 3 January 2026.",
        "offences": [
            {
                "description": "Murder",
                "legal_provision": "Penal Code s. 203",
                "maximum_penalty_months": 600,
            }
        ],
        "judicial_references": [
            {
                "kind": "arrest_warrant",
                "reference": "CR 1234/2026",
                "issued_on": "2026-01-15",
                "issuing_authority": "High Court of Kenya",
            }
        ],
        "red_purpose": "prosecution",
        "public_extract_consent": True,
    }
    return {**body, **changes}


def drafted(platform: Platform, world: World, client_as: ClientFactory, **changes: Any) -> Any:
    subject = make_scene(platform, world).subject()
    response = client_as("ke_officer").post("/api/v1/notices", json=red_body(subject, **changes))
    assert response.status_code == 201, response.text
    return response.json()


def step(client: Any, notice_id: int, action: str, reasons: str = "") -> Any:
    return client.post(f"/api/v1/notices/{notice_id}/actions/{action}", json={"reasons": reasons})


def test_a_draft_comes_back_with_its_reference_and_history(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    assert notice["status"] == "draft"
    assert notice["reference"].startswith("20")
    assert [e["action"] for e in notice["history"]] == ["draft"]
    assert "submit" not in notice["actions"]  # officers draft, supervisors submit


def test_the_pre_check_flags_a_political_offence_naming_the_text(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    offence = {"description": "Insulting the head of state", "maximum_penalty_months": 36}
    notice = drafted(platform, world, client_as, offences=[offence])
    matched = [f for f in notice["findings"] if f["matched_text"]]
    assert matched and matched[0]["rule_id"]


def test_a_negative_penalty_is_refused_naming_the_field(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    subject = make_scene(platform, world).subject()
    body = red_body(subject, offences=[{"description": "Theft", "maximum_penalty_months": -1}])
    response = client_as("ke_officer").post("/api/v1/notices", json=body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "offences[0].maximum_penalty_months"


def test_a_subject_the_drafter_may_not_see_is_refused_naming_it(
    client_as: ClientFactory,
) -> None:
    response = client_as("ke_officer").post("/api/v1/notices", json=red_body(999_999))
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "subjects[0]"


def test_a_draft_can_be_changed(platform: Platform, world: World, client_as: ClientFactory) -> None:
    notice = drafted(platform, world, client_as)
    body = red_body(notice["subjects"][0], facts="Robbery with violence in Mombasa.")
    response = client_as("ke_officer").put(f"/api/v1/notices/{notice['id']}", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["facts"] == "Robbery with violence in Mombasa."


def test_refusing_without_reasons_is_a_422_on_reasons(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    assert step(client_as("ke_supervisor"), notice["id"], "submit").status_code == 200
    reviewer = client_as("reviewer")
    assert step(reviewer, notice["id"], "start_review").status_code == 200
    response = step(reviewer, notice["id"], "refuse")
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "reasons"


def test_an_officer_cannot_publish(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    assert step(client_as("ke_officer"), notice["id"], "publish").status_code in (403, 409)


def test_an_unknown_step_is_a_422(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    assert step(client_as("ke_officer"), notice["id"], "explode").status_code == 422


def test_a_draft_is_not_shown_to_another_country(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    assert client_as("fr_officer").get(f"/api/v1/notices/{notice['id']}").status_code == 404


def test_the_review_queue_is_for_reviewers(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    step(client_as("ke_supervisor"), notice["id"], "submit")
    queue = client_as("reviewer").get("/api/v1/notices/queue")
    assert queue.status_code == 200
    assert [n["id"] for n in queue.json()] == [notice["id"]]
    assert client_as("ke_officer").get("/api/v1/notices/queue").status_code == 403


def test_draft_to_published_to_hit_to_follow_up_through_http(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = drafted(platform, world, client_as)
    notice_id = notice["id"]
    submitted = step(client_as("ke_supervisor"), notice_id, "submit")
    assert submitted.json()["status"] == "submitted"
    reviewer = client_as("reviewer")
    assert step(reviewer, notice_id, "start_review").json()["status"] == "under_review"
    published = step(reviewer, notice_id, "publish", "Complies with the rules.")
    assert published.json()["status"] == "published"
    assert published.json()["valid_until"]

    french = client_as("fr_officer")
    circulating = french.get("/api/v1/notices", params={"scope": "circulating"}).json()
    assert [n["id"] for n in circulating] == [notice_id]
    assert circulating[0]["access"] == "circulated"
    assert circulating[0]["history"] == [] and circulating[0]["findings"] == []

    screened = french.post(
        "/api/v1/screen",
        json={
            "purpose": "border_check",
            "place": "Roissy CDG",
            "persons": [{"full_name": "Juma Otieno Kariuki", "date_of_birth": "1984-03-12"}],
        },
    )
    (alert,) = screened.json()["results"][0]["notice_hits"]
    assert alert["notice_reference"] == notice["reference"]

    kenya = client_as("ke_officer")
    assert kenya.get("/api/v1/hits/counts").json()["unread"] == 1
    inbox = kenya.get("/api/v1/hits").json()
    (hit,) = inbox["items"]
    assert hit["id"] == alert["hit_id"] and hit["place"] == "Roissy CDG"
    detail = kenya.get(f"/api/v1/hits/{hit['id']}").json()
    assert detail["notice_reference"] == notice["reference"]
    assert "confirmed" in detail["next_statuses"]
    assert kenya.get("/api/v1/hits/counts").json()["unread"] == 0

    confirmed = kenya.post(
        f"/api/v1/hits/{hit['id']}/advance", json={"target": "confirmed", "note": "Same man."}
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["hit"]["status"] == "confirmed"
    assert confirmed.json()["history"][-1]["note"] == "Same man."

    history = kenya.get(f"/api/v1/notices/{notice_id}").json()["history"]
    assert [e["action"] for e in history] == [
        "draft",
        "submit",
        "start_review",
        "publish",
    ]
