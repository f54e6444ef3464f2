"""Public notice pages: anyone may read the consented extract of published Red and Yellow notices,
and nothing else."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pamoja.services.platform import Platform
from tests.integration.web.notice_scene import attach_scene
from tests.integration.web.pages import context_of, template_of
from tests.support.notices import NoticeScene, red_content
from tests.support.world import World


@pytest.fixture
def scene(app: FastAPI, platform: Platform, world: World) -> NoticeScene:
    return attach_scene(app, platform, world)[1]


def test_a_consented_red_notice_is_listed_for_anyone_without_login(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.published(red_content(public_extract_consent=True))
    response = browser.get("/public/wanted")
    assert response.status_code == 200
    assert template_of(response) == "public/list.html"
    page = context_of(response)["page"]
    assert [n.reference for n in page.notices] == [notice.reference]  # type: ignore[attr-defined]


def test_the_detail_page_shows_the_extract_and_the_charge(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.published(red_content(public_extract_consent=True))
    response = browser.get(f"/public/wanted/{notice.reference.url_form}")
    assert response.status_code == 200
    assert "Murder" in response.text
    assert "Shot a shopkeeper" not in response.text  # the facts are not in the public extract


def test_a_notice_without_consent_is_not_public(browser: TestClient, scene: NoticeScene) -> None:
    notice = scene.published(red_content(public_extract_consent=False))
    assert context_of(browser.get("/public/wanted"))["page"].total == 0  # type: ignore[attr-defined]
    assert browser.get(f"/public/wanted/{notice.reference.url_form}").status_code == 404


def test_an_unknown_public_list_is_not_found(browser: TestClient) -> None:
    assert browser.get("/public/stolen-art").status_code == 404
