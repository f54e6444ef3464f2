"""The audit trail, for administrators and reviewers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from pamoja.api.deps import AuditDep, CurrentActor, get_caller
from pamoja.api.schemas.directory import AuditEventOut
from pamoja.model.audit import AuditAction
from pamoja.model.ids import MAX_ID

router = APIRouter(prefix="/audit", tags=["audit"], dependencies=[Depends(get_caller)])


@router.get("/events", response_model=list[AuditEventOut])
def list_audit_events(
    actor: CurrentActor,
    audit: AuditDep,
    action: AuditAction | None = None,
    record_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before_id: Annotated[
        int | None, Query(ge=1, description="Page back: events before this id.")
    ] = None,
) -> list[AuditEventOut]:
    """Newest events first; filter by action or record."""
    events = audit.events(
        actor, action=action, record_id=record_id, limit=limit, before_id=before_id
    )
    return [
        AuditEventOut(
            id=e.id,
            at=e.at,
            action=e.entry.action,
            actor_username=e.entry.actor_username,
            actor_user_id=e.entry.actor_user_id,
            bureau_id=e.entry.bureau_id,
            purpose=e.entry.purpose,
            record_ids=list(e.entry.record_ids),
            detail=e.entry.detail,
            hash=e.hash,
            prev_hash=e.prev_hash,
        )
        for e in events
    ]
