"""The form officers record a person with."""

from __future__ import annotations

from fastapi.testclient import TestClient

from pamoja.model.records import PersonDetails
from pamoja.model.sharing import Scope
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of

FORM = {
    "full_name": "Алексей Петров",
    "aliases": "Alexei Petrov\nAleksey Petrov",
    "date_of_birth": "1975",
    "gender": "male",
    "nationalities": "KE, Uganda",
    "place_of_birth": "Mombasa",
    "classification": "restricted",
    "scope": "regional_bodies",
    "countries": "",
    "regional_bodies": "afripol",
    "outside_scope": "hit_only",
}


def test_an_officer_records_a_person_and_sees_the_record(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.post("/records/new", data={**FORM, "csrf_token": csrf_of(browser)})
    assert response.status_code == 303
    record = context_of(browser.get(response.headers["location"]))["record"]
    assert isinstance(record.details, PersonDetails)
    assert [n.full_name for n in record.details.names] == [
        "Алексей Петров",
        "Alexei Petrov",
        "Aleksey Petrov",
    ]
    assert str(record.details.date_of_birth) == "1975"
    assert record.details.nationalities == ("KEN", "UGA")
    assert record.sharing.scope is Scope.REGIONAL_BODIES
    assert record.sharing.regional_bodies == frozenset({"AFRIPOL"})


def test_bad_fields_are_reported_next_to_them_and_nothing_is_saved(
    browser: TestClient,
) -> None:
    log_in(browser, "ke_officer")
    response = browser.post(
        "/records/new",
        data={
            **FORM,
            "date_of_birth": "1975-13",
            "nationalities": "Atlantis",
            "csrf_token": csrf_of(browser),
        },
    )
    assert response.status_code == 422
    assert template_of(response) == "records/new_person.html"
    errors = context_of(response)["errors"]
    assert set(errors) == {"date_of_birth", "nationalities"}
    assert "month 13 is not between 1 and 12" in errors["date_of_birth"][0]
    assert context_of(response)["values"]["full_name"] == "Алексей Петров"
    listed = context_of(browser.get("/"))
    assert listed["total"] == 0


def test_sharing_the_service_refuses_is_reported_on_the_form(browser: TestClient) -> None:
    log_in(browser, "ke_low")
    response = browser.post(
        "/records/new",
        data={**FORM, "classification": "confidential", "csrf_token": csrf_of(browser)},
    )
    assert response.status_code == 422
    assert "above your clearance" in context_of(response)["errors"]["classification"][0]


def test_the_form_without_its_csrf_token_is_refused(browser: TestClient) -> None:
    log_in(browser, "ke_officer")
    response = browser.post("/records/new", data=FORM)
    assert response.status_code == 403
    assert context_of(browser.get("/"))["total"] == 0


def test_users_who_do_not_record_data_are_refused_the_form(browser: TestClient) -> None:
    log_in(browser, "analyst")
    response = browser.get("/records/new")
    assert response.status_code == 403
    assert context_of(response)["problem"].detail == "only officers and supervisors record data"
