"""In chromium: an officer logs in, searches and opens a record; an outsider sees only a stub."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import LiveServer
from tests.support.world import PASSWORD

pytestmark = pytest.mark.browser


def log_in(page: Page, server: LiveServer, username: str) -> None:
    page.goto(server.url + "/")
    expect(page).to_have_url(server.url + "/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(server.url + "/")


def search_persons(page: Page, text: str) -> None:
    page.get_by_role("link", name="Search records").click()
    page.get_by_label("Name, number or words").fill(text)
    page.get_by_label("Kind of record").select_option("person")
    page.get_by_label("Purpose").select_option("criminal_investigation")
    page.get_by_role("button", name="Search").click()


def test_an_officer_logs_in_searches_and_opens_a_record(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    log_in(page, live_server, "ug_officer")
    expect(page.locator(".who")).to_contain_text("NCB Kampala")
    search_persons(page, "wanjiku")
    expect(page.get_by_role("heading", name="1 record found")).to_be_visible()
    page.get_by_role("link", name="Amina Wanjiku Odhiambo (1988-07)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Amina Wanjiku Odhiambo (1988-07)")
    expect(page.locator("bdi.name", has_text="أمينة وانجيكو")).to_have_attribute("dir", "auto")
    expect(page.get_by_text("1988-07 (year and month only)")).to_be_visible()
    page.screenshot(path=str(tmp_path / "record-detail.png"), full_page=True)


def test_an_outsider_finds_only_whom_to_contact(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    kept = live_server.seeded.kept
    log_in(page, live_server, "fr_officer")
    search_persons(page, "baraka")
    expect(page.locator(".stub-row")).to_contain_text(
        f"Record held by NCB Nairobi (KEN-NCB, Kenya (KEN)) — contact them, quoting reference "
        f"{kept.reference}"
    )
    page.screenshot(path=str(tmp_path / "search-stub.png"), full_page=True)
    page.get_by_role("link", name=f"Contact details for {kept.reference}").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(kept.reference)
    body = page.locator("main").inner_text()
    for content in ("Baraka", "Mwangi", "Nakuru"):
        assert content not in body


def test_logging_out_returns_to_the_login_page(page: Page, live_server: LiveServer) -> None:
    log_in(page, live_server, "ke_officer")
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(live_server.url + "/login")
    page.goto(live_server.url + "/records")
    expect(page).to_have_url(live_server.url + "/login?next=%2Frecords")
