"""What every command shares: settings, the platform, user errors as messages, progress bars.

User errors (bad input, unknown user, unreadable file, a database that is not migrated) print
one clear message on stderr and exit with status 1, without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy.exc import OperationalError, ProgrammingError

from pamoja.config import Settings
from pamoja.formats.record_file import FileUnreadable
from pamoja.services.errors import InvalidInput, ServiceError
from pamoja.services.platform import Platform, bootstrap

errors = Console(stderr=True)
"""Messages and progress go to stderr, so stdout stays clean for data (exports)."""


def fail(message: str) -> NoReturn:
    """Print `error: message` on stderr and exit with status 1."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (PAMOJA_*), with `overrides` taking precedence."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in error.errors())
        fail(f"settings: {problems}")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can act on into a message and exit status 1."""
    try:
        yield
    except InvalidInput as error:
        fail("; ".join(f"{e.location}: {e.message}" for e in error.errors) or error.message)
    except ServiceError as error:
        fail(error.message)
    except FileUnreadable as error:
        fail(str(error))
    except (OperationalError, ProgrammingError) as error:
        text = str(error.orig) if error.orig is not None else str(error)
        if "no such table" in text or "does not exist" in text:
            fail("the database has no Pamoja tables yet: run `pamoja db upgrade` first")
        fail(f"the database refused: {text}")
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        fail(f"{error.strerror or error}{':' + where if where else ''}")


@contextmanager
def platform_for(settings: Settings) -> Iterator[Platform]:
    """The platform on the configured store, closed afterwards."""
    platform = bootstrap(settings)
    try:
        yield platform
    finally:
        platform.close()


def progress_bar() -> Progress:
    """A progress bar on stderr that disappears when the work is done."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    )
