"""People's rights: anyone submits an access, correction or deletion request (no login); the
secretariat's reviewers see the queue, take a request on, link the records concerned and decide
with reasons. A granted deletion removes the records from records, notices and screening."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, status

from pamoja.api.auth import client_address
from pamoja.api.deps import CurrentActor, ServicesDep, get_caller
from pamoja.api.schemas.people_requests import (
    DecisionIn,
    DecisionOut,
    LinkedRecordOut,
    LinkRecordsIn,
    PeopleRequestIn,
    PeopleRequestOut,
    ReceiptOut,
)
from pamoja.model.ids import MAX_ID
from pamoja.services.people_requests import PeopleRequestSubmission, PeopleRequestView

public = APIRouter(prefix="/people-requests", tags=["people's requests"])
protected = APIRouter(
    prefix="/people-requests", tags=["people's requests"], dependencies=[Depends(get_caller)]
)

RequestId = Annotated[int, Path(ge=1, le=MAX_ID, description="The request's id.")]


def request_out(view: PeopleRequestView) -> PeopleRequestOut:
    request = view.request
    return PeopleRequestOut(
        id=request.id,
        reference=request.reference,
        kind=request.kind,
        status=request.status,
        full_name=request.full_name,
        date_of_birth=request.date_of_birth.isoformat() if request.date_of_birth else None,
        nationality=request.nationality,
        contact=request.contact,
        lawyer=request.lawyer,
        request_text=request.request_text,
        received_at=request.received_at,
        due_on=request.due_on,
        overdue=view.overdue,
        decided_at=request.decided_at,
        reasons=request.reasons,
        linked=[
            LinkedRecordOut(
                record_id=link.record_id,
                record_reference=link.record_reference,
                deleted_at=link.deleted_at,
            )
            for link in request.linked
        ],
    )


@public.post("", response_model=ReceiptOut, status_code=status.HTTP_201_CREATED)
def submit_request(body: PeopleRequestIn, request: Request, services: ServicesDep) -> ReceiptOut:
    """Ask what is held on you, or for its correction or deletion; no login needed. One
    address may submit a few requests an hour (429 with Retry-After beyond)."""
    receipt = services.people_requests.submit(
        PeopleRequestSubmission(
            kind=body.kind.value,
            full_name=body.full_name,
            contact=body.contact,
            request_text=body.request_text,
            date_of_birth=body.date_of_birth,
            nationality=body.nationality,
            lawyer=body.lawyer,
        ),
        client=client_address(request),
    )
    return ReceiptOut(
        reference=receipt.reference,
        kind=receipt.kind,
        received_at=receipt.received_at,
        due_on=receipt.due_on,
    )


@protected.get("", response_model=list[PeopleRequestOut])
def request_queue(
    actor: CurrentActor,
    services: ServicesDep,
    include_decided: bool = False,
    overdue_only: bool = False,
) -> list[PeopleRequestOut]:
    """Requests awaiting a decision, earliest deadline first (reviewers)."""
    found = services.people_requests.queue(
        actor, include_decided=include_decided, overdue_only=overdue_only
    )
    return [request_out(v) for v in found]


@protected.get("/{request_id}", response_model=PeopleRequestOut)
def read_request(
    request_id: RequestId, actor: CurrentActor, services: ServicesDep
) -> PeopleRequestOut:
    return request_out(services.people_requests.get(actor, request_id))


@protected.post("/{request_id}/take", response_model=PeopleRequestOut)
def take_request(
    request_id: RequestId, actor: CurrentActor, services: ServicesDep
) -> PeopleRequestOut:
    """Take the request on: it is under review, by you."""
    return request_out(services.people_requests.take(actor, request_id))


@protected.post("/{request_id}/records", response_model=PeopleRequestOut)
def link_records(
    request_id: RequestId, body: LinkRecordsIn, actor: CurrentActor, services: ServicesDep
) -> PeopleRequestOut:
    """Link the records found to concern the requester."""
    return request_out(services.people_requests.link_records(actor, request_id, body.record_ids))


@protected.post("/{request_id}/decision", response_model=DecisionOut)
def decide_request(
    request_id: RequestId, body: DecisionIn, actor: CurrentActor, services: ServicesDep
) -> DecisionOut:
    """Decide (granted, partly_granted, refused) with reasons; a granted deletion deletes the
    linked records (a partial one those in `delete_record_ids`)."""
    outcome = services.people_requests.decide(
        actor,
        request_id,
        body.decision,
        reasons=body.reasons,
        delete_record_ids=body.delete_record_ids,
    )
    return DecisionOut(
        request=request_out(outcome.view),
        deleted_record_ids=list(outcome.deleted_record_ids),
        cancelled_notice_ids=list(outcome.cancelled_notice_ids),
        notes=list(outcome.notes),
    )
