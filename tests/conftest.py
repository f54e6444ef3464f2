"""Fixtures for the store (SQLite always, PostgreSQL when PAMOJA_TEST_POSTGRES is set)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pamoja.config import Settings
from pamoja.services.platform import Platform, bootstrap, utc_now
from pamoja.store.schema import upgrade
from tests.support.clock import FakeClock
from tests.support.world import World, build_world

POSTGRES_URL = os.environ.get("PAMOJA_TEST_POSTGRES")
TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per run; each test copies it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


def _admin_engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A PostgreSQL database migrated once per run, used as CREATE DATABASE template."""
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need PAMOJA_TEST_POSTGRES (a server URL)")
    name = f"pamoja_tpl_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database of each engine for one test, removed afterwards."""
    if request.param == "sqlite":
        path = tmp_path / "pamoja.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgres_template")
    assert POSTGRES_URL is not None
    name = f"pamoja_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated SQLite database, for tests whose subject is not the engine."""
    path = tmp_path / "pamoja.sqlite3"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite:///{path}"


def make_settings(database_url: str, **overrides: object) -> Settings:
    """Settings for tests: cheap password hashing, everything else as in production."""
    values: dict[str, object] = {
        "database_url": database_url,
        "secret_key": TEST_SECRET,
        "password_time_cost": 1,
        "password_memory_kib": 64,
        # webhook tests deliver to receivers on 127.0.0.1, which a node blocks by default
        "webhook_blocked_networks": (),
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


@contextmanager
def running(
    database_url: str, clock: FakeClock | None = None, **overrides: object
) -> Iterator[Platform]:
    """A platform on `database_url` with the test settings (and `overrides`), on `clock` if
    given, closed at the end of the `with` block."""
    built = bootstrap(make_settings(database_url, **overrides), clock=clock or utc_now)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def platform(database_url: str) -> Iterator[Platform]:
    with running(database_url) as built:
        yield built


@pytest.fixture
def clock() -> FakeClock:
    """A clock that stands still until the test moves it (for `running`)."""
    return FakeClock()


@pytest.fixture
def world(platform: Platform) -> World:
    """A small membership: countries, regional bodies, bureaus and users of every role."""
    return build_world(platform)
