"""The hits API: who may read a hit, and the follow-up steps' rules."""

from __future__ import annotations

from typing import Any

from pamoja.services.platform import Platform
from tests.support.api import ClientFactory
from tests.support.notices import make_scene
from tests.support.world import World


def hit_from_france(platform: Platform, world: World, client_as: ClientFactory) -> int:
    make_scene(platform, world).published()
    response = client_as("fr_officer").post(
        "/api/v1/screen",
        json={
            "purpose": "border_check",
            "persons": [{"full_name": "Juma Otieno Kariuki", "date_of_birth": "1984-03-12"}],
        },
    )
    hit_id = response.json()["results"][0]["notice_hits"][0]["hit_id"]
    assert isinstance(hit_id, int)
    return hit_id


def advance(client: Any, hit_id: int, **body: Any) -> Any:
    return client.post(f"/api/v1/hits/{hit_id}/advance", json=body)


def test_the_searching_bureau_reads_its_hit_with_the_instruction(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    hit_id = hit_from_france(platform, world, client_as)
    detail = client_as("fr_officer").get(f"/api/v1/hits/{hit_id}")
    assert detail.status_code == 200
    assert detail.json()["instruction"].startswith("Red")
    assert detail.json()["parties"] == ["searching"]


def test_a_bureau_that_is_no_party_does_not_see_the_hit(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    hit_id = hit_from_france(platform, world, client_as)
    assert client_as("eg_officer").get(f"/api/v1/hits/{hit_id}").status_code in (403, 404)


def test_a_hit_cannot_skip_to_closed(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    hit_id = hit_from_france(platform, world, client_as)
    assert advance(client_as("ke_officer"), hit_id, target="closed").status_code in (409, 422)


def test_an_unknown_target_status_is_a_422_naming_target(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    hit_id = hit_from_france(platform, world, client_as)
    response = advance(client_as("ke_officer"), hit_id, target="vanished")
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "target"


def test_an_unknown_hit_is_a_404(client_as: ClientFactory) -> None:
    assert client_as("ke_officer").get("/api/v1/hits/4242").status_code == 404


def test_the_inbox_filters_by_status(
    platform: Platform, world: World, client_as: ClientFactory
) -> None:
    hit_id = hit_from_france(platform, world, client_as)
    kenya = client_as("ke_officer")
    advance(kenya, hit_id, target="not_the_person", note="Different father's name.")
    new = kenya.get("/api/v1/hits", params={"status": "new"}).json()
    assert new["total"] == 0
    done = kenya.get("/api/v1/hits", params={"status": "not_the_person"}).json()
    assert [h["id"] for h in done["items"]] == [hit_id]
