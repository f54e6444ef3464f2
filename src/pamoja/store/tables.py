"""Table definitions (SQLAlchemy 2 declarative mapping), shared by SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
    }


class CountryRow(Base):
    __tablename__ = "countries"

    alpha3: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(40))


class RegionalBodyRow(Base):
    __tablename__ = "regional_bodies"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class BodyMembershipRow(Base):
    __tablename__ = "body_memberships"

    body_code: Mapped[str] = mapped_column(
        ForeignKey("regional_bodies.code", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(ForeignKey("countries.alpha3"), primary_key=True)


class BureauRow(Base):
    __tablename__ = "bureaus"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(ForeignKey("countries.alpha3"), index=True)
    city: Mapped[str | None] = mapped_column(String(120))


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    roles: Mapped[str] = mapped_column(String(200))
    clearance: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]

    bureau: Mapped[BureauRow] = relationship(lazy="joined")


class CredentialRow(Base):
    """A bearer credential: a web session, a short-lived access token or a long-lived API token.

    Only the SHA-256 of the secret is kept, so a stolen database yields no usable token.
    """

    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str | None] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]


class LoginFailureRow(Base):
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)
    failed_at: Mapped[datetime]


class RecordRow(Base):
    """One shared record of any kind; kind-specific content is kept in `details` as written."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(300))
    owner_bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    owner_country: Mapped[str] = mapped_column(String(3), index=True)
    classification: Mapped[str] = mapped_column(String(20))
    classification_level: Mapped[int] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(String(20))
    scope_countries: Mapped[str] = mapped_column(String(400), default="")
    scope_bodies: Mapped[str] = mapped_column(String(400), default="")
    outside_scope: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    search_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    owner_bureau: Mapped[BureauRow] = relationship(lazy="joined")


class AudienceRow(Base):
    """Who a record's content is shared with, as the keys `policy.sharing` defines."""

    __tablename__ = "record_audiences"

    record_id: Mapped[int] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[str] = mapped_column(String(60), primary_key=True)

    __table_args__ = (Index("ix_record_audiences_audience", "audience", "record_id"),)


class RecordKeyRow(Base):
    """Normalised identifiers (document numbers, VINs, plates, IBANs, wallets) for exact lookup."""

    __tablename__ = "record_keys"

    record_id: Mapped[int] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(120), primary_key=True)

    __table_args__ = (Index("ix_record_keys_key", "key"),)


class LinkRow(Base):
    __tablename__ = "links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))

    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),)


class ReferenceCounterRow(Base):
    """Per-country, per-year sequence behind human references like `KEN/2026/000123`."""

    __tablename__ = "reference_counters"

    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class AuditEventRow(Base):
    """One entry of the append-only, hash-chained audit trail."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor_username: Mapped[str] = mapped_column(String(80))
    bureau_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40), index=True)
    purpose: Mapped[str | None] = mapped_column(String(40))
    record_ids: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHeadRow(Base):
    """The single row holding the chain's last hash; locked while appending to serialise writers."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    last_id: Mapped[int] = mapped_column(Integer)


# --- webhooks (outgoing notifications to bureaus) ---------------------------------------------


class WebhookEndpointRow(Base):
    """A bureau's receiver of events. The secret signs deliveries; it is never read back out."""

    __tablename__ = "webhook_endpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    url: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(String(200), default="")
    secret: Mapped[str] = mapped_column(String(300))
    """Sealed (`services.sealed_secrets`); plain only if written before sealing existed."""
    event_types: Mapped[str] = mapped_column(String(400))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WebhookDeliveryRow(Base):
    """The outbox: one event for one endpoint, written in the transaction of what it reports."""

    __tablename__ = "webhook_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[str] = mapped_column(String(36), unique=True)
    endpoint_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_endpoints.id", ondelete="CASCADE"), index=True
    )
    event_type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)


class WebhookAttemptRow(Base):
    """One try at a delivery: when, how long, and what the receiver answered (or what failed)."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(String(500))
    duration_ms: Mapped[int] = mapped_column(Integer)


# --- people's requests about data held on them ------------------------------------------------


class PeopleRequestRow(Base):
    """An access, correction or deletion request from a person or their lawyer."""

    __tablename__ = "people_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    date_of_birth: Mapped[str | None] = mapped_column(String(10))
    nationality: Mapped[str | None] = mapped_column(String(3))
    contact: Mapped[str] = mapped_column(String(300))
    lawyer: Mapped[str] = mapped_column(String(300), default="")
    request_text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    due_on: Mapped[date] = mapped_column(index=True)
    deadlines_version: Mapped[str] = mapped_column(String(20))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reasons: Mapped[str] = mapped_column(Text, default="")


class PeopleRequestRecordRow(Base):
    """A record a reviewer found to concern the requester. No foreign key to `records`: the link
    (and the reference) outlives the record when a deletion decision removes it."""

    __tablename__ = "people_request_records"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("people_requests.id", ondelete="CASCADE"), primary_key=True
    )
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_reference: Mapped[str] = mapped_column(String(40))
    owner_bureau_id: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[datetime | None]


class NoticeRow(Base):
    """A notice or diffusion request: its reference, workflow status, content and pre-check."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_year: Mapped[int] = mapped_column(Integer)
    reference_number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    notice_type: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(30), index=True)
    requesting_bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    requesting_country: Mapped[str] = mapped_column(String(3))
    recipient_countries: Mapped[str] = mapped_column(String(400), default="")
    recipient_bodies: Mapped[str] = mapped_column(String(400), default="")
    drafted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    rules_version: Mapped[str | None] = mapped_column(String(20))
    checked_at: Mapped[datetime | None]
    published_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    valid_until: Mapped[date | None] = mapped_column(Date, index=True)
    public_extract: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    requesting_bureau: Mapped[BureauRow] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("reference_year", "reference_number"),)


class NoticeSubjectRow(Base):
    """A record a notice is about, in the order the requester gave."""

    __tablename__ = "notice_subjects"

    notice_id: Mapped[int] = mapped_column(
        ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True
    )
    record_id: Mapped[int] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_notice_subjects_record_id", "record_id"),)


class NoticeEventRow(Base):
    """One step of a notice's history: who did what, from which status to which, and why."""

    __tablename__ = "notice_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor_username: Mapped[str] = mapped_column(String(80))
    bureau_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    reasons: Mapped[str] = mapped_column(Text, default="")
    findings_count: Mapped[int | None] = mapped_column(Integer)


# --- hits: screenings that matched a notice or diffusion -------------------------------------


class HitRow(Base):
    """A screening that matched an active notice or diffusion at or above the alert threshold.

    Repeats of the same query by the same searcher against the same notice within a short
    window are counted on the first hit (`repeat_count`, `last_seen_at`) instead of added."""

    __tablename__ = "hits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    subject_record_id: Mapped[int] = mapped_column(Integer)
    requesting_bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    searcher_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    searcher_username: Mapped[str] = mapped_column(String(80))
    searcher_bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(40))
    query: Mapped[dict[str, Any]] = mapped_column(JSON)
    query_key: Mapped[str] = mapped_column(String(64))
    score: Mapped[float]
    explanation: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    repeat_count: Mapped[int] = mapped_column(Integer, default=0)
    read_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_hits_inbox", "requesting_bureau_id", "status", "created_at"),
        Index("ix_hits_repeat", "notice_id", "searcher_user_id", "query_key", "last_seen_at"),
    )


class HitEventRow(Base):
    """One step of a hit's follow-up: who moved it from which status to which, and why."""

    __tablename__ = "hit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hit_id: Mapped[int] = mapped_column(ForeignKey("hits.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor_username: Mapped[str] = mapped_column(String(80))
    bureau_id: Mapped[int | None] = mapped_column(Integer)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")


# --- the change feed (writes that other server processes follow) -----------------------------


class ChangeRow(Base):
    """A record or notice was written: one row per write, in the transaction that made it, so
    that every server process sharing the store can follow writes made elsewhere (another
    node, the command line) into its screening index. Read by id; old rows are pruned."""

    __tablename__ = "changes"
    # ids only grow, even once every row has been pruned (SQLite would otherwise reuse them)
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(8))
    subject_id: Mapped[int] = mapped_column(Integer)
