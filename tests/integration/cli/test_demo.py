"""`pamoja demo`: a fresh SQLite database seeded with the demo dataset, accounts printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.config import Settings
from pamoja.demo.bureaus import DEMO_ACCOUNTS
from pamoja.demo.dataset import DEFAULT_SEED, generate
from pamoja.model.actors import Role
from pamoja.model.notices import PeopleRequestKind
from pamoja.model.records import PersonDetails, RecordKind
from pamoja.services.auth import AuthService
from pamoja.services.operator import all_users
from pamoja.services.platform import Platform, bootstrap
from pamoja.services.wiring import build_services
from tests.integration.cli.conftest import point_cli_at

runner = CliRunner()


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Platform, str]]:
    point_cli_at(monkeypatch, "sqlite:///unused.sqlite3")
    database = tmp_path / "demo.sqlite3"
    result = runner.invoke(
        app,
        ["demo", "--no-serve", "--persons", "150", "--database", str(database)],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    platform = bootstrap(Settings(database_url=f"sqlite:///{database}", demo_mode=True))
    yield platform, result.stdout
    platform.close()


def test_the_demo_has_at_least_40_member_countries(seeded: tuple[Platform, str]) -> None:
    platform, _ = seeded
    with platform.uow() as uow:
        assert len(uow.directory.countries()) >= 40


def test_the_demo_has_users_of_every_role(seeded: tuple[Platform, str]) -> None:
    platform, _ = seeded
    roles = {role for user in all_users(platform) for role in user.roles}
    assert roles == set(Role)


def test_the_demo_stores_the_persons_asked_for_and_linked_records(
    seeded: tuple[Platform, str],
) -> None:
    platform, _ = seeded
    with platform.uow() as uow:
        kinds = [kind for kind in RecordKind for _ in uow.records.scan(kind)]
    assert kinds.count(RecordKind.PERSON) >= 150
    assert {RecordKind.DOCUMENT, RecordKind.VEHICLE, RecordKind.ASSET} <= set(kinds)
    assert RecordKind.ORGANISATION in kinds


def test_the_demo_holds_peoples_requests_for_the_reviewers_one_past_its_deadline(
    seeded: tuple[Platform, str],
) -> None:
    platform, _ = seeded
    reviewer = next(user for user in DEMO_ACCOUNTS if Role.REVIEWER in user.roles)
    actor = AuthService(platform).login(reviewer.username, reviewer.password, client="test")
    queue = build_services(platform).people_requests.queue(actor)
    kinds = [view.request.kind for view in queue]  # the earliest deadline first
    assert kinds == [
        PeopleRequestKind.DELETION,
        PeopleRequestKind.CORRECTION,
        PeopleRequestKind.ACCESS,
    ]
    assert [view.overdue for view in queue] == [True, False, False]


def test_the_demo_prints_its_accounts_with_their_password(seeded: tuple[Platform, str]) -> None:
    _, printed = seeded
    assert "ke.officer" in printed
    assert "pamoja-demo-2026" in printed


def test_a_second_run_keeps_the_data(seeded: tuple[Platform, str], tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["demo", "--no-serve", "--database", str(tmp_path / "demo.sqlite3")]
    )

    assert result.exit_code == 0, result.output
    assert "already holds data" in result.stderr


def test_the_default_demo_has_at_least_5000_persons() -> None:
    group = typer.main.get_group(app)
    default = next(p.default for p in group.commands["demo"].params if p.name == "persons")
    assert isinstance(default, int)
    persons = [
        r for r in generate(DEFAULT_SEED, default).records if isinstance(r.details, PersonDetails)
    ]
    assert len(persons) >= 5000
