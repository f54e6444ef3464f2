"""`pamoja export`: the records a user may see in full, in the import format, audited."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.model.audit import AuditAction
from pamoja.model.record_views import FullRecord, RecordFilter
from pamoja.model.sharing import Classification, Scope
from pamoja.services.platform import Platform, bootstrap
from pamoja.services.records import RecordService, SharingChoice
from tests.conftest import make_settings
from tests.integration.cli.conftest import point_cli_at
from tests.support.records import passport, person
from tests.support.world import World, build_world

runner = CliRunner()
_ALL = SharingChoice()


def seed(platform: Platform, world: World) -> None:
    records = RecordService(platform)
    records.create(world.ke_officer, person("Juma Mwangi", "J. Mwangi", "Жума Мвангі"), _ALL)
    records.create(
        world.ke_officer,
        person("Amina Hassan", dob="1990-07"),
        SharingChoice(scope=Scope.REGIONAL_BODIES, regional_bodies=frozenset({"AFRIPOL"})),
    )
    records.create(world.ke_officer, passport(), _ALL)
    records.create(
        world.ke_officer,
        person("Kept In The Bureau"),
        SharingChoice(Classification.CONFIDENTIAL, Scope.BUREAU),
    )


def test_an_export_lists_what_the_user_may_see_in_full(
    cli_env: str, platform: Platform, world: World
) -> None:
    seed(platform, world)

    result = runner.invoke(
        app, ["export", "--as", "analyst", "--kind", "person", "--purpose", "analysis"]
    )

    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["full_name"] for row in rows] == ["Juma Mwangi"]
    assert rows[0]["aliases"] == ["J. Mwangi", "Жума Мвангі"]


def test_an_export_is_audited_with_its_purpose(
    cli_env: str, platform: Platform, world: World
) -> None:
    runner.invoke(app, ["export", "--as", "analyst", "--purpose", "analysis"])

    with platform.uow() as uow:
        (event,) = uow.audit.events(action=AuditAction.EXPORT)
    assert (event.entry.actor_username, event.entry.purpose) == ("analyst", "analysis")


def test_an_officer_may_not_export(cli_env: str, platform: Platform, world: World) -> None:
    result = runner.invoke(app, ["export", "--as", "ke_officer", "--purpose", "analysis"])

    assert result.exit_code == 1
    assert "exports are for supervisors, analysts and administrators" in result.stderr


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_an_export_re_imports_into_another_database(
    cli_env: str,
    platform: Platform,
    world: World,
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    seed(platform, world)
    exported = tmp_path / f"export.{suffix}"
    result = runner.invoke(
        app, ["export", "--as", "ke_supervisor", "--purpose", "analysis", "--out", str(exported)]
    )
    assert result.exit_code == 0, result.output
    other_url = f"sqlite:///{shutil.copy(sqlite_template, tmp_path / 'other.sqlite3')}"
    other = bootstrap(make_settings(other_url))
    other_world = build_world(other)
    point_cli_at(monkeypatch, other_url)

    result = runner.invoke(app, ["import", str(exported), "--as", "ke_officer"])

    assert result.exit_code == 0, result.output
    before = _contents(platform, world)
    after = _contents(other, other_world)
    other.close()
    assert after == before
    assert len(after) == 4


def _contents(platform: Platform, world: World) -> set[tuple[object, ...]]:
    views = RecordService(platform).find(world.ke_supervisor, RecordFilter()).items
    return {
        (v.reference, v.details, v.sharing.classification, v.sharing.scope)
        for v in views
        if isinstance(v, FullRecord)
    }
