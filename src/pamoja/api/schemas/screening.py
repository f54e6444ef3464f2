"""Request and answer bodies of `POST /api/v1/screen`: persons to screen, matches and hits."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

from pamoja.api.schemas.fields import CountryCode, InputModel, Name, PartialDateText, Text
from pamoja.model.audit import Purpose
from pamoja.model.records import Gender, RecordKind

MAX_BATCH = 1000


class PersonQueryIn(InputModel):
    """A person as the searcher knows them: a full name or its parts, maybe more."""

    id: Annotated[str | None, Field(max_length=100, description="Your id for this query.")] = None
    full_name: Name | None = None
    names: Annotated[
        list[Name] | None, Field(max_length=10, description="Name parts, joined with spaces.")
    ] = None
    aliases: Annotated[list[Name], Field(default_factory=list, max_length=20)]
    gender: Gender | None = None
    date_of_birth: PartialDateText | None = None
    nationality: Annotated[list[CountryCode], Field(default_factory=list, max_length=10)]
    document_number: Annotated[str | None, Field(min_length=1, max_length=100)] = None

    @model_validator(mode="after")
    def _one_name(self) -> PersonQueryIn:
        if self.full_name is not None and self.names:
            raise ValueError("give either full_name or names, not both")
        if self.full_name is None and not self.names and self.document_number is None:
            raise ValueError("give full_name, names or document_number")
        return self


class ScreenIn(InputModel):
    purpose: Purpose
    place: Annotated[Text | None, Field(description="Where you screen, e.g. a border post.")] = None
    limit: Annotated[int, Field(ge=1, le=50, description="Matches per person at most.")] = 5
    threshold: Annotated[
        float | None,
        Field(ge=0.0, le=1.0, description="Lowest score shown; default: the alert threshold."),
    ] = None
    persons: Annotated[list[PersonQueryIn], Field(min_length=1, max_length=MAX_BATCH)]


class ContributionOut(BaseModel):
    feature: str
    detail: str
    points: float


class OwnerOut(BaseModel):
    code: str
    name: str
    country: str


class MatchOut(BaseModel):
    """A record that may be the person: in full with its explanation, or as a hit-only stub."""

    access: Literal["full", "hit_only"]
    record_id: int | None = None
    reference: str
    kind: RecordKind
    owner: OwnerOut
    score: float
    decision: str
    label: str | None = None
    explanation: str | None = None
    contributions: list[ContributionOut] | None = None
    contact: str | None = None


class NoticeHitOut(BaseModel):
    """A published notice or diffusion the person may be the subject of: what to do now."""

    hit_id: int
    notice_reference: str
    notice_type: str
    kind: str
    score: float
    instruction: str
    repeat: bool


class QueryResultOut(BaseModel):
    query_id: str
    matches: list[MatchOut]
    notice_hits: list[NoticeHitOut]


class ScreenOut(BaseModel):
    results: list[QueryResultOut]
