"""In chromium, the notice workflow end to end: a Kenyan officer records a person kept in the
bureau and drafts a Red notice, the supervisor submits it, the secretariat's reviewer reviews and
publishes it, a French officer screens the person at a border and is told what to do, and the
hit appears in the Kenyan bureau's inbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import LiveServer
from tests.support.world import PASSWORD

pytestmark = pytest.mark.browser


def log_in(page: Page, server: LiveServer, username: str) -> None:
    page.goto(server.url + "/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(server.url + "/")


def log_out(page: Page, server: LiveServer) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(server.url + "/login")


def record_kept_in_the_bureau(page: Page) -> str:
    """Record the wanted person, shared with nobody outside the bureau; returns its number."""
    page.get_by_role("link", name="New person record").click()
    page.locator("#full_name").fill("Juma Otieno Kariuki")
    page.locator("#date_of_birth").fill("1984-03-12")
    page.locator("#gender").select_option("male")
    page.locator("#nationalities").fill("KE")
    page.locator("#scope").select_option("bureau")
    page.locator("#outside_scope").select_option("nothing")
    page.get_by_role("button", name="Save the record").click()
    expect(page).to_have_url(re.compile(r"/records/\d+$"))
    return page.url.rsplit("/", 1)[1]


def draft_red_notice(page: Page, subject: str) -> str:
    """Draft a Red notice for prosecution; returns the notice page's address."""
    page.get_by_role("link", name="Draft a notice").click()
    page.locator("#notice_type").select_option("red")
    page.locator("#subject").fill(subject)
    page.locator("#facts").fill("Shot a shopkeeper during a robbery in Nairobi on 3 January 2026.")
    page.locator("#offence").fill("Murder")
    page.locator("#legal_provision").fill("Penal Code s. 203")
    page.locator("#maximum_penalty_months").fill("600")
    page.locator("#red_purpose").select_option("prosecution")
    page.locator("#warrant_reference").fill("CR 1234/2026")
    page.locator("#warrant_date").fill("2026-01-15")
    page.locator("#warrant_authority").fill("High Court of Kenya")
    page.get_by_role("button", name="Save the draft").click()
    expect(page).to_have_url(re.compile(r"/notice-requests/\d+$"))
    expect(page.locator(".notice-status")).to_have_text("Draft")
    return page.url


def test_a_published_notice_alerts_a_border_officer_and_the_requesting_bureau(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    log_in(page, live_server, "ke_officer")
    subject = record_kept_in_the_bureau(page)
    notice_url = draft_red_notice(page, subject)
    reference = page.locator("h1").inner_text().rsplit(" ", 1)[1]
    log_out(page, live_server)

    log_in(page, live_server, "ke_supervisor")
    page.goto(notice_url)
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".notice-status")).to_have_text("Submitted")
    log_out(page, live_server)

    log_in(page, live_server, "reviewer")
    page.get_by_role("link", name="Review queue").click()
    page.get_by_role("link", name=reference).click()
    expect(page.locator(".findings--none")).to_be_visible()
    page.get_by_role("button", name="Start review").click()
    expect(page.locator(".notice-status")).to_have_text("Under review")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".notice-status")).to_have_text("Published")
    log_out(page, live_server)

    log_in(page, live_server, "fr_officer")
    page.get_by_role("link", name="Screen a person").click()
    page.locator("#name").fill("Juma Otieno Kariuki")
    page.locator("#date_of_birth").fill("1984-03-12")
    page.locator("#nationality").fill("KEN")
    page.locator("#purpose").select_option("border_check")
    page.locator("#place").fill("Roissy-Charles de Gaulle")
    page.get_by_role("button", name="Screen").click()
    instruction = page.locator(".hit-instruction")
    expect(instruction).to_contain_text("Red")
    expect(instruction).to_contain_text("NCB Nairobi")
    expect(instruction).to_contain_text(reference)
    page.screenshot(path=str(tmp_path / "screening-hit.png"), full_page=True)
    log_out(page, live_server)

    log_in(page, live_server, "ke_officer")
    page.get_by_role("link", name="Hits inbox").click()
    expect(page.locator(".inbox-counts")).to_contain_text("1 unread")
    page.get_by_role("link", name=re.compile(r"^Hit \d+$")).click()
    expect(page.locator(".hit-instruction")).to_contain_text(reference)
    expect(page.locator(".hit-query")).to_contain_text("Juma Otieno Kariuki")
    expect(page.get_by_text("Roissy-Charles de Gaulle")).to_be_visible()
    page.screenshot(path=str(tmp_path / "hit-detail.png"), full_page=True)
