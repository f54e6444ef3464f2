"""Screening people against every person record and notice subject, through the sharing gate.

The in-memory `ScreeningIndex` (pure, in `pamoja.matching`) holds two kinds of entries:

- every person record (entry `r<record id>`), built from the store at start-up and kept current
  from the platform's record-change events, gated by the record's own sharing;
- the subjects of active notices and diffusions (entry `n<notice id>:<record id>`), put in and
  taken out by the notices service, gated by the notice's audience (all members, or the
  diffusion's addressees): publishing a notice makes its subject screenable beyond the record's
  own scope, which is what a notice is for.

Every result passes the gate twice: candidates the searcher may not know of are excluded before
scoring, and what is shown of records comes from the store's gated views. A match on a record the
searcher may see only as hit/no-hit carries the score and decision but no explanation (an
explanation would reveal the record's content).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from pamoja.config import Settings
from pamoja.matching import (
    Contribution,
    Decision,
    InvalidSubject,
    Match,
    MatchConfig,
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
    """A person record that may be the query, as far as the searcher may see it."""

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
class NoticeMatch:
    """The query may be the subject of an active notice or diffusion the searcher may see."""

    notice_id: int
    record_id: int
    score: float
    decision: Decision
    contributions: tuple[Contribution, ...]

    @property
    def explanation(self) -> str:
        return "; ".join(str(c) for c in self.contributions)


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    query: Subject
    matches: tuple[ScreeningMatch, ...]
    notice_matches: tuple[NoticeMatch, ...] = ()


def record_entry(record_id: int) -> str:
    return f"r{record_id}"


def notice_entry(notice_id: int, record_id: int) -> str:
    return f"n{notice_id}:{record_id}"


def subject_of(entry_id: str, details: PersonDetails) -> Subject:
    """The screening view of a person record: every name, birth date, nationalities, documents."""
    documents = tuple(
        f"{i.country}:{i.value}" if i.country else i.value
        for i in details.identifiers
        if i.kind in DOCUMENT_IDENTIFIER_KINDS
    )
    return Subject(
        id=entry_id,
        names=tuple(n.full_name for n in details.names if n.full_name.strip())[:50],
        gender=details.gender,
        birth_date=details.date_of_birth,
        nationalities=details.nationalities,
        documents=documents,
    )


def match_config(settings: Settings) -> MatchConfig:
    """How this node scores matches: the default rules, with the thresholds, the weight of a
    year-only birth date (with an identical name and with a close one) and the common-name rule
    its operator chose."""
    return MatchConfig(
        alert_threshold=settings.screening_alert_threshold,
        review_threshold=settings.screening_review_threshold,
        birth_year_only=settings.screening_year_only_points,
        year_alone_near_name=settings.screening_year_alone_near_name_points,
        common_name=settings.screening_common_name_points,
        common_name_listed=settings.screening_common_name_listed,
    )


class ScreeningService:
    """Owns the node's screening index; safe to call from many request threads."""

    def __init__(self, platform: Platform) -> None:
        self._platform = platform
        self.config = match_config(platform.settings)
        self._index = ScreeningIndex(config=self.config)
        self._gates: dict[str, Sharing] = {}
        self._notice_entries: dict[int, list[str]] = {}
        self._lock = threading.RLock()
        platform.on_record_change(self._follow)

    def load(self) -> int:
        """Index every person record in the store; returns how many."""
        subjects: list[Subject] = []
        gates: dict[str, Sharing] = {}
        with self._platform.uow() as uow:
            for record_id, details, record_sharing in uow.records.scan(RecordKind.PERSON):
                subject = _indexable(record_entry(record_id), details)
                if subject is not None:
                    subjects.append(subject)
                    gates[subject.id] = record_sharing
        with self._lock:
            self._index = ScreeningIndex(subjects, self.config)
            self._gates = gates
            self._notice_entries = {}
        return len(subjects)

    def __len__(self) -> int:
        return len(self._index)

    def watch(
        self, notice_id: int, subjects: Sequence[tuple[int, PersonDetails]], audience: Sharing
    ) -> None:
        """Make a notice's subjects screenable by its audience (replacing any earlier entries)."""
        with self._lock:
            self.unwatch(notice_id)
            entries = []
            for record_id, details in subjects:
                subject = _indexable(notice_entry(notice_id, record_id), details)
                if subject is not None:
                    self._index.replace(subject)
                    self._gates[subject.id] = audience
                    entries.append(subject.id)
            self._notice_entries[notice_id] = entries

    def unwatch(self, notice_id: int) -> None:
        """Take a notice's subjects out of screening (withdrawn, cancelled, expired, deleted)."""
        with self._lock:
            for entry in self._notice_entries.pop(notice_id, []):
                self._forget(entry)

    def watched(self, notice_id: int) -> bool:
        return bool(self._notice_entries.get(notice_id))

    def screen(
        self,
        actor: Actor,
        queries: Sequence[Subject],
        *,
        purpose: Purpose,
        limit: int = 5,
        threshold: float | None = None,
        place: str | None = None,
    ) -> list[ScreeningResult]:
        """Screen each query, showing matches at or above `threshold` (by default the node's
        alert threshold); audited with purpose, place and what the searcher was shown."""
        if threshold is None:
            threshold = self.config.alert_threshold
        if not queries:
            raise InvalidInput.one("queries", "give at least one person to screen")
        if len(queries) > MAX_BATCH:
            raise InvalidInput.one("queries", f"at most {MAX_BATCH} persons per request")
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidInput.one("limit", f"must be between 1 and {MAX_LIMIT}")
        if not 0.0 <= threshold <= 1.0:
            raise InvalidInput.one("threshold", "must be between 0 and 1")

        def known(entry: str) -> bool:
            sharing = self._gates.get(entry)
            return sharing is not None and visibility(actor, sharing) is not Visibility.NONE

        with self._lock:
            raw = self._index.search_batch(queries, limit, threshold, accept=known)
        ids = sorted({int(m.candidate_id[1:]) for ms in raw for m in ms if _is_record(m)})
        with self._platform.uow() as uow:
            views = uow.records.views_for(actor, ids)
            results = [_result(q, matches, views) for q, matches in zip(queries, raw, strict=True)]
            uow.audit.append(
                actor_entry(
                    actor,
                    AuditAction.SCREEN,
                    purpose=purpose.value,
                    record_ids=sorted(views),
                    notices=sorted({n.notice_id for r in results for n in r.notice_matches}),
                    queries=[_describe(q) for q in queries[:20]],
                    query_count=len(queries),
                    place=place,
                    threshold=threshold,
                )
            )
            uow.commit()
        return results

    def _follow(self, change: RecordChange) -> None:
        if change.kind is not RecordKind.PERSON:
            return
        entry = record_entry(change.record_id)
        with self._lock:
            found = None
            if not change.removed:
                with self._platform.uow() as uow:
                    found = uow.records.unfiltered(change.record_id)
            subject = _indexable(entry, found[1]) if found else None
            if found is None or subject is None:
                self._forget(entry)
                return
            self._index.replace(subject)
            self._gates[entry] = found[2]

    def _forget(self, entry: str) -> None:
        if entry in self._index:
            self._index.remove(entry)
        self._gates.pop(entry, None)


def _is_record(match: Match) -> bool:
    return match.candidate_id.startswith("r")


def _indexable(entry_id: str, details: Details) -> Subject | None:
    if not isinstance(details, PersonDetails):
        return None
    try:
        return subject_of(entry_id, details)
    except InvalidSubject:
        return None


def _result(query: Subject, matches: list[Match], views: dict[int, RecordView]) -> ScreeningResult:
    shown: list[ScreeningMatch] = []
    noticed: list[NoticeMatch] = []
    for match in matches:
        if not _is_record(match):
            notice_id, record_id = match.candidate_id[1:].split(":")
            noticed.append(
                NoticeMatch(
                    int(notice_id), int(record_id), match.score, match.decision, match.contributions
                )
            )
            continue
        record_id_ = int(match.candidate_id[1:])
        view = views.get(record_id_)
        if view is None:
            continue
        full = isinstance(view, FullRecord)
        shown.append(
            ScreeningMatch(
                record_id_,
                match.score,
                match.decision,
                view,
                match.contributions if full else None,
            )
        )
    return ScreeningResult(query, tuple(shown), tuple(noticed))


def _describe(query: Subject) -> dict[str, object]:
    return {
        "id": query.id,
        "names": list(query.names[:5]),
        "birth_date": str(query.birth_date) if query.birth_date else None,
        "nationalities": list(query.nationalities),
    }
