"""`pamoja screen` and `pamoja compare`: screening person lists in files, without a database."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from pamoja.formats.person_list import PersonListError, read_pairs, read_person_list
from pamoja.matching import (
    ALERT_THRESHOLD,
    DEFAULT_CONFIG,
    ScreeningIndex,
    Subject,
    SubjectKind,
    compare,
)

BATCH = 2000
"""Queries searched per batch (each batch is spread over the worker processes)."""

MATCH_COLUMNS = ["query_id", "rank", "match_id", "score", "explanation"]


class OutputFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    with out.open("w", newline="", encoding="utf-8") as handle:
        yield handle


def _fail(error: Exception) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2)


def screen(
    watchlist: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Watchlist file.")],
    queries: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Persons to screen.")
    ],
    limit: Annotated[int, typer.Option(min=1, help="Most matches per query.")] = 5,
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Lowest score reported (default: alert).")
    ] = ALERT_THRESHOLD,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = (
        OutputFormat.CSV
    ),
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes for searching.")] = 2,
) -> None:
    """Screen every person of QUERIES against WATCHLIST (CSV or JSON Lines person lists).

    Columns: id, full_name (or first_name, middle_name, last_name), aliases (;-separated),
    gender, date_of_birth (YYYY, YYYY-MM or YYYY-MM-DD), place_of_birth, nationality
    (alpha-2, alpha-3 or name; ;-separated), document_number, document_country.
    Writes one row per match at or above --threshold: query_id, rank, match_id, score,
    explanation.

    Example:

        pamoja screen watchlist.csv passengers.jsonl --limit 3 --threshold 0.65 --out hits.csv
    """
    try:
        with _progress() as progress:
            task = progress.add_task("reading watchlist", total=None)
            latest: dict[str, Subject] = {}  # a later row with the same id replaces an earlier
            for row in read_person_list(watchlist):
                latest[row.subject.id] = row.subject
                progress.advance(task)
            progress.add_task("indexing watchlist", total=None)
            index = ScreeningIndex(latest.values())
            people = [row.subject for row in read_person_list(queries)]
            task = progress.add_task("screening", total=len(people))
            with _output(out) as handle:
                write = _writer(handle, output_format)
                for start in range(0, len(people), BATCH):
                    batch = people[start : start + BATCH]
                    found = index.search_many(batch, limit, threshold, workers=workers)
                    for matches in found:
                        for rank, match in enumerate(matches, start=1):
                            write(
                                match.query_id,
                                rank,
                                match.candidate_id,
                                match.score,
                                match.explanation,
                            )
                    progress.advance(task, len(batch))
    except PersonListError as error:
        raise _fail(error) from error


def _writer(handle: TextIO, output_format: OutputFormat) -> Callable[..., None]:
    if output_format == OutputFormat.JSONL:

        def write_json(*values: object) -> None:
            handle.write(
                json.dumps(dict(zip(MATCH_COLUMNS, values, strict=True)), ensure_ascii=False)
            )
            handle.write("\n")

        return write_json
    table = csv.writer(handle)
    table.writerow(MATCH_COLUMNS)

    def write_csv(*values: object) -> None:
        table.writerow(values)

    return write_csv


def compare_pairs(
    pairs: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV of name pairs.")],
    kind: Annotated[SubjectKind, typer.Option(help="What the names belong to.")] = (
        SubjectKind.PERSON
    ),
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
) -> None:
    """Score each pair of PAIRS, a CSV with name1, name2 and optionally dob1, dob2,
    nationality1, nationality2; writes the same rows with score, decision (alert, review or
    none by the default thresholds) and explanation added.

    Example:

        pamoja compare pairs.csv --kind organisation --out scored.csv
    """
    try:
        with _output(out) as handle:
            table: csv.DictWriter[str] | None = None
            for pair in read_pairs(pairs, kind):
                match = compare(pair.first, pair.second, DEFAULT_CONFIG)
                row = {**pair.row, "score": match.score, "decision": match.decision.value}
                row["explanation"] = match.explanation
                if table is None:
                    table = csv.DictWriter(handle, fieldnames=list(row))
                    table.writeheader()
                table.writerow(row)
    except PersonListError as error:
        raise _fail(error) from error
