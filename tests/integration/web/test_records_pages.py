"""Record search and detail pages: what the gate lets each user see, and nothing more."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord, HitStub
from pamoja.model.records import (
    Identifier,
    LinkKind,
    NameKind,
    PersonDetails,
    PersonName,
)
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.integration.web.pages import context_of, log_in, template_of
from tests.support.records import passport, person
from tests.support.world import World

BUREAU_ONLY_HIT = SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.HIT_ONLY)
SECRET_NAME = "Wanjiru Kamau Secretname"


@pytest.fixture
def records(platform: Platform) -> RecordService:
    return RecordService(platform)


@pytest.fixture
def hidden_person(records: RecordService, world: World) -> FullRecord:
    """A Kenyan record shared with the Kenyan NCB only; outsiders may learn of a hit."""
    return records.create(
        world.ke_officer,
        person(SECRET_NAME, dob="1979-06-02", nationalities=("KEN",)),
        BUREAU_ONLY_HIT,
    )


def _search(browser: TestClient, **params: str) -> dict[str, Any]:
    response = browser.get("/records", params=params)
    assert response.status_code == 200, response.text
    assert template_of(response) == "records/search.html"
    return context_of(response)


def test_the_search_page_starts_with_an_empty_form(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    context = _search(browser)
    assert context["searched"] is False
    assert context["results"] is None


def test_a_person_search_without_purpose_asks_for_one(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/records", params={"text": "kamau"})
    assert response.status_code == 422
    assert [e.location for e in context_of(response)["errors"]] == ["purpose"]
    assert 'aria-invalid="true"' in response.text


def test_an_unknown_kind_is_reported_on_the_form(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/records", params={"text": "x", "kind": "spaceship"})
    assert response.status_code == 422
    assert context_of(response)["errors"][0].location == "kind"


def test_the_owner_finds_the_record_in_full_with_a_link_to_it(
    browser: TestClient, hidden_person: FullRecord
) -> None:
    log_in(browser, "ke_officer")
    context = _search(browser, text="kamau", purpose="criminal_investigation")
    results = context["results"]
    assert [type(v) for v in results.items] == [FullRecord]
    page = browser.get("/records", params={"text": "kamau", "purpose": "criminal_investigation"})
    assert f'href="/records/{hidden_person.id}?purpose=criminal_investigation"' in page.text
    assert SECRET_NAME in page.text


def test_an_outsider_search_shows_a_stub_with_the_owner_and_no_content(
    browser: TestClient, hidden_person: FullRecord
) -> None:
    log_in(browser, "fr_officer")
    response = browser.get("/records", params={"text": "kamau", "purpose": "border_check"})
    results = context_of(response)["results"]
    assert [type(v) for v in results.items] == [HitStub]
    assert "Record held by NCB Nairobi (KEN-NCB" in response.text
    assert hidden_person.reference in response.text
    for content in (SECRET_NAME, "Wanjiru", "1979", "Mombasa"):
        assert content not in response.text


def test_search_results_are_paginated(
    browser: TestClient, records: RecordService, world: World
) -> None:
    for number in range(30):
        records.create(world.ke_officer, passport(f"PA{number:05d}"), SharingChoice())
    log_in(browser, "ke_officer")
    first = _search(browser, kind="document")
    assert first["results"].total == 30
    assert len(first["results"].items) == 25
    assert first["next_query"] == "kind=document&page=2"
    second = _search(browser, kind="document", page="2")
    assert len(second["results"].items) == 5
    assert second["previous_query"] == "kind=document&page=1"
    assert second["next_query"] is None


def test_the_detail_page_shows_a_person_as_typed_with_date_precision(
    browser: TestClient, records: RecordService, world: World
) -> None:
    details = PersonDetails(
        names=(
            PersonName("محمد عبد الرحمن يوسف"),
            PersonName("Mohammed Yusuf", NameKind.ALIAS),
            PersonName("መሐመድ ዩሱፍ", NameKind.ALIAS),
        ),
        date_of_birth=PartialDate(1984, 3),
        nationalities=("KEN", "EGY"),
        place_of_birth="Mombasa",
        identifiers=(Identifier("national_id", "12345678", "KEN"),),
    )
    created = records.create(world.ke_officer, details, SharingChoice())
    log_in(browser, "ug_officer")
    response = browser.get(f"/records/{created.id}")
    assert response.status_code == 200
    assert template_of(response) == "records/detail.html"
    assert context_of(response)["record"].id == created.id
    html = response.text
    assert '<bdi dir="auto" class="name">محمد عبد الرحمن يوسف</bdi>' in html
    assert "መሐመድ ዩሱፍ" in html
    for shown in (
        "Arabic",
        "Ge&#39;ez",
        "1984-03 (year and month only)",
        "Kenya (KEN)",
        "Egypt (EGY)",
        "12345678",
        "All member countries",
        "Restricted",
    ):
        assert shown in html


def test_the_detail_page_of_an_out_of_scope_record_shows_only_the_stub(
    browser: TestClient, hidden_person: FullRecord
) -> None:
    log_in(browser, "fr_officer")
    response = browser.get(f"/records/{hidden_person.id}")
    assert response.status_code == 200
    assert template_of(response) == "records/stub.html"
    assert isinstance(context_of(response)["stub"], HitStub)
    assert "record" not in context_of(response)
    assert hidden_person.reference in response.text
    assert "NCB Nairobi" in response.text
    for content in (SECRET_NAME, "Wanjiru", "1979", "Mombasa"):
        assert content not in response.text


def test_a_linked_record_outside_scope_shows_its_reference_and_owner_only(
    browser: TestClient, records: RecordService, world: World
) -> None:
    holder = records.create(world.ke_officer, person("Shared Holder"), SharingChoice())
    document = records.create(world.ke_officer, passport("XK9990001"), BUREAU_ONLY_HIT)
    records.link(world.ke_officer, holder.id, document.id, LinkKind.HOLDER_OF)
    log_in(browser, "fr_officer")
    response = browser.get(f"/records/{holder.id}")
    [link] = context_of(response)["record"].links
    assert link.other_label is None
    assert document.reference in response.text
    assert "XK9990001" not in response.text
    stub = browser.get(f"/records/{document.id}")
    assert template_of(stub) == "records/stub.html"
    assert "XK9990001" not in stub.text


def test_a_record_that_does_not_exist_shows_the_not_found_page(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/records/999999")
    assert response.status_code == 404
    assert template_of(response) == "error.html"
    problem = context_of(response)["problem"]
    assert problem.title == "Not found"
    assert problem.detail == "record 999999 does not exist or is not shared with you"


def test_an_unknown_page_shows_the_not_found_page(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/no-such-page")
    assert response.status_code == 404
    assert template_of(response) == "error.html"


def test_a_page_number_beyond_any_list_is_refused_by_name(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.get("/records", params={"kind": "document", "page": str(2**63)})
    assert response.status_code == 422
    assert "page" in {error.location for error in context_of(response)["errors"]}
