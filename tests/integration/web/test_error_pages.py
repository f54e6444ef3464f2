"""Errors on pages carry the same title and detail as the API's problem details, as HTML."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.integration.web.pages import context_of, log_in, template_of


def test_a_page_error_has_the_title_and_detail_of_the_api_problem(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    page = browser.get("/records/999999")
    api = browser.get("/api/v1/records/999999")
    assert api.headers["content-type"] == "application/problem+json"
    problem = context_of(page)["problem"]
    assert (page.status_code, problem.title, problem.detail) == (
        api.status_code,
        api.json()["title"],
        api.json()["detail"],
    )
    assert page.headers["content-type"].startswith("text/html")
    assert problem.detail in page.text


def test_api_paths_still_answer_a_logged_out_browser_with_problem_json(
    browser: TestClient,
) -> None:
    response = browser.get("/api/v1/records")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"


def test_a_form_refused_for_its_csrf_token_shows_an_error_page(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.post("/logout", data={"csrf_token": "forged"})
    assert response.status_code == 403
    assert template_of(response) == "error.html"
    assert "reload the page" in context_of(response)["problem"].detail


def test_a_form_token_with_letters_beyond_ascii_is_refused_like_any_other(
    browser: TestClient,
) -> None:
    log_in(browser, "ke_officer")
    response = browser.post("/logout", data={"csrf_token": "jeton-forgé"})
    assert response.status_code == 403
    assert template_of(response) == "error.html"


def test_pages_are_not_cached_framed_or_scripted(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    headers = browser.get("/").headers
    assert headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/records/{}", "/hits/{}", "/notice-requests/{}"])
def test_a_page_for_an_id_beyond_what_the_store_holds_is_a_client_error(
    browser: TestClient, path: str
) -> None:
    log_in(browser, "ke_officer")
    response = browser.get(path.format(2**63))
    assert response.status_code == 422
    assert template_of(response) == "error.html"
