"""`pamoja users add` and `pamoja users list`, the operator's account management."""

from __future__ import annotations

from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.model.actors import Role
from pamoja.model.audit import AuditAction
from pamoja.model.sharing import Classification
from pamoja.services.auth import AuthService
from pamoja.services.platform import Platform
from tests.support.world import World

runner = CliRunner()
NEW_PASSWORD = "a long enough new password"

ADD = [
    "users",
    "add",
    "ke.analyst2",
    "--bureau",
    "KEN-NCB",
    "--role",
    "officer",
    "--role",
    "supervisor",
    "--clearance",
    "confidential",
    "--full-name",
    "Achieng Otieno",
]


def test_an_added_user_can_log_in_with_the_password_from_stdin(
    cli_env: str, platform: Platform, world: World
) -> None:
    result = runner.invoke(app, [*ADD, "--password-stdin"], input=NEW_PASSWORD + "\n")

    assert result.exit_code == 0, result.output
    actor = AuthService(platform).login("ke.analyst2", NEW_PASSWORD, client="test")
    assert actor.roles == frozenset({Role.OFFICER, Role.SUPERVISOR})
    assert actor.clearance is Classification.CONFIDENTIAL


def test_the_password_prompt_asks_twice(cli_env: str, platform: Platform, world: World) -> None:
    result = runner.invoke(app, ADD, input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")

    assert result.exit_code == 0, result.output
    assert AuthService(platform).login("ke.analyst2", NEW_PASSWORD, client="test")


def test_adding_a_user_is_audited_as_the_operator(
    cli_env: str, platform: Platform, world: World
) -> None:
    runner.invoke(app, [*ADD, "--password-stdin"], input=NEW_PASSWORD + "\n")

    with platform.uow() as uow:
        event = uow.audit.events(action=AuditAction.USER_CREATED, limit=1)[0]
    assert event.entry.actor_username == "operator"
    assert event.entry.detail["username"] == "ke.analyst2"


def test_an_unknown_bureau_is_a_clear_error(cli_env: str, platform: Platform, world: World) -> None:
    args = [a if a != "KEN-NCB" else "XXX-NCB" for a in ADD]

    result = runner.invoke(app, [*args, "--password-stdin"], input=NEW_PASSWORD + "\n")

    assert result.exit_code == 1
    assert "bureau: no bureau has code XXX-NCB" in result.stderr


def test_a_short_password_is_refused(cli_env: str, platform: Platform, world: World) -> None:
    result = runner.invoke(app, [*ADD, "--password-stdin"], input="short\n")

    assert result.exit_code == 1
    assert "password: must be at least 12 characters long" in result.stderr


def test_users_list_shows_every_account(cli_env: str, platform: Platform, world: World) -> None:
    result = runner.invoke(app, ["users", "list"], env={"COLUMNS": "200"})

    assert result.exit_code == 0, result.output
    for username in world.actors:
        assert username in result.stdout
