"""Quick pickling for small frozen dataclasses that cross process boundaries by the million
(screening index workers, batch search workers): rebuilt from their fields by their own
constructor, several times quicker than the generic dataclass state."""

from __future__ import annotations

from typing import Any


class PickledByFields:
    """Mixin for a dataclass (frozen, with slots): pickles as its class and field values."""

    __slots__ = ()
    __match_args__: tuple[str, ...]

    def __reduce__(self) -> tuple[type[Any], tuple[Any, ...]]:
        return type(self), tuple(getattr(self, name) for name in self.__match_args__)
