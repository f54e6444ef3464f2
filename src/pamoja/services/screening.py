"""Screening people against every person record, through the sharing gate, with explanations.

The in-memory `ScreeningIndex` (pure, in `pamoja.matching`) is built from the store at start-up
and kept current from the platform's record-change events. Every result passes the gate twice:
candidates the searcher may not know of are excluded before scoring, and what is shown comes from
the store's gated views. A match on a record the searcher may see only as hit/no-hit carries the
score and decision but no explanation (an explanation would reveal the record's content).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pamoja.matching import (
    ALERT_THRESHOLD,
    Contribution,
    Decision,
    InvalidSubject,
    Match,
    ScreeningIndex,
    Subject,
)
from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction, Purpose
from pamoja.model.record_views import FullRecord, RecordView
from pamoja.model.records import Details, DocumentKind, PersonDetails, RecordKind
from pamoja.model.sharing import Sharing
from pamoja.policy.sharing import Visibility, visibility
from pamoja.services.errors import InvalidInput
from pamoja.services.platform import Platform, RecordChange
from pamoja.services.records import actor_entry

MAX_BATCH = 1000
MAX_LIMIT = 50
DOCUMENT_IDENTIFIER_KINDS = frozenset(k.value for k in DocumentKind)


@dataclass(frozen=True, slots=True)
class ScreeningMatch:
    """One candidate for a query, as far as the searcher may see it."""

    record_id: int
    score: float
    decision: Decision
    view: RecordView
    contributions: tuple[Contribution, ...] | None

    @property
    def explanation(self) -> str | None:
        if self.contributions is None:
            return None
        return "; ".join(str(c) for c in self.contributions)


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    query: Subject
    matches: tuple[ScreeningMatch, ...]


ScreeningListener = Callable[[Actor, Sequence[ScreeningResult]], None]


def subject_of(record_id: int, details: PersonDetails) -> Subject:
    """The screening view of a person record: every name, birth date, nationalities, documents."""
    documents = tuple(
        f"{i.country}:{i.value}" if i.country else i.value
        for i in details.identifiers
        if i.kind in DOCUMENT_IDENTIFIER_KINDS
    )
    return Subject(
        id=str(record_id),
        names=tuple(n.full_name for n in details.names if n.full_name.strip())[:50],
        gender=details.gender,
        birth_date=details.date_of_birth,
        nationalities=details.nationalities,
        documents=documents,
    )


class ScreeningService:
    """Owns the node's screening index; safe to call from many request threads."""

    def __init__(self, platform: Platform) -> None:
        self._platform = platform
        self._index = ScreeningIndex()
        self._sharing: dict[int, Sharing] = {}
        self._lock = threading.RLock()
        self._listeners: list[ScreeningListener] = []
        platform.on_record_change(self._follow)

    def load(self) -> int:
        """Index every person record in the store; returns how many."""
        subjects: list[Subject] = []
        sharing: dict[int, Sharing] = {}
        with self._platform.uow() as uow:
            for record_id, details, record_sharing in uow.records.scan(RecordKind.PERSON):
                subject = _indexable(record_id, details)
                if subject is not None:
                    subjects.append(subject)
                    sharing[record_id] = record_sharing
        with self._lock:
            self._index = ScreeningIndex(subjects)
            self._sharing = sharing
        return len(subjects)

    def __len__(self) -> int:
        return len(self._index)

    def on_screened(self, listener: ScreeningListener) -> None:
        """Be told of every screening's gated results (notices turn matches into hits)."""
        self._listeners.append(listener)

    def screen(
        self,
        actor: Actor,
        queries: Sequence[Subject],
        *,
        purpose: Purpose,
        limit: int = 5,
        threshold: float = ALERT_THRESHOLD,
        place: str | None = None,
    ) -> list[ScreeningResult]:
        if not queries:
            raise InvalidInput.one("queries", "give at least one person to screen")
        if len(queries) > MAX_BATCH:
            raise InvalidInput.one("queries", f"at most {MAX_BATCH} persons per request")
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidInput.one("limit", f"must be between 1 and {MAX_LIMIT}")
        if not 0.0 <= threshold <= 1.0:
            raise InvalidInput.one("threshold", "must be between 0 and 1")

        def known(candidate_id: str) -> bool:
            sharing = self._sharing.get(int(candidate_id))
            return sharing is not None and visibility(actor, sharing) is not Visibility.NONE

        with self._lock:
            raw = [self._index.search(q, limit, threshold, accept=known) for q in queries]
        ids = sorted({int(m.candidate_id) for matches in raw for m in matches})
        with self._platform.uow() as uow:
            views = uow.records.views_for(actor, ids)
            results = [
                ScreeningResult(
                    query, tuple(_shown(m, views) for m in matches if int(m.candidate_id) in views)
                )
                for query, matches in zip(queries, raw, strict=True)
            ]
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.SCREEN,
                    purpose=purpose.value,
                    record_ids=sorted(views),
                    queries=[_describe(q) for q in queries[:20]],
                    query_count=len(queries),
                    place=place,
                    threshold=threshold,
                )
            )
            uow.commit()
        for listener in self._listeners:
            listener(actor, results)
        return results

    def _follow(self, change: RecordChange) -> None:
        if change.kind is not RecordKind.PERSON:
            return
        with self._lock:
            if change.removed:
                self._forget(change.record_id)
                return
            with self._platform.uow() as uow:
                found = uow.records.unfiltered(change.record_id)
            if found is None:
                self._forget(change.record_id)
                return
            _, details, sharing = found
            subject = _indexable(change.record_id, details)
            if subject is None:
                self._forget(change.record_id)
                return
            self._index.replace(subject)
            self._sharing[change.record_id] = sharing

    def _forget(self, record_id: int) -> None:
        if str(record_id) in self._index:
            self._index.remove(str(record_id))
        self._sharing.pop(record_id, None)


def _indexable(record_id: int, details: Details) -> Subject | None:
    if not isinstance(details, PersonDetails):
        return None
    try:
        return subject_of(record_id, details)
    except InvalidSubject:
        return None


def _shown(match: Match, views: dict[int, RecordView]) -> ScreeningMatch:
    record_id = int(match.candidate_id)
    view = views[record_id]
    full = isinstance(view, FullRecord)
    return ScreeningMatch(
        record_id=record_id,
        score=match.score,
        decision=match.decision,
        view=view,
        contributions=match.contributions if full else None,
    )


def _describe(query: Subject) -> dict[str, object]:
    return {
        "id": query.id,
        "names": list(query.names[:5]),
        "birth_date": str(query.birth_date) if query.birth_date else None,
        "nationalities": list(query.nationalities),
    }
