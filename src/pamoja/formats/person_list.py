"""Person lists for screening, read from CSV or JSON Lines files.

Columns (all optional except a name or a document): `id`, `full_name` (or `first_name`,
`middle_name`, `last_name`), `aliases` (`;`-separated), `gender`, `date_of_birth` (YYYY,
YYYY-MM or YYYY-MM-DD), `place_of_birth`, `nationality` (alpha-2, alpha-3 or English name,
`;`-separated), `document_number`, `document_country`. A missing `id` becomes the line number.
In JSON Lines, `aliases` and `nationality` may also be lists. Every error names the file, the
line and the field.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from pamoja.matching.subject import InvalidSubject, Subject, SubjectKind
from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
from pamoja.model.records import Gender

_GENDERS: dict[str, Gender | None] = {
    "male": Gender.MALE,
    "m": Gender.MALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "other": Gender.OTHER,
    "x": Gender.OTHER,
    "unknown": None,
    "u": None,
    "": None,
}


class PersonListError(ValueError):
    """A person list that cannot be read; the message names file, line and field."""

    def __init__(self, path: Path, line: int, field: str | None, problem: str) -> None:
        where = f"{path.name}, line {line}" + (f", field {field}" if field else "")
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.field = field


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One subject read from a list, with where it came from and fields the engine ignores."""

    subject: Subject
    line: int
    place_of_birth: str | None = None


def _values(raw: object) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, list):
        return [str(item).strip() for item in raw if str(item).strip()]
    return [part.strip() for part in str(raw).split(";") if part.strip()]


def _text(row: Mapping[str, object], field: str) -> str:
    raw = row.get(field)
    return "" if raw is None else str(raw).strip()


def subject_from_row(
    row: Mapping[str, object],
    path: Path,
    line: int,
    kind: SubjectKind = SubjectKind.PERSON,
) -> PersonRow:
    """Build the subject of one row; raises `PersonListError` naming the bad field."""

    def fail(field: str | None, problem: str) -> PersonListError:
        return PersonListError(path, line, field, problem)

    full_name = _text(row, "full_name") or " ".join(
        part for part in (_text(row, f) for f in ("first_name", "middle_name", "last_name")) if part
    )
    names = tuple(name for name in (full_name, *_values(row.get("aliases"))) if name)
    gender_text = _text(row, "gender").casefold()
    if gender_text not in _GENDERS:
        raise fail("gender", f"{gender_text!r} is not male, female, other or unknown")
    birth_date = None
    if date_text := _text(row, "date_of_birth"):
        try:
            birth_date = PartialDate.parse(date_text)
        except InvalidDate as error:
            raise fail("date_of_birth", str(error)) from error
    try:
        nationalities = tuple(dict.fromkeys(to_alpha3(c) for c in _values(row.get("nationality"))))
    except UnknownCountry as error:
        raise fail("nationality", str(error)) from error
    documents: tuple[str, ...] = ()
    if number := _text(row, "document_number"):
        country = _text(row, "document_country")
        try:
            documents = (f"{to_alpha3(country)}:{number}" if country else number,)
        except UnknownCountry as error:
            raise fail("document_country", str(error)) from error
    try:
        subject = Subject(
            id=_text(row, "id") or str(line),
            names=names,
            kind=kind,
            gender=_GENDERS[gender_text],
            birth_date=birth_date,
            nationalities=nationalities,
            documents=documents,
        )
    except InvalidSubject as error:
        raise fail(
            "full_name" if not names or "name" in str(error) else None, str(error)
        ) from error
    return PersonRow(subject, line, _text(row, "place_of_birth") or None)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """The rows of a CSV (`.csv`) or JSON Lines (`.jsonl`, `.ndjson`) file with line numbers."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _json_lines(path)
    elif suffix in (".csv", ".txt"):
        yield from _csv_rows(path)
    else:
        raise PersonListError(path, 0, None, "use a .csv or .jsonl file")


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None:
            return
        start = 2
        for row in reader:
            yield start, {key.strip().lower(): value for key, value in row.items() if key}
            start = reader.line_num + 1


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except json.JSONDecodeError as error:
                raise PersonListError(path, number, None, f"not JSON: {error.msg}") from error
            if not isinstance(row, dict):
                raise PersonListError(path, number, None, "each line must be a JSON object")
            yield number, {str(key).lower(): value for key, value in row.items()}


def read_person_list(path: Path, kind: SubjectKind = SubjectKind.PERSON) -> Iterator[PersonRow]:
    """Every subject of a person list, in file order; stops at the first bad row with an error
    naming its file, line and field."""
    try:
        for line, row in read_rows(path):
            yield subject_from_row(row, path, line, kind)
    except UnicodeDecodeError as error:
        raise PersonListError(path, 0, None, "not UTF-8 text") from error


_PAIR_FIELDS = {"full_name": "name", "date_of_birth": "dob", "nationality": "nationality"}


@dataclass(frozen=True, slots=True)
class SubjectPair:
    """One row of a pairs file (`name1, name2` and optionally `dob1, dob2, nationality1,
    nationality2`): the two subjects and the row as read."""

    line: int
    row: dict[str, object]
    first: Subject
    second: Subject


def read_pairs(path: Path, kind: SubjectKind = SubjectKind.PERSON) -> Iterator[SubjectPair]:
    """Every pair of a pairs file, in order; errors name file, line and column (`dob2`...)."""
    for line, row in read_rows(path):
        sides: list[Subject] = []
        for side in ("1", "2"):
            fields = {ours: row.get(theirs + side) for ours, theirs in _PAIR_FIELDS.items()}
            try:
                sides.append(subject_from_row({"id": side, **fields}, path, line, kind).subject)
            except PersonListError as error:
                column = _PAIR_FIELDS.get(error.field or "", "name") + side
                problem = str(error).split(": ", 1)[1]
                raise PersonListError(path, line, column, problem) from error
        yield SubjectPair(line, row, sides[0], sides[1])
