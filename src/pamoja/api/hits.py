"""Hits: the requesting bureau's inbox, its counts, one hit with its history, and follow-up.

A hit is created by a screening (`POST /api/v1/screen`) matching an active notice or diffusion;
here its parties read it and move it along new → confirmed / not the person → action taken →
closed, each step audited by the service.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from pamoja.api.deps import CurrentActor, ServicesDep, get_caller
from pamoja.api.schemas.hits import (
    AdvanceIn,
    HitCountsOut,
    HitDetailOut,
    HitEventOut,
    HitOut,
    HitPage,
)
from pamoja.model.ids import MAX_ID
from pamoja.model.notices import HitStatus
from pamoja.services.hits import HitDetail
from pamoja.services.paging import MAX_PAGE, MAX_PER_PAGE
from pamoja.store.hits import Hit

router = APIRouter(prefix="/hits", tags=["hits"], dependencies=[Depends(get_caller)])

HitId = Annotated[int, Path(ge=1, le=MAX_ID, description="The hit's id.")]


def hit_out(hit: Hit) -> HitOut:
    return HitOut(
        id=hit.id,
        notice_id=hit.notice_id,
        subject_record_id=hit.subject_record_id,
        searcher=hit.searcher_username,
        place=hit.place,
        purpose=hit.purpose,
        query=hit.query,
        score=round(hit.score, 4),
        explanation=hit.explanation,
        status=hit.status,
        outcome=hit.outcome,
        created_at=hit.created_at,
        updated_at=hit.updated_at,
        repeat_count=hit.repeat_count,
        unread=hit.unread,
    )


def detail_out(detail: HitDetail) -> HitDetailOut:
    return HitDetailOut(
        hit=hit_out(detail.hit),
        notice_reference=str(detail.notice.reference),
        notice_type=detail.notice.notice_type.value,
        kind=detail.notice.kind.value,
        instruction=detail.instruction.text,
        parties=sorted(p.value for p in detail.parties),
        history=[
            HitEventOut(
                at=e.at,
                actor=e.actor_username,
                from_status=e.from_status,
                to_status=e.to_status,
                outcome=e.outcome,
                note=e.note,
            )
            for e in detail.history
        ],
        next_statuses=sorted(detail.next_statuses),
    )


@router.get("", response_model=HitPage)
def inbox(
    actor: CurrentActor,
    services: ServicesDep,
    status: HitStatus | None = None,
    unread_only: bool = False,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
) -> HitPage:
    """Hits on your bureau's notices and diffusions, newest first."""
    found = services.hits.inbox(
        actor, status=status, unread_only=unread_only, page=page, per_page=per_page
    )
    return HitPage(
        items=[hit_out(h) for h in found.items],
        total=found.total,
        page=found.page,
        per_page=found.per_page,
        pages=found.pages,
    )


@router.get("/counts", response_model=HitCountsOut)
def inbox_counts(actor: CurrentActor, services: ServicesDep) -> HitCountsOut:
    """How many hits nobody of your bureau has opened, and how many in each status."""
    counts = services.hits.inbox_counts(actor)
    return HitCountsOut(
        unread=counts.unread, by_status={s.value: n for s, n in counts.by_status.items()}
    )


@router.get("/{hit_id}", response_model=HitDetailOut)
def read_hit(hit_id: HitId, actor: CurrentActor, services: ServicesDep) -> HitDetailOut:
    """One hit, for the requesting or the searching bureau; opening it marks it read."""
    return detail_out(services.hits.get(actor, hit_id))


@router.post("/{hit_id}/advance", response_model=HitDetailOut)
def advance_hit(
    hit_id: HitId, body: AdvanceIn, actor: CurrentActor, services: ServicesDep
) -> HitDetailOut:
    """One step of the follow-up, with an outcome for `action_taken` and an optional note."""
    return detail_out(
        services.hits.advance(actor, hit_id, body.target, outcome=body.outcome, note=body.note)
    )
