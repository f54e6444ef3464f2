"""`POST /api/v1/screen`: screen one person or a batch against everything the caller may see.

Matches pass through the sharing gate: a record the caller may read comes back with its score
explained feature by feature; one its owner shares as hit/no-hit only comes back as a stub
(reference, kind, owner, whom to contact, score) with nothing of its content. A match on an
active notice or diffusion becomes a hit, answered with the plain-words instruction.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from pamoja.api.deps import CurrentActor, ServicesDep, get_caller
from pamoja.api.schemas.screening import (
    ContributionOut,
    MatchOut,
    NoticeHitOut,
    OwnerOut,
    PersonQueryIn,
    QueryResultOut,
    ScreenIn,
    ScreenOut,
)
from pamoja.matching import InvalidSubject, Subject
from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord
from pamoja.services.errors import FieldError, InvalidInput
from pamoja.services.hits import HitAlert
from pamoja.services.screening import ScreeningMatch

router = APIRouter(tags=["screening"], dependencies=[Depends(get_caller)])


def to_subject(person: PersonQueryIn, position: int) -> Subject:
    """The matching engine's subject for one query; InvalidInput naming the field otherwise."""
    primary = person.full_name or " ".join(person.names or [])
    names = tuple(n for n in (primary, *person.aliases) if n.strip())
    try:
        return Subject(
            id=person.id or str(position + 1),
            names=names,
            gender=person.gender,
            birth_date=PartialDate.parse(person.date_of_birth) if person.date_of_birth else None,
            nationalities=tuple(dict.fromkeys(person.nationality)),
            documents=(person.document_number,) if person.document_number else (),
        )
    except InvalidSubject as error:
        raise InvalidInput([FieldError(f"persons[{position}]", str(error))]) from error


def match_out(match: ScreeningMatch) -> MatchOut:
    view = match.view
    owner = OwnerOut(code=view.owner.code, name=view.owner.name, country=view.owner.country)
    if isinstance(view, FullRecord):
        return MatchOut(
            access="full",
            record_id=view.id,
            reference=view.reference,
            kind=view.kind,
            owner=owner,
            score=round(match.score, 4),
            decision=match.decision.value,
            label=view.label,
            explanation=match.explanation,
            contributions=[
                ContributionOut(feature=c.feature, detail=c.detail, points=round(c.points, 4))
                for c in match.contributions or ()
            ],
        )
    return MatchOut(
        access="hit_only",
        reference=view.reference,
        kind=view.kind,
        owner=owner,
        score=round(match.score, 4),
        decision=match.decision.value,
        contact=view.contact,
    )


def hit_out(alert: HitAlert) -> NoticeHitOut:
    return NoticeHitOut(
        hit_id=alert.hit_id,
        notice_reference=alert.reference,
        notice_type=alert.notice_type.value,
        kind=alert.kind.value,
        score=round(alert.score, 4),
        instruction=alert.instruction.text,
        repeat=alert.repeat,
    )


@router.post("/screen", response_model=ScreenOut)
def screen(body: ScreenIn, actor: CurrentActor, services: ServicesDep) -> ScreenOut:
    """Screen up to 1,000 persons; per person the matches the gate lets you see and the hits on
    active notices and diffusions, each with what to do."""
    queries = [to_subject(person, i) for i, person in enumerate(body.persons)]
    ids = [q.id for q in queries]
    if len(set(ids)) != len(ids):
        raise InvalidInput.one("persons", "two persons have the same id; ids must be unique")
    outcome = services.hits.screen(
        actor,
        queries,
        purpose=body.purpose,
        place=body.place,
        limit=body.limit,
        threshold=body.threshold,
    )
    return ScreenOut(
        results=[
            QueryResultOut(
                query_id=result.query.id,
                matches=[match_out(m) for m in result.matches],
                notice_hits=[hit_out(a) for a in outcome.hits if a.query_id == result.query.id],
            )
            for result in outcome.results
        ]
    )
