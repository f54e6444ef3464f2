"""Logging in and out of the pages: the session cookie, errors, redirects and CSRF."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pamoja.web.session import SESSION_COOKIE
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of


def test_login_page_is_a_form_with_a_csrf_token(browser: TestClient) -> None:
    response = browser.get("/login")
    assert response.status_code == 200
    assert template_of(response) == "login.html"
    assert context_of(response)["csrf_token"] in response.text


def test_login_sets_an_httponly_samesite_session_cookie_and_goes_home(
    browser: TestClient,
) -> None:
    response = log_in(browser, "ke_officer")
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE + "=")
    )
    attributes = cookie.lower()
    assert "httponly" in attributes
    assert "samesite=lax" in attributes
    assert "secure" not in attributes


def test_a_wrong_password_shows_the_login_page_with_an_error(browser: TestClient) -> None:
    response = log_in(browser, "ke_officer", "not the password")
    assert response.status_code == 401
    assert template_of(response) == "login.html"
    assert context_of(response)["error"] == "Wrong username or password."
    assert SESSION_COOKIE not in browser.cookies


def test_too_many_failed_logins_show_the_rate_limit_message(browser: TestClient) -> None:
    for _ in range(5):
        assert log_in(browser, "ke_officer", "wrong").status_code == 401
    response = log_in(browser, "ke_officer")
    assert response.status_code == 429
    assert "Too many failed logins" in context_of(response)["error"]
    assert int(response.headers["retry-after"]) > 0


def test_a_login_form_without_its_csrf_token_is_refused(browser: TestClient) -> None:
    browser.get("/login")
    response = browser.post("/login", data={"username": "ke_officer", "password": "x"})
    assert response.status_code == 403
    assert SESSION_COOKIE not in browser.cookies


@pytest.mark.parametrize("path", ["/", "/records?kind=person", "/records/1", "/records/new"])
def test_pages_send_a_logged_out_browser_to_the_login_page_and_back(
    browser: TestClient, path: str
) -> None:
    response = browser.get(path)
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/login")
    assert context_of(browser.get(location))["next"] == (path if path != "/" else "/")


def test_after_login_the_browser_returns_to_the_page_it_asked_for(browser: TestClient) -> None:
    form = browser.get("/login?next=/records%3Fkind%3Ddocument")
    response = browser.post(
        "/login",
        data={
            "username": "ke_officer",
            "password": "correct horse battery staple",
            "next": context_of(form)["next"],
            "csrf_token": context_of(form)["csrf_token"],
        },
    )
    assert response.headers["location"] == "/records?kind=document"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"]
)
def test_login_never_sends_the_browser_to_another_site(browser: TestClient, next_url: str) -> None:
    assert context_of(browser.get("/login", params={"next": next_url}))["next"] == "/"


def test_a_stale_session_cookie_sends_the_browser_to_log_in(browser: TestClient) -> None:
    browser.cookies.set(SESSION_COOKIE, "not-a-session")
    response = browser.get("/")
    assert response.status_code == 303
    assert response.headers["location"] == "/login"


def test_logout_without_the_csrf_token_is_refused(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.post("/logout")
    assert response.status_code == 403
    assert template_of(response) == "error.html"
    assert browser.get("/").status_code == 200


def test_logout_with_a_token_of_another_session_is_refused(
    browser: TestClient, app: object
) -> None:
    log_in(browser, "ke_officer")
    with TestClient(browser.app, follow_redirects=False) as other:
        log_in(other, "ke_officer")
        foreign = csrf_of(other)
    response = browser.post("/logout", data={"csrf_token": foreign})
    assert response.status_code == 403


def test_logout_ends_the_session(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    token = browser.cookies[SESSION_COOKIE]
    response = browser.post("/logout", data={"csrf_token": csrf_of(browser)})
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    browser.cookies.set(SESSION_COOKIE, token)
    assert browser.get("/").status_code == 303
