"""Who acts: bureaus, roles, and the authenticated actor every service call carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pamoja.model.sharing import Classification


class BureauKind(StrEnum):
    NATIONAL_CENTRAL_BUREAU = "national_central_bureau"
    LIAISON_OFFICE = "liaison_office"
    BORDER_POST = "border_post"
    FORENSIC_LAB = "forensic_lab"
    SECRETARIAT = "secretariat"
    OTHER = "other"


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    REVIEWER = "reviewer"
    ANALYST = "analyst"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    """An authenticated user acting for a bureau; passed to every service and policy call."""

    user_id: int
    username: str
    bureau_id: int
    bureau_kind: BureauKind
    country: str
    regional_bodies: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[Role] = field(default_factory=frozenset)
    clearance: Classification = Classification.RESTRICTED

    def has_role(self, role: Role) -> bool:
        return role in self.roles
