"""The hits inbox of the requesting bureau and one hit with its follow-up."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from markupsafe import escape

from pamoja.matching import Subject
from pamoja.model.audit import Purpose
from pamoja.model.dates import PartialDate
from pamoja.model.notices import HitStatus
from pamoja.services.hits import HitAlert
from pamoja.services.platform import Platform
from pamoja.services.wiring import Services
from tests.integration.web.notice_scene import attach_scene
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of
from tests.support.notices import NoticeScene
from tests.support.world import World


@pytest.fixture
def hit(app: FastAPI, platform: Platform, world: World) -> HitAlert:
    """fr_officer screens the subject of a published Red notice of NCB Nairobi at a border."""
    services: Services
    scene: NoticeScene
    services, scene = attach_scene(app, platform, world)
    scene.published()
    query = Subject(
        id="q",
        names=("Juma Otieno Kariuki",),
        birth_date=PartialDate.parse("1984-03-12"),
        nationalities=("KEN",),
    )
    outcome = services.hits.screen(
        world.fr_officer, [query], purpose=Purpose.BORDER_CHECK, place="Roissy"
    )
    return outcome.hits[0]


def test_the_requesting_bureau_finds_the_hit_unread_in_its_inbox(
    browser: TestClient, hit: HitAlert
) -> None:
    log_in(browser, "ke_supervisor")
    response = browser.get("/hits")
    assert template_of(response) == "hits/inbox.html"
    context = context_of(response)
    assert [h.id for h in context["hits"].items] == [hit.hit_id]
    assert context["counts"].unread == 1
    assert "1 unread" in response.text


@pytest.mark.parametrize("page", ["/", "/records", "/screening"])
def test_every_page_shows_the_bureau_how_many_hits_it_has_not_opened(
    browser: TestClient, hit: HitAlert, page: str
) -> None:
    log_in(browser, "ke_supervisor")
    response = browser.get(page)
    assert context_of(response)["nav_counts"] == {"/hits": 1}
    assert '<span class="nav-count">1<span class="visually-hidden"> unread</span>' in (
        response.text
    )


def test_the_count_goes_once_the_hit_is_opened(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ke_officer")
    browser.get(f"/hits/{hit.hit_id}")
    response = browser.get("/")
    assert context_of(response)["nav_counts"] == {}
    assert "nav-count" not in response.text


def test_another_bureau_sees_no_count_of_its_hits(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "fr_officer")
    assert "nav-count" not in browser.get("/").text


def test_the_hit_shows_the_instruction_query_score_and_explanation(
    browser: TestClient, hit: HitAlert
) -> None:
    log_in(browser, "ke_officer")
    response = browser.get(f"/hits/{hit.hit_id}")
    assert template_of(response) == "hits/detail.html"
    detail = context_of(response)["detail"]
    assert detail.hit.query["names"] == ["Juma Otieno Kariuki"]
    assert detail.hit.place == "Roissy"
    assert hit.instruction.text in response.text
    assert str(escape(detail.hit.explanation)) in response.text


def test_opening_the_hit_marks_it_read(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ke_officer")
    browser.get(f"/hits/{hit.hit_id}")
    assert context_of(browser.get("/hits"))["counts"].unread == 0


def test_the_requesting_bureau_confirms_the_hit(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ke_officer")
    response = browser.post(
        f"/hits/{hit.hit_id}",
        data={"status": "confirmed", "note": "photo matches", "csrf_token": csrf_of(browser)},
    )
    assert response.status_code == 303
    detail = context_of(browser.get(f"/hits/{hit.hit_id}"))["detail"]
    assert detail.hit.status is HitStatus.CONFIRMED
    assert detail.history[-1].note == "photo matches"


def test_action_taken_without_an_outcome_is_reported(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ke_officer")
    token = csrf_of(browser)
    browser.post(f"/hits/{hit.hit_id}", data={"status": "confirmed", "csrf_token": token})
    response = browser.post(
        f"/hits/{hit.hit_id}", data={"status": "action_taken", "csrf_token": token}
    )
    assert response.status_code == 422
    assert context_of(response)["problem"]


def test_a_bureau_outside_the_hit_cannot_open_it(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ug_officer")
    assert browser.get(f"/hits/{hit.hit_id}").status_code in {403, 404}


def test_the_inbox_is_in_the_navigation_of_officers(browser: TestClient, hit: HitAlert) -> None:
    log_in(browser, "ke_officer")
    paths = [item.path for item in context_of(browser.get("/"))["navigation"]]
    assert "/hits" in paths
