"""A unit of work: one transaction, with every repository bound to it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from pamoja.store.audit import AuditTrail
from pamoja.store.changes import ChangeLog
from pamoja.store.credentials import Credentials
from pamoja.store.directory import Directory
from pamoja.store.records import RecordRepository


class UnitOfWork:
    """`with uow:` opens a transaction; `commit()` keeps it, leaving without commit rolls back."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def __enter__(self) -> Self:
        self.session = self._sessions()
        self.records = RecordRepository(self.session)
        self.directory = Directory(self.session)
        self.credentials = Credentials(self.session)
        self.audit = AuditTrail(self.session)
        self.changes = ChangeLog(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
