"""Demo accounts: documented, one shared password, printable."""

from __future__ import annotations

from pamoja.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, describe_accounts


def test_the_demo_password_is_at_least_12_characters() -> None:
    assert len(DEMO_PASSWORD) >= 12


def test_every_account_uses_the_demo_password() -> None:
    assert {account.password for account in DEMO_ACCOUNTS} == {DEMO_PASSWORD}


def test_the_documented_usernames_exist() -> None:
    usernames = {account.username for account in DEMO_ACCOUNTS}
    expected = {"ke.officer", "ng.supervisor", "ke.border", "reviewer", "analyst", "admin"}
    assert expected <= usernames


def test_the_printed_table_lists_every_account_and_the_password() -> None:
    table = describe_accounts()
    assert all(account.username in table for account in DEMO_ACCOUNTS)
    assert DEMO_PASSWORD in table
