"""Command-line interface (Typer): a thin adapter over the services."""
