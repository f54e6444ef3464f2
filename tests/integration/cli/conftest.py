"""Fixtures for CLI tests: the environment that points `pamoja` at the test database."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_SECRET


def point_cli_at(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    """Make `pamoja` commands use `database_url`, the test secret and cheap password hashing."""
    monkeypatch.setenv("PAMOJA_DATABASE_URL", database_url)
    monkeypatch.setenv("PAMOJA_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("PAMOJA_PASSWORD_TIME_COST", "1")
    monkeypatch.setenv("PAMOJA_PASSWORD_MEMORY_KIB", "64")
    monkeypatch.setenv("PAMOJA_WEBHOOK_BLOCKED_NETWORKS", "")
    monkeypatch.delenv("PAMOJA_DEMO_MODE", raising=False)


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, database_url: str) -> str:
    """The test database (each engine), with `pamoja` pointed at it; returns its URL."""
    point_cli_at(monkeypatch, database_url)
    return database_url
