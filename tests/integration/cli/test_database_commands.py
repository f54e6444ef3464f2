"""`pamoja db upgrade` migrates; `pamoja serve` refuses a database that is not migrated."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.store.schema import current_revision
from tests.integration.cli.conftest import point_cli_at

runner = CliRunner()


def test_db_upgrade_brings_a_new_database_to_the_current_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'pamoja.sqlite3'}"
    point_cli_at(monkeypatch, url)

    result = runner.invoke(app, ["db", "upgrade"])

    assert result.exit_code == 0, result.output
    assert current_revision(url) is not None


def test_serve_refuses_a_database_that_is_not_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(monkeypatch, f"sqlite:///{tmp_path / 'empty.sqlite3'}")

    result = runner.invoke(app, ["serve"])

    assert result.exit_code == 1
    assert "run `pamoja db upgrade` first" in result.stderr


def test_commands_on_a_database_without_tables_say_to_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(monkeypatch, f"sqlite:///{tmp_path / 'empty.sqlite3'}")

    result = runner.invoke(app, ["users", "list"])

    assert result.exit_code == 1
    assert "run `pamoja db upgrade` first" in result.stderr


def test_the_demo_secret_is_refused_outside_demo_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(monkeypatch, f"sqlite:///{tmp_path / 'x.sqlite3'}")
    monkeypatch.delenv("PAMOJA_SECRET_KEY")

    result = runner.invoke(app, ["users", "list"])

    assert result.exit_code == 1
    assert "PAMOJA_SECRET_KEY is the demo secret" in result.stderr
