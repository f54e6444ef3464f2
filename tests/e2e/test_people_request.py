"""In chromium: a person asks, without an account, what is held on them."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pamoja.web.bot_check import MIN_FILL_SECONDS
from tests.e2e.conftest import LiveServer

pytestmark = pytest.mark.browser


def test_a_person_sends_a_request_from_the_public_pages_and_is_given_its_reference(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    page.goto(live_server.url + "/public/wanted")
    page.get_by_role("link", name="ask what is held on you").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask what is held on you")
    expect(page.get_by_label("Leave this empty")).not_to_be_in_viewport()
    page.get_by_label("The correction of what is held on me").check()
    page.get_by_label("Full name").fill("Amina Wanjiku Odhiambo")
    page.get_by_label("Date of birth").fill("1988-07")
    page.get_by_label("Nationality").fill("Kenya")
    page.get_by_label("Contact").fill("PO Box 1010, Kisumu")
    page.get_by_label("Your request").fill("My place of birth is Kisumu, not Nakuru.")
    page.screenshot(path=str(tmp_path / "people-request-form.png"), full_page=True)
    page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)  # as long as a person at least takes
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your request was received")
    expect(page.get_by_role("status")).to_contain_text("Quote this reference")
    expect(page.locator(".facts")).to_contain_text("The correction of what is held on me")
    page.screenshot(path=str(tmp_path / "people-request-receipt.png"), full_page=True)
