"""The `pamoja` command: registers every sub-command."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="pamoja",
    help="Pamoja: cross-border police cooperation. Run `pamoja COMMAND --help` for examples.",
    no_args_is_help=True,
    add_completion=False,
)

from pamoja.cli import screen_files  # noqa: E402

app.command("screen")(screen_files.screen)
app.command("compare")(screen_files.compare_pairs)
