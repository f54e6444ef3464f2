"""What the store hands out after the sharing gate: a whole record, or a hit-only stub."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from pamoja.model.records import Details, LinkKind, RecordKind
from pamoja.model.sharing import Sharing


@dataclass(frozen=True, slots=True)
class OwnerBureau:
    id: int
    code: str
    name: str
    country: str


@dataclass(frozen=True, slots=True)
class LinkView:
    """A link from the record, to a record the reader may see, or to a hit-only stub of one."""

    kind: LinkKind
    direction: str
    other_id: int
    other_reference: str
    other_kind: RecordKind
    other_label: str | None


@dataclass(frozen=True, slots=True)
class FullRecord:
    """A record the reader may see in full."""

    id: int
    reference: str
    kind: RecordKind
    label: str
    details: Details
    sharing: Sharing
    owner: OwnerBureau
    created_at: datetime
    updated_at: datetime
    version: int
    links: tuple[LinkView, ...] = ()


@dataclass(frozen=True, slots=True)
class HitStub:
    """That a record exists and whom to contact about it, and nothing of its content."""

    id: int
    reference: str
    kind: RecordKind
    owner: OwnerBureau

    @property
    def contact(self) -> str:
        return f"Contact {self.owner.name} ({self.owner.code}), quoting reference {self.reference}"


RecordView = FullRecord | HitStub

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True, slots=True)
class RecordFilter:
    """What a list or search asks for; every field optional."""

    kind: RecordKind | None = None
    text: str | None = None
    owner_country: str | None = None
    owner_bureau_id: int | None = None
    status: str | None = None
    key: str | None = None
