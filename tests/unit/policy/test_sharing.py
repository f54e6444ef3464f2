"""The sharing gate decides what an actor learns of a record."""

from __future__ import annotations

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.sharing import Classification, OutsideScope, Scope, Sharing
from pamoja.policy.sharing import Visibility, in_scope, visibility

OWNER_BUREAU = 1


def actor(
    bureau: int = 2,
    country: str = "UGA",
    bodies: frozenset[str] = frozenset(),
    clearance: Classification = Classification.CONFIDENTIAL,
) -> Actor:
    return Actor(
        1,
        "u",
        bureau,
        BureauKind.NATIONAL_CENTRAL_BUREAU,
        country,
        bodies,
        frozenset({Role.OFFICER}),
        clearance,
    )


def sharing(scope: Scope, **kw: object) -> Sharing:
    return Sharing(OWNER_BUREAU, "KEN", scope=scope, **kw)  # type: ignore[arg-type]


def test_the_owner_bureau_is_always_in_scope() -> None:
    assert in_scope(actor(bureau=OWNER_BUREAU, country="KEN"), sharing(Scope.BUREAU))


def test_bureau_scope_excludes_other_bureaus_of_the_same_country() -> None:
    assert not in_scope(actor(country="KEN"), sharing(Scope.BUREAU))


def test_country_scope_includes_every_bureau_of_the_owner_country() -> None:
    assert in_scope(actor(country="KEN"), sharing(Scope.COUNTRY))
    assert not in_scope(actor(country="UGA"), sharing(Scope.COUNTRY))


def test_listed_countries_are_in_scope_and_others_are_not() -> None:
    listed = sharing(Scope.COUNTRIES, countries=frozenset({"UGA"}))
    assert in_scope(actor(country="UGA"), listed)
    assert not in_scope(actor(country="NGA"), listed)


def test_regional_body_scope_follows_the_actor_country_membership() -> None:
    shared = sharing(Scope.REGIONAL_BODIES, regional_bodies=frozenset({"AFRIPOL"}))
    assert in_scope(actor(country="NGA", bodies=frozenset({"AFRIPOL"})), shared)
    assert not in_scope(actor(country="FRA", bodies=frozenset({"EUROPOL"})), shared)


def test_all_members_scope_includes_everyone() -> None:
    assert in_scope(actor(country="FRA"), sharing(Scope.ALL_MEMBERS))


@pytest.mark.parametrize(
    ("outside", "expected"),
    [(OutsideScope.HIT_ONLY, Visibility.HIT_ONLY), (OutsideScope.NOTHING, Visibility.NONE)],
)
def test_outsiders_learn_what_the_owner_allows(outside: OutsideScope, expected: Visibility) -> None:
    assert (
        visibility(actor(country="FRA"), sharing(Scope.BUREAU, outside_scope=outside)) is expected
    )


def test_insufficient_clearance_in_scope_gives_hit_only_even_if_outsiders_get_nothing() -> None:
    secret = sharing(
        Scope.ALL_MEMBERS,
        classification=Classification.CONFIDENTIAL,
        outside_scope=OutsideScope.NOTHING,
    )
    assert visibility(actor(clearance=Classification.RESTRICTED), secret) is Visibility.HIT_ONLY


def test_sufficient_clearance_in_scope_gives_full_content() -> None:
    assert visibility(actor(), sharing(Scope.ALL_MEMBERS)) is Visibility.FULL
