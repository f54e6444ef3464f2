"""Record import/export files: CSV or JSON Lines, one record per row (docs/import-format.md).

`RecordFileReader` reads a text stream and yields, for every row, either a `GoodRow` (the record
it holds) or a `BadRow` (every problem of the row, and the row as read so it can go to a reject
file); problems of the file as a whole (empty, unknown columns, not UTF-8) raise
`FileUnreadable`. CSV is read with the csv module in strict mode, so broken quoting is a bad row
rather than silently merged text. `write_records` and `RejectWriter` write the same format.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from pamoja.formats.record_row import (
    LIST_COLUMNS,
    FileRecord,
    Problem,
    RowInvalid,
    record_from_row,
    row_from_record,
    unknown_columns,
)

ERROR_COLUMN = "error"
"""The column a reject file adds to each row: why it was rejected."""


class FileFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


_SUFFIXES = {".csv": FileFormat.CSV, ".jsonl": FileFormat.JSONL, ".ndjson": FileFormat.JSONL}


def format_of(path: Path, given: FileFormat | None = None) -> FileFormat:
    """The format named by the caller, or else by the file's suffix."""
    if given is not None:
        return given
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise FileUnreadable(
            f"{path.name}: cannot tell the format from the suffix {path.suffix!r}; "
            "name the file .csv or .jsonl, or pass --format"
        )
    return found


class FileUnreadable(ValueError):
    """A file that cannot be read at all; the message names the file and, if known, the line."""


@dataclass(frozen=True, slots=True)
class GoodRow:
    """A row that holds a valid record; `raw` is the row as read (CSV fields or a JSON object)."""

    line: int
    record: FileRecord
    raw: tuple[str, ...] | dict[str, object]


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that does not hold a valid record, with every problem found in it.

    `raw` is the row as read, or its text when it could not even be split into fields.
    """

    line: int
    problems: tuple[Problem, ...]
    raw: tuple[str, ...] | dict[str, object] | str

    def message(self, source: str) -> str:
        """One line: `FILE:LINE: column: what is wrong; column: ...`."""
        return f"{source}:{self.line}: " + "; ".join(str(p) for p in self.problems)


RowOutcome = GoodRow | BadRow


class _Lines:
    """The lines of a stream, remembering those the CSV reader took for the current row."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._stream)
        self.taken.append(line)
        return line


class RecordFileReader:
    """Reads the rows of one file; iterate it once. `header` is set for CSV after the first row."""

    def __init__(self, stream: TextIO, fmt: FileFormat, source: str) -> None:
        self._stream = stream
        self.format = fmt
        self.source = source
        self.header: tuple[str, ...] | None = None

    def __iter__(self) -> Iterator[RowOutcome]:
        try:
            if self.format is FileFormat.CSV:
                yield from self._csv_rows()
            else:
                yield from self._json_rows()
        except UnicodeDecodeError as error:
            raise FileUnreadable(
                f"{self.source}: not UTF-8 text (byte {error.start} of a block): "
                "save the file as UTF-8"
            ) from error

    def _csv_rows(self) -> Iterator[RowOutcome]:
        lines = _Lines(self._stream)
        reader = csv.reader(lines, strict=True)
        try:
            first = next(reader)
        except StopIteration:
            raise FileUnreadable(
                f"{self.source}: the file is empty; it needs a header row"
            ) from None
        except csv.Error as error:
            raise FileUnreadable(f"{self.source}:1: the header row is not CSV: {error}") from None
        header = tuple(name.strip().lower() for name in first)
        self._check_header(header)
        self.header = header
        width = len(header)
        while True:
            start = reader.line_num + 1
            lines.taken.clear()
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield BadRow(
                    start, (_quoting_problem(error, start, reader.line_num),), _text(lines)
                )
                continue
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            if len(fields) != width:
                yield BadRow(
                    start,
                    (_width_problem(len(fields), width, start, reader.line_num),),
                    _text(lines),
                )
                continue
            row: dict[str, object] = {
                name: value for name, value in zip(header, fields, strict=True) if value
            }
            yield _outcome(start, row, tuple(fields))

    def _check_header(self, header: tuple[str, ...]) -> None:
        unknown = unknown_columns(header)
        if unknown:
            raise FileUnreadable(
                f"{self.source}:1: unknown column(s) {', '.join(repr(c) for c in unknown)}; "
                "see docs/import-format.md for the columns"
            )
        seen: set[str] = set()
        for name in header:
            if name in seen:
                raise FileUnreadable(f"{self.source}:1: the column {name!r} appears twice")
            seen.add(name)

    def _json_rows(self) -> Iterator[RowOutcome]:
        for number, text in enumerate(self._stream, start=1):
            if not text.strip():
                continue
            try:
                loaded = json.loads(text)
            except json.JSONDecodeError as error:
                problem = Problem(None, f"not JSON ({error.msg} at column {error.colno})")
                yield BadRow(number, (problem,), text.rstrip("\r\n"))
                continue
            if not isinstance(loaded, dict):
                problem = Problem(None, "each line must be a JSON object {...}")
                yield BadRow(number, (problem,), text.rstrip("\r\n"))
                continue
            row = {str(key).strip().lower(): value for key, value in loaded.items()}
            yield _outcome(number, row, loaded)


def _text(lines: _Lines) -> str:
    return "".join(lines.taken).rstrip("\r\n")


def _outcome(
    line: int, row: dict[str, object], raw: tuple[str, ...] | dict[str, object]
) -> RowOutcome:
    try:
        return GoodRow(line, record_from_row(row), raw)
    except RowInvalid as invalid:
        return BadRow(line, tuple(invalid.problems), raw)


def _spans(start: int, end: int) -> str:
    return f" (the row runs from line {start} to line {end})" if end > start else ""


def _quoting_problem(error: csv.Error, start: int, end: int) -> Problem:
    hint = ""
    if end > start or "end of data" in str(error):
        hint = ": a quote opened on this row is not closed" + _spans(start, end)
    return Problem(None, f"broken CSV quoting ({error}){hint}")


def _width_problem(found: int, width: int, start: int, end: int) -> Problem:
    message = f"the row has {found} fields but the header has {width}"
    if end > start:
        message += "; check for a quote that is not closed" + _spans(start, end)
    return Problem(None, message)


# --- writing ------------------------------------------------------------------------------


def _csv_value(value: str | list[str]) -> str:
    return ";".join(value) if isinstance(value, list) else value


def write_records(
    stream: TextIO, fmt: FileFormat, records: Iterable[FileRecord], columns: tuple[str, ...]
) -> Iterator[FileRecord]:
    """Write records as they are consumed, yielding each one after it is written (for progress).

    `columns` are the CSV header (see `record_row.columns_for`); JSON Lines writes each record's
    non-empty columns, lists as JSON lists.
    """
    if fmt is FileFormat.CSV:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            row = row_from_record(record)
            writer.writerow([_csv_value(row.get(c, "")) for c in columns])
            yield record
        return
    for record in records:
        stream.write(json.dumps(row_from_record(record), ensure_ascii=False) + "\n")
        yield record


class RejectWriter:
    """Writes rejected rows as they were read, each with an `error` column saying why.

    A CSV row that could not be split into fields is kept as its raw text in the first column.
    """

    def __init__(self, stream: TextIO, fmt: FileFormat, header: tuple[str, ...] | None) -> None:
        self._stream = stream
        self._format = fmt
        self._width = len(header) if header else 1
        self._csv = csv.writer(stream, lineterminator="\n") if fmt is FileFormat.CSV else None
        if self._csv is not None:
            self._csv.writerow([*(header or ("row",)), ERROR_COLUMN])

    def write(self, raw: tuple[str, ...] | dict[str, object] | str, error: str) -> None:
        if self._csv is not None:
            if isinstance(raw, tuple):
                fields = list(raw)
            elif isinstance(raw, str):
                fields = [raw, *([""] * (self._width - 1))]
            else:
                fields = [_csv_value(_listed(k, v)) for k, v in raw.items()]
            self._csv.writerow([*fields, error])
            return
        body: dict[str, object] = dict(raw) if isinstance(raw, dict) else {"row": raw}
        body[ERROR_COLUMN] = error
        self._stream.write(json.dumps(body, ensure_ascii=False) + "\n")


def _listed(column: str, value: object) -> str | list[str]:
    if column in LIST_COLUMNS and isinstance(value, list):
        return [str(v) for v in value]
    return "" if value is None else str(value)
