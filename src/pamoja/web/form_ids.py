"""Record ids as a form sends them: digits within the range of the store's ids, or nothing.

A number beyond that range names no record; sent on to the store it is an error there (SQLite
refuses integers past 64 bits), so pages read ids through `stored_id` and treat `None` as "no
such record"."""

from __future__ import annotations

from pamoja.model.ids import MAX_ID


def stored_id(text: str) -> int | None:
    """The id `text` gives (`"42"`), or None when it is not one the store can hold."""
    text = text.strip()
    if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_ID:
        return int(text)
    return None
