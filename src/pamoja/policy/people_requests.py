"""People's requests about data held on them, as rules: who handles them, and what a decision
deletes.

Reviewers of the secretariat handle every request, whichever bureau owns the records concerned:
a person writes to the organisation, not to one police force. A granted deletion request deletes
every record the reviewer linked to it; a partly granted one deletes the linked records the
reviewer names; a refused one, and any decision on an access or correction request, deletes
nothing (the owner bureau corrects its own records).
"""

from __future__ import annotations

from collections.abc import Iterable

from pamoja.model.actors import Actor, Role
from pamoja.model.notices import PeopleRequestKind, PeopleRequestStatus


class InvalidDeletion(ValueError):
    """A decision that names records to delete it may not delete."""


def may_handle_people_requests(actor: Actor) -> bool:
    return actor.has_role(Role.REVIEWER)


def records_to_delete(
    kind: PeopleRequestKind,
    decision: PeopleRequestStatus,
    linked: Iterable[int],
    named: Iterable[int] = (),
) -> frozenset[int]:
    """The linked records a decision deletes; `named` are the ones a partial grant deletes."""
    linked_ids, named_ids = frozenset(linked), frozenset(named)
    deletes = kind is PeopleRequestKind.DELETION and decision in (
        PeopleRequestStatus.GRANTED,
        PeopleRequestStatus.PARTLY_GRANTED,
    )
    if not deletes:
        if named_ids:
            raise InvalidDeletion(
                f"a {decision.value} decision on a {kind.value} request deletes no records"
            )
        return frozenset()
    unknown = named_ids - linked_ids
    if unknown:
        listed = ", ".join(str(i) for i in sorted(unknown))
        raise InvalidDeletion(f"record(s) {listed} are not linked to the request; link them first")
    if decision is PeopleRequestStatus.GRANTED:
        if named_ids and named_ids != linked_ids:
            raise InvalidDeletion(
                "a granted deletion deletes every linked record; to delete only some, "
                "decide partly_granted"
            )
        if not linked_ids:
            raise InvalidDeletion("link the records to delete before granting the deletion")
        return linked_ids
    if not named_ids:
        raise InvalidDeletion("name the linked records a partly granted deletion deletes")
    return named_ids
