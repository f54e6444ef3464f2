"""`pamoja webhooks`: send due webhook deliveries now (the server's worker does it continuously)."""

from __future__ import annotations

import typer

from pamoja.cli.common import load_settings, platform_for, user_errors
from pamoja.services.webhooks import WebhookService

webhooks = typer.Typer(help="Outgoing webhooks to bureaus' systems.", no_args_is_help=True)


@webhooks.command("deliver")
def deliver(
    rounds: int = typer.Option(
        1, min=1, help="Passes to make (a pass sends every delivery due at that moment)."
    ),
) -> None:
    """Send every webhook delivery that is due, once, and say what happened.

    Failed attempts are scheduled again with back-off (30 s, 2 min, 10 min, 1 h, 6 h).

    Example:

        pamoja webhooks deliver
    """
    settings = load_settings()
    delivered = retrying = failed = 0
    with user_errors(), platform_for(settings) as platform:
        service = WebhookService(platform)
        for _ in range(rounds):
            run = service.deliver_due()
            delivered += run.delivered
            retrying += run.retrying
            failed += run.failed
            if run.attempted == 0:
                break
    typer.echo(
        f"{delivered} delivered, {retrying} to be retried, {failed} failed after the last attempt."
    )
