"""`pamoja users`: accounts, added and listed by the operator at the server's command line."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pamoja.cli.common import errors, fail, load_settings, platform_for, user_errors
from pamoja.model.actors import Role
from pamoja.model.sharing import Classification
from pamoja.services.directory import DirectoryService, NewUser
from pamoja.services.operator import all_users

users = typer.Typer(help="User accounts: add and list them.", no_args_is_help=True)


@users.command("add")
def add(
    username: Annotated[str, typer.Argument(help="One word, e.g. ke.officer2.")],
    bureau: Annotated[str, typer.Option(help="Code of the user's bureau, e.g. KEN-NCB.")],
    role: Annotated[
        list[Role], typer.Option(help="A role; repeat for several (officer, supervisor, ...).")
    ],
    full_name: Annotated[str, typer.Option(help="The user's name as colleagues know it.")],
    clearance: Annotated[
        Classification, typer.Option(help="Highest classification the user may read.")
    ] = Classification.RESTRICTED,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Add a user to a bureau; the password is asked for twice (or read from stdin).

    The trail records the operator as the one who added the user.

    Example:

        pamoja users add ke.sup2 --bureau KEN-NCB --role supervisor --full-name "Achieng Otieno"
    """
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            fail("no password on standard input")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    settings = load_settings()
    with user_errors(), platform_for(settings) as platform:
        user = DirectoryService(platform).add_user(
            NewUser(
                username=username,
                full_name=full_name,
                password=password,
                bureau_code=bureau,
                roles=frozenset(role),
                clearance=clearance,
            )
        )
    roles = ", ".join(sorted(r.value for r in user.roles))
    errors.print(f"Added {user.username} ({roles}) to {user.bureau.code}.", highlight=False)


@users.command("list")
def list_users() -> None:
    """List every account with its bureau, roles and clearance.

    Example:

        pamoja users list
    """
    settings = load_settings()
    with user_errors(), platform_for(settings) as platform:
        found = all_users(platform)
    table = Table()
    for column in ("username", "full name", "bureau", "roles", "clearance", "active"):
        table.add_column(column)
    for user in found:
        table.add_row(
            user.username,
            user.full_name,
            user.bureau.code,
            ", ".join(sorted(r.value for r in user.roles)),
            user.clearance.value,
            "yes" if user.active else "no",
        )
    Console().print(table)
