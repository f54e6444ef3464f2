"""Fixtures for the web pages: the application on a migrated SQLite database, and a browser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from pamoja.server import create_app
from pamoja.services.platform import Platform
from tests.conftest import running
from tests.support.world import World


@pytest.fixture
def platform(sqlite_url: str) -> Iterator[Platform]:
    """The pages are adapters: one engine (SQLite) is enough to test them."""
    with running(sqlite_url) as built:
        yield built


@pytest.fixture
def app(platform: Platform, world: World) -> FastAPI:
    return create_app(platform)


@pytest.fixture
def browser(app: FastAPI) -> Iterator[TestClient]:
    """A browser nobody has logged in with; it does not follow redirects."""
    with TestClient(app, follow_redirects=False) as client:
        yield client
