"""Notices and diffusions: their types, statuses, request contents, hits and people's requests.

A *notice* is a request from one bureau to all members, reviewed by the secretariat before it is
published. A *diffusion* is a direct request to chosen countries or regional bodies: it goes out
at once and is reviewed afterwards. Both carry a `NoticeType` saying what they ask for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class NoticeType(StrEnum):
    """What a notice or diffusion asks the other members to do."""

    RED = "red"
    """Locate and provisionally arrest a wanted person, for prosecution or to serve a sentence."""
    YELLOW = "yellow"
    """Locate a missing person, or identify someone unable to identify themselves."""
    BLUE = "blue"
    """Collect information on a person's identity, location or activities."""
    BLACK = "black"
    """Identify an unidentified body."""
    GREEN = "green"
    """Warn of a person's criminal activities."""
    ORANGE = "orange"
    """Warn of an imminent threat: a person, object, event or process."""
    PURPLE = "purple"
    """Share modus operandi, objects, devices and concealment methods."""
    SILVER = "silver"
    """Trace and locate assets linked to a person's criminal activity."""
    UN_SPECIAL = "un_special"
    """Persons and entities under UN Security Council sanctions."""


class NoticeKind(StrEnum):
    """Whether a request is reviewed before it goes out (notice) or after (diffusion)."""

    NOTICE = "notice"
    DIFFUSION = "diffusion"


class NoticeStatus(StrEnum):
    """Where a notice or diffusion stands in its workflow."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    MORE_INFO_REQUESTED = "more_info_requested"
    PUBLISHED = "published"
    REFUSED = "refused"
    SENT = "sent"
    """A diffusion that has gone out and awaits its review."""
    REVIEWED_OK = "reviewed_ok"
    """A diffusion the reviewer found compliant; it stays out."""
    REVIEWED_REFUSED = "reviewed_refused"
    """A diffusion the reviewer found not compliant; it is taken out of circulation."""
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


NOTICE_STATUSES: frozenset[NoticeStatus] = frozenset(
    {
        NoticeStatus.DRAFT,
        NoticeStatus.SUBMITTED,
        NoticeStatus.UNDER_REVIEW,
        NoticeStatus.MORE_INFO_REQUESTED,
        NoticeStatus.PUBLISHED,
        NoticeStatus.REFUSED,
        NoticeStatus.WITHDRAWN,
        NoticeStatus.CANCELLED,
        NoticeStatus.EXPIRED,
    }
)
"""The statuses a notice can have."""

DIFFUSION_STATUSES: frozenset[NoticeStatus] = frozenset(
    {
        NoticeStatus.DRAFT,
        NoticeStatus.SENT,
        NoticeStatus.REVIEWED_OK,
        NoticeStatus.REVIEWED_REFUSED,
        NoticeStatus.WITHDRAWN,
        NoticeStatus.CANCELLED,
        NoticeStatus.EXPIRED,
    }
)
"""The statuses a diffusion can have."""


class RedPurpose(StrEnum):
    """Why a person is wanted under a Red notice or wanted-person diffusion."""

    PROSECUTION = "prosecution"
    SERVE_SENTENCE = "serve_sentence"


class JudicialReferenceKind(StrEnum):
    ARREST_WARRANT = "arrest_warrant"
    JUDGMENT = "judgment"


class ProtectionStatus(StrEnum):
    """International protection recorded for a subject."""

    NONE = "none"
    REFUGEE = "refugee"
    ASYLUM_SEEKER = "asylum_seeker"


class InvalidNoticeValue(ValueError):
    """A notice value that cannot exist (negative penalty, malformed reference...)."""


@dataclass(frozen=True, slots=True)
class Offence:
    """An offence a request relies on, as the requesting country's law defines it."""

    description: str
    legal_provision: str = ""
    maximum_penalty_months: int | None = None
    """The maximum deprivation of liberty the law provides; None when not stated."""
    remaining_sentence_months: int | None = None
    """For a person wanted to serve a sentence: what remains to be served."""

    def __post_init__(self) -> None:
        for name in ("maximum_penalty_months", "remaining_sentence_months"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise InvalidNoticeValue(f"offence {name} must not be negative, got {value}")


@dataclass(frozen=True, slots=True)
class JudicialReference:
    """The arrest warrant or judgment a Red request rests on. Empty fields are allowed in drafts."""

    kind: JudicialReferenceKind
    reference: str = ""
    issued_on: date | None = None
    issuing_authority: str = ""

    @property
    def is_complete(self) -> bool:
        return bool(self.reference.strip() and self.issuing_authority.strip()) and (
            self.issued_on is not None
        )


@dataclass(frozen=True, slots=True)
class AssetLink:
    """An asset record a Silver request asks to trace, and how it relates to the offence."""

    asset_record_id: int
    offence_link: str = ""
    """Plain words on how the asset derives from or served the offence."""


@dataclass(frozen=True, slots=True)
class NoticeSubject:
    """A subject record of a request, reduced to the facts the compliance pre-check needs."""

    record_id: int
    has_name: bool = False
    has_date_of_birth: bool = False
    has_photo: bool = False
    has_fingerprints: bool = False
    protection: ProtectionStatus = ProtectionStatus.NONE
    protection_from_country: str | None = None
    """Alpha-3 code of the country the subject fled, when protection is recorded."""


@dataclass(frozen=True, slots=True)
class NoticeRequest:
    """What a bureau asks for: the content the pre-check and the reviewer judge."""

    notice_type: NoticeType
    requesting_bureau_id: int
    requesting_country: str
    """Alpha-3 code of the requesting bureau's country."""
    kind: NoticeKind = NoticeKind.NOTICE
    subjects: tuple[NoticeSubject, ...] = ()
    facts: str = ""
    offences: tuple[Offence, ...] = ()
    judicial_references: tuple[JudicialReference, ...] = ()
    red_purpose: RedPurpose | None = None
    assets: tuple[AssetLink, ...] = ()
    recipient_countries: frozenset[str] = field(default_factory=frozenset)
    """For diffusions: alpha-3 codes of the countries addressed."""
    recipient_regional_bodies: frozenset[str] = field(default_factory=frozenset)
    """For diffusions: regional bodies addressed."""
    public_extract_consent: bool = False
    """The requesting member agrees that a public extract is published (Red and Yellow only)."""

    @property
    def subject_record_ids(self) -> tuple[int, ...]:
        return tuple(subject.record_id for subject in self.subjects)


_REFERENCE = re.compile(r"^\s*(\d{4})\s*[/-]\s*(\d{1,9})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class NoticeReference:
    """A notice's public reference, `2026/1234`: the year and a number within it."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1900 <= self.year <= 9999 or self.number < 1:
            raise InvalidNoticeValue(f"{self.year}/{self.number} is not a notice reference")

    @classmethod
    def parse(cls, text: str) -> NoticeReference:
        """Read `2026/1234` or its URL form `2026-1234`."""
        match = _REFERENCE.match(text)
        if match is None:
            raise InvalidNoticeValue(
                f"{text!r} is not a notice reference; expected YEAR/NUMBER such as 2026/1234"
            )
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year}/{self.number}"

    @property
    def url_form(self) -> str:
        """The reference as it appears in URLs: `2026-1234`."""
        return f"{self.year}-{self.number}"


class HitStatus(StrEnum):
    """Where the follow-up of a hit stands."""

    NEW = "new"
    CONFIRMED = "confirmed"
    NOT_THE_PERSON = "not_the_person"
    ACTION_TAKEN = "action_taken"
    CLOSED = "closed"


class HitOutcome(StrEnum):
    """What was done once a hit was confirmed."""

    ARRESTED = "arrested"
    LOCATED = "located"
    INFORMATION_PASSED = "information_passed"


HIT_TRANSITIONS: dict[HitStatus, frozenset[HitStatus]] = {
    HitStatus.NEW: frozenset({HitStatus.CONFIRMED, HitStatus.NOT_THE_PERSON}),
    HitStatus.CONFIRMED: frozenset({HitStatus.ACTION_TAKEN, HitStatus.CLOSED}),
    HitStatus.NOT_THE_PERSON: frozenset({HitStatus.CLOSED}),
    HitStatus.ACTION_TAKEN: frozenset({HitStatus.CLOSED}),
    HitStatus.CLOSED: frozenset(),
}
"""The hit lifecycle: new -> confirmed / not the person -> action taken -> closed."""


class InvalidHitTransition(ValueError):
    """A hit step that the lifecycle does not allow."""


def next_hit_status(
    current: HitStatus, target: HitStatus, outcome: HitOutcome | None = None
) -> HitStatus:
    """Check one step of a hit's lifecycle; `action_taken` needs the outcome, others refuse one."""
    if target not in HIT_TRANSITIONS[current]:
        allowed = ", ".join(sorted(HIT_TRANSITIONS[current])) or "nothing (the hit is closed)"
        raise InvalidHitTransition(
            f"a hit cannot go from {current} to {target}; from {current} it can go to {allowed}"
        )
    if target is HitStatus.ACTION_TAKEN and outcome is None:
        raise InvalidHitTransition(
            "say which action was taken: arrested, located or information_passed"
        )
    if target is not HitStatus.ACTION_TAKEN and outcome is not None:
        raise InvalidHitTransition(f"an outcome ({outcome}) only goes with action_taken")
    return target


class PeopleRequestKind(StrEnum):
    """What a person (or their lawyer) asks about data held on them."""

    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"


class PeopleRequestStatus(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"


PEOPLE_REQUEST_DECIDED: frozenset[PeopleRequestStatus] = frozenset(
    {PeopleRequestStatus.GRANTED, PeopleRequestStatus.PARTLY_GRANTED, PeopleRequestStatus.REFUSED}
)
"""Statuses in which a people's request has its decision (the deadline no longer runs)."""
