"""`pamoja serve` and `pamoja demo`: run the API and web pages, on a real or a demo database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from pamoja.cli.common import errors, fail, load_settings, progress_bar, user_errors
from pamoja.cli.database import schema_is_current
from pamoja.config import Settings
from pamoja.demo.bureaus import DEMO_ACCOUNTS
from pamoja.demo.dataset import DEFAULT_SEED, generate
from pamoja.demo.values import DemoUser
from pamoja.services.demo_seed import is_empty, seed_demo
from pamoja.services.platform import Platform, bootstrap
from pamoja.store.schema import upgrade as upgrade_schema

HostOption = Annotated[str, typer.Option(help="Address to listen on.")]
PortOption = Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")]


def serve(host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Serve the HTTP API (/api/v1, OpenAPI at /docs) and the web pages.

    `serve` never changes the schema: run `pamoja db upgrade` first, so that a production
    upgrade is a deliberate step. Settings come from PAMOJA_* variables.

    Example:

        PAMOJA_SECRET_KEY=... pamoja serve --host 0.0.0.0 --port 8000
    """
    settings = load_settings()
    with user_errors():
        if not schema_is_current(settings.database_url):
            fail("the database schema is not current: run `pamoja db upgrade` first")
    _run(bootstrap(settings), host, port)


def demo(
    port: PortOption = 8000,
    host: HostOption = "127.0.0.1",
    database: Annotated[
        Path, typer.Option(help="SQLite file of the demo (created if missing).")
    ] = Path("var/demo.sqlite3"),
    persons: Annotated[
        int, typer.Option(min=0, help="Person records to generate on a fresh database.")
    ] = 5000,
    seed: Annotated[int, typer.Option(help="Seed of the demo data generator.")] = DEFAULT_SEED,
    reset: Annotated[bool, typer.Option(help="Delete the demo database and start over.")] = False,
    no_serve: Annotated[
        bool, typer.Option("--no-serve", help="Create and seed the database, then stop.")
    ] = False,
) -> None:
    """Run Pamoja on a demo database: members, bureaus, accounts and records made up for it.

    Demo mode allows the demo secret key; never point it at real data. The database is
    migrated and, when empty, seeded; the demo accounts are printed before serving.

    Example:

        pamoja demo --port 8001 --persons 20000 --reset
    """
    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    settings = demo_settings(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    with user_errors():
        upgrade_schema(settings.database_url)
    platform = bootstrap(settings)
    accounts = DEMO_ACCOUNTS
    with user_errors():
        if is_empty(platform):
            accounts = _seed(platform, seed, persons)
        else:
            errors.print(f"{database} already holds data; `--reset` starts over.")
    _print_accounts(accounts)
    if no_serve:
        platform.close()
        return
    errors.print(f"Serving the demo at http://{host}:{port}")
    _run(platform, host, port)


def _seed(platform: Platform, seed: int, persons: int) -> tuple[DemoUser, ...]:
    with progress_bar() as progress:
        task = progress.add_task(f"Generating {persons:,} persons", total=None)
        dataset = generate(seed, persons)
        progress.update(task, description="Storing records", total=len(dataset.records))
        report = seed_demo(
            platform, dataset, progress=lambda done, _total: progress.update(task, completed=done)
        )
    errors.print(
        f"Seeded {report.countries} countries, {report.regional_bodies} regional bodies, "
        f"{report.bureaus} bureaus, {report.users} accounts, {report.records:,} records, "
        f"{report.links:,} links and {report.people_requests} people's requests."
    )
    return dataset.users


def _print_accounts(accounts: tuple[DemoUser, ...]) -> None:
    table = Table(title="Demo accounts", box=box.SIMPLE_HEAD)
    for column in ("username", "password", "roles", "bureau", "clearance"):
        table.add_column(column, no_wrap=column != "roles", min_width=10)
    for user in accounts:
        roles = ", ".join(sorted(role.value for role in user.roles))
        table.add_row(user.username, user.password, roles, user.bureau_code, user.clearance.value)
    Console().print(table)


def _run(platform: Platform, host: str, port: int) -> None:
    # Imported here: the web application is only loaded by the commands that serve it.
    from pamoja.server import serve as serve_app

    try:
        serve_app(platform, host, port)
    finally:
        platform.close()


def demo_settings(database: Path) -> Settings:
    """The settings `pamoja demo` runs with (for tests and the benchmark)."""
    return load_settings(database_url=f"sqlite:///{database}", demo_mode=True)
