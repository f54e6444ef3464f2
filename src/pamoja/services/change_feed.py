"""Following writes made by other processes that share the store: another node, or the command
line (`pamoja import`, `pamoja notices expire`). Each write of a record or notice leaves a row on
the change feed (`store.changes`) in its own transaction; a server reads on from where it
stopped, every few seconds, and brings its screening index up to date with what it finds.

Its own writes come back too, and are applied a second time: following a change reads the
record or notice as it now is, so that does no harm.

Ids are given when rows are written, but transactions commit in their own order (on
PostgreSQL): a change may become visible after others with higher ids. So the feed keeps its
place (`FeedCursor`) below the first id it has not seen yet and looks there again at each
reading, while it follows what comes after; an id that stays missing for `GAP_PATIENCE`
belonged to a transaction that rolled back, and is passed over.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from pamoja.model.records import RecordKind
from pamoja.services.notices import NoticeService
from pamoja.services.platform import Platform, RecordChange
from pamoja.store.changes import Change, Changed

READ_AT_ONCE = 5000
"""Changes read per query of the feed."""

GAP_PATIENCE = 900.0
"""Seconds to wait for a missing id before taking it for a rolled-back write: longer than a
transaction that writes records lasts (an import of a million rows takes minutes)."""


class FeedCursor:
    """Where a reader of the feed stands: every id up to `position` has been followed (or given
    up), and some above it may have been too."""

    def __init__(self, position: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.position = position
        self._clock = clock
        self._followed: set[int] = set()
        self._missing_since: dict[int, float] = {}

    def is_new(self, change_id: int) -> bool:
        return change_id > self.position and change_id not in self._followed

    def followed(self, change_ids: Iterable[int]) -> None:
        """Mark ids as followed, and move on past every id below which nothing is missing (or
        missing for longer than `GAP_PATIENCE`)."""
        self._followed.update(change_ids)
        now = self._clock()
        while self._followed:
            following = self.position + 1
            if following in self._followed:
                self._followed.remove(following)
            elif now - self._missing_since.setdefault(following, now) < GAP_PATIENCE:
                return
            self._missing_since.pop(following, None)
            self.position = following


class ChangeFeed:
    """Keeps this process's screening index in step with writes made anywhere."""

    def __init__(self, platform: Platform, notices: NoticeService) -> None:
        self._platform = platform
        self._notices = notices
        self._cursor = FeedCursor(0)
        self._read_up_to = 0
        self._pruned_up_to = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        """Read on from the latest change (call before loading the index from the store, so
        that what is written meanwhile is followed after)."""
        with self._platform.uow() as uow:
            self._read_up_to = uow.changes.newest()
        self._cursor = FeedCursor(self._read_up_to)

    def catch_up(self) -> int:
        """Follow every change not followed yet; returns how many."""
        with self._lock:
            count = 0
            # first just above the cursor, where changes committed late appear; then on from
            # the last change read before
            after = self._cursor.position
            while True:
                with self._platform.uow() as uow:
                    read = uow.changes.after(after, READ_AT_ONCE)
                new = [change for change in read if self._cursor.is_new(change.id)]
                self._follow(new)
                count += len(new)
                if read:
                    self._read_up_to = max(self._read_up_to, read[-1].id)
                if len(read) < READ_AT_ONCE:
                    return count
                after = self._read_up_to

    def prune(self) -> int:
        """Forget the changes that were already there at the last pruning (every reader has
        long followed them); returns how many. Called far less often than `catch_up`."""
        with self._platform.uow() as uow:
            newest = uow.changes.newest()
            pruned = uow.changes.prune(self._pruned_up_to)
            uow.commit()
        self._pruned_up_to = newest
        return pruned

    def _follow(self, changes: list[Change]) -> None:
        records = sorted({c.subject_id for c in changes if c.subject is Changed.RECORD})
        self._follow_records(records)
        for notice_id in sorted({c.subject_id for c in changes if c.subject is Changed.NOTICE}):
            self._notices.follow(notice_id)
        self._cursor.followed(change.id for change in changes)

    def _follow_records(self, record_ids: list[int]) -> None:
        changes: list[RecordChange] = []
        with self._platform.uow() as uow:
            for record_id in record_ids:
                found = uow.records.sharing_and_kind(record_id)
                # a record no longer there is followed as a removed person: whatever it was,
                # its screening entry (if any) goes
                kind = found[1] if found is not None else RecordKind.PERSON
                changes.append(RecordChange(record_id, kind, removed=found is None))
        self._platform.records_changed(changes)
