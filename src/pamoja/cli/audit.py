"""`pamoja audit`: checks on the hash-chained audit trail."""

from __future__ import annotations

import typer

from pamoja.cli.common import errors, load_settings, platform_for, user_errors
from pamoja.services.audit import AuditService

audit = typer.Typer(help="The audit trail: verify its hash chain.", no_args_is_help=True)


@audit.command("verify")
def verify() -> None:
    """Recompute the audit trail's hash chain; exit 1 and name the first broken event if any.

    Example:

        pamoja audit verify
    """
    settings = load_settings()
    with user_errors(), platform_for(settings) as platform:
        report = AuditService(platform).verify()
    if report.intact:
        typer.echo(f"{report.checked} audit events checked: the chain is intact.")
        return
    typer.echo(
        f"{report.checked} audit events check out, then event {report.first_broken_id} "
        f"breaks the chain: {report.reason}.",
    )
    errors.print("[bold red]error:[/] the audit trail has been altered", highlight=False)
    raise typer.Exit(1)
