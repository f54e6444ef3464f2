"""The shell every page shares, and the home page of the user's bureau."""

from __future__ import annotations

from fastapi.testclient import TestClient

from pamoja.model.records import RecordKind
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.integration.web.pages import context_of, log_in, template_of
from tests.support.records import passport, person
from tests.support.world import World


def test_the_header_names_the_user_bureau_country_and_roles(browser: TestClient) -> None:
    log_in(browser, "ke_border")
    html = browser.get("/").text
    assert "<strong>ke_border</strong>" in html
    assert "Namanga border post · Border post · Kenya (KEN)" in html
    assert "(Officer)" in html


def test_every_page_has_a_skip_link_to_the_main_content(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    for path in ("/", "/records", "/login"):
        html = browser.get(path).text
        assert '<a class="skip-link" href="#content">' in html
        assert '<main id="content"' in html


def test_the_navigation_marks_the_current_page(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/records")
    assert context_of(response)["current_nav"].path == "/records"
    assert '<a href="/records" aria-current="page">' in response.text


def test_the_navigation_offers_new_records_to_officers_only(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    assert "/records/new" in [i.path for i in context_of(browser.get("/"))["navigation"]]
    browser.cookies.clear()
    log_in(browser, "analyst")
    assert "/records/new" not in [i.path for i in context_of(browser.get("/"))["navigation"]]


def test_home_shows_the_bureau_and_counts_its_records_by_kind(
    browser: TestClient, platform: Platform, world: World
) -> None:
    records = RecordService(platform)
    records.create(world.ke_officer, person("Amina Otieno"), SharingChoice())
    records.create(world.ke_officer, passport("AK0000001"), SharingChoice())
    records.create(world.ke_officer, passport("AK0000002"), SharingChoice())
    records.create(world.ug_officer, passport("UG0000001"), SharingChoice())
    log_in(browser, "ke_officer")
    response = browser.get("/")
    assert template_of(response) == "home.html"
    context = context_of(response)
    assert context["bureau"].code == "KEN-NCB"
    assert context["counts"][RecordKind.PERSON] == 1
    assert context["counts"][RecordKind.DOCUMENT] == 2
    assert context["counts"][RecordKind.VEHICLE] == 0
    assert context["total"] == 3
    assert context["recent"][0].label == "passport AK0000002 (KEN)"
