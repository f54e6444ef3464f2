"""Every command documents itself: `--help` works and shows an example."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pamoja.cli.main import app

runner = CliRunner()


def command_paths(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every leaf command of the app (a group has `commands`), as the words that invoke it."""
    paths: list[tuple[str, ...]] = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            paths.extend(command_paths(command, (*prefix, name)))
        else:
            paths.append((*prefix, name))
    return paths


COMMANDS = command_paths(typer.main.get_group(app))


def test_the_walk_finds_the_foundation_commands() -> None:
    for expected in [
        ("db", "upgrade"),
        ("serve",),
        ("demo",),
        ("users", "add"),
        ("users", "list"),
        ("import",),
        ("export",),
        ("audit", "verify"),
    ]:
        assert expected in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})

    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert "pamoja " + path[0] in result.stdout
