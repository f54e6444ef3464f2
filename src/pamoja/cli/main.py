"""The `pamoja` command: registers every sub-command."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="pamoja",
    help="Pamoja: cross-border police cooperation. Run `pamoja COMMAND --help` for examples.",
    no_args_is_help=True,
    add_completion=False,
)
