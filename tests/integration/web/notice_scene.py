"""The node's services attached to a page test's application, so tests and pages share one
screening index: walk a notice with `NoticeScene`, then look at it through the pages."""

from __future__ import annotations

from fastapi import FastAPI

from pamoja.services.platform import Platform
from pamoja.services.wiring import Services, build_services
from tests.support.notices import NoticeScene
from tests.support.world import World


def attach_scene(app: FastAPI, platform: Platform, world: World) -> tuple[Services, NoticeScene]:
    """Build the services once, hand them to `app` (as `serve` does) and wrap them in a scene."""
    services = build_services(platform)
    app.state.services = services
    scene = NoticeScene(services.notices, services.records, world, services.screening)
    return services, scene
