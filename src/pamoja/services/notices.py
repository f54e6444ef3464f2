"""Notice and diffusion use cases: draft, pre-check, submit or send, review, publish, withdraw,
cancel, extend and expire; what each party may read; the facts a hit needs; public extracts.

Every step is checked by `policy.notice_workflow`, written in one unit of work with its history
entry (`notice_events`) and its audit entry (a DECISION with the reasons), committed, and only
then reflected in the screening index: a request that becomes active is screenable at once, one
that stops being active leaves at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from pamoja.formats.public_notice import (
    PublicNotice,
)
from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEntry
from pamoja.model.notices import (
    NoticeStatus,
    NoticeSubject,
)
from pamoja.model.records import PersonDetails
from pamoja.policy import notice_workflow as workflow
from pamoja.policy.compliance import (
    Finding,
    Severity,
    check,
    has_blocking,
    load_compliance_rules,
)
from pamoja.policy.compliance_rules import ComplianceRules
from pamoja.policy.deadlines import Deadlines, load_deadlines, valid_until
from pamoja.policy.notice_workflow import SYSTEM, NoticeAction, SystemActor, is_active
from pamoja.services.errors import Conflict, Forbidden, InvalidInput, NotFound, ServiceError
from pamoja.services.notice_input import checked_content
from pamoja.services.notice_reading import NoticeReading, notices_of
from pamoja.services.notice_screening import NoticeScreening
from pamoja.services.notice_subjects import public_extract
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.services.screening import ScreeningService
from pamoja.store.notice_views import Notice, NoticeContent, NoticeEvent
from pamoja.store.notices import NoticeRepository
from pamoja.store.unit_of_work import UnitOfWork

SYSTEM_USERNAME = "system"


def _workflow_error(error: workflow.WorkflowError) -> ServiceError:
    if isinstance(error, workflow.ActionNotPermitted):
        return Forbidden(str(error))
    if isinstance(error, workflow.ReasonsRequired):
        return InvalidInput.one("reasons", str(error))
    return Conflict(str(error))


class NoticeService(NoticeReading):
    """Constructed once per node with the node's screening service."""

    def __init__(
        self,
        platform: Platform,
        screening: ScreeningService,
        *,
        rules: ComplianceRules | None = None,
        deadlines: Deadlines | None = None,
    ) -> None:
        self._platform = platform
        self._rules = rules or load_compliance_rules()
        self._deadlines = deadlines or load_deadlines()
        self._index = NoticeScreening(platform, screening)

    # --- drafting --------------------------------------------------------------------------

    def draft(
        self, actor: Actor, content: NoticeContent, subject_record_ids: Sequence[int]
    ) -> Notice:
        """A new draft of the actor's bureau, with its reference and a first pre-check."""
        if not workflow.may_draft(actor):
            raise Forbidden("only officers and supervisors draft notices and diffusions")
        now = self._platform.now()
        with self._platform.uow() as uow:
            content, subjects = checked_content(uow, actor, content, subject_record_ids)
            notices = notices_of(uow)
            reference = notices.allocate_reference(now.year)
            notice_id = notices.add(
                reference=reference,
                content=content,
                requesting_bureau_id=actor.bureau_id,
                requesting_country=actor.country,
                drafted_by=actor.user_id,
                subject_record_ids=list(subject_record_ids),
                now=now,
            )
            findings = self._precheck(notices, notice_id, actor, content, subjects)
            notices.add_event(
                notice_id, self._event(actor, "draft", None, NoticeStatus.DRAFT, "", findings)
            )
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.CREATE,
                    record_ids=subject_record_ids,
                    notice_id=notice_id,
                    reference=str(reference),
                    kind=content.kind.value,
                    notice_type=content.notice_type.value,
                ),
                at=now,
            )
            uow.commit()
        return self.get(actor, notice_id, audited=False)

    def update_draft(
        self,
        actor: Actor,
        notice_id: int,
        content: NoticeContent,
        subject_record_ids: Sequence[int],
    ) -> Notice:
        """Change a draft (or a notice whose reviewer asked for more information)."""
        now = self._platform.now()
        with self._platform.uow() as uow:
            notices = notices_of(uow)
            current = self._for_step(notices, actor, notice_id)
            bureau = current.requesting_bureau.id
            if not workflow.may_edit(current.kind, current.status, actor, bureau):
                if actor.bureau_id != bureau:
                    raise Forbidden("only the requesting bureau's officers and supervisors edit it")
                raise Conflict(
                    f"a {current.kind.value} that is {current.status.value} cannot be changed; "
                    "drafts and notices with questions from the reviewer can"
                )
            if content.kind is not current.kind:
                raise InvalidInput.one(
                    "kind", f"a {current.kind.value} stays one; withdraw it and draft anew"
                )
            content, subjects = checked_content(uow, actor, content, subject_record_ids)
            notices.update_content(notice_id, content, list(subject_record_ids), now=now)
            findings = self._precheck(notices, notice_id, actor, content, subjects)
            notices.add_event(
                notice_id,
                self._event(actor, "update", current.status, current.status, "", findings),
            )
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.UPDATE,
                    record_ids=subject_record_ids,
                    notice_id=notice_id,
                    reference=str(current.reference),
                ),
                at=now,
            )
            uow.commit()
        return self.get(actor, notice_id, audited=False)

    # --- workflow steps --------------------------------------------------------------------

    def submit(self, actor: Actor, notice_id: int) -> Notice:
        """A supervisor of the requesting bureau submits a notice for review (also the answer to
        a reviewer's questions); the pre-check runs again and its findings are stored."""
        return self._step(actor, notice_id, NoticeAction.SUBMIT)

    def send(self, actor: Actor, notice_id: int) -> Notice:
        """A supervisor sends a diffusion: it is out, and screenable by its addressees, at once.
        The automatic pre-check is its only check before it goes out, so a diffusion with
        blocking findings is not sent."""
        return self._step(actor, notice_id, NoticeAction.SEND)

    def start_review(self, actor: Actor, notice_id: int) -> Notice:
        return self._step(actor, notice_id, NoticeAction.START_REVIEW)

    def publish(self, actor: Actor, notice_id: int, *, reasons: str = "") -> Notice:
        """Publish a notice under review; over blocking findings only with reasons."""
        return self._step(actor, notice_id, NoticeAction.PUBLISH, reasons)

    def approve(self, actor: Actor, notice_id: int, *, reasons: str = "") -> Notice:
        """Find a diffusion that is out compliant; over blocking findings only with reasons."""
        return self._step(actor, notice_id, NoticeAction.APPROVE, reasons)

    def refuse(self, actor: Actor, notice_id: int, *, reasons: str) -> Notice:
        """Refuse a notice under review, or a diffusion that is out (which takes it out)."""
        return self._step(actor, notice_id, NoticeAction.REFUSE, reasons)

    def request_info(self, actor: Actor, notice_id: int, *, reasons: str) -> Notice:
        """Ask the requesting bureau for more information; `reasons` holds the questions."""
        return self._step(actor, notice_id, NoticeAction.REQUEST_INFO, reasons)

    def amend(self, actor: Actor, notice_id: int) -> Notice:
        """Turn a refused request back into a draft, to correct and submit (or send) again."""
        return self._step(actor, notice_id, NoticeAction.AMEND)

    def withdraw(self, actor: Actor, notice_id: int, *, reasons: str = "") -> Notice:
        return self._step(actor, notice_id, NoticeAction.WITHDRAW, reasons)

    def cancel(self, actor: Actor, notice_id: int, *, reasons: str) -> Notice:
        """The secretariat cancels an active request."""
        return self._step(actor, notice_id, NoticeAction.CANCEL, reasons)

    def extend(self, actor: Actor, notice_id: int, *, reasons: str) -> Notice:
        """After review, a reviewer extends validity: the full period again from today."""
        return self._step(actor, notice_id, NoticeAction.EXTEND, reasons)

    def expire_due(self, today: date | None = None) -> list[int]:
        """Expire every active request whose validity ended before `today`; returns their ids."""
        day = today or self._platform.now().date()
        with self._platform.uow() as uow:
            due = notices_of(uow).due_for_expiry(day)
        expired: list[int] = []
        for notice_id in due:
            with self._platform.uow() as uow:
                notices = notices_of(uow)
                notice = notices.unfiltered(notice_id, for_update=True)
                if notice is None or not is_active(notice.status):
                    continue
                self._apply(uow, notices, SYSTEM, notice, NoticeAction.EXPIRE, "")
                uow.commit()
            self._index.unwatch(notice_id)
            expired.append(notice_id)
        return expired

    def load_active(self) -> int:
        """Put every active request's subjects into the screening index (at start-up, after
        `ScreeningService.load()`); returns how many requests."""
        return self._index.load_active()

    def follow(self, notice_id: int) -> None:
        """Bring the screening index in step with the request as it now is (after a change
        made by another process: `ChangeFeed`)."""
        self._index.watch(notice_id)

    # --- one step ---------------------------------------------------------------------------

    def _step(
        self, actor: Actor, notice_id: int, action: NoticeAction, reasons: str = ""
    ) -> Notice:
        with self._platform.uow() as uow:
            notices = notices_of(uow)
            notice = self._for_step(notices, actor, notice_id)
            was_active = is_active(notice.status)
            target = self._apply(uow, notices, actor, notice, action, reasons)
            uow.commit()
        if is_active(target) and not was_active:
            self._index.watch(notice_id)
        elif was_active and not is_active(target):
            self._index.unwatch(notice_id)
        return self.get(actor, notice_id, audited=False)

    def _for_step(self, notices: NoticeRepository, actor: Actor, notice_id: int) -> Notice:
        notice = notices.get_for(actor, notice_id, for_update=True)
        if notice is None:
            raise NotFound(f"notice {notice_id} does not exist or is not shared with you")
        return notice

    def _apply(
        self,
        uow: UnitOfWork,
        notices: NoticeRepository,
        actor: Actor | SystemActor,
        notice: Notice,
        action: NoticeAction,
        reasons: str,
    ) -> NoticeStatus:
        """Check and write one step: status, dates, findings, history and audit."""
        now = self._platform.now()
        today = now.date()
        reasons = reasons.strip()
        findings_count: int | None = None
        blocking = notice.blocking_findings
        if action in (NoticeAction.SUBMIT, NoticeAction.SEND) and isinstance(actor, Actor):
            self._check_step(notice, action, actor, reasons, blocking)
            content, subjects = checked_content(
                uow, actor, notice.content, notice.subject_record_ids
            )
            findings = self._precheck(notices, notice.id, actor, content, subjects)
            findings_count = len(findings)
            if action is NoticeAction.SEND and has_blocking(findings):
                count = sum(1 for f in findings if f.severity is Severity.BLOCKING)
                raise InvalidInput.one(
                    "findings",
                    f"the pre-check has {count} blocking finding(s); a diffusion goes out before "
                    "review, so correct it first (or request a notice, which a reviewer checks "
                    "before publication)",
                )
        target = self._check_step(notice, action, actor, reasons, blocking)
        match action:
            case NoticeAction.PUBLISH:
                notices.mark_published(
                    notice.id,
                    now=now,
                    valid_until=valid_until(notice.kind, today, self._deadlines),
                    public_extract=self._public_extract(uow, notice),
                )
            case NoticeAction.SEND:
                notices.mark_sent(
                    notice.id, now=now, valid_until=valid_until(notice.kind, today, self._deadlines)
                )
            case NoticeAction.EXTEND:
                notices.set_valid_until(
                    notice.id, valid_until(notice.kind, today, self._deadlines), now=now
                )
            case _:
                pass
        notices.set_status(notice.id, target, now=now)
        event = self._event(actor, action.value, notice.status, target, reasons, None)
        notices.add_event(notice.id, replace(event, findings_count=findings_count))
        detail = {
            "notice_id": notice.id,
            "reference": str(notice.reference),
            "step": action.value,
            "from": notice.status.value,
            "to": target.value,
            "reasons": reasons,
        }
        if findings_count is not None:
            detail["findings"] = findings_count
        if isinstance(actor, SystemActor):
            entry = AuditEntry(
                AuditAction.DECISION,
                SYSTEM_USERNAME,
                record_ids=notice.subject_record_ids,
                detail=detail,
            )
        else:
            entry = actor_entry(
                actor, AuditAction.DECISION, record_ids=notice.subject_record_ids, detail=detail
            )
        uow.audit.append(entry, at=now)
        return target

    def _check_step(
        self,
        notice: Notice,
        action: NoticeAction,
        actor: Actor | SystemActor,
        reasons: str,
        blocking: int,
    ) -> NoticeStatus:
        try:
            return workflow.next_status(
                notice.kind,
                notice.status,
                action,
                actor,
                requesting_bureau_id=notice.requesting_bureau.id,
                reasons=reasons,
                blocking_findings=blocking,
            )
        except workflow.WorkflowError as error:
            raise _workflow_error(error) from None

    def _precheck(
        self,
        notices: NoticeRepository,
        notice_id: int,
        actor: Actor,
        content: NoticeContent,
        subjects: tuple[NoticeSubject, ...],
    ) -> list[Finding]:
        request = content.request(actor.bureau_id, actor.country, subjects)
        findings = check(request, self._rules)
        notices.set_findings(notice_id, findings, self._rules.version, now=self._platform.now())
        return findings

    def _public_extract(self, uow: UnitOfWork, notice: Notice) -> PublicNotice | None:
        for record_id in notice.subject_record_ids:
            found = uow.records.unfiltered(record_id)
            if found is not None and isinstance(found[1], PersonDetails):
                return public_extract(
                    notice.reference, notice.content, notice.requesting_bureau.country, found[1]
                )
        return None

    def _event(
        self,
        actor: Actor | SystemActor,
        action: str,
        from_status: NoticeStatus | None,
        to_status: NoticeStatus,
        reasons: str,
        findings: list[Finding] | None,
    ) -> NoticeEvent:
        return NoticeEvent(
            at=self._platform.now(),
            action=action,
            actor_username=actor.username if isinstance(actor, Actor) else SYSTEM_USERNAME,
            actor_user_id=actor.user_id if isinstance(actor, Actor) else None,
            bureau_id=actor.bureau_id if isinstance(actor, Actor) else None,
            from_status=from_status,
            to_status=to_status,
            reasons=reasons,
            findings_count=len(findings) if findings is not None else None,
        )
