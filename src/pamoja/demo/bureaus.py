"""Bureaus and demo accounts.

Every member country has a national central bureau, `<ALPHA3>-NCB` ("NCB Nairobi"). Besides
them: border posts (`KEN-BP-NAMANGA`, `NGA-BP-SEME`, ...), two forensic laboratories, two
liaison offices and the organisation's General Secretariat (`PAMOJA-SG`, Kigali).

Demo accounts are named `<alpha-2>.<role>` for national users (`ke.officer`, `ng.supervisor`,
`ke.border` at the Namanga border post) and by role alone for the secretariat's reviewer,
analyst and administrator. They all share `DEMO_PASSWORD`.
"""

from __future__ import annotations

from pamoja.demo.countries import PROFILES
from pamoja.demo.values import DemoBureau, DemoUser
from pamoja.model.actors import BureauKind, Role
from pamoja.model.sharing import Classification

DEMO_PASSWORD = "pamoja-demo-2026"  # noqa: S105 - documented password of demo accounts only
SECRETARIAT_CODE = "PAMOJA-SG"


def ncb_code(alpha3: str) -> str:
    """The code of a member country's national central bureau."""
    return f"{alpha3}-NCB"


_NCBS = tuple(
    DemoBureau(
        ncb_code(p.alpha3),
        f"NCB {p.cities[0]}",
        BureauKind.NATIONAL_CENTRAL_BUREAU,
        p.alpha3,
        p.cities[0],
    )
    for p in PROFILES
)

_BORDER_POSTS = tuple(
    DemoBureau(code, name, BureauKind.BORDER_POST, code[:3], city)
    for code, name, city in (
        ("KEN-BP-NAMANGA", "Namanga One-Stop Border Post", "Namanga"),
        ("KEN-BP-JKIA", "Jomo Kenyatta International Airport immigration", "Nairobi"),
        ("TZA-BP-NAMANGA", "Namanga One-Stop Border Post (Tanzania)", "Namanga"),
        ("UGA-BP-BUSIA", "Busia One-Stop Border Post", "Busia"),
        ("NGA-BP-SEME", "Seme Border Post", "Seme"),
        ("GHA-BP-AFLAO", "Aflao Border Post", "Aflao"),
        ("ETH-BP-MOYALE", "Moyale Border Post", "Moyale"),
        ("ZAF-BP-BEITBRIDGE", "Beitbridge Border Post", "Musina"),
        ("ZWE-BP-BEITBRIDGE", "Beitbridge Border Post (Zimbabwe)", "Beitbridge"),
        ("EGY-BP-CAI", "Cairo International Airport passport control", "Cairo"),
        ("THA-BP-MAESOT", "Mae Sot Immigration Checkpoint", "Mae Sot"),
    )
)

_OTHER_BUREAUS = (
    DemoBureau(
        "ZAF-FSL",
        "Forensic Science Laboratory Pretoria",
        BureauKind.FORENSIC_LAB,
        "ZAF",
        "Pretoria",
    ),
    DemoBureau(
        "KEN-FSL", "National Forensic Laboratory Nairobi", BureauKind.FORENSIC_LAB, "KEN", "Nairobi"
    ),
    DemoBureau(
        "KEN-LO-ADDIS",
        "Kenya Police Liaison Office, Addis Ababa",
        BureauKind.LIAISON_OFFICE,
        "KEN",
        "Addis Ababa",
    ),
    DemoBureau(
        "FRA-LO-DAKAR",
        "French Police Liaison Office, Dakar",
        BureauKind.LIAISON_OFFICE,
        "FRA",
        "Dakar",
    ),
    DemoBureau(
        SECRETARIAT_CODE, "Pamoja General Secretariat", BureauKind.SECRETARIAT, "RWA", "Kigali"
    ),
)

BUREAUS: tuple[DemoBureau, ...] = _NCBS + _BORDER_POSTS + _OTHER_BUREAUS

BORDER_POSTS_OF_COUNTRY: dict[str, tuple[str, ...]] = {
    p.alpha3: tuple(b.code for b in _BORDER_POSTS if b.country == p.alpha3) for p in PROFILES
}

_OFFICER = frozenset({Role.OFFICER})
_SUPERVISOR = frozenset({Role.OFFICER, Role.SUPERVISOR})
_R = Classification.RESTRICTED
_C = Classification.CONFIDENTIAL


def _account(
    username: str, full_name: str, bureau: str, roles: frozenset[Role], clearance: Classification
) -> DemoUser:
    return DemoUser(username, DEMO_PASSWORD, full_name, bureau, roles, clearance)


DEMO_ACCOUNTS: tuple[DemoUser, ...] = (
    _account("ke.officer", "Grace Wanjiru", "KEN-NCB", _OFFICER, _R),
    _account("ke.supervisor", "Daniel Kiprotich", "KEN-NCB", _SUPERVISOR, _C),
    _account("ke.trainee", "Brian Otieno", "KEN-NCB", _OFFICER, Classification.PUBLIC),
    _account("ke.border", "Peter Sankale", "KEN-BP-NAMANGA", _OFFICER, _R),
    _account("ng.officer", "Chinedu Okafor", "NGA-NCB", _OFFICER, _R),
    _account("ng.supervisor", "Aisha Bello", "NGA-NCB", _SUPERVISOR, _C),
    _account("ng.border", "Emeka Nwosu", "NGA-BP-SEME", _OFFICER, _R),
    _account("za.officer", "Thandiwe Nkosi", "ZAF-NCB", _OFFICER, _R),
    _account("za.lab", "Sipho Dlamini", "ZAF-FSL", _OFFICER, _R),
    _account("eg.officer", "Mona El-Sayed", "EGY-NCB", _OFFICER, _R),
    _account("et.officer", "Selam Tesfaye", "ETH-NCB", _OFFICER, _R),
    _account("fr.officer", "Claire Dubois", "FRA-NCB", _OFFICER, _R),
    _account("my.officer", "Nurul Aziz", "MYS-NCB", _OFFICER, _R),
    _account("br.officer", "Lucas Ferreira", "BRA-NCB", _OFFICER, _R),
    _account("reviewer", "Amina Diallo", SECRETARIAT_CODE, frozenset({Role.REVIEWER}), _C),
    _account("analyst", "Jean-Paul Habimana", SECRETARIAT_CODE, frozenset({Role.ANALYST}), _R),
    _account("admin", "Ngozi Adeyemi", SECRETARIAT_CODE, frozenset({Role.ADMIN}), _R),
)


def describe_accounts(accounts: tuple[DemoUser, ...] = DEMO_ACCOUNTS) -> str:
    """A plain-text table of the demo accounts, for `make demo` to print."""
    rows = [("username", "bureau", "roles", "clearance")]
    rows += [
        (
            user.username,
            user.bureau_code,
            ",".join(sorted(role.value for role in user.roles)),
            user.clearance.value,
        )
        for user in accounts
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join([*lines, f"password for every account: {DEMO_PASSWORD}"])
