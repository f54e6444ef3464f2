"""`pamoja notices expire`: notices past their validity expire, others stay published."""

from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.model.notices import NoticeStatus
from pamoja.services.platform import Platform
from tests.support.notices import make_scene
from tests.support.world import World

runner = CliRunner()


def test_a_notice_past_its_validity_expires(cli_env: str, platform: Platform, world: World) -> None:
    scene = make_scene(platform, world)
    notice = scene.published()
    assert notice.valid_until is not None
    after = notice.valid_until + timedelta(days=1)

    result = runner.invoke(app, ["notices", "expire", "--today", after.isoformat()])

    assert result.exit_code == 0, result.output
    assert "1 notice(s) expired" in result.stdout
    assert scene.notices.get(world.ke_officer, notice.id).status is NoticeStatus.EXPIRED


def test_a_notice_still_valid_is_left_published(
    cli_env: str, platform: Platform, world: World
) -> None:
    scene = make_scene(platform, world)
    notice = scene.published()
    result = runner.invoke(app, ["notices", "expire"])
    assert "0 notice(s) expired" in result.stdout
    assert scene.notices.get(world.ke_officer, notice.id).status is NoticeStatus.PUBLISHED


def test_a_malformed_day_is_refused(cli_env: str) -> None:
    result = runner.invoke(app, ["notices", "expire", "--today", "yesterday"])
    assert result.exit_code != 0
