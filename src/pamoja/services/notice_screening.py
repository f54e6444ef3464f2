"""Keeps the screening index's notice entries in step with the notices store.

An active notice's person subjects are screenable by its audience (`policy.notice_access.
screening_audience`) from the moment it becomes active until it stops being so. The entries hold
the subject records' current content: when a subject record changes they are rebuilt, and when
it is deleted it leaves.
"""

from __future__ import annotations

import threading

from pamoja.model.records import PersonDetails
from pamoja.policy.notice_access import screening_audience
from pamoja.policy.notice_workflow import is_active
from pamoja.services.platform import Platform, RecordChange
from pamoja.services.screening import ScreeningService
from pamoja.store.notices import NoticeRepository


class NoticeScreening:
    """Puts notices into the screening index and takes them out; follows subject records."""

    def __init__(self, platform: Platform, screening: ScreeningService) -> None:
        self._platform = platform
        self._screening = screening
        self._notices_of_record: dict[int, set[int]] = {}
        self._records_of_notice: dict[int, tuple[int, ...]] = {}
        self._lock = threading.RLock()
        platform.on_record_change(self._follow)

    def load_active(self) -> int:
        """Watch every active notice and diffusion (at start-up, after `screening.load()`)."""
        with self._platform.uow() as uow:
            ids = NoticeRepository(uow.session).active_ids()
        for notice_id in ids:
            self.watch(notice_id)
        return len(ids)

    def watch(self, notice_id: int) -> None:
        """Index the notice's person subjects as they are now, for the notice's audience; a
        notice that is not active is taken out instead."""
        with self._lock, self._platform.uow() as uow:
            notice = NoticeRepository(uow.session).unfiltered(notice_id)
            if notice is None or not is_active(notice.status):
                self.unwatch(notice_id)
                return
            subjects: list[tuple[int, PersonDetails]] = []
            for record_id in notice.subject_record_ids:
                found = uow.records.unfiltered(record_id)
                if found is not None and isinstance(found[1], PersonDetails):
                    subjects.append((record_id, found[1]))
            members = {code: frozenset(m) for code, _, m in uow.directory.regional_bodies()}
            audience = screening_audience(notice.parties, members)
            self._screening.watch(notice_id, subjects, audience)
            self._forget_links(notice_id)
            self._records_of_notice[notice_id] = notice.subject_record_ids
            for record_id in notice.subject_record_ids:
                self._notices_of_record.setdefault(record_id, set()).add(notice_id)

    def unwatch(self, notice_id: int) -> None:
        with self._lock:
            self._screening.unwatch(notice_id)
            self._forget_links(notice_id)

    def _forget_links(self, notice_id: int) -> None:
        for record_id in self._records_of_notice.pop(notice_id, ()):
            notices = self._notices_of_record.get(record_id)
            if notices is not None:
                notices.discard(notice_id)
                if not notices:
                    del self._notices_of_record[record_id]

    def _follow(self, change: RecordChange) -> None:
        with self._lock:
            watched = set(self._notices_of_record.get(change.record_id, ()))
            if change.removed:
                self._notices_of_record.pop(change.record_id, None)
        for notice_id in sorted(watched):
            self.watch(notice_id)
