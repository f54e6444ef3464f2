"""Notices and diffusions: draft, change, walk through the workflow, read, list and review.

`POST /notices/{id}/actions/{action}` takes every workflow step (submit, send, start_review,
publish, approve, refuse, request_info, amend, withdraw, cancel, extend) with optional `reasons`;
the services decide who may take which step and when reasons are required.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Response, status

from pamoja.api.deps import CurrentActor, ServicesDep, get_caller
from pamoja.api.schemas.notices import (
    ActionIn,
    AssetLinkOut,
    EventOut,
    FindingOut,
    JudicialReferenceOut,
    NoticeIn,
    NoticeOut,
    OffenceOut,
)
from pamoja.model.actors import Actor
from pamoja.model.ids import MAX_ID
from pamoja.model.notices import (
    AssetLink,
    InvalidNoticeValue,
    JudicialReference,
    NoticeKind,
    NoticeType,
    Offence,
)
from pamoja.services.errors import InvalidInput
from pamoja.services.notices import NoticeService
from pamoja.store.notice_views import Notice, NoticeContent

router = APIRouter(prefix="/notices", tags=["notices"], dependencies=[Depends(get_caller)])

NoticeId = Annotated[int, Path(ge=1, le=MAX_ID, description="The notice's id.")]


class StepName(StrEnum):
    SUBMIT = "submit"
    SEND = "send"
    START_REVIEW = "start_review"
    PUBLISH = "publish"
    APPROVE = "approve"
    REFUSE = "refuse"
    REQUEST_INFO = "request_info"
    AMEND = "amend"
    WITHDRAW = "withdraw"
    CANCEL = "cancel"
    EXTEND = "extend"


def to_content(body: NoticeIn) -> NoticeContent:
    """The service's content; a value the model refuses becomes a 422 naming the field."""
    try:
        offences = tuple(
            Offence(
                o.description,
                o.legal_provision,
                o.maximum_penalty_months,
                o.remaining_sentence_months,
            )
            for o in body.offences
        )
    except InvalidNoticeValue as error:
        raise InvalidInput.one("offences", str(error)) from error
    return NoticeContent(
        notice_type=body.notice_type,
        kind=body.kind,
        facts=body.facts,
        offences=offences,
        judicial_references=tuple(
            JudicialReference(j.kind, j.reference, j.issued_on, j.issuing_authority)
            for j in body.judicial_references
        ),
        red_purpose=body.red_purpose,
        assets=tuple(AssetLink(a.asset_record_id, a.offence_link) for a in body.assets),
        recipient_countries=frozenset(body.recipient_countries),
        recipient_regional_bodies=frozenset(body.recipient_regional_bodies),
        public_extract_consent=body.public_extract_consent,
    )


def notice_out(notice: Notice, actions: frozenset[str]) -> NoticeOut:
    content = notice.content
    return NoticeOut(
        id=notice.id,
        reference=str(notice.reference),
        status=notice.status,
        access=notice.access.value,
        notice_type=content.notice_type,
        kind=content.kind,
        requesting_bureau=notice.requesting_bureau.code,
        requesting_country=notice.requesting_bureau.country,
        subjects=list(notice.subject_record_ids),
        facts=content.facts,
        offences=[
            OffenceOut(
                description=o.description,
                legal_provision=o.legal_provision,
                maximum_penalty_months=o.maximum_penalty_months,
                remaining_sentence_months=o.remaining_sentence_months,
            )
            for o in content.offences
        ],
        judicial_references=[
            JudicialReferenceOut(
                kind=j.kind,
                reference=j.reference,
                issued_on=j.issued_on,
                issuing_authority=j.issuing_authority,
            )
            for j in content.judicial_references
        ],
        red_purpose=content.red_purpose,
        assets=[
            AssetLinkOut(asset_record_id=a.asset_record_id, offence_link=a.offence_link)
            for a in content.assets
        ],
        recipient_countries=sorted(content.recipient_countries),
        recipient_regional_bodies=sorted(content.recipient_regional_bodies),
        public_extract_consent=content.public_extract_consent,
        created_at=notice.created_at,
        updated_at=notice.updated_at,
        published_at=notice.published_at,
        sent_at=notice.sent_at,
        valid_until=notice.valid_until,
        findings=[
            FindingOut(
                rule_id=f.rule_id,
                rule_version=f.rule_version,
                severity=f.severity.value,
                explanation=f.explanation,
                location=f.location,
                matched_text=f.matched_text,
            )
            for f in notice.findings
        ],
        history=[
            EventOut(
                at=e.at,
                action=e.action,
                actor=e.actor_username,
                from_status=e.from_status,
                to_status=e.to_status,
                reasons=e.reasons,
                findings_count=e.findings_count,
            )
            for e in notice.history
        ],
        actions=sorted(actions),
    )


def shown(notices: NoticeService, actor: Actor, notice: Notice) -> NoticeOut:
    return notice_out(notice, frozenset(a.value for a in notices.actions_for(actor, notice)))


@router.get("", response_model=list[NoticeOut])
def list_notices(
    actor: CurrentActor,
    services: ServicesDep,
    scope: Literal["mine", "circulating"] = "mine",
    notice_type: NoticeType | None = None,
    kind: NoticeKind | None = None,
) -> list[NoticeOut]:
    """`mine`: every request of your bureau; `circulating`: active notices and diffusions you
    may read."""
    notices = services.notices
    if scope == "mine":
        found = [
            n
            for n in notices.notices_of_bureau(actor)
            if (notice_type is None or n.notice_type is notice_type)
            and (kind is None or n.kind is kind)
        ]
    else:
        found = notices.circulating(actor, notice_type=notice_type, kind=kind)
    return [shown(notices, actor, n) for n in found]


@router.get("/queue", response_model=list[NoticeOut])
def review_queue(actor: CurrentActor, services: ServicesDep) -> list[NoticeOut]:
    """What waits for review, oldest first, with the pre-check findings (reviewers)."""
    return [shown(services.notices, actor, n) for n in services.notices.queue(actor)]


@router.post("", response_model=NoticeOut, status_code=status.HTTP_201_CREATED)
def draft_notice(
    body: NoticeIn, actor: CurrentActor, services: ServicesDep, response: Response
) -> NoticeOut:
    """Draft a request of your bureau; the pre-check runs at once and its findings come back."""
    notice = services.notices.draft(actor, to_content(body), body.subjects)
    response.headers["Location"] = f"/api/v1/notices/{notice.id}"
    return shown(services.notices, actor, notice)


@router.get("/{notice_id}", response_model=NoticeOut)
def read_notice(notice_id: NoticeId, actor: CurrentActor, services: ServicesDep) -> NoticeOut:
    """A notice: with findings and history for its bureau and reviewers, content for others."""
    return shown(services.notices, actor, services.notices.get(actor, notice_id))


@router.put("/{notice_id}", response_model=NoticeOut)
def update_notice(
    notice_id: NoticeId, body: NoticeIn, actor: CurrentActor, services: ServicesDep
) -> NoticeOut:
    """Change a draft (or a request the reviewer asked questions about)."""
    notice = services.notices.update_draft(actor, notice_id, to_content(body), body.subjects)
    return shown(services.notices, actor, notice)


@router.post("/{notice_id}/actions/{action}", response_model=NoticeOut)
def take_step(
    notice_id: NoticeId,
    action: StepName,
    actor: CurrentActor,
    services: ServicesDep,
    body: ActionIn | None = None,
) -> NoticeOut:
    """One workflow step; `reasons` are required to refuse, ask questions, cancel, extend and
    to publish or approve over blocking findings."""
    notices = services.notices
    reasons = body.reasons if body else ""
    match action:
        case StepName.SUBMIT:
            notice = notices.submit(actor, notice_id)
        case StepName.SEND:
            notice = notices.send(actor, notice_id)
        case StepName.START_REVIEW:
            notice = notices.start_review(actor, notice_id)
        case StepName.PUBLISH:
            notice = notices.publish(actor, notice_id, reasons=reasons)
        case StepName.APPROVE:
            notice = notices.approve(actor, notice_id, reasons=reasons)
        case StepName.REFUSE:
            notice = notices.refuse(actor, notice_id, reasons=reasons)
        case StepName.REQUEST_INFO:
            notice = notices.request_info(actor, notice_id, reasons=reasons)
        case StepName.AMEND:
            notice = notices.amend(actor, notice_id)
        case StepName.WITHDRAW:
            notice = notices.withdraw(actor, notice_id, reasons=reasons)
        case StepName.CANCEL:
            notice = notices.cancel(actor, notice_id, reasons=reasons)
        case StepName.EXTEND:
            notice = notices.extend(actor, notice_id, reasons=reasons)
    return shown(notices, actor, notice)
