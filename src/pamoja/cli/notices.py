"""`pamoja notices`: scheduled work on notices (run it daily, e.g. from cron or a systemd timer)."""

from __future__ import annotations

from datetime import date

import typer

from pamoja.cli.common import load_settings, platform_for, user_errors
from pamoja.services.wiring import build_services

notices = typer.Typer(help="Notices and diffusions.", no_args_is_help=True)


@notices.command("expire")
def expire(
    today: str = typer.Option(
        "", help="The day to expire as of (YYYY-MM-DD); today when not given."
    ),
) -> None:
    """Expire every published notice or diffusion whose validity has ended.

    Each expiry is a decision in the audit trail (actor `system`). A running server sweeps by
    itself every hour and takes expired subjects out of its screening index; this command is for
    the operator who wants it done now (servers started later load only active notices).

    Example:

        pamoja notices expire
    """
    settings = load_settings()
    with user_errors(), platform_for(settings) as platform:
        try:
            day = date.fromisoformat(today) if today else None
        except ValueError as error:
            raise typer.BadParameter(f"{today!r} is not a date (YYYY-MM-DD)") from error
        expired = build_services(platform).notices.expire_due(day)
    typer.echo(f"{len(expired)} notice(s) expired.")
