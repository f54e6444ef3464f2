"""Importing records from a file: all-or-nothing, or with bad rows set aside.

The reading and checking of each row is the pure `formats.record_file`; this service adds what
needs the store (member countries, regional bodies, the importer's clearance, references already
taken), then writes every good record through `RecordService.create_many` in one transaction,
audited as one import by the importing user for their bureau.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pamoja.formats.record_file import BadRow, GoodRow, RowOutcome
from pamoja.formats.record_row import Problem
from pamoja.model.actors import Actor
from pamoja.model.records import Details
from pamoja.services.errors import InvalidInput, ServiceError
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice

_LOCATION = re.compile(r"^record(?: (\d+))?(?:\.(.*))?$")


class ImportRejected(ServiceError):
    """The file has bad rows and the import was all-or-nothing: nothing was written."""

    title = "Import rejected"
    status = 422

    def __init__(self, source: str, bad_rows: list[BadRow]) -> None:
        super().__init__(
            f"{source}: {len(bad_rows)} bad row(s), nothing was imported; fix them, or pass "
            "--skip-bad --rejects FILE to import the good rows and set the bad ones aside"
        )
        self.source = source
        self.bad_rows = bad_rows


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote and what it set aside (only with `skip_bad`)."""

    record_ids: tuple[int, ...]
    rejected: tuple[BadRow, ...]

    @property
    def written(self) -> int:
        return len(self.record_ids)


class ImportService:
    def __init__(self, platform: Platform) -> None:
        self._records = RecordService(platform)

    def import_rows(
        self,
        actor: Actor,
        rows: Iterable[RowOutcome],
        *,
        source: str,
        skip_bad: bool = False,
        on_row: Callable[[], None] | None = None,
        on_writing: Callable[[int], None] | None = None,
    ) -> ImportResult:
        """Import the rows read from `source` as records owned by the actor's bureau.

        Without `skip_bad`, any bad row raises `ImportRejected` listing every bad row, and
        nothing is written. With it, the good rows are written and the bad ones returned.
        `on_row` is called after each row is read, `on_writing` with the number of records
        about to be written.
        """
        good: list[GoodRow] = []
        bad: list[BadRow] = []
        references: dict[str, int] = {}
        for row in rows:
            if on_row is not None:
                on_row()
            if isinstance(row, BadRow):
                bad.append(row)
                continue
            reference = row.record.reference
            if reference is not None:
                if reference in references:
                    problem = Problem(
                        "reference", f"{reference} is also on line {references[reference]}"
                    )
                    bad.append(BadRow(row.line, (problem,), row.raw))
                    continue
                references[reference] = row.line
            good.append(row)
        if bad and not skip_bad:
            raise ImportRejected(source, sorted(bad, key=lambda b: b.line))
        while good:
            if on_writing is not None:
                on_writing(len(good))
            try:
                ids = self._records.create_many(actor, [_item(r) for r in good], source=source)
            except InvalidInput as invalid:
                refused = _refused_rows(good, invalid)
                if not skip_bad:
                    raise ImportRejected(source, refused) from invalid
                lines = {r.line for r in refused}
                good = [r for r in good if r.line not in lines]
                bad.extend(refused)
                continue
            return ImportResult(tuple(ids), tuple(sorted(bad, key=lambda b: b.line)))
        return ImportResult((), tuple(sorted(bad, key=lambda b: b.line)))


def _item(row: GoodRow) -> tuple[Details, SharingChoice, str | None]:
    record = row.record
    choice = SharingChoice(
        classification=record.classification,
        scope=record.scope,
        countries=record.countries,
        regional_bodies=record.regional_bodies,
        outside_scope=record.outside_scope,
    )
    return record.details, choice, record.reference


_COLUMN_OF_FIELD = {
    "countries": "scope_countries",
    "regional_bodies": "scope_bodies",
    "names": "full_name",
}


def _refused_rows(good: list[GoodRow], invalid: InvalidInput) -> list[BadRow]:
    """The rows the record service refused, each with its problems, in file order."""
    problems: dict[int, list[Problem]] = {}
    for error in invalid.errors:
        match = _LOCATION.match(error.location)
        if match is None:
            continue
        position = int(match.group(1) or 1)
        field = match.group(2)
        column = _COLUMN_OF_FIELD.get(field, field) if field else None
        problems.setdefault(position, []).append(Problem(column, error.message))
    refused = [
        BadRow(good[position - 1].line, tuple(found), good[position - 1].raw)
        for position, found in sorted(problems.items())
        if 1 <= position <= len(good)
    ]
    if not refused:
        raise invalid
    return refused
