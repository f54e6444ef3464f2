"""A small, fixed membership for tests: five countries, two regional bodies, users of each role."""

from __future__ import annotations

from dataclasses import dataclass

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.countries import Region
from pamoja.model.sharing import Classification
from pamoja.services.directory import DirectoryService, NewUser
from pamoja.services.platform import Platform

PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class World:
    """Actors by name: `ke_officer` (Kenya NCB), `ke_border` (Kenyan border post), `ug_officer`
    (Uganda, AFRIPOL like Kenya), `fr_officer` (France, not AFRIPOL), `ke_supervisor`,
    `ke_low` (Kenya NCB, public clearance), `reviewer` (secretariat), `analyst`, `admin`."""

    actors: dict[str, Actor]

    def __getattr__(self, name: str) -> Actor:
        try:
            return self.actors[name]
        except KeyError:
            raise AttributeError(name) from None


def build_world(platform: Platform) -> World:
    directory = DirectoryService(platform)
    for code, region in [
        ("KEN", Region.AFRICA),
        ("UGA", Region.AFRICA),
        ("NGA", Region.AFRICA),
        ("FRA", Region.EUROPE),
        ("EGY", Region.MIDDLE_EAST_NORTH_AFRICA),
    ]:
        directory.add_country(code, region)
    directory.add_regional_body(
        "AFRIPOL", "African Police Cooperation", ["KEN", "UGA", "NGA", "EGY"]
    )
    directory.add_regional_body("EUROPOL", "European police cooperation", ["FRA"])
    bureaus = [
        ("KEN-NCB", "NCB Nairobi", BureauKind.NATIONAL_CENTRAL_BUREAU, "KEN", "Nairobi"),
        ("KEN-BP-NAMANGA", "Namanga border post", BureauKind.BORDER_POST, "KEN", "Namanga"),
        ("UGA-NCB", "NCB Kampala", BureauKind.NATIONAL_CENTRAL_BUREAU, "UGA", "Kampala"),
        ("NGA-NCB", "NCB Abuja", BureauKind.NATIONAL_CENTRAL_BUREAU, "NGA", "Abuja"),
        ("FRA-NCB", "NCB Paris", BureauKind.NATIONAL_CENTRAL_BUREAU, "FRA", "Paris"),
        ("EGY-NCB", "NCB Cairo", BureauKind.NATIONAL_CENTRAL_BUREAU, "EGY", "Cairo"),
        ("SECRETARIAT", "General Secretariat", BureauKind.SECRETARIAT, "FRA", "Lyon"),
    ]
    for code, name, kind, country, city in bureaus:
        directory.add_bureau(code, name, kind, country, city)
    users = [
        ("ke_officer", "KEN-NCB", {Role.OFFICER}, Classification.CONFIDENTIAL),
        ("ke_supervisor", "KEN-NCB", {Role.SUPERVISOR}, Classification.CONFIDENTIAL),
        ("ke_low", "KEN-NCB", {Role.OFFICER}, Classification.PUBLIC),
        ("ke_border", "KEN-BP-NAMANGA", {Role.OFFICER}, Classification.RESTRICTED),
        ("ug_officer", "UGA-NCB", {Role.OFFICER}, Classification.CONFIDENTIAL),
        ("ng_officer", "NGA-NCB", {Role.OFFICER}, Classification.CONFIDENTIAL),
        ("fr_officer", "FRA-NCB", {Role.OFFICER}, Classification.CONFIDENTIAL),
        ("eg_officer", "EGY-NCB", {Role.OFFICER}, Classification.CONFIDENTIAL),
        ("reviewer", "SECRETARIAT", {Role.REVIEWER}, Classification.CONFIDENTIAL),
        ("analyst", "SECRETARIAT", {Role.ANALYST}, Classification.RESTRICTED),
        ("admin", "SECRETARIAT", {Role.ADMIN}, Classification.RESTRICTED),
    ]
    actors = {}
    for username, bureau, roles, clearance in users:
        user = directory.add_user(
            NewUser(
                username,
                username.replace("_", " ").title(),
                PASSWORD,
                bureau,
                frozenset(roles),
                clearance,
            )
        )
        with platform.uow() as uow:
            actor = uow.directory.actor(user.id)
        assert actor is not None
        actors[username] = actor
    return World(actors)
