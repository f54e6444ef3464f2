"""The public page of people's rights: anyone sends an access, correction or deletion request
without an account and is given its reference and due date; what a script posts is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pamoja.model.notices import PeopleRequestKind
from pamoja.services.platform import Platform
from pamoja.services.wiring import Services
from tests.conftest import running
from tests.integration.web.pages import context_of, template_of
from tests.support.clock import FakeClock
from tests.support.world import World

REQUESTS_PER_HOUR = 2


@pytest.fixture
def platform(sqlite_url: str, clock: FakeClock) -> Iterator[Platform]:
    with running(sqlite_url, clock, people_requests_per_hour=REQUESTS_PER_HOUR) as built:
        yield built


def services_of(app: FastAPI, browser: TestClient) -> Services:
    browser.get("/public/requests")  # the services are built on first use
    services: Services = app.state.services
    return services


def filled_form(browser: TestClient, clock: FakeClock, **changes: str) -> dict[str, str]:
    """The form as a person fills it in: fetched, half a minute of typing, then sent."""
    page = browser.get("/public/requests")
    clock.advance(timedelta(seconds=30))
    return {
        "form_proof": context_of(page)["proof"],
        "website": "",
        "kind": "deletion",
        "full_name": "Amina Okonkwo",
        "date_of_birth": "1984-02-11",
        "nationality": "Nigeria",
        "contact": "amina.okonkwo@example.org",
        "lawyer": "",
        "request_text": "Please delete what you hold on me: I was acquitted in 2019.",
    } | changes


def held_requests(app: FastAPI, browser: TestClient, world: World) -> list[str]:
    queue = services_of(app, browser).people_requests.queue(world.reviewer)
    return [view.request.full_name for view in queue]


def test_the_form_is_open_to_anyone_and_linked_from_every_page(browser: TestClient) -> None:
    response = browser.get("/public/requests")
    assert response.status_code == 200
    assert template_of(response) == "public/people_request.html"
    assert 'href="/public/requests"' in browser.get("/public/wanted").text


def test_a_request_sent_from_the_form_is_received_with_its_reference_and_due_date(
    app: FastAPI, browser: TestClient, clock: FakeClock, world: World
) -> None:
    response = browser.post("/public/requests", data=filled_form(browser, clock))
    assert response.status_code == 201
    receipt = context_of(response)["receipt"]
    assert receipt.reference in response.text
    assert receipt.due_on.isoformat() in response.text
    (held,) = services_of(app, browser).people_requests.queue(world.reviewer)
    assert held.request.reference == receipt.reference
    assert held.request.kind is PeopleRequestKind.DELETION
    assert (held.request.full_name, held.request.nationality) == ("Amina Okonkwo", "NGA")
    assert str(held.request.date_of_birth) == "1984-02-11"


@pytest.mark.parametrize(
    ("changes", "wait", "reason"),
    [
        ({"form_proof": ""}, timedelta(seconds=30), "did not come from this page"),
        ({"form_proof": "1700000000.abc.forged"}, timedelta(seconds=30), "did not come from"),
        ({}, timedelta(hours=3), "expired"),
        ({}, timedelta(seconds=-29), "seconds after it was shown"),
        ({"website": "http://spam.example"}, timedelta(seconds=30), "not sent as a person"),
    ],
    ids=["no proof", "forged proof", "expired", "sent at once", "trap filled"],
)
def test_a_form_that_does_not_pass_as_a_persons_is_refused_and_nothing_is_stored(
    app: FastAPI,
    browser: TestClient,
    clock: FakeClock,
    world: World,
    changes: dict[str, str],
    wait: timedelta,
    reason: str,
) -> None:
    form = filled_form(browser, clock, **changes)
    clock.advance(wait)
    response = browser.post("/public/requests", data=form)
    assert response.status_code == 400
    assert context_of(response)["errors"]["form"][0].count(reason) == 1
    assert context_of(response)["values"]["full_name"] == "Amina Okonkwo"  # kept to send again
    assert held_requests(app, browser, world) == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", " ", "required"),
        ("nationality", "Atlantis", "Atlantis"),
        ("date_of_birth", "11/02/1984", "not a date"),
        ("kind", "everything", "not a request"),
    ],
)
def test_a_wrong_field_is_shown_at_the_field_and_nothing_is_stored(
    app: FastAPI,
    browser: TestClient,
    clock: FakeClock,
    world: World,
    field: str,
    value: str,
    message: str,
) -> None:
    response = browser.post("/public/requests", data=filled_form(browser, clock, **{field: value}))
    assert response.status_code == 422
    assert message in " ".join(context_of(response)["errors"][field])
    assert held_requests(app, browser, world) == []


def test_one_address_may_send_only_a_few_requests_an_hour(
    app: FastAPI, browser: TestClient, clock: FakeClock, world: World
) -> None:
    for _ in range(REQUESTS_PER_HOUR):
        assert browser.post("/public/requests", data=filled_form(browser, clock)).status_code == 201
    response = browser.post("/public/requests", data=filled_form(browser, clock))
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "too many requests" in context_of(response)["errors"]["form"][0]
    assert len(held_requests(app, browser, world)) == REQUESTS_PER_HOUR
