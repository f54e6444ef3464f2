"""A running `pamoja serve` screens what another process writes to its database: records
imported with `pamoja import` are found by a border check within seconds, without a restart."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from pamoja.cli.main import app
from tests.support.ports import free_port
from tests.support.world import PASSWORD, World

pytestmark = pytest.mark.slow

WANTED = "full_name,date_of_birth,nationality\nJuma Otieno Kariuki,1984-03-12,KEN\n"
BORDER_CHECK = {
    "purpose": "border_check",
    "place": "Namanga",
    "persons": [
        {"full_name": "Juma Otieno Kariuki", "date_of_birth": "1984-03-12", "nationality": ["KE"]}
    ],
}


@pytest.fixture
def server(cli_env: str, world: World) -> Iterator[str]:
    """`pamoja serve` in a process of its own, on the test database; its base URL."""
    port = free_port()
    pamoja = Path(sys.executable).with_name("pamoja")
    process = subprocess.Popen(  # noqa: S603 - this environment's own pamoja command
        [str(pamoja), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("pamoja serve did not come up")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _border_check(base: str) -> list[object]:
    token = httpx.post(
        f"{base}/api/v1/auth/token", data={"username": "fr_officer", "password": PASSWORD}
    ).json()["access_token"]
    answer = httpx.post(
        f"{base}/api/v1/screen", json=BORDER_CHECK, headers={"Authorization": f"Bearer {token}"}
    )
    answer.raise_for_status()
    matches: list[object] = answer.json()["results"][0]["matches"]
    return matches


def test_records_imported_by_another_process_are_screened_without_a_restart(
    server: str, tmp_path: Path
) -> None:
    assert _border_check(server) == []
    wanted = tmp_path / "wanted.csv"
    wanted.write_text(WANTED, encoding="utf-8")
    imported = CliRunner().invoke(app, ["import", str(wanted), "--as", "ke_officer"])
    assert imported.exit_code == 0, imported.output
    deadline = time.monotonic() + 20
    while not (found := _border_check(server)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert len(found) == 1
