"""The Jinja2 environment of the pages and `render`, which gives every page the shell's context.

Every page's context has `session` (a `PageSession`, or None on the login and error pages),
`navigation` (the `NavItem`s the user may use), `nav_counts` (their non-zero counts by path,
such as unread hits), `current_nav` (the entry of this page) and `csrf_field` (name of the
hidden input every POST form carries), plus the page's own values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from pamoja.api.deps import get_services
from pamoja.web import csrf, presenting
from pamoja.web.navigation import counts_for, current_item, navigation_for
from pamoja.web.session import PageSession

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
"""Pages hold police data: never cached, never framed, no scripts, forms post only here."""

templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.filters.update(
    label=presenting.label,
    country=presenting.country,
    partial_date=presenting.partial_date,
    script=presenting.script_of,
)
templates.env.globals.update(amount=presenting.amount)
templates.env.tests["full_record"] = presenting.is_full_record


def render(
    request: Request,
    name: str,
    session: PageSession | None,
    status_code: int = 200,
    **values: Any,
) -> HTMLResponse:
    """The page `name` inside the shell, with the shell's context and `values`."""
    navigation = navigation_for(session.actor) if session else []
    counts = counts_for(navigation, get_services(request), session.actor) if session else {}
    context: dict[str, Any] = {
        "session": session,
        "navigation": navigation,
        "nav_counts": counts,
        "current_nav": current_item(navigation, request.url.path),
        "csrf_field": csrf.FIELD,
        **values,
    }
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers.update(PAGE_HEADERS)
    return response
