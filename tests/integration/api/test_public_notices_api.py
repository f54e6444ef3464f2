"""The public notices API: only consenting published notices, only their public extract."""

from __future__ import annotations

from fastapi.testclient import TestClient

from pamoja.model.records import Identifier
from pamoja.services.platform import Platform
from tests.support.notices import (
    FACTS,
    NoticeScene,
    make_scene,
    red_content,
    wanted_person,
    yellow_content,
)
from tests.support.world import World

PASSPORT = "AK9988776"


def consenting_red(scene: NoticeScene) -> str:
    subject = scene.subject(wanted_person(identifiers=(Identifier("passport", PASSPORT, "KEN"),)))
    notice = scene.notices.draft(
        scene.world.ke_officer, red_content(public_extract_consent=True), (subject,)
    )
    scene.notices.submit(scene.world.ke_supervisor, notice.id)
    scene.notices.start_review(scene.world.reviewer, notice.id)
    scene.notices.publish(scene.world.reviewer, notice.id)
    return notice.reference.url_form


def test_a_consenting_published_red_notice_is_listed_in_interpol_shape(
    platform: Platform, world: World, anonymous: TestClient
) -> None:
    url_id = consenting_red(make_scene(platform, world))
    response = anonymous.get("/notices/v1/red")
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["total"] == 1
    (item,) = answer["_embedded"]["notices"]
    assert item["entity_id"] == url_id.replace("-", "/")
    assert item["name"] and item["date_of_birth"] == "1984/03/12"
    assert item["nationalities"] == ["KE"]
    assert item["_links"]["self"]["href"].endswith(f"/notices/v1/red/{url_id}")
    assert set(answer["_links"]) >= {"self", "first", "last"}


def test_the_detail_shows_the_arrest_warrant_and_nothing_outside_the_extract(
    platform: Platform, world: World, anonymous: TestClient
) -> None:
    url_id = consenting_red(make_scene(platform, world))
    response = anonymous.get(f"/notices/v1/red/{url_id}")
    assert response.status_code == 200, response.text
    detail = response.json()
    assert detail["arrest_warrants"] == [
        {"issuing_country_id": "KE", "charge": "Murder", "charge_translation": None}
    ]
    assert set(detail) == {
        "forename",
        "name",
        "date_of_birth",
        "entity_id",
        "nationalities",
        "sex_id",
        "country_of_birth_id",
        "place_of_birth",
        "arrest_warrants",
        "_links",
    }
    for secret in (PASSPORT, FACTS, "CR 1234/2026", "High Court", "Penal Code"):
        assert secret not in response.text


def test_notices_without_consent_or_not_published_do_not_appear(
    platform: Platform, world: World, anonymous: TestClient
) -> None:
    scene = make_scene(platform, world)
    scene.published()  # no consent
    scene.under_review(red_content(public_extract_consent=True))  # not published
    assert anonymous.get("/notices/v1/red").json()["total"] == 0


def test_a_yellow_notice_is_listed_under_yellow_only(
    platform: Platform, world: World, anonymous: TestClient
) -> None:
    scene = make_scene(platform, world)
    notice = scene.published(yellow_content(public_extract_consent=True))
    assert anonymous.get("/notices/v1/red").json()["total"] == 0
    yellow = anonymous.get("/notices/v1/yellow").json()
    assert [n["entity_id"] for n in yellow["_embedded"]["notices"]] == [str(notice.reference)]
    detail = anonymous.get(f"/notices/v1/yellow/{notice.reference.url_form}").json()
    assert "arrest_warrants" not in detail


def test_the_query_filters_by_name(platform: Platform, world: World, anonymous: TestClient) -> None:
    consenting_red(make_scene(platform, world))
    assert anonymous.get("/notices/v1/red", params={"name": "Kariuki"}).json()["total"] == 1
    assert anonymous.get("/notices/v1/red", params={"name": "Smith"}).json()["total"] == 0


def test_an_unknown_notice_is_a_404_problem(anonymous: TestClient) -> None:
    response = anonymous.get("/notices/v1/red/2026-9999")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_a_malformed_notice_id_is_a_422_naming_it(anonymous: TestClient) -> None:
    response = anonymous.get("/notices/v1/red/nonsense")
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "notice_id"


def test_a_bad_query_parameter_is_a_422_naming_it(anonymous: TestClient) -> None:
    response = anonymous.get("/notices/v1/red", params={"ageMin": "old"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "ageMin"
