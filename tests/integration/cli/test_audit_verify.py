"""`pamoja audit verify`: the chain is recomputed and tampering is detected."""

from __future__ import annotations

from sqlalchemy import text
from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.services.platform import Platform
from tests.support.world import World

runner = CliRunner()


def test_an_untouched_trail_verifies(cli_env: str, platform: Platform, world: World) -> None:
    result = runner.invoke(app, ["audit", "verify"])

    assert result.exit_code == 0, result.output
    assert f"{len(world.actors)} audit events checked: the chain is intact." in result.stdout


def test_a_tampered_event_is_named_and_the_exit_status_is_1(
    cli_env: str, platform: Platform, world: World
) -> None:
    with platform.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_events SET actor_username = 'someone else' WHERE id = 3")
        )

    result = runner.invoke(app, ["audit", "verify"])

    assert result.exit_code == 1
    assert "2 audit events check out, then event 3 breaks the chain" in result.stdout
    assert "the audit trail has been altered" in result.stderr
