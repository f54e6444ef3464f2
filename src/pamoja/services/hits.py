"""Hits: a screening that matches an active notice or diffusion at or above the alert threshold.

`HitService.screen` wraps `ScreeningService.screen`: each notice match at or above the node's
alert threshold (`PAMOJA_SCREENING_ALERT_THRESHOLD`) becomes a hit (who searched, for which
bureau, where, when, the query, score and explanation), written with its `hit.created` webhook
event for the requesting bureau and its HIT audit entry in one transaction. The searcher gets,
per hit, the plain-words instruction of `policy.hit_actions` naming the requesting bureau and
the notice reference, and nothing of the subject record beyond what the screening service's
gate already showed.

The requesting bureau follows hits up in its inbox; both parties see the hit and its history and
move it along the lifecycle of `model.notices` (each step audited and sent as `hit.updated`).
Repeats (same searcher, same query, same notice, within `policy.hit_follow_up.REPEAT_WINDOW`)
are counted on the first hit rather than filling the inbox.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pamoja.matching import Subject
from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.notices import (
    HIT_TRANSITIONS,
    HitOutcome,
    HitStatus,
    InvalidHitTransition,
    NoticeKind,
    NoticeType,
    next_hit_status,
)
from pamoja.model.record_views import Page
from pamoja.policy.hit_actions import HitInstruction, hit_instruction
from pamoja.policy.hit_follow_up import (
    REPEAT_WINDOW,
    HitParty,
    hit_parties,
    is_repeat,
    may_move_hit_to,
)
from pamoja.policy.webhooks import WebhookEvent
from pamoja.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from pamoja.services.notices import NoticeService
from pamoja.services.paging import check_page
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.services.screening import NoticeMatch, ScreeningResult, ScreeningService
from pamoja.services.webhooks import queue_event
from pamoja.store.hits import Hit, HitEvent, HitRepository, InboxCounts, NewHit
from pamoja.store.notice_views import NoticeHitFacts
from pamoja.store.unit_of_work import UnitOfWork

MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class HitAlert:
    """What the searcher is told about one hit: what to do, whom to contact, which reference."""

    hit_id: int
    query_id: str
    notice_id: int
    reference: str
    notice_type: NoticeType
    kind: NoticeKind
    score: float
    instruction: HitInstruction
    repeat: bool
    """True when this screening repeated a recent one and was counted on the existing hit."""


@dataclass(frozen=True, slots=True)
class ScreenOutcome:
    results: list[ScreeningResult]
    hits: tuple[HitAlert, ...] = ()


@dataclass(frozen=True, slots=True)
class HitDetail:
    """A hit as one of its parties sees it, with the notice's facts, instruction and history."""

    hit: Hit
    notice: NoticeHitFacts
    instruction: HitInstruction
    parties: frozenset[HitParty]
    history: tuple[HitEvent, ...]

    @property
    def next_statuses(self) -> frozenset[HitStatus]:
        """The steps the reader may take now."""
        return frozenset(
            t for t in HIT_TRANSITIONS[self.hit.status] if may_move_hit_to(self.parties, t)
        )


def instruction_for(facts: NoticeHitFacts) -> HitInstruction:
    return hit_instruction(
        facts.notice_type,
        contact=facts.requesting_bureau_name,
        reference=facts.reference,
        kind=facts.kind,
        reviewed=facts.reviewed,
    )


def describe_query(query: Subject) -> dict[str, Any]:
    """The query as stored on a hit and compared for repeats (the caller's own id left out)."""
    return {
        "names": list(query.names),
        "gender": query.gender.value if query.gender else None,
        "birth_date": str(query.birth_date) if query.birth_date else None,
        "nationalities": list(query.nationalities),
        "documents": list(query.documents),
    }


def query_key(described: dict[str, Any]) -> str:
    canonical = json.dumps(described, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _hits(uow: UnitOfWork) -> HitRepository:
    return HitRepository(uow.session)


class HitService:
    def __init__(
        self, platform: Platform, screening: ScreeningService, notices: NoticeService
    ) -> None:
        self._platform = platform
        self._screening = screening
        self._notices = notices

    # --- screening ------------------------------------------------------------------------

    def screen(
        self,
        actor: Actor,
        queries: Sequence[Subject],
        *,
        purpose: Purpose,
        place: str | None = None,
        limit: int = 5,
        threshold: float | None = None,
    ) -> ScreenOutcome:
        """Screen, and turn every notice match at or above the alert threshold into a hit."""
        place = place.strip()[:200] if place and place.strip() else None
        results = self._screening.screen(
            actor, queries, purpose=purpose, limit=limit, threshold=threshold, place=place
        )
        pending = [
            (result.query, match)
            for result in results
            for match in result.notice_matches
            if match.score >= self._screening.config.alert_threshold
        ]
        if not pending:
            return ScreenOutcome(results)
        facts = {
            notice_id: found
            for notice_id in sorted({m.notice_id for _, m in pending})
            if (found := self._notices.summary_for_hit(notice_id)) is not None and found.active
        }
        alerts: list[HitAlert] = []
        now = self._platform.now()
        with self._platform.uow() as uow:
            for query, match in pending:
                notice = facts.get(match.notice_id)
                if notice is not None:
                    alerts.append(
                        self._record(uow, actor, purpose, place, query, match, notice, now)
                    )
            uow.commit()
        return ScreenOutcome(results, tuple(alerts))

    def _record(
        self,
        uow: UnitOfWork,
        actor: Actor,
        purpose: Purpose,
        place: str | None,
        query: Subject,
        match: NoticeMatch,
        notice: NoticeHitFacts,
        now: datetime,
    ) -> HitAlert:
        hits = _hits(uow)
        described = describe_query(query)
        key = query_key(described)
        earlier = hits.latest_repeat_candidate(
            notice.notice_id, actor.user_id, key, seen_since=now - REPEAT_WINDOW
        )
        repeat = earlier is not None and is_repeat(earlier.last_seen_at, now)
        if earlier is not None and repeat:
            hit = hits.count_repeat(earlier.id, now=now, score=match.score)
        else:
            hit = hits.add(
                NewHit(
                    notice_id=notice.notice_id,
                    subject_record_id=match.record_id,
                    requesting_bureau_id=notice.requesting_bureau_id,
                    searcher_user_id=actor.user_id,
                    searcher_username=actor.username,
                    searcher_bureau_id=actor.bureau_id,
                    place=place,
                    purpose=purpose.value,
                    query=described,
                    query_key=key,
                    score=match.score,
                    explanation=match.explanation,
                ),
                now=now,
            )
            hits.add_event(
                hit.id,
                HitEvent(
                    now,
                    actor.username,
                    actor.user_id,
                    actor.bureau_id,
                    None,
                    HitStatus.NEW,
                    None,
                    "",
                ),
            )
            queue_event(
                uow,
                notice.requesting_bureau_id,
                WebhookEvent.HIT_CREATED,
                self._event_data(uow, hit, notice),
                now=now,
            )
        uow.audit.append(
            actor_entry(
                actor,
                AuditAction.HIT,
                purpose=purpose.value,
                record_ids=[match.record_id],
                hit=hit.id,
                notice=notice.notice_id,
                reference=str(notice.reference),
                score=round(match.score, 4),
                place=place,
                repeat=repeat,
            ),
            at=now,
        )
        return HitAlert(
            hit_id=hit.id,
            query_id=query.id,
            notice_id=notice.notice_id,
            reference=str(notice.reference),
            notice_type=notice.notice_type,
            kind=notice.kind,
            score=match.score,
            instruction=instruction_for(notice),
            repeat=repeat,
        )

    # --- the inbox (requesting bureau) and sent hits (searching bureau) --------------------

    def inbox(
        self,
        actor: Actor,
        *,
        status: HitStatus | None = None,
        unread_only: bool = False,
        page: int = 1,
        per_page: int = 50,
    ) -> Page[Hit]:
        """Hits on the actor's bureau's notices and diffusions, newest first."""
        self._require_follower(actor)
        check_page(page, per_page)
        with self._platform.uow() as uow:
            return _hits(uow).listing(
                requesting_bureau_id=actor.bureau_id,
                status=status,
                unread_only=unread_only,
                page=page,
                per_page=per_page,
            )

    def inbox_counts(self, actor: Actor) -> InboxCounts:
        self._require_follower(actor)
        with self._platform.uow() as uow:
            return _hits(uow).inbox_counts(actor.bureau_id)

    def sent(
        self, actor: Actor, *, status: HitStatus | None = None, page: int = 1, per_page: int = 50
    ) -> Page[Hit]:
        """Hits made by screenings of the actor's bureau, newest first."""
        self._require_follower(actor)
        check_page(page, per_page)
        with self._platform.uow() as uow:
            return _hits(uow).listing(
                searcher_bureau_id=actor.bureau_id, status=status, page=page, per_page=per_page
            )

    def get(self, actor: Actor, hit_id: int) -> HitDetail:
        """A hit for one of its parties; opening it marks it read for the requesting bureau."""
        now = self._platform.now()
        with self._platform.uow() as uow:
            hits = _hits(uow)
            hit, parties = self._party_hit(hits, actor, hit_id)
            if HitParty.REQUESTING in parties and hit.unread:
                hits.mark_read([hit.id], now=now)
            uow.audit.append(
                actor_entry(
                    actor, AuditAction.READ, record_ids=[hit.subject_record_id], hit=hit.id
                ),
                at=now,
            )
            uow.commit()
            return self._detail(uow, hit_id, parties)

    def advance(
        self,
        actor: Actor,
        hit_id: int,
        target: HitStatus,
        outcome: HitOutcome | None = None,
        note: str = "",
    ) -> HitDetail:
        """One step of the follow-up (new -> confirmed / not the person -> action taken ->
        closed); `action_taken` needs the outcome."""
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise InvalidInput.one("note", f"at most {MAX_NOTE} characters")
        now = self._platform.now()
        with self._platform.uow() as uow:
            hits = _hits(uow)
            hit, parties = self._party_hit(hits, actor, hit_id, for_update=True)
            try:
                status = next_hit_status(hit.status, target, outcome)
            except InvalidHitTransition as error:
                raise Conflict(str(error)) from None
            if not may_move_hit_to(parties, status):
                raise Forbidden("only the requesting bureau closes a hit")
            hits.set_status(hit.id, status, outcome, now=now)
            hits.add_event(
                hit.id,
                HitEvent(
                    now,
                    actor.username,
                    actor.user_id,
                    actor.bureau_id,
                    hit.status,
                    status,
                    outcome,
                    note,
                ),
            )
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.HIT,
                    record_ids=[hit.subject_record_id],
                    hit=hit.id,
                    step=status.value,
                    previous=hit.status.value,
                    outcome=outcome.value if outcome else None,
                    note=note,
                ),
                at=now,
            )
            facts = self._facts(hit.notice_id)
            updated = hits.get(hit.id)
            assert updated is not None
            data = self._event_data(uow, updated, facts)
            data["previous_status"] = hit.status.value
            data["note"] = note
            queue_event(uow, hit.requesting_bureau_id, WebhookEvent.HIT_UPDATED, data, now=now)
            uow.commit()
            return self._detail(uow, hit_id, parties)

    # --- helpers --------------------------------------------------------------------------

    def _require_follower(self, actor: Actor) -> None:
        if not hit_parties(
            actor, requesting_bureau_id=actor.bureau_id, searching_bureau_id=actor.bureau_id
        ):
            raise Forbidden("hits are followed up by officers and supervisors of bureaus")

    def _party_hit(
        self, hits: HitRepository, actor: Actor, hit_id: int, *, for_update: bool = False
    ) -> tuple[Hit, frozenset[HitParty]]:
        hit = hits.get(hit_id, for_update=for_update)
        parties = (
            hit_parties(
                actor,
                requesting_bureau_id=hit.requesting_bureau_id,
                searching_bureau_id=hit.searcher_bureau_id,
            )
            if hit
            else frozenset()
        )
        if hit is None or not parties:
            raise NotFound(f"hit {hit_id} does not exist or is not your bureau's")
        return hit, parties

    def _facts(self, notice_id: int) -> NoticeHitFacts:
        facts = self._notices.summary_for_hit(notice_id)
        if facts is None:
            raise NotFound(f"the notice of this hit ({notice_id}) no longer exists")
        return facts

    def _detail(self, uow: UnitOfWork, hit_id: int, parties: frozenset[HitParty]) -> HitDetail:
        hits = _hits(uow)
        hit = hits.get(hit_id)
        if hit is None:
            raise NotFound(f"hit {hit_id} does not exist")
        facts = self._facts(hit.notice_id)
        return HitDetail(hit, facts, instruction_for(facts), parties, hits.events(hit_id))

    def _event_data(self, uow: UnitOfWork, hit: Hit, notice: NoticeHitFacts) -> dict[str, Any]:
        """The webhook payload's `data`: for the requesting bureau, about its own notice."""
        searcher = uow.directory.bureau(hit.searcher_bureau_id)
        return {
            "hit_id": hit.id,
            "status": hit.status.value,
            "outcome": hit.outcome.value if hit.outcome else None,
            "notice": {
                "id": notice.notice_id,
                "reference": str(notice.reference),
                "type": notice.notice_type.value,
                "kind": notice.kind.value,
            },
            "subject_record_id": hit.subject_record_id,
            "score": round(hit.score, 4),
            "explanation": hit.explanation,
            "query": hit.query,
            "searched_at": hit.created_at.isoformat(),
            "searched_by": {
                "username": hit.searcher_username,
                "bureau": searcher.code if searcher else None,
                "bureau_name": searcher.name if searcher else None,
                "country": searcher.country if searcher else None,
            },
            "place": hit.place,
            "purpose": hit.purpose,
        }
