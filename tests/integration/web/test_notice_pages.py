"""Notice requests in the browser: drafting, the bureau's list, a request's findings, history
and steps, and the reviewers' queue."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from pamoja.model.notices import AssetLink, NoticeKind, NoticeStatus, NoticeType, RedPurpose
from pamoja.model.records import AssetDetails, AssetKind
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.policy.notice_workflow import NoticeAction
from pamoja.services.platform import Platform
from pamoja.services.records import SharingChoice
from pamoja.store.notice_views import Notice
from tests.integration.web.notice_scene import attach_scene
from tests.integration.web.pages import context_of, csrf_of, log_in, template_of
from tests.support.notices import NoticeScene, red_content
from tests.support.world import World

FORM = {
    "notice_type": "red",
    "facts": "Shot a shopkeeper during a robbery in Nairobi on 3 January 2026.",
    "offence": "Murder",
    "legal_provision": "Penal Code s. 203",
    "maximum_penalty_months": "600",
    "red_purpose": "prosecution",
    "warrant_reference": "CR 1234/2026",
    "warrant_date": "2026-01-15",
    "warrant_authority": "High Court of Kenya",
    "public_consent": "on",
}


@pytest.fixture
def scene(app: FastAPI, platform: Platform, world: World) -> NoticeScene:
    return attach_scene(app, platform, world)[1]


def act(browser: TestClient, notice_id: int, action: str, reasons: str = "") -> int:
    response = browser.post(
        f"/notice-requests/{notice_id}/actions",
        data={"action": action, "reasons": reasons, "csrf_token": csrf_of(browser)},
    )
    return response.status_code


def test_an_officer_drafts_a_red_notice_from_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    subject = scene.subject()
    log_in(browser, "ke_officer")
    response = browser.post(
        "/notice-requests/new",
        data={**FORM, "subject": str(subject), "csrf_token": csrf_of(browser)},
    )
    assert response.status_code == 303
    page = browser.get(response.headers["location"])
    assert template_of(page) == "notices/detail.html"
    notice = context_of(page)["notice"]
    assert notice.status is NoticeStatus.DRAFT
    assert notice.notice_type is NoticeType.RED
    assert notice.content.red_purpose is RedPurpose.PROSECUTION
    assert notice.content.offences[0].maximum_penalty_months == 600
    assert notice.content.judicial_references[0].issuing_authority == "High Court of Kenya"
    assert notice.content.public_extract_consent is True
    assert notice.subject_record_ids == (subject,)


def test_the_subject_can_be_given_by_its_reference(browser: TestClient, scene: NoticeScene) -> None:
    subject = scene.records.get(scene.world.ke_officer, scene.subject())
    log_in(browser, "ke_officer")
    response = browser.post(
        "/notice-requests/new",
        data={**FORM, "subject": subject.reference, "csrf_token": csrf_of(browser)},
    )
    assert response.status_code == 303


def test_an_unknown_subject_is_reported_on_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    log_in(browser, "ke_officer")
    response = browser.post(
        "/notice-requests/new", data={**FORM, "subject": "999999", "csrf_token": csrf_of(browser)}
    )
    assert response.status_code == 422
    assert template_of(response) == "notices/draft.html"
    assert "subject" in context_of(response)["errors"]


def test_a_penalty_that_is_not_a_number_is_reported_on_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    subject = scene.subject()
    log_in(browser, "ke_officer")
    response = browser.post(
        "/notice-requests/new",
        data={
            **FORM,
            "subject": str(subject),
            "maximum_penalty_months": "ten years",
            "csrf_token": csrf_of(browser),
        },
    )
    assert response.status_code == 422
    assert "maximum_penalty_months" in context_of(response)["errors"]


def draft(browser: TestClient, scene: NoticeScene, **fields: str) -> Response:
    """The drafting form posted by the Kenyan officer, FORM changed by `fields`."""
    log_in(browser, "ke_officer")
    data = {**FORM, "subject": str(scene.subject()), **fields, "csrf_token": csrf_of(browser)}
    return browser.post("/notice-requests/new", data=data)


def drafted(browser: TestClient, response: Response) -> Notice:
    assert response.status_code == 303, context_of(response).get("errors")
    return context_of(browser.get(response.headers["location"]))["notice"]


def test_an_officer_sends_a_diffusion_to_chosen_members_from_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    response = draft(
        browser,
        scene,
        kind="diffusion",
        recipient_countries="UGA, Nigeria",
        recipient_regional_bodies="afripol",
    )
    notice = drafted(browser, response)
    assert "Uganda" in browser.get(response.headers["location"]).text
    assert notice.content.kind is NoticeKind.DIFFUSION
    assert notice.content.recipient_countries == {"UGA", "NGA"}
    assert notice.content.recipient_regional_bodies == {"AFRIPOL"}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "diffusion", "recipient_countries": "Atlantis"}, "recipient_countries"),
        ({"kind": "notice", "recipient_countries": "UGA"}, "recipient_countries"),
        ({"kind": "diffusion", "recipient_regional_bodies": "NOPOL"}, "recipient_regional_bodies"),
        ({"kind": "broadcast"}, "kind"),
        ({"notice_type": "silver", "assets": "NO-SUCH-RECORD, proceeds"}, "assets"),
        ({"notice_type": "silver", "assets": "99999999999999999999"}, "assets"),
        ({"subject": "99999999999999999999"}, "subject"),
    ],
)
def test_a_wrong_recipient_kind_asset_or_subject_is_reported_at_its_field(
    browser: TestClient, scene: NoticeScene, fields: dict[str, str], field: str
) -> None:
    response = draft(browser, scene, **fields)
    assert response.status_code == 422
    assert template_of(response) == "notices/draft.html"
    assert field in context_of(response)["errors"]


def test_a_silver_request_names_the_assets_to_trace_from_the_form(
    browser: TestClient, scene: NoticeScene
) -> None:
    officer = scene.world.ke_officer
    villa = scene.records.create(
        officer,
        AssetDetails(AssetKind.REAL_ESTATE, "Villa in Karen, Nairobi"),
        SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.NOTHING),
    )
    response = draft(
        browser,
        scene,
        notice_type="silver",
        assets=f"{villa.reference}, bought with the proceeds of the robberies\n",
    )
    notice = drafted(browser, response)
    assert f'href="/records/{villa.id}"' in browser.get(response.headers["location"]).text
    assert notice.notice_type is NoticeType.SILVER
    assert notice.content.assets == (
        AssetLink(villa.id, "bought with the proceeds of the robberies"),
    )


def test_the_bureau_list_shows_its_requests(browser: TestClient, scene: NoticeScene) -> None:
    notice = scene.draft()
    log_in(browser, "ke_supervisor")
    response = browser.get("/notice-requests")
    assert template_of(response) == "notices/list.html"
    assert [n.id for n in context_of(response)["notices"]] == [notice.id]


def test_the_detail_shows_the_findings_of_the_pre_check(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.draft(red_content(offences=()))
    log_in(browser, "ke_officer")
    response = browser.get(f"/notice-requests/{notice.id}")
    findings = context_of(response)["notice"].findings
    assert findings
    assert findings[0].explanation in response.text


def test_the_supervisor_is_offered_submit_and_submits(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.draft()
    log_in(browser, "ke_supervisor")
    actions = context_of(browser.get(f"/notice-requests/{notice.id}"))["actions"]
    assert NoticeAction.SUBMIT in actions
    assert act(browser, notice.id, "submit") == 303
    assert scene.notices.get(scene.world.ke_supervisor, notice.id).status is (
        NoticeStatus.SUBMITTED
    )


def test_the_reviewer_queue_lists_submitted_requests_with_findings(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.submitted()
    log_in(browser, "reviewer")
    response = browser.get("/review-queue")
    assert template_of(response) == "notices/queue.html"
    assert [n.id for n in context_of(response)["notices"]] == [notice.id]
    assert str(notice.reference) in response.text


def test_the_reviewer_starts_review_and_publishes(browser: TestClient, scene: NoticeScene) -> None:
    notice = scene.submitted()
    log_in(browser, "reviewer")
    assert act(browser, notice.id, "start_review") == 303
    assert act(browser, notice.id, "publish") == 303
    status = context_of(browser.get(f"/notice-requests/{notice.id}"))["notice"].status
    assert status is NoticeStatus.PUBLISHED


def test_refusing_without_reasons_is_asked_again(browser: TestClient, scene: NoticeScene) -> None:
    notice = scene.under_review()
    log_in(browser, "reviewer")
    assert act(browser, notice.id, "refuse") == 422
    assert scene.notices.get(scene.world.reviewer, notice.id).status is NoticeStatus.UNDER_REVIEW


def test_a_refusal_with_reasons_appears_in_the_history(
    browser: TestClient, scene: NoticeScene
) -> None:
    notice = scene.under_review()
    log_in(browser, "reviewer")
    assert act(browser, notice.id, "refuse", "the warrant is not attached") == 303
    response = browser.get(f"/notice-requests/{notice.id}")
    assert context_of(response)["notice"].history[-1].reasons == "the warrant is not attached"
    assert "the warrant is not attached" in response.text


def test_an_officer_has_no_review_queue(browser: TestClient, scene: NoticeScene) -> None:
    log_in(browser, "ke_officer")
    assert browser.get("/review-queue").status_code == 403


def test_the_navigation_offers_notices_to_officers_and_the_queue_to_reviewers(
    browser: TestClient, scene: NoticeScene
) -> None:
    log_in(browser, "ke_officer")
    paths = [item.path for item in context_of(browser.get("/"))["navigation"]]
    assert "/notice-requests/new" in paths and "/review-queue" not in paths
    browser.post("/logout", data={"csrf_token": csrf_of(browser)})
    log_in(browser, "reviewer")
    paths = [item.path for item in context_of(browser.get("/"))["navigation"]]
    assert "/review-queue" in paths
