"""The parties to a hit, what each may do, and when a screening repeats a hit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import HitStatus
from pamoja.policy.hit_follow_up import (
    REPEAT_WINDOW,
    HitParty,
    hit_parties,
    is_repeat,
    may_move_hit_to,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
REQUESTING, SEARCHING = 1, 2


def _actor(bureau_id: int, role: Role = Role.OFFICER) -> Actor:
    return Actor(
        1, "x", bureau_id, BureauKind.NATIONAL_CENTRAL_BUREAU, "KEN", roles=frozenset({role})
    )


def _parties(actor: Actor) -> frozenset[HitParty]:
    return hit_parties(actor, requesting_bureau_id=REQUESTING, searching_bureau_id=SEARCHING)


def test_an_officer_of_the_requesting_bureau_is_the_requesting_party() -> None:
    assert _parties(_actor(REQUESTING)) == {HitParty.REQUESTING}


def test_a_supervisor_of_the_searching_bureau_is_the_searching_party() -> None:
    assert _parties(_actor(SEARCHING, Role.SUPERVISOR)) == {HitParty.SEARCHING}


def test_someone_of_a_third_bureau_is_no_party() -> None:
    assert _parties(_actor(3)) == frozenset()


def test_an_analyst_of_the_requesting_bureau_is_no_party() -> None:
    assert _parties(_actor(REQUESTING, Role.ANALYST)) == frozenset()


@pytest.mark.parametrize("target", [HitStatus.CONFIRMED, HitStatus.ACTION_TAKEN])
def test_either_party_moves_a_hit_on(target: HitStatus) -> None:
    assert may_move_hit_to(frozenset({HitParty.SEARCHING}), target)
    assert may_move_hit_to(frozenset({HitParty.REQUESTING}), target)


def test_only_the_requesting_bureau_closes_a_hit() -> None:
    assert may_move_hit_to(frozenset({HitParty.REQUESTING}), HitStatus.CLOSED)
    assert not may_move_hit_to(frozenset({HitParty.SEARCHING}), HitStatus.CLOSED)


def test_a_screening_within_the_window_repeats_the_hit() -> None:
    assert is_repeat(NOW, NOW + REPEAT_WINDOW - timedelta(seconds=1))


def test_a_screening_after_the_window_is_a_new_hit() -> None:
    assert not is_repeat(NOW, NOW + REPEAT_WINDOW)
