"""`pamoja import` and `pamoja export`: records to and from CSV or JSON Lines files.

Both act in the name of a user (`--as`): an import is owned by that user's bureau and checked
against their clearance; an export holds only what that user may see in full, and is audited.
The format is in docs/import-format.md; an export re-imports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer

from pamoja.cli.common import errors, fail, load_settings, platform_for, progress_bar, user_errors
from pamoja.formats.record_file import (
    FileFormat,
    RecordFileReader,
    RejectWriter,
    format_of,
    write_records,
)
from pamoja.formats.record_row import FileRecord, columns_for
from pamoja.model.audit import Purpose
from pamoja.model.record_views import FullRecord, RecordFilter
from pamoja.model.records import RecordKind
from pamoja.services.importing import ImportRejected, ImportResult, ImportService
from pamoja.services.operator import actor_named
from pamoja.services.records import RecordService

AsUser = Annotated[
    str, typer.Option("--as", help="Username the work is done for (rights and audit trail).")
]
FormatOption = Annotated[
    FileFormat | None, typer.Option("--format", help="csv or jsonl; by default from the suffix.")
]
_PROGRESS_EVERY = 500


def import_records(
    file: Annotated[Path, typer.Argument(help="CSV or JSON Lines file of records.")],
    as_user: AsUser,
    file_format: FormatOption = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Import the good rows; bad rows go to --rejects.")
    ] = False,
    rejects: Annotated[
        Path | None, typer.Option(help="File for the rows --skip-bad sets aside, with why.")
    ] = None,
) -> None:
    """Import records from a CSV or JSON Lines file, owned by the --as user's bureau.

    All or nothing: if any row is bad, every bad row is listed (file:line: column: problem)
    and nothing is written. With --skip-bad, the good rows are imported and the bad ones
    are written to --rejects with an `error` column. Columns: docs/import-format.md.

    Example:

        pamoja import wanted.csv --as ke.officer --skip-bad --rejects wanted-rejects.csv
    """
    if skip_bad != (rejects is not None):
        fail("--skip-bad and --rejects FILE go together")
    settings = load_settings()
    with user_errors():
        fmt = format_of(file, file_format)
        lines = _count_lines(file)
        with platform_for(settings) as platform:
            actor = actor_named(platform, as_user)
            with _opened(file, fmt) as stream, progress_bar() as progress:
                reader = RecordFileReader(stream, fmt, file.name)
                task = progress.add_task(f"Reading {file.name}", total=lines)
                seen = 0

                def read_one() -> None:
                    nonlocal seen
                    seen += 1
                    if seen % _PROGRESS_EVERY == 0:
                        progress.update(task, completed=seen)

                def writing(count: int) -> None:
                    progress.update(
                        task, description=f"Writing {count:,} records", total=None, completed=0
                    )

                try:
                    result = ImportService(platform).import_rows(
                        actor,
                        reader,
                        source=file.name,
                        skip_bad=skip_bad,
                        on_row=read_one,
                        on_writing=writing,
                    )
                except ImportRejected as rejected:
                    progress.stop()
                    for bad in rejected.bad_rows:
                        errors.print(bad.message(file.name), highlight=False, soft_wrap=True)
                    fail(rejected.message)
        if rejects is not None:
            _write_rejects(rejects, fmt, reader.header, result, file.name)
    errors.print(
        f"Imported {result.written:,} records from {file.name} for {actor.username}.",
        highlight=False,
    )


def _write_rejects(
    path: Path, fmt: FileFormat, header: tuple[str, ...] | None, result: ImportResult, source: str
) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = RejectWriter(stream, fmt, header)
        for bad in result.rejected:
            writer.write(bad.raw, bad.message(source))
    for bad in result.rejected:
        errors.print(bad.message(source), highlight=False, soft_wrap=True)
    errors.print(f"{len(result.rejected):,} bad rows set aside in {path}.", highlight=False)


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


@contextmanager
def _opened(path: Path, fmt: FileFormat) -> Iterator[TextIO]:
    newline = "" if fmt is FileFormat.CSV else None
    with path.open(encoding="utf-8-sig", newline=newline) as stream:
        yield stream


def export_records(
    as_user: AsUser,
    purpose: Annotated[Purpose, typer.Option(help="Why the records are exported (audited).")],
    kind: Annotated[RecordKind | None, typer.Option(help="Only records of this kind.")] = None,
    file_format: FormatOption = None,
    out: Annotated[
        Path | None, typer.Option(help="File to write; standard output if left out.")
    ] = None,
) -> None:
    """Export the records the --as user may see in full, in the import format.

    The export is audited with its purpose; records seen only as hit/no-hit are left out.
    Exported files re-import (`pamoja import`) into another database.

    Example:

        pamoja export --as analyst --kind person --purpose analysis --out persons.jsonl
    """
    settings = load_settings()
    with user_errors(), platform_for(settings) as platform:
        fmt = file_format or (format_of(out) if out is not None else FileFormat.JSONL)
        actor = actor_named(platform, as_user)
        views = RecordService(platform).export(actor, RecordFilter(kind=kind), purpose=purpose)
        records = (_file_record(view) for view in views)
        if out is None:
            count = _write(sys.stdout, fmt, records, kind)
        else:
            partial = out.with_name(out.name + ".partial")
            with partial.open("w", newline="", encoding="utf-8") as stream:
                count = _write(stream, fmt, records, kind)
            partial.replace(out)
    errors.print(f"Exported {count:,} records for {actor.username}.", highlight=False)


def _write(
    stream: TextIO, fmt: FileFormat, records: Iterator[FileRecord], kind: RecordKind | None
) -> int:
    count = 0
    with progress_bar() as progress:
        task = progress.add_task("Exporting records", total=None)
        for _ in write_records(stream, fmt, records, columns_for(kind)):
            count += 1
            if count % _PROGRESS_EVERY == 0:
                progress.update(task, completed=count)
    return count


def _file_record(view: FullRecord) -> FileRecord:
    sharing = view.sharing
    return FileRecord(
        details=view.details,
        classification=sharing.classification,
        scope=sharing.scope,
        countries=sharing.countries,
        regional_bodies=sharing.regional_bodies,
        outside_scope=sharing.outside_scope,
        reference=view.reference,
    )
