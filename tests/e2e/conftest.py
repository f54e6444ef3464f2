"""A real server and Debian's chromium for the browser tests.

`live_server` runs uvicorn in a thread on 127.0.0.1 with a free port, against a migrated SQLite
database holding the `world` membership and a few records. `page` is a chromium page driven by
Playwright; the browser is `PAMOJA_CHROMIUM` (default /usr/bin/chromium) and the tests are skipped
with the reason shown when it is not installed.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord
from pamoja.model.records import Gender, NameKind, PersonDetails, PersonName
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.server import create_app
from pamoja.services.platform import Platform, bootstrap
from pamoja.services.records import RecordService, SharingChoice
from tests.conftest import make_settings
from tests.support.ports import free_port
from tests.support.records import passport
from tests.support.world import World, build_world

CHROMIUM = os.environ.get("PAMOJA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class Seeded:
    """What the browser tests look for: a record shared with all, one kept in its bureau."""

    shared: FullRecord
    kept: FullRecord


@dataclass(frozen=True)
class LiveServer:
    url: str
    seeded: Seeded


def _seed(platform: Platform, world: World) -> Seeded:
    records = RecordService(platform)
    shared = records.create(
        world.ke_officer,
        PersonDetails(
            names=(
                PersonName("Amina Wanjiku Odhiambo"),
                PersonName("أمينة وانجيكو", NameKind.ALIAS),
            ),
            date_of_birth=PartialDate(1988, 7),
            gender=Gender.FEMALE,
            nationalities=("KEN",),
            place_of_birth="Kisumu",
        ),
        SharingChoice(),
    )
    kept = records.create(
        world.ke_officer,
        PersonDetails(names=(PersonName("Baraka Mwangi Otieno"),), place_of_birth="Nakuru"),
        SharingChoice(scope=Scope.BUREAU, outside_scope=OutsideScope.HIT_ONLY),
    )
    records.create(world.ke_officer, passport("AK7654321"), SharingChoice())
    return Seeded(shared, kept)


@pytest.fixture
def live_server(sqlite_url: str) -> Iterator[LiveServer]:
    platform = bootstrap(make_settings(sqlite_url))
    seeded = _seed(platform, build_world(platform))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(platform), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="pamoja-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server did not start on port {port}")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", seeded)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        platform.close()


@pytest.fixture
def chromium() -> Iterator[Browser]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(
            f"chromium not found at {CHROMIUM}: install it (apt-get install chromium) "
            "or set PAMOJA_CHROMIUM"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()
