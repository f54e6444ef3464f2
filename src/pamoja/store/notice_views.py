"""What the notices store takes and hands out: a request's content, the notice as the reader may
see it (through `policy.notice_access`), its history, and the facts a hit needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pamoja.model.notices import (
    AssetLink,
    JudicialReference,
    NoticeKind,
    NoticeReference,
    NoticeRequest,
    NoticeStatus,
    NoticeSubject,
    NoticeType,
    Offence,
    RedPurpose,
)
from pamoja.model.record_views import OwnerBureau
from pamoja.policy.compliance import Finding, Severity
from pamoja.policy.notice_access import NoticeAccess, NoticeParties


@dataclass(frozen=True, slots=True)
class NoticeContent:
    """What the requesting bureau writes: everything of a request except its subjects."""

    notice_type: NoticeType
    kind: NoticeKind = NoticeKind.NOTICE
    facts: str = ""
    offences: tuple[Offence, ...] = ()
    judicial_references: tuple[JudicialReference, ...] = ()
    red_purpose: RedPurpose | None = None
    assets: tuple[AssetLink, ...] = ()
    recipient_countries: frozenset[str] = field(default_factory=frozenset)
    """For diffusions: alpha-3 codes of the countries addressed."""
    recipient_regional_bodies: frozenset[str] = field(default_factory=frozenset)
    """For diffusions: codes of the regional bodies addressed."""
    public_extract_consent: bool = False

    def request(
        self, bureau_id: int, country: str, subjects: tuple[NoticeSubject, ...]
    ) -> NoticeRequest:
        """The request the compliance pre-check judges."""
        return NoticeRequest(
            notice_type=self.notice_type,
            requesting_bureau_id=bureau_id,
            requesting_country=country,
            kind=self.kind,
            subjects=subjects,
            facts=self.facts,
            offences=self.offences,
            judicial_references=self.judicial_references,
            red_purpose=self.red_purpose,
            assets=self.assets,
            recipient_countries=self.recipient_countries,
            recipient_regional_bodies=self.recipient_regional_bodies,
            public_extract_consent=self.public_extract_consent,
        )


@dataclass(frozen=True, slots=True)
class NoticeEvent:
    """One step of a request's history."""

    at: datetime
    action: str
    """`draft`, `update`, or a `NoticeAction` value."""
    actor_username: str
    actor_user_id: int | None
    bureau_id: int | None
    from_status: NoticeStatus | None
    to_status: NoticeStatus
    reasons: str = ""
    findings_count: int | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A notice or diffusion as one reader may see it.

    With `access` FULL it carries the pre-check findings and the history; with CIRCULATED both
    are empty (addressees read the content of an active request, not how it was decided).
    """

    id: int
    reference: NoticeReference
    status: NoticeStatus
    content: NoticeContent
    requesting_bureau: OwnerBureau
    subject_record_ids: tuple[int, ...]
    access: NoticeAccess
    drafted_by: int | None
    created_at: datetime
    updated_at: datetime
    version: int
    published_at: datetime | None = None
    sent_at: datetime | None = None
    valid_until: date | None = None
    findings: tuple[Finding, ...] = ()
    rules_version: str | None = None
    checked_at: datetime | None = None
    history: tuple[NoticeEvent, ...] = ()

    @property
    def kind(self) -> NoticeKind:
        return self.content.kind

    @property
    def notice_type(self) -> NoticeType:
        return self.content.notice_type

    @property
    def blocking_findings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.BLOCKING)

    @property
    def parties(self) -> NoticeParties:
        return NoticeParties(
            kind=self.kind,
            status=self.status,
            requesting_bureau_id=self.requesting_bureau.id,
            requesting_country=self.requesting_bureau.country,
            recipient_countries=self.content.recipient_countries,
            recipient_regional_bodies=self.content.recipient_regional_bodies,
        )


@dataclass(frozen=True, slots=True)
class NoticeHitFacts:
    """What the hits service needs of the notice a screening matched: no personal data."""

    notice_id: int
    reference: NoticeReference
    notice_type: NoticeType
    kind: NoticeKind
    status: NoticeStatus
    requesting_bureau_id: int
    requesting_bureau_code: str
    requesting_bureau_name: str
    requesting_country: str
    reviewed: bool
    """A notice is reviewed before it is published; a diffusion once a reviewer approved it."""
    active: bool
    """Whether its subjects are screened now (published, or a diffusion that is out)."""
