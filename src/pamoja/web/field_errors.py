"""A service's field errors as a form shows them: messages grouped by the form field they belong
to, which each page names from the error's location in its own way."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pamoja.services.errors import FieldError


def _as_located(location: str) -> str:
    return location


def last_part(location: str) -> str:
    """`content.offences.0.description` gives `description`."""
    return location.split(".")[-1]


def by_field(
    errors: Iterable[FieldError], field_of: Callable[[str], str] = _as_located
) -> dict[str, list[str]]:
    """The messages of `errors`, by `field_of(error.location)`, in the order given."""
    grouped: dict[str, list[str]] = {}
    for error in errors:
        grouped.setdefault(field_of(error.location), []).append(error.message)
    return grouped
