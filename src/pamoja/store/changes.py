"""The change feed: which records and notices were written, in the order their rows were
given ids (`ChangeRow`). Writers append in their own transaction; server processes read on from
where they stopped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from pamoja.store.tables import ChangeRow


class Changed(StrEnum):
    RECORD = "record"
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class Change:
    id: int
    subject: Changed
    subject_id: int


def note_changes(session: Session, subject: Changed, ids: Iterable[int]) -> None:
    """Append a change for each id, in the caller's transaction."""
    rows = [{"subject": subject.value, "subject_id": subject_id} for subject_id in ids]
    if rows:
        session.execute(insert(ChangeRow), rows)


class ChangeLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def newest(self) -> int:
        """The id of the latest change (0 when there is none)."""
        return int(self._session.execute(select(func.max(ChangeRow.id))).scalar_one() or 0)

    def after(self, cursor: int, limit: int) -> list[Change]:
        """Changes with ids above `cursor`, oldest first, at most `limit`."""
        rows = self._session.execute(
            select(ChangeRow.id, ChangeRow.subject, ChangeRow.subject_id)
            .where(ChangeRow.id > cursor)
            .order_by(ChangeRow.id)
            .limit(limit)
        )
        return [Change(row.id, Changed(row.subject), row.subject_id) for row in rows]

    def prune(self, up_to: int) -> int:
        """Forget changes up to id `up_to`; returns how many."""
        result = self._session.execute(delete(ChangeRow).where(ChangeRow.id <= up_to))
        return int(result.rowcount)  # type: ignore[attr-defined]
