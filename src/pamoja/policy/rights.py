"""Who may do what, beyond reading: create, change, delete and export records; administer."""

from __future__ import annotations

from pamoja.model.actors import Actor, Role
from pamoja.model.sharing import Sharing

RECORD_WRITERS = frozenset({Role.OFFICER, Role.SUPERVISOR})


def may_create_records(actor: Actor) -> bool:
    return bool(actor.roles & RECORD_WRITERS)


def may_change_record(actor: Actor, sharing: Sharing) -> bool:
    """Only the owner bureau's officers and supervisors change or delete its records."""
    return actor.bureau_id == sharing.owner_bureau_id and may_create_records(actor)


def may_export(actor: Actor) -> bool:
    return bool(actor.roles & {Role.SUPERVISOR, Role.ANALYST, Role.ADMIN})


def may_administer(actor: Actor) -> bool:
    return actor.has_role(Role.ADMIN)


def may_read_audit(actor: Actor) -> bool:
    return bool(actor.roles & {Role.ADMIN, Role.REVIEWER})


def may_share_beyond_clearance(actor: Actor, sharing: Sharing) -> bool:
    """A user cannot file a record at a classification above their own clearance."""
    return sharing.classification.level <= actor.clearance.level
