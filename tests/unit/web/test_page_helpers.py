"""Pure helpers of the pages: redirect targets, CSRF tokens, how values read, the navigation."""

from __future__ import annotations

import pytest

from pamoja.model.actors import Actor, BureauKind, Role
from pamoja.model.dates import PartialDate
from pamoja.web import csrf
from pamoja.web.navigation import current_item, navigation_for
from pamoja.web.presenting import country, label, partial_date, script_of
from pamoja.web.redirects import login_url, safe_next

SECRET = "a-secret-key-long-enough-for-the-settings-0123"


def actor(*roles: Role) -> Actor:
    return Actor(1, "someone", 1, BureauKind.NATIONAL_CENTRAL_BUREAU, "KEN", roles=frozenset(roles))


@pytest.mark.parametrize("path", ["/", "/records", "/records/12?purpose=border_check"])
def test_local_paths_are_safe_to_return_to(path: str) -> None:
    assert safe_next(path) == path


@pytest.mark.parametrize(
    "target",
    [
        None,
        "",
        "records",
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "/\\/evil",
        "/records\n",
        "javascript:alert(1)",
    ],
)
def test_anything_but_a_local_path_returns_home(target: str | None) -> None:
    assert safe_next(target) == "/"


def test_the_login_url_remembers_the_page_to_return_to() -> None:
    assert login_url("/records?kind=person") == "/login?next=%2Frecords%3Fkind%3Dperson"
    assert login_url("/") == "/login"


def test_a_csrf_token_is_valid_only_for_its_session() -> None:
    token = csrf.token_for(SECRET, "session-a")
    assert csrf.is_valid(SECRET, "session-a", token)
    assert not csrf.is_valid(SECRET, "session-b", token)
    assert not csrf.is_valid(SECRET, "session-a", None)
    assert not csrf.is_valid(SECRET, "", csrf.token_for(SECRET, ""))


def test_a_csrf_token_depends_on_the_secret_and_the_purpose() -> None:
    token = csrf.token_for(SECRET, "nonce", purpose="login")
    assert not csrf.is_valid(SECRET + "x", "nonce", token, purpose="login")
    assert not csrf.is_valid(SECRET, "nonce", token)


def test_dates_of_birth_read_with_their_precision() -> None:
    assert partial_date(PartialDate(1984)) == "1984 (year only)"
    assert partial_date(PartialDate(1984, 3)) == "1984-03 (year and month only)"
    assert partial_date(PartialDate(1984, 3, 12)) == "1984-03-12 (full date)"
    assert partial_date(None) == ""


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("Amina", "Latin"),
        ("محمد", "Arabic"),
        ("Алексей", "Cyrillic"),
        ("መሐመድ", "Ge'ez"),
        ("王伟", "CJK"),
        ("", "Unknown"),
    ],
)
def test_the_script_of_a_name_is_named(name: str, script: str) -> None:
    assert script_of(name) == script


def test_countries_read_with_their_name_and_code() -> None:
    assert country("KEN") == "Kenya (KEN)"
    assert country("XXX") == "XXX"


def test_enum_values_read_as_words() -> None:
    assert label("criminal_group") == "Criminal group"


def test_new_records_are_offered_to_those_who_record_data_only() -> None:
    assert "/records/new" in [i.path for i in navigation_for(actor(Role.OFFICER))]
    assert "/records/new" not in [i.path for i in navigation_for(actor(Role.ANALYST))]


def test_the_most_specific_navigation_entry_is_current() -> None:
    items = navigation_for(actor(Role.OFFICER))
    assert current_item(items, "/records/new").path == "/records/new"  # type: ignore[union-attr]
    assert current_item(items, "/records/12").path == "/records"  # type: ignore[union-attr]
    assert current_item(items, "/").path == "/"  # type: ignore[union-attr]
    assert current_item(items, "/login") is None
