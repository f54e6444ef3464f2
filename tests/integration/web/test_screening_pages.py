"""The "Screen a person" page: records that may match, and notice hits with what to do."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pamoja.model.record_views import FullRecord, HitStub
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.services.platform import Platform
from tests.integration.web.notice_scene import attach_scene
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of
from tests.support.notices import NoticeScene
from tests.support.world import World

JUMA = {
    "name": "Juma Otieno Kariuki",
    "date_of_birth": "1984-03-12",
    "nationality": "KE",
    "document": "",
    "purpose": "border_check",
    "place": "Namanga border post",
}


@pytest.fixture
def scene(app: FastAPI, platform: Platform, world: World) -> NoticeScene:
    return attach_scene(app, platform, world)[1]


def screen(browser: TestClient, **changes: str) -> dict[str, object]:
    response = browser.post("/screening", data={**JUMA, **changes, "csrf_token": csrf_of(browser)})
    assert template_of(response) == "screening/screen.html"
    return context_of(response)


def test_the_form_is_empty_before_a_screening(browser: TestClient, scene: NoticeScene) -> None:
    log_in(browser, "fr_officer")
    response = browser.get("/screening")
    assert template_of(response) == "screening/screen.html"
    assert context_of(response)["screened"] is False
    assert context_of(response)["hits"] == []


def test_a_published_notice_gives_the_searcher_its_instruction(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.published()
    log_in(browser, "fr_officer")
    context = screen(browser)
    hits = context["hits"]
    assert isinstance(hits, list) and len(hits) == 1
    assert hits[0].reference == str(notice.reference)
    assert "Red" in hits[0].instruction.text
    assert "NCB Nairobi" in hits[0].instruction.text


def test_the_instruction_is_shown_on_the_page(browser: TestClient, scene: NoticeScene) -> None:
    scene.published()
    log_in(browser, "fr_officer")
    response = browser.post("/screening", data={**JUMA, "csrf_token": csrf_of(browser)})
    assert "Notice hits: act now" in response.text
    assert context_of(response)["hits"][0].instruction.text in response.text


def test_a_record_kept_in_its_bureau_is_not_found_without_a_notice(
    browser: TestClient, scene: NoticeScene
) -> None:
    scene.subject()
    log_in(browser, "fr_officer")
    context = screen(browser)
    assert context["hits"] == []
    assert context["matches"] == []


def test_the_owner_bureau_sees_its_record_with_score_and_explanation(
    browser: TestClient, scene: NoticeScene
) -> None:
    record_id = scene.subject()
    log_in(browser, "ke_officer")
    matches = screen(browser)["matches"]
    assert isinstance(matches, list)
    assert [m.record_id for m in matches] == [record_id]
    assert isinstance(matches[0].view, FullRecord)
    assert matches[0].explanation


def test_an_outsider_sees_only_whom_to_contact_for_a_hit_only_record(
    browser: TestClient, scene: NoticeScene
) -> None:
    scene.subject(scope=Scope.BUREAU, outside_scope=OutsideScope.HIT_ONLY)
    log_in(browser, "fr_officer")
    response = browser.post("/screening", data={**JUMA, "csrf_token": csrf_of(browser)})
    matches = context_of(response)["matches"]
    assert isinstance(matches[0].view, HitStub)
    assert "Record held by NCB Nairobi" in response.text
    assert "Kisumu" not in response.text


def test_a_query_without_name_or_document_is_refused_on_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    log_in(browser, "fr_officer")
    response = browser.post("/screening", data={**JUMA, "name": "", "csrf_token": csrf_of(browser)})
    assert response.status_code == 422
    assert "name" in context_of(response)["errors"]


def test_an_unknown_nationality_is_reported_next_to_its_field(
    browser: TestClient, scene: NoticeScene
) -> None:
    log_in(browser, "fr_officer")
    response = browser.post(
        "/screening", data={**JUMA, "nationality": "Atlantis", "csrf_token": csrf_of(browser)}
    )
    assert response.status_code == 422
    assert "nationality" in context_of(response)["errors"]


def test_the_form_without_its_csrf_token_is_refused(
    browser: TestClient, scene: NoticeScene
) -> None:
    log_in(browser, "fr_officer")
    assert browser.post("/screening", data=JUMA).status_code == 403
