"""Settings read from the environment (prefix `PAMOJA_`), validated once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Self

from pydantic import Field, IPvAnyNetwork, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from pamoja.policy.webhooks import BLOCKED_NETWORKS

DEMO_SECRET = "pamoja-demo-secret-not-for-production"  # noqa: S105 - refused outside demo mode


class Settings(BaseSettings):
    """Everything an operator can set. Refuses the demo secret unless `demo_mode` is on."""

    model_config = SettingsConfigDict(env_prefix="PAMOJA_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///var/pamoja.sqlite3",
        description="SQLAlchemy URL of the store: a SQLite file by default, or PostgreSQL.",
    )
    secret_key: str = Field(
        default=DEMO_SECRET,
        description="Key that signs session cookies and bearer tokens; at least 32 characters.",
    )
    demo_mode: bool = Field(default=False, description="Allow the demo secret and demo accounts.")
    access_token_minutes: int = Field(default=60, ge=1, description="Lifetime of bearer tokens.")
    session_hours: int = Field(default=8, ge=1, description="Lifetime of a web session.")
    secure_cookies: bool = Field(
        default=False, description="Send the session cookie only over HTTPS (set behind TLS)."
    )
    login_attempts: int = Field(
        default=5, ge=1, description="Failed logins per user and address before a lock-out."
    )
    login_lockout_seconds: int = Field(
        default=300, ge=1, description="How long a lock-out after failed logins lasts."
    )
    people_requests_per_hour: int = Field(
        default=10,
        ge=1,
        description="People's requests one client address may submit in an hour (page and API).",
    )
    password_time_cost: int = Field(
        default=3, ge=1, description="argon2 passes over memory when hashing a password."
    )
    password_memory_kib: int = Field(
        default=65536, ge=64, description="argon2 memory per password hash, in KiB."
    )
    max_body_bytes: int = Field(
        default=2_000_000, ge=1024, description="Largest request body the API accepts."
    )
    screening_alert_threshold: float = Field(
        default=0.80,
        ge=0.0,
        le=1.0,
        description="Screening score at or above which a match alerts (and a notice match "
        "is a hit).",
    )
    screening_review_threshold: float = Field(
        default=0.65,
        ge=0.0,
        le=1.0,
        description="Screening score at or above which a match asks a person to review it.",
    )
    screening_year_only_points: float = Field(
        default=0.0,
        ge=-1.0,
        le=1.0,
        description="Score dates of birth add that agree only in the year (one side gives no "
        "more) or are one digit apart: at zero they neither confirm nor contradict, so a close "
        "name asks for review and an identical one alerts; below zero (as -0.08) an identical "
        "name asks for review too.",
    )
    screening_year_alone_near_name_points: float = Field(
        default=-0.08,
        ge=-0.10,
        le=0.0,
        description="The most dates of birth that agree in the year alone (or are one digit "
        "apart) add where the names are close but not the same, so that a shared gender and "
        "nationality do not lift such a match to an alert; no lower than -0.10 (what years "
        "one apart add), and zero turns the rule off.",
    )
    screening_common_name_listed: int = Field(
        default=20,
        ge=2,
        description="Listed persons who must carry a query's very name for it to count as "
        "common: then only a date of birth agreeing to the day singles one of them out, and "
        "other matches on the name lose the common-name points.",
    )
    screening_common_name_points: float = Field(
        default=-0.15,
        ge=-1.0,
        le=0.0,
        description="Score a match on a common name loses unless the dates of birth agree to "
        "the day: at -0.15 an identical name whose year of birth agrees asks for review "
        "instead of alerting; zero turns the rule off.",
    )

    webhook_blocked_networks: Annotated[tuple[IPvAnyNetwork, ...], NoDecode] = Field(
        default=BLOCKED_NETWORKS,
        description="Networks no webhook is sent to, comma-separated (CIDR): by default "
        "loopback, link-local, unspecified and multicast addresses; empty allows every address.",
    )

    @field_validator("webhook_blocked_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @model_validator(mode="after")
    def _refuse_demo_secret(self) -> Self:
        if len(self.secret_key) < 32:
            raise ValueError("PAMOJA_SECRET_KEY must be at least 32 characters")
        if self.secret_key == DEMO_SECRET and not self.demo_mode:
            raise ValueError(
                "PAMOJA_SECRET_KEY is the demo secret: set a real one, or PAMOJA_DEMO_MODE=1"
            )
        return self

    @model_validator(mode="after")
    def _ordered_thresholds(self) -> Self:
        if self.screening_review_threshold > self.screening_alert_threshold:
            raise ValueError(
                "PAMOJA_SCREENING_REVIEW_THRESHOLD must not be above "
                "PAMOJA_SCREENING_ALERT_THRESHOLD"
            )
        return self

    def sqlite_path(self) -> Path | None:
        """The file of a SQLite URL, so its folder can be created; None for other engines."""
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix) and self.database_url != "sqlite:///:memory:":
            return Path(self.database_url[len(prefix) :])
        return None
