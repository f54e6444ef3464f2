"""In chromium: a person asks, without an account, for the correction of what is held on them;
a reviewer of the secretariat takes the request on, finds and links the record, and decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pamoja.web.bot_check import MIN_FILL_SECONDS
from tests.e2e.conftest import LiveServer
from tests.e2e.test_browse_records import log_in

pytestmark = pytest.mark.browser


def send_request(page: Page, server: LiveServer, tmp_path: Path) -> str:
    """Fill in the public form as a person; the reference the receipt gives."""
    page.goto(server.url + "/public/wanted")
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
    expect(page.locator(".facts")).to_contain_text("The correction of what is held on me")
    page.screenshot(path=str(tmp_path / "people-request-receipt.png"), full_page=True)
    return page.get_by_role("status").locator(".reference").inner_text()


def test_a_person_asks_for_a_correction_and_a_reviewer_decides_it(
    page: Page, live_server: LiveServer, tmp_path: Path
) -> None:
    reference = send_request(page, live_server, tmp_path)
    log_in(page, live_server, "reviewer")
    page.get_by_role("link", name="People's requests").click()
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Correction request {reference}")
    page.get_by_role("button", name="Take it on").click()
    expect(page.locator(".request-status")).to_have_text("Under review")
    page.get_by_role("button", name="Search").click()  # by the name in the request
    shared = live_server.seeded.shared
    page.get_by_label(shared.reference, exact=False).check()
    page.get_by_role("button", name="Link the records chosen").click()
    expect(page.locator(".linked-records")).to_contain_text(shared.reference)
    page.get_by_label("Granted", exact=True).check()
    page.get_by_label("Reasons").fill("The owner bureau corrected the place of birth.")
    page.screenshot(path=str(tmp_path / "people-request-review.png"), full_page=True)
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_role("status")).to_contain_text("Decided: granted")
    expect(page.locator(".request-status")).to_have_text("Granted")
