"""People's rights: a person (or their lawyer) asks what is held on them, or for its correction or
deletion; reviewers find the records concerned, decide with reasons by a statutory deadline.

How a deletion decision is carried out. Records belong to bureaus, and `RecordService.delete`
lets only the owner delete. A granted (or partly granted) deletion is a decision of the
organisation that binds the owner, so this service carries it out itself, in the transaction
that records the decision: each record is deleted through the store with its own DELETE audit
entry naming the reviewer, the request's reference and the owner bureau. After the commit the
platform's record-change event takes the records out of the screening index (their own entries,
and their entries as notice subjects), and the store's cascade takes them out of notices; every
active notice left without any subject is then cancelled through `NoticeService.cancel` with the
request's reference as its reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, AuditEntry, Purpose
from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
from pamoja.model.notices import (
    PEOPLE_REQUEST_DECIDED,
    PeopleRequestKind,
    PeopleRequestStatus,
)
from pamoja.model.record_views import Page, RecordFilter, RecordView
from pamoja.model.records import RecordKind
from pamoja.policy.deadlines import Deadlines, is_overdue, load_deadlines, people_request_due_on
from pamoja.policy.notice_workflow import is_active
from pamoja.policy.people_requests import (
    InvalidDeletion,
    may_handle_people_requests,
    records_to_delete,
)
from pamoja.services.errors import (
    Conflict,
    FieldError,
    Forbidden,
    InvalidInput,
    NotFound,
    ServiceError,
)
from pamoja.services.notices import NoticeService
from pamoja.services.platform import Platform, RecordChange
from pamoja.services.records import RecordService, actor_entry
from pamoja.services.throttle import Throttle
from pamoja.store.notices import NoticeRepository
from pamoja.store.people_requests import (
    LinkedRecord,
    NewPeopleRequest,
    PeopleRequest,
    PeopleRequestRepository,
)
from pamoja.store.unit_of_work import UnitOfWork

PUBLIC_SUBMITTER = "public:people_request"
LIMITS = {"full_name": 300, "contact": 300, "lawyer": 300, "request_text": 20_000}


@dataclass(frozen=True, slots=True)
class PeopleRequestSubmission:
    """What a person or their lawyer sends, as typed (validated by `submit`)."""

    kind: str
    full_name: str
    contact: str
    request_text: str
    date_of_birth: str | None = None
    nationality: str | None = None
    lawyer: str = ""


@dataclass(frozen=True, slots=True)
class PeopleRequestReceipt:
    """What the submitter is told: the reference to quote and the day a decision is due."""

    reference: str
    kind: PeopleRequestKind
    received_at: datetime
    due_on: date


@dataclass(frozen=True, slots=True)
class PeopleRequestView:
    request: PeopleRequest
    overdue: bool


@dataclass(frozen=True, slots=True)
class DecisionOutcome:
    """A decision and what it removed; `notes` say what could not be done automatically."""

    view: PeopleRequestView
    deleted_record_ids: tuple[int, ...] = ()
    cancelled_notice_ids: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()


def _people_requests(uow: UnitOfWork) -> PeopleRequestRepository:
    return PeopleRequestRepository(uow.session)


def receive(
    uow: UnitOfWork, new: NewPeopleRequest, received_at: datetime, deadlines: Deadlines
) -> PeopleRequest:
    """Store a request received at `received_at`, due when `deadlines` say for its kind (the
    caller audits and commits)."""
    due_on = people_request_due_on(new.kind, received_at.date(), deadlines)
    return _people_requests(uow).add(
        new, now=received_at, due_on=due_on, deadlines_version=deadlines.version
    )


class PeopleRequestService:
    def __init__(
        self,
        platform: Platform,
        records: RecordService,
        notices: NoticeService | None = None,
        *,
        deadlines: Deadlines | None = None,
    ) -> None:
        self._platform = platform
        self._records = records
        self._notices = notices
        self._deadlines = deadlines or load_deadlines()
        self._public_throttle = Throttle(
            platform.settings.people_requests_per_hour, timedelta(hours=1), "requests"
        )

    # --- the public side ------------------------------------------------------------------

    def submit(
        self, submission: PeopleRequestSubmission, *, client: str | None = None
    ) -> PeopleRequestReceipt:
        """Receive a request; no login. A request from the public side gives its `client`
        address, and one address may submit `people_requests_per_hour` (settings) an hour;
        staff entering a request received on paper give none."""
        new = _validated(submission)
        now = self._platform.now()
        if client is not None:
            self._public_throttle.admit(client, now)
        with self._platform.uow() as uow:
            request = receive(uow, new, now, self._deadlines)
            uow.audit.append(
                AuditEntry(
                    action=AuditAction.CREATE,
                    actor_username=PUBLIC_SUBMITTER,
                    detail={
                        "people_request": request.reference,
                        "kind": new.kind.value,
                        "due_on": request.due_on.isoformat(),
                    },
                ),
                at=now,
            )
            uow.commit()
        return PeopleRequestReceipt(
            request.reference, request.kind, request.received_at, request.due_on
        )

    # --- reviewers ------------------------------------------------------------------------

    def queue(
        self, actor: Actor, *, include_decided: bool = False, overdue_only: bool = False
    ) -> list[PeopleRequestView]:
        """Requests awaiting a decision (or all), the earliest deadline first."""
        self._require_reviewer(actor)
        statuses = list(PeopleRequestStatus)
        if not include_decided:
            statuses = [s for s in statuses if s not in PEOPLE_REQUEST_DECIDED]
        with self._platform.uow() as uow:
            found = _people_requests(uow).listing(statuses)
        views = [self._view(r) for r in found]
        return [v for v in views if v.overdue] if overdue_only else views

    def get(self, actor: Actor, request_id: int) -> PeopleRequestView:
        self._require_reviewer(actor)
        with self._platform.uow() as uow:
            request = self._request(uow, request_id)
            uow.audit.append(self._entry(actor, AuditAction.READ, request), at=self._now())
            uow.commit()
        return self._view(request)

    def take(self, actor: Actor, request_id: int) -> PeopleRequestView:
        """The reviewer takes the request on: it is under review, by them."""
        self._require_reviewer(actor)
        with self._platform.uow() as uow:
            repository = _people_requests(uow)
            request = self._undecided(uow, request_id)
            repository.assign(request.id, actor.user_id, PeopleRequestStatus.UNDER_REVIEW)
            uow.audit.append(
                self._entry(actor, AuditAction.UPDATE, request, taken=True), at=self._now()
            )
            uow.commit()
        return self._reread(request_id)

    def find_records(
        self,
        actor: Actor,
        request_id: int,
        *,
        text: str | None = None,
        page: int = 1,
        per_page: int = 50,
    ) -> Page[RecordView]:
        """Person records matching the requester's name (or `text`), as far as the reviewer may
        see them; searched and audited for the purpose of a data-subject request."""
        self._require_reviewer(actor)
        with self._platform.uow() as uow:
            request = self._request(uow, request_id)
        query = (text or request.full_name).strip()
        if not query:
            raise InvalidInput.one("text", "say what to search for")
        return self._records.find(
            actor,
            RecordFilter(kind=RecordKind.PERSON, text=query),
            purpose=Purpose.DATA_SUBJECT_REQUEST,
            page=page,
            per_page=per_page,
        )

    def link_records(
        self, actor: Actor, request_id: int, record_ids: Iterable[int]
    ) -> PeopleRequestView:
        """Link records the reviewer found to concern the requester (at least as a stub)."""
        self._require_reviewer(actor)
        ids = sorted(set(record_ids))
        if not ids:
            raise InvalidInput.one("record_ids", "name at least one record")
        with self._platform.uow() as uow:
            request = self._undecided(uow, request_id)
            views = uow.records.views_for(actor, ids)
            missing = [i for i in ids if i not in views]
            if missing:
                raise InvalidInput(
                    [
                        FieldError("record_ids", f"record {i} does not exist or is unknown to you")
                        for i in missing
                    ]
                )
            repository = _people_requests(uow)
            for record_id in ids:
                view = views[record_id]
                repository.link(request.id, LinkedRecord(record_id, view.reference, view.owner.id))
            uow.audit.append(
                self._entry(actor, AuditAction.UPDATE, request, record_ids=ids, linked=True),
                at=self._now(),
            )
            uow.commit()
        return self._reread(request_id)

    def decide(
        self,
        actor: Actor,
        request_id: int,
        decision: PeopleRequestStatus,
        *,
        reasons: str,
        delete_record_ids: Sequence[int] = (),
    ) -> DecisionOutcome:
        """Decide with reasons. Granting a deletion deletes the linked records (a partial grant
        those named in `delete_record_ids`) from records, notices and screening."""
        self._require_reviewer(actor)
        if decision not in PEOPLE_REQUEST_DECIDED:
            decided = ", ".join(sorted(s.value for s in PEOPLE_REQUEST_DECIDED))
            raise InvalidInput.one("decision", f"decide one of: {decided}")
        if not reasons.strip():
            raise InvalidInput.one("reasons", "give the reasons for the decision")
        now = self._now()
        removed: list[RecordChange] = []
        touched_notices: set[int] = set()
        with self._platform.uow() as uow:
            request = self._undecided(uow, request_id)
            open_links = [link.record_id for link in request.linked if link.deleted_at is None]
            try:
                chosen = records_to_delete(request.kind, decision, open_links, delete_record_ids)
            except InvalidDeletion as error:
                raise InvalidInput.one("delete_record_ids", str(error)) from None
            repository = _people_requests(uow)
            notices = NoticeRepository(uow.session)
            for record_id in sorted(chosen):
                found = uow.records.sharing_and_kind(record_id)
                if found is not None:
                    sharing, kind = found
                    touched_notices.update(notices.active_ids(subject_record_id=record_id))
                    uow.records.delete(record_id)
                    removed.append(RecordChange(record_id, kind, removed=True))
                    uow.audit.append(
                        self._entry(
                            actor,
                            AuditAction.DELETE,
                            request,
                            record_ids=[record_id],
                            owner_bureau_id=sharing.owner_bureau_id,
                            reason=f"deletion decided on people's request {request.reference}",
                        ),
                        at=now,
                    )
                repository.mark_deleted(request.id, record_id, at=now)
            repository.decide(
                request.id, decision, reasons=reasons.strip(), decided_by=actor.user_id, at=now
            )
            uow.audit.append(
                self._entry(
                    actor,
                    AuditAction.DECISION,
                    request,
                    record_ids=sorted(chosen),
                    decision=decision.value,
                    reasons=reasons.strip(),
                    deleted=len(removed),
                ),
                at=now,
            )
            uow.commit()
        if removed:
            self._platform.records_changed(removed)
        cancelled, notes = self._cancel_emptied(actor, sorted(touched_notices), request.reference)
        return DecisionOutcome(
            self._reread(request_id),
            tuple(sorted(c.record_id for c in removed)),
            tuple(cancelled),
            tuple(notes),
        )

    # --- helpers --------------------------------------------------------------------------

    def _cancel_emptied(
        self, actor: Actor, notice_ids: Sequence[int], reference: str
    ) -> tuple[list[int], list[str]]:
        """Cancel the active notices the deletion left without a subject."""
        cancelled: list[int] = []
        notes: list[str] = []
        for notice_id in notice_ids:
            with self._platform.uow() as uow:
                notice = NoticeRepository(uow.session).unfiltered(notice_id)
            if notice is None or notice.subject_record_ids or not is_active(notice.status):
                continue
            if self._notices is None:
                notes.append(f"notice {notice_id} has no subject left: cancel it")
                continue
            try:
                self._notices.cancel(
                    actor,
                    notice_id,
                    reasons=f"its subject's data was deleted on people's request {reference}",
                )
            except ServiceError as error:
                notes.append(f"notice {notice_id} has no subject left, cancel it: {error.message}")
                continue
            cancelled.append(notice_id)
        return cancelled, notes

    def _now(self) -> datetime:
        return self._platform.now()

    def _view(self, request: PeopleRequest) -> PeopleRequestView:
        return PeopleRequestView(
            request, is_overdue(request.due_on, request.status, self._now().date())
        )

    def _reread(self, request_id: int) -> PeopleRequestView:
        with self._platform.uow() as uow:
            return self._view(self._request(uow, request_id))

    def _require_reviewer(self, actor: Actor) -> None:
        if not may_handle_people_requests(actor):
            raise Forbidden("people's requests are handled by reviewers of the secretariat")

    def _request(self, uow: UnitOfWork, request_id: int) -> PeopleRequest:
        request = _people_requests(uow).get(request_id)
        if request is None:
            raise NotFound(f"people's request {request_id} does not exist")
        return request

    def _undecided(self, uow: UnitOfWork, request_id: int) -> PeopleRequest:
        request = _people_requests(uow).get(request_id, for_update=True)
        if request is None:
            raise NotFound(f"people's request {request_id} does not exist")
        if request.status in PEOPLE_REQUEST_DECIDED:
            raise Conflict(
                f"people's request {request.reference} was already decided ({request.status})"
            )
        return request

    def _entry(
        self,
        actor: Actor,
        action: AuditAction,
        request: PeopleRequest,
        *,
        record_ids: Sequence[int] = (),
        **more: object,
    ) -> AuditEntry:
        return actor_entry(
            actor,
            action,
            purpose=Purpose.DATA_SUBJECT_REQUEST.value,
            record_ids=record_ids,
            detail={"people_request": request.reference, "kind": request.kind.value, **more},
        )


def _validated(submission: PeopleRequestSubmission) -> NewPeopleRequest:
    errors: list[FieldError] = []
    kind: PeopleRequestKind | None = None
    try:
        kind = PeopleRequestKind(submission.kind.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in PeopleRequestKind)
        errors.append(FieldError("kind", f"{submission.kind!r} is not a request; choose {choices}"))
    for name, required in (
        ("full_name", True),
        ("contact", True),
        ("request_text", True),
        ("lawyer", False),
    ):
        value = getattr(submission, name).strip()
        if required and not value:
            errors.append(FieldError(name, "this is required"))
        if len(value) > LIMITS[name]:
            errors.append(FieldError(name, f"at most {LIMITS[name]} characters"))
    birth: PartialDate | None = None
    if submission.date_of_birth and submission.date_of_birth.strip():
        try:
            birth = PartialDate.parse(submission.date_of_birth.strip())
        except InvalidDate as error:
            errors.append(FieldError("date_of_birth", str(error)))
    nationality: str | None = None
    if submission.nationality and submission.nationality.strip():
        try:
            nationality = to_alpha3(submission.nationality)
        except UnknownCountry as error:
            errors.append(FieldError("nationality", str(error)))
    if errors or kind is None:
        raise InvalidInput(errors)
    return NewPeopleRequest(
        kind=kind,
        full_name=submission.full_name.strip(),
        date_of_birth=birth,
        nationality=nationality,
        contact=submission.contact.strip(),
        lawyer=submission.lawyer.strip(),
        request_text=submission.request_text.strip(),
    )
