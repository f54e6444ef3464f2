"""Members, regional bodies, bureaus and users: set up by administrators and the operator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.audit import AuditAction, AuditEntry
from pamoja.model.countries import Region, UnknownCountry, country_name, to_alpha3
from pamoja.model.sharing import Classification
from pamoja.policy import rights
from pamoja.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.store.directory import Bureau, User

OPERATOR = "operator"
"""Who the audit trail names for work done at the server's command line."""


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    full_name: str
    password: str
    bureau_code: str
    roles: frozenset[Role]
    clearance: Classification = Classification.RESTRICTED


class DirectoryService:
    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    def add_country(self, text: str, region: Region, name: str | None = None) -> str:
        try:
            alpha3 = to_alpha3(text)
        except UnknownCountry as error:
            raise InvalidInput.one("country", str(error)) from error
        with self._platform.uow() as uow:
            if uow.directory.country_exists(alpha3):
                raise Conflict(f"{alpha3} is already a member")
            uow.directory.add_country(alpha3, name or country_name(alpha3), region)
            uow.commit()
        return alpha3

    def add_regional_body(self, code: str, name: str, members: Sequence[str]) -> None:
        with self._platform.uow() as uow:
            missing = [m for m in members if not uow.directory.country_exists(m)]
            if missing:
                raise InvalidInput.one("members", f"not member countries: {', '.join(missing)}")
            uow.directory.add_regional_body(code, name, members)
            uow.commit()

    def add_bureau(
        self, code: str, name: str, kind: BureauKind, country: str, city: str | None = None
    ) -> Bureau:
        with self._platform.uow() as uow:
            if not uow.directory.country_exists(country):
                raise InvalidInput.one("country", f"{country} is not a member country")
            if uow.directory.bureau_by_code(code) is not None:
                raise Conflict(f"a bureau with code {code} exists already")
            bureau = uow.directory.add_bureau(code, name, kind, country, city)
            uow.commit()
            return bureau

    def add_user(self, new: NewUser, *, by: Actor | None = None) -> User:
        """Create a user; `by` is the administrator, or None for the operator at the CLI."""
        if by is not None and not rights.may_administer(by):
            raise Forbidden("only administrators add users")
        if not new.roles:
            raise InvalidInput.one("roles", "give the user at least one role")
        if not new.username.strip() or any(c.isspace() for c in new.username):
            raise InvalidInput.one("username", "a username is one word without spaces")
        password_hash = self._platform.passwords.hash(new.password)
        with self._platform.uow() as uow:
            bureau = uow.directory.bureau_by_code(new.bureau_code)
            if bureau is None:
                raise InvalidInput.one("bureau", f"no bureau has code {new.bureau_code}")
            if uow.directory.username_taken(new.username):
                raise Conflict(f"the username {new.username} is taken")
            user_id = uow.directory.add_user(
                username=new.username,
                full_name=new.full_name,
                password_hash=password_hash,
                bureau_id=bureau.id,
                roles=new.roles,
                clearance=new.clearance,
                now=self._platform.now(),
            )
            detail = {"username": new.username, "roles": sorted(r.value for r in new.roles)}
            entry = (
                actor_entry(by, AuditAction.USER_CREATED, detail=detail)
                if by
                else AuditEntry(AuditAction.USER_CREATED, actor_username=OPERATOR, detail=detail)
            )
            uow.audit.append(entry)
            uow.commit()
            user = uow.directory.user(user_id)
        assert user is not None
        return user

    def user(self, user_id: int) -> User:
        with self._platform.uow() as uow:
            user = uow.directory.user(user_id)
        if user is None:
            raise NotFound(f"user {user_id} does not exist")
        return user

    def users(self, actor: Actor) -> list[User]:
        if not rights.may_administer(actor):
            raise Forbidden("only administrators list users")
        with self._platform.uow() as uow:
            return uow.directory.users()

    def bureau(self, bureau_id: int) -> Bureau:
        with self._platform.uow() as uow:
            bureau = uow.directory.bureau(bureau_id)
        if bureau is None:
            raise NotFound(f"bureau {bureau_id} does not exist")
        return bureau

    def bureaus(self, country: str | None = None) -> list[Bureau]:
        with self._platform.uow() as uow:
            return uow.directory.bureaus(country)

    def countries(self) -> list[tuple[str, str, Region]]:
        with self._platform.uow() as uow:
            return uow.directory.countries()

    def regional_bodies(self) -> list[tuple[str, str, tuple[str, ...]]]:
        with self._platform.uow() as uow:
            return uow.directory.regional_bodies()
