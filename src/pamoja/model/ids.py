"""Ids of stored things: the range the store gives them, which every entry point checks before
an id reaches the store."""

from __future__ import annotations

MAX_ID = 2**31 - 1
"""The largest id the store gives (its id columns are 32-bit integers on PostgreSQL): a larger
one in a request is refused as invalid rather than sent to the database."""
