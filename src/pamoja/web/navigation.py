"""The main navigation: one entry per capability, shown to the roles that may use it.

Later capabilities (operations...) add an entry to `NAVIGATION` when their pages exist; an
entry's `allowed` decides who sees it, and its `count`, if any, a number shown beside it on
every page (the bureau's unread hits: the owner of a notice learns of a hit at once; the
people's requests past their deadline).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pamoja.model.actors import Actor
from pamoja.policy import rights
from pamoja.policy.notice_access import is_reviewer
from pamoja.policy.notice_workflow import may_draft
from pamoja.policy.people_requests import may_handle_people_requests
from pamoja.services.wiring import Services


def _everyone(actor: Actor) -> bool:
    return True


def _unread_hits(services: Services, actor: Actor) -> int:
    return services.hits.inbox_counts(actor).unread


def _overdue_requests(services: Services, actor: Actor) -> int:
    return len(services.people_requests.queue(actor, overdue_only=True))


@dataclass(frozen=True, slots=True)
class NavItem:
    label: str
    path: str
    allowed: Callable[[Actor], bool] = _everyone
    count: Callable[[Services, Actor], int] | None = None
    count_noun: str = ""
    """What `count` counts, for those who cannot see the badge (screen readers)."""

    def is_current(self, current_path: str) -> bool:
        if self.path == "/":
            return current_path == "/"
        return current_path == self.path or current_path.startswith(self.path + "/")


NAVIGATION: tuple[NavItem, ...] = (
    NavItem("Home", "/"),
    NavItem("Search records", "/records"),
    NavItem("New person record", "/records/new", rights.may_create_records),
    NavItem("Screen a person", "/screening"),
    NavItem("My bureau's notices", "/notice-requests", may_draft),
    NavItem("Draft a notice", "/notice-requests/new", may_draft),
    NavItem("Review queue", "/review-queue", is_reviewer),
    NavItem("Hits inbox", "/hits", may_draft, _unread_hits, "unread"),
    NavItem(
        "People's requests",
        "/people-requests",
        may_handle_people_requests,
        _overdue_requests,
        "overdue",
    ),
)


def navigation_for(actor: Actor) -> list[NavItem]:
    """The entries `actor` may use, in order."""
    return [item for item in NAVIGATION if item.allowed(actor)]


def counts_for(items: list[NavItem], services: Services, actor: Actor) -> dict[str, int]:
    """The non-zero counts of the entries `actor` may use, by path."""
    counted = ((item.path, item.count(services, actor)) for item in items if item.count)
    return {path: count for path, count in counted if count}


def current_item(items: list[NavItem], path: str) -> NavItem | None:
    """The most specific entry the page at `path` belongs to."""
    matching = [item for item in items if item.is_current(path)]
    return max(matching, key=lambda item: len(item.path), default=None)
