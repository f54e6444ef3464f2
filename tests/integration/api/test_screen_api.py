"""`POST /api/v1/screen`: matches across scripts, stubs without content, hits on notices."""

from __future__ import annotations

from typing import Any

from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender, NameKind, PersonDetails, PersonName
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from tests.support.api import ClientFactory
from tests.support.notices import make_scene
from tests.support.world import World

ARABIC_NAME = "محمد عبد الرحمن"


def arabic_person() -> PersonDetails:
    return PersonDetails(
        names=(PersonName(ARABIC_NAME, NameKind.PRIMARY),),
        date_of_birth=PartialDate.parse("1990-05-01"),
        gender=Gender.MALE,
        nationalities=("EGY",),
    )


def screen(client: Any, *persons: dict[str, Any], **extra: Any) -> Any:
    body = {"purpose": "border_check", "persons": list(persons), **extra}
    return client.post("/api/v1/screen", json=body)


def test_a_latin_query_finds_a_record_written_in_arabic_script(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    record = RecordService(platform).create(world.eg_officer, arabic_person(), SharingChoice())
    response = screen(
        client_as("fr_officer"),
        {"id": "q1", "full_name": "Mohamed Abdulrahman", "date_of_birth": "1990-05-01"},
        threshold=0.5,
    )
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["query_id"] == "q1"
    top = result["matches"][0]
    assert top["reference"] == record.reference
    assert top["access"] == "full"
    assert top["explanation"]
    assert {c["feature"] for c in top["contributions"]}


def test_a_hit_only_match_shows_no_content(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    sharing = SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.HIT_ONLY)
    record = RecordService(platform).create(world.eg_officer, arabic_person(), sharing)
    response = screen(client_as("fr_officer"), {"full_name": "Mohamed Abdulrahman"}, threshold=0.5)
    assert response.status_code == 200, response.text
    (stub,) = response.json()["results"][0]["matches"]
    assert stub["access"] == "hit_only"
    assert stub["reference"] == record.reference
    assert stub["owner"]["code"] == "EGY-NCB"
    assert stub["label"] is None and stub["explanation"] is None
    assert stub["contributions"] is None and stub["record_id"] is None
    assert ARABIC_NAME not in response.text and "1990" not in response.text


def test_screening_a_published_notice_subject_from_another_country_creates_a_hit(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    notice = make_scene(platform, world).published()
    response = screen(
        client_as("fr_officer"),
        {"full_name": "Juma Otieno Kariuki", "date_of_birth": "1984-03-12"},
        place="Roissy CDG",
    )
    assert response.status_code == 200, response.text
    (hit,) = response.json()["results"][0]["notice_hits"]
    assert hit["notice_reference"] == str(notice.reference)
    assert hit["notice_type"] == "red"
    assert hit["instruction"].startswith("Red")
    assert str(notice.reference) in hit["instruction"]


def test_a_batch_of_more_than_1000_persons_is_refused(client_as: ClientFactory) -> None:
    persons = [{"full_name": f"Person {i}"} for i in range(1001)]
    response = screen(client_as("fr_officer"), *persons)
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "persons"


def test_a_person_without_name_or_document_is_refused_naming_it(
    client_as: ClientFactory,
) -> None:
    response = screen(client_as("fr_officer"), {"full_name": "Ann Example"}, {"gender": "male"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "persons[1]"


def test_a_blank_name_is_refused_naming_the_person(client_as: ClientFactory) -> None:
    response = screen(client_as("fr_officer"), {"full_name": "   "})
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"].startswith("persons[0]")
