"""Bodies of the hits API: a hit in the inbox, a hit with its history, a step of follow-up."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field

from pamoja.api.schemas.fields import InputModel
from pamoja.model.notices import HitOutcome, HitStatus


class HitOut(BaseModel):
    id: int
    notice_id: int
    subject_record_id: int
    searcher: str
    place: str | None
    purpose: str
    query: dict[str, Any]
    score: float
    explanation: str
    status: HitStatus
    outcome: HitOutcome | None
    created_at: datetime
    updated_at: datetime
    repeat_count: int
    unread: bool


class HitPage(BaseModel):
    items: list[HitOut]
    total: int
    page: int
    per_page: int
    pages: int


class HitCountsOut(BaseModel):
    unread: int
    by_status: dict[str, int]


class HitEventOut(BaseModel):
    at: datetime
    actor: str
    from_status: HitStatus | None
    to_status: HitStatus
    outcome: HitOutcome | None
    note: str


class HitDetailOut(BaseModel):
    """A hit as one of its parties sees it: the notice's reference and instruction, history."""

    hit: HitOut
    notice_reference: str
    notice_type: str
    kind: str
    instruction: str
    parties: list[str]
    history: list[HitEventOut]
    next_statuses: list[HitStatus]


class AdvanceIn(InputModel):
    target: HitStatus
    outcome: HitOutcome | None = None
    note: Annotated[str, Field(max_length=2000)] = ""
