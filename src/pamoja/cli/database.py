"""`pamoja db`: the database's schema (Alembic migrations)."""

from __future__ import annotations

import typer
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from pamoja.cli.common import errors, load_settings, user_errors
from pamoja.store.schema import alembic_config, current_revision
from pamoja.store.schema import upgrade as upgrade_schema

db = typer.Typer(help="The database: bring its schema up to date.", no_args_is_help=True)


@db.command("upgrade")
def upgrade() -> None:
    """Apply every pending migration to the database at PAMOJA_DATABASE_URL.

    Run it after installing or updating Pamoja, before `pamoja serve`.

    Example:

        PAMOJA_DATABASE_URL=postgresql+psycopg://pamoja@db/pamoja pamoja db upgrade
    """
    settings = load_settings()
    path = settings.sqlite_path()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    with user_errors():
        upgrade_schema(settings.database_url)
    errors.print(f"The database is at the current schema ({_safe(settings.database_url)}).")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def schema_is_current(database_url: str) -> bool:
    """Whether the database has every migration applied."""
    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    return current_revision(database_url) == head
