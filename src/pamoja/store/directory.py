"""Members, regional bodies, bureaus and users: who belongs where, and what an actor is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.countries import Region
from pamoja.model.record_views import OwnerBureau
from pamoja.model.sharing import Classification
from pamoja.store.tables import (
    BodyMembershipRow,
    BureauRow,
    CountryRow,
    RegionalBodyRow,
    UserRow,
)


@dataclass(frozen=True, slots=True)
class Bureau:
    id: int
    code: str
    name: str
    kind: BureauKind
    country: str
    city: str | None

    @property
    def as_owner(self) -> OwnerBureau:
        return OwnerBureau(self.id, self.code, self.name, self.country)


@dataclass(frozen=True, slots=True)
class User:
    """A user as administrators see it; never carries the password hash."""

    id: int
    username: str
    full_name: str
    bureau: Bureau
    roles: frozenset[Role]
    clearance: Classification
    active: bool


def _bureau(row: BureauRow) -> Bureau:
    return Bureau(row.id, row.code, row.name, BureauKind(row.kind), row.country, row.city)


def _roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


class Directory:
    def __init__(self, session: Session) -> None:
        self._session = session

    # countries and bodies
    def add_country(self, alpha3: str, name: str, region: Region) -> None:
        self._session.add(CountryRow(alpha3=alpha3, name=name, region=region.value))

    def country_exists(self, alpha3: str) -> bool:
        return self._session.get(CountryRow, alpha3) is not None

    def countries(self) -> list[tuple[str, str, Region]]:
        rows = self._session.execute(select(CountryRow).order_by(CountryRow.name)).scalars()
        return [(r.alpha3, r.name, Region(r.region)) for r in rows]

    def add_regional_body(self, code: str, name: str, members: Sequence[str]) -> None:
        self._session.add(RegionalBodyRow(code=code, name=name))
        self._session.flush()
        for member in members:
            self._session.add(BodyMembershipRow(body_code=code, country=member))

    def regional_bodies(self) -> list[tuple[str, str, tuple[str, ...]]]:
        bodies = self._session.execute(select(RegionalBodyRow).order_by(RegionalBodyRow.code))
        result = []
        for body in bodies.scalars():
            members = self._session.execute(
                select(BodyMembershipRow.country).where(BodyMembershipRow.body_code == body.code)
            ).scalars()
            result.append((body.code, body.name, tuple(sorted(members))))
        return result

    def bodies_of(self, country: str) -> frozenset[str]:
        codes = self._session.execute(
            select(BodyMembershipRow.body_code).where(BodyMembershipRow.country == country)
        ).scalars()
        return frozenset(codes)

    # bureaus
    def add_bureau(
        self, code: str, name: str, kind: BureauKind, country: str, city: str | None
    ) -> Bureau:
        row = BureauRow(code=code, name=name, kind=kind.value, country=country, city=city)
        self._session.add(row)
        self._session.flush()
        return _bureau(row)

    def bureau(self, bureau_id: int) -> Bureau | None:
        row = self._session.get(BureauRow, bureau_id)
        return _bureau(row) if row else None

    def bureau_by_code(self, code: str) -> Bureau | None:
        row = self._session.execute(
            select(BureauRow).where(BureauRow.code == code)
        ).scalar_one_or_none()
        return _bureau(row) if row else None

    def bureaus(self, country: str | None = None) -> list[Bureau]:
        query = select(BureauRow).order_by(BureauRow.country, BureauRow.code)
        if country is not None:
            query = query.where(BureauRow.country == country)
        return [_bureau(r) for r in self._session.execute(query).scalars()]

    # users
    def add_user(
        self,
        *,
        username: str,
        full_name: str,
        password_hash: str,
        bureau_id: int,
        roles: frozenset[Role],
        clearance: Classification,
        now: datetime,
    ) -> int:
        row = UserRow(
            username=username,
            full_name=full_name,
            password_hash=password_hash,
            bureau_id=bureau_id,
            roles=",".join(sorted(r.value for r in roles)),
            clearance=clearance.value,
            active=True,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def username_taken(self, username: str) -> bool:
        found = self._session.execute(select(UserRow.id).where(UserRow.username == username))
        return found.first() is not None

    def password_hash_of(self, username: str) -> tuple[int, str, bool] | None:
        """(user id, stored hash, active) for a login attempt."""
        row = self._session.execute(
            select(UserRow).where(UserRow.username == username)
        ).scalar_one_or_none()
        return (row.id, row.password_hash, row.active) if row else None

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        row = self._session.get(UserRow, user_id)
        if row is not None:
            row.password_hash = password_hash

    def user(self, user_id: int) -> User | None:
        row = self._session.get(UserRow, user_id)
        if row is None:
            return None
        return User(
            row.id,
            row.username,
            row.full_name,
            _bureau(row.bureau),
            _roles(row.roles),
            Classification(row.clearance),
            row.active,
        )

    def users(self, bureau_id: int | None = None) -> list[User]:
        query = select(UserRow.id).order_by(UserRow.username)
        if bureau_id is not None:
            query = query.where(UserRow.bureau_id == bureau_id)
        ids = list(self._session.execute(query).scalars())
        return [u for u in (self.user(i) for i in ids) if u is not None]

    def actor(self, user_id: int) -> Actor | None:
        """The actor a user acts as, with their country's regional bodies; None if inactive."""
        user = self.user(user_id)
        if user is None or not user.active:
            return None
        return Actor(
            user_id=user.id,
            username=user.username,
            bureau_id=user.bureau.id,
            bureau_kind=user.bureau.kind,
            country=user.bureau.country,
            regional_bodies=self.bodies_of(user.bureau.country),
            roles=user.roles,
            clearance=user.clearance,
        )

    def deactivate_user(self, user_id: int) -> None:
        row = self._session.get(UserRow, user_id)
        if row is not None:
            row.active = False

    def remove_bureau(self, bureau_id: int) -> None:
        self._session.execute(delete(BureauRow).where(BureauRow.id == bureau_id))
