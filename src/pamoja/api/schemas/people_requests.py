"""Bodies of the people's requests API: a request in, a receipt out, a reviewer's decision."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field

from pamoja.api.schemas.fields import InputModel, StoredId
from pamoja.model.notices import PeopleRequestKind, PeopleRequestStatus


class PeopleRequestIn(InputModel):
    """What a person (or their lawyer) asks about data held on them."""

    kind: PeopleRequestKind
    full_name: Annotated[str, Field(min_length=1, max_length=300)]
    contact: Annotated[
        str, Field(min_length=1, max_length=300, description="Where the answer goes.")
    ]
    request_text: Annotated[str, Field(min_length=1, max_length=20_000)]
    date_of_birth: Annotated[
        str | None, Field(max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None
    nationality: Annotated[str | None, Field(max_length=80)] = None
    lawyer: Annotated[str, Field(max_length=300)] = ""


class ReceiptOut(BaseModel):
    """Quote the reference in any later contact; a decision is due by `due_on`."""

    reference: str
    kind: PeopleRequestKind
    received_at: datetime
    due_on: date


class LinkedRecordOut(BaseModel):
    record_id: int
    record_reference: str
    deleted_at: datetime | None


class PeopleRequestOut(BaseModel):
    id: int
    reference: str
    kind: PeopleRequestKind
    status: PeopleRequestStatus
    full_name: str
    date_of_birth: str | None
    nationality: str | None
    contact: str
    lawyer: str
    request_text: str
    received_at: datetime
    due_on: date
    overdue: bool
    decided_at: datetime | None
    reasons: str
    linked: list[LinkedRecordOut]


class LinkRecordsIn(InputModel):
    record_ids: Annotated[list[StoredId], Field(min_length=1, max_length=200)]


class DecisionIn(InputModel):
    decision: PeopleRequestStatus
    reasons: Annotated[str, Field(max_length=5000)]
    delete_record_ids: Annotated[
        list[StoredId],
        Field(default_factory=list, max_length=200),
    ]


class DecisionOut(BaseModel):
    request: PeopleRequestOut
    deleted_record_ids: list[int]
    cancelled_notice_ids: list[int]
    notes: list[str]
