"""Who handles people's requests, and which records a decision deletes."""

from __future__ import annotations

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.notices import PeopleRequestKind, PeopleRequestStatus
from pamoja.policy.people_requests import (
    InvalidDeletion,
    may_handle_people_requests,
    records_to_delete,
)

DELETION = PeopleRequestKind.DELETION
GRANTED = PeopleRequestStatus.GRANTED
PARTLY = PeopleRequestStatus.PARTLY_GRANTED


def _actor(role: Role) -> Actor:
    return Actor(1, "x", 1, BureauKind.SECRETARIAT, "FRA", roles=frozenset({role}))


def test_reviewers_handle_peoples_requests() -> None:
    assert may_handle_people_requests(_actor(Role.REVIEWER))


@pytest.mark.parametrize("role", [Role.OFFICER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN])
def test_no_one_else_handles_peoples_requests(role: Role) -> None:
    assert not may_handle_people_requests(_actor(role))


def test_a_granted_deletion_deletes_every_linked_record() -> None:
    assert records_to_delete(DELETION, GRANTED, [1, 2]) == {1, 2}


def test_a_granted_deletion_naming_only_some_records_is_refused() -> None:
    with pytest.raises(InvalidDeletion, match="partly_granted"):
        records_to_delete(DELETION, GRANTED, [1, 2], [1])


def test_a_partly_granted_deletion_deletes_the_named_records() -> None:
    assert records_to_delete(DELETION, PARTLY, [1, 2, 3], [2]) == {2}


def test_a_partly_granted_deletion_must_name_records() -> None:
    with pytest.raises(InvalidDeletion, match="name the linked records"):
        records_to_delete(DELETION, PARTLY, [1, 2])


def test_records_not_linked_to_the_request_are_never_deleted() -> None:
    with pytest.raises(InvalidDeletion, match="record\\(s\\) 9 are not linked"):
        records_to_delete(DELETION, PARTLY, [1], [9])


def test_a_refused_deletion_deletes_nothing() -> None:
    assert records_to_delete(DELETION, PeopleRequestStatus.REFUSED, [1]) == frozenset()


@pytest.mark.parametrize("kind", [PeopleRequestKind.ACCESS, PeopleRequestKind.CORRECTION])
def test_access_and_correction_decisions_delete_nothing(kind: PeopleRequestKind) -> None:
    assert records_to_delete(kind, GRANTED, [1]) == frozenset()
    with pytest.raises(InvalidDeletion, match="deletes no records"):
        records_to_delete(kind, GRANTED, [1], [1])
