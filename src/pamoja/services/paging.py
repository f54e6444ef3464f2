"""Which page of a long list a caller may ask for: pages start at 1, hold at most
`MAX_PER_PAGE` items, and stop at `MAX_PAGE` (further than any list goes, and near enough
that the offset stays a number the store can hold)."""

from __future__ import annotations

from pamoja.services.errors import InvalidInput

MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000


def check_page(page: int, per_page: int) -> None:
    """Refuse a page or page size out of bounds, naming the one that is."""
    if not 1 <= page <= MAX_PAGE:
        raise InvalidInput.one("page", f"must be between 1 and {MAX_PAGE}")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise InvalidInput.one("per_page", f"must be between 1 and {MAX_PER_PAGE}")
