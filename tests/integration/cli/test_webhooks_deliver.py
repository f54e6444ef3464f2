"""`pamoja webhooks deliver`: due deliveries are sent to the receiver and counted."""

from __future__ import annotations

from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.policy.webhooks import WebhookEvent
from pamoja.services.platform import Platform
from pamoja.services.webhooks import WebhookService, queue_event
from tests.support.receiver import http_receiver
from tests.support.world import World

runner = CliRunner()


def test_due_deliveries_are_sent_and_counted(
    cli_env: str, platform: Platform, world: World
) -> None:
    bureau = world.ke_supervisor.bureau_id
    with http_receiver(500) as failing, http_receiver() as working:
        service = WebhookService(platform)
        service.create_endpoint(world.ke_supervisor, bureau, working.url, ["hit.created"])
        service.create_endpoint(world.ke_supervisor, bureau, failing.url, ["hit.created"])
        with platform.uow() as uow:
            queue_event(uow, bureau, WebhookEvent.HIT_CREATED, {"hit_id": 1}, now=platform.now())
            uow.commit()

        result = runner.invoke(app, ["webhooks", "deliver"])

    assert result.exit_code == 0, result.output
    assert "1 delivered, 1 to be retried, 0 failed" in result.stdout
    assert len(working.received) == len(failing.received) == 1
