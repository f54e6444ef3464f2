"""Where a page may send the browser next: only paths on this site, never another host."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

HOME = "/"


def safe_next(value: str | None) -> str:
    """`value` if it is a local path (`/records?x=1`), else the home page.

    Refuses absolute URLs, scheme-relative `//host`, backslash tricks (`/\\host`) and control
    characters, which browsers may read as another host.
    """
    if not value or not value.startswith("/") or value.startswith(("//", "/\\")):
        return HOME
    if any(ord(c) < 0x20 or c == "\\" for c in value):
        return HOME
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return HOME
    return value


def login_url(next_path: str | None = None) -> str:
    """The login page, remembering a local page to return to."""
    target = safe_next(next_path)
    if target == HOME:
        return "/login"
    return "/login?" + urlencode({"next": target})
