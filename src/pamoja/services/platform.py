"""The running platform: settings, store, clock and change listeners, built once by `bootstrap`.

Adapters receive a `Platform` and call the services hanging off it; tests build one on their own
database and may pass a fixed clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from pamoja.config import Settings
from pamoja.model.records import RecordKind
from pamoja.services.passwords import Passwords
from pamoja.store.database import create_store_engine, session_factory
from pamoja.store.unit_of_work import UnitOfWork

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A record was written or removed; listeners such as the screening index follow these."""

    record_id: int
    kind: RecordKind
    removed: bool = False


RecordListener = Callable[[RecordChange], None]


@dataclass
class Platform:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    clock: Clock = utc_now
    _listeners: list[RecordListener] = field(default_factory=list)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def now(self) -> datetime:
        return self.clock()

    def on_record_change(self, listener: RecordListener) -> None:
        self._listeners.append(listener)

    def records_changed(self, changes: list[RecordChange]) -> None:
        """Tell listeners, after the change is committed."""
        for listener in self._listeners:
            for change in changes:
                listener(change)

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(settings: Settings, *, clock: Clock = utc_now) -> Platform:
    """Connect to the configured store (which must already be at the current schema)."""
    path = settings.sqlite_path()
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(settings.database_url)
    return Platform(settings, engine, session_factory(engine), Passwords(settings), clock)
