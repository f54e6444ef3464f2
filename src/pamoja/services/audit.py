"""Reading and verifying the audit trail."""

from __future__ import annotations

from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEvent, ChainReport
from pamoja.policy import rights
from pamoja.services.errors import Forbidden
from pamoja.services.platform import Platform


class AuditService:
    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    def verify(self) -> ChainReport:
        """Recompute the whole chain (operators run this from the CLI)."""
        with self._platform.uow() as uow:
            return uow.audit.verify()

    def events(
        self,
        actor: Actor,
        *,
        action: AuditAction | None = None,
        record_id: int | None = None,
        limit: int = 100,
        before_id: int | None = None,
    ) -> list[AuditEvent]:
        if not rights.may_read_audit(actor):
            raise Forbidden("the audit trail is for administrators and reviewers")
        with self._platform.uow() as uow:
            return uow.audit.events(
                action=action, record_id=record_id, limit=min(limit, 500), before_id=before_id
            )
