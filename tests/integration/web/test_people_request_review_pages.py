"""People's requests for the secretariat's reviewers: the queue, and each request taken on, its
records found and linked, and decided with reasons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pamoja.model.notices import PeopleRequestStatus
from pamoja.model.record_views import FullRecord
from pamoja.services.errors import NotFound
from pamoja.services.people_requests import PeopleRequestReceipt, PeopleRequestSubmission
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from pamoja.services.wiring import Services, build_services
from tests.conftest import running
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of
from tests.support.clock import FakeClock
from tests.support.records import person
from tests.support.world import World


@pytest.fixture
def platform(sqlite_url: str, clock: FakeClock) -> Iterator[Platform]:
    with running(sqlite_url, clock) as built:
        yield built


@pytest.fixture
def services(app: FastAPI, platform: Platform) -> Services:
    built = build_services(platform)
    app.state.services = built
    return built


@pytest.fixture
def record(services: Services, world: World) -> FullRecord:
    """A person recorded by NCB Nairobi and shared with every member."""
    return services.records.create(world.ke_officer, person("Juma Otieno Kariuki"), SharingChoice())


@pytest.fixture
def received(services: Services) -> PeopleRequestReceipt:
    return services.people_requests.submit(
        PeopleRequestSubmission(
            kind="deletion",
            full_name="Juma Otieno Kariuki",
            contact="juma@example.org",
            request_text="Delete what you hold on me.",
        )
    )


@pytest.fixture
def request_id(services: Services, world: World, received: PeopleRequestReceipt) -> int:
    (view,) = services.people_requests.queue(world.reviewer)
    return view.request.id


@pytest.fixture
def reviewer(browser: TestClient) -> TestClient:
    log_in(browser, "reviewer")
    return browser


def test_the_queue_shows_the_reviewer_the_requests_awaiting_a_decision(
    reviewer: TestClient, received: PeopleRequestReceipt
) -> None:
    response = reviewer.get("/people-requests")
    assert template_of(response) == "people_requests/queue.html"
    assert [v.request.reference for v in context_of(response)["requests"]] == [received.reference]


@pytest.mark.parametrize("username", ["ke_officer", "ke_supervisor", "analyst", "admin"])
@pytest.mark.parametrize("page", ["/people-requests", "/people-requests/{id}"])
def test_only_reviewers_see_peoples_requests(
    browser: TestClient, request_id: int, username: str, page: str
) -> None:
    log_in(browser, username)
    assert browser.get(page.format(id=request_id)).status_code == 403
    paths = [item.path for item in context_of(browser.get("/"))["navigation"]]
    assert "/people-requests" not in paths


def test_a_request_past_its_deadline_is_counted_on_every_page_of_the_reviewer(
    browser: TestClient, clock: FakeClock, received: PeopleRequestReceipt
) -> None:
    log_in(browser, "reviewer")
    assert context_of(browser.get("/"))["nav_counts"] == {}
    clock.moment = datetime.combine(received.due_on, time(9), UTC) + timedelta(days=1)
    log_in(browser, "reviewer")  # the session of a month ago has expired
    assert context_of(browser.get("/"))["nav_counts"] == {"/people-requests": 1}


def test_the_reviewer_takes_a_request_on(reviewer: TestClient, request_id: int) -> None:
    token = csrf_of(reviewer)
    response = reviewer.post(f"/people-requests/{request_id}/take", data={"csrf_token": token})
    assert response.status_code == 303
    view = context_of(reviewer.get(f"/people-requests/{request_id}"))["view"]
    assert view.request.status is PeopleRequestStatus.UNDER_REVIEW


def test_the_reviewer_finds_the_requesters_records_by_the_name_in_the_request_and_links_them(
    reviewer: TestClient, request_id: int, record: FullRecord
) -> None:
    found = context_of(reviewer.get(f"/people-requests/{request_id}?find="))["found"]
    assert [view.id for view in found.items] == [record.id]
    response = reviewer.post(
        f"/people-requests/{request_id}/records",
        data={"csrf_token": csrf_of(reviewer), "record_id": [str(record.id)]},
    )
    assert response.status_code == 303
    page = reviewer.get(f"/people-requests/{request_id}")
    assert [link.record_id for link in context_of(page)["view"].request.linked] == [record.id]
    assert record.reference in page.text


def test_a_search_longer_than_a_name_is_refused_at_its_field(
    reviewer: TestClient, request_id: int
) -> None:
    response = reviewer.get(f"/people-requests/{request_id}", params={"find": "x" * 201})
    assert response.status_code == 422
    assert context_of(response)["errors"] == {"find": ["at most 200 characters"]}
    assert context_of(response)["found"] is None


@pytest.mark.parametrize("chosen", ["x", "9" * 30], ids=["not a number", "beyond any id"])
def test_linking_what_is_not_a_record_of_the_list_is_refused(
    reviewer: TestClient, request_id: int, chosen: str
) -> None:
    response = reviewer.post(
        f"/people-requests/{request_id}/records",
        data={"csrf_token": csrf_of(reviewer), "record_id": [chosen]},
    )
    assert response.status_code == 422
    assert context_of(response)["errors"] == {"record_ids": ["choose records from the list"]}


def test_a_granted_deletion_removes_the_linked_record_and_says_so(
    reviewer: TestClient,
    services: Services,
    world: World,
    request_id: int,
    record: FullRecord,
) -> None:
    services.people_requests.link_records(world.reviewer, request_id, [record.id])
    response = reviewer.post(
        f"/people-requests/{request_id}/decision",
        data={
            "csrf_token": csrf_of(reviewer),
            "decision": "granted",
            "reasons": "Acquitted in 2019; nothing justifies keeping the record.",
        },
    )
    assert response.status_code == 200
    assert context_of(response)["outcome"].deleted_record_ids == (record.id,)
    assert f"record {record.id}" in response.text
    with pytest.raises(NotFound):
        services.records.get(world.ke_officer, record.id)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"decision": "granted", "reasons": " "}, "reasons"),
        ({"reasons": "Acquitted."}, "decision"),
        ({"decision": "received", "reasons": "Acquitted."}, "decision"),
        ({"decision": "partly_granted", "reasons": "In part.", "delete_record_id": "x"}, None),
        ({"decision": "partly_granted", "reasons": "In part.", "delete_record_id": "9" * 30}, None),
    ],
    ids=["no reasons", "no decision", "not a decision", "not a record", "beyond any id"],
)
def test_a_wrong_decision_is_shown_at_its_field_and_nothing_is_decided(
    reviewer: TestClient, request_id: int, data: dict[str, str], field: str | None
) -> None:
    response = reviewer.post(
        f"/people-requests/{request_id}/decision", data={"csrf_token": csrf_of(reviewer)} | data
    )
    assert response.status_code == 422
    assert field is None or field in context_of(response)["errors"]
    assert context_of(response)["view"].request.status is PeopleRequestStatus.RECEIVED


@pytest.mark.parametrize("step", ["take", "records", "decision"])
def test_a_step_without_the_form_token_is_refused(
    reviewer: TestClient, request_id: int, step: str
) -> None:
    response = reviewer.post(
        f"/people-requests/{request_id}/{step}", data={"decision": "refused", "reasons": "No."}
    )
    assert response.status_code == 403
    view = context_of(reviewer.get(f"/people-requests/{request_id}"))["view"]
    assert view.request.status is PeopleRequestStatus.RECEIVED
