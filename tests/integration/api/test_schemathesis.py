"""Schemathesis against the whole API: generated requests to every operation of the OpenAPI
document, authenticated as a Kenyan supervisor, must never cause a server error.

The OpenAPI document does not depend on the database, so it is read at collection from an app
on a throw-away platform; the requests go to an app on a migrated SQLite database with the test
world in it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error

from pamoja.server import create_app
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.platform import bootstrap
from tests.conftest import make_settings, running
from tests.support.world import build_world

pytestmark = pytest.mark.slow


def _document_app() -> FastAPI:
    with running("sqlite://") as platform:
        return create_app(platform)


schema = schemathesis.openapi.from_asgi("/openapi.json", _document_app())


@dataclass(frozen=True)
class Target:
    app: FastAPI
    headers: dict[str, str]


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Target]:
    path = tmp_path_factory.mktemp("schemathesis") / "pamoja.sqlite3"
    shutil.copy(sqlite_template, path)
    platform = bootstrap(make_settings(f"sqlite:///{path}"))
    world = build_world(platform)
    token = AuthService(platform).issue(world.ke_supervisor, CredentialKind.ACCESS).token
    yield Target(create_app(platform), {"Authorization": f"Bearer {token}"})
    platform.close()


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_generated_request_causes_a_server_error(case: Case[Any], target: Target) -> None:
    case.call_and_validate(app=target.app, headers=target.headers, checks=[not_a_server_error])
