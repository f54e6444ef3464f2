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

from pamoja.cli import audit, database, record_files, serving, users  # noqa: E402

app.add_typer(database.db, name="db")
app.add_typer(users.users, name="users")
app.add_typer(audit.audit, name="audit")
app.command("serve")(serving.serve)
app.command("demo")(serving.demo)
app.command("import")(record_files.import_records)
app.command("export")(record_files.export_records)

from pamoja.cli import notices, webhooks  # noqa: E402

app.add_typer(webhooks.webhooks, name="webhooks")
app.add_typer(notices.notices, name="notices")
