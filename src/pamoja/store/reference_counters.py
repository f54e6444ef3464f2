"""Sequences behind human references (`KEN/2026/000042`, `2026/17`, `PR/2026/000003`): one
counter row per prefix, locked while it is advanced so concurrent writers never share a number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pamoja.store.tables import ReferenceCounterRow


def take_numbers(
    session: Session, prefix: str, count: int = 1, *, at_least_after: int = 0
) -> range:
    """Reserve `count` consecutive numbers of `prefix`, all above `at_least_after`."""
    counter = session.execute(
        select(ReferenceCounterRow).where(ReferenceCounterRow.prefix == prefix).with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        counter = ReferenceCounterRow(prefix=prefix, value=0)
        session.add(counter)
    first = max(counter.value, at_least_after) + 1
    counter.value = first + count - 1
    session.flush()
    return range(first, first + count)
