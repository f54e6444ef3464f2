"""What is derived from a record's details to list, search and look it up; never shown as data."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import icu

from pamoja.model.records import (
    AssetDetails,
    Details,
    DocumentDetails,
    OrganisationDetails,
    PersonDetails,
    VehicleDetails,
)
from pamoja.store.records import RecordFacets

_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


@lru_cache(maxsize=1)
def _latin() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def fold(text: str) -> str:
    """Lower-case ASCII words of a text in any script, for plain substring search."""
    cleaned = unicodedata.normalize("NFKC", text).casefold()
    latin = str(_latin().transliterate(cleaned)).casefold()
    words = {w for w in re.split(r"[^\w]+", f"{cleaned} {latin}") if w}
    return " ".join(sorted(words))


def identifier_key(namespace: str, value: str) -> str:
    """The exact-lookup key of an identifier: upper-case letters and digits only."""
    return f"{namespace}:{_NOT_ALNUM.sub('', value.upper())}"


def facets_of(details: Details) -> RecordFacets:
    match details:
        case PersonDetails():
            names = [n.full_name for n in details.names]
            keys = {identifier_key(f"id:{i.kind}", i.value) for i in details.identifiers}
            dob = f" ({details.date_of_birth})" if details.date_of_birth else ""
            return RecordFacets(
                label=f"{details.primary_name}{dob}",
                status=None,
                search_text=fold(" ".join(names)),
                keys=frozenset(keys),
            )
        case DocumentDetails():
            return RecordFacets(
                label=f"{details.kind.value.replace('_', ' ')} {details.number} "
                f"({details.issuing_country})",
                status=details.status.value,
                search_text=fold(details.number),
                keys=frozenset({identifier_key("doc", details.number)}),
            )
        case VehicleDetails():
            keys = set()
            if details.vin:
                keys.add(identifier_key("vin", details.vin))
            if details.plate:
                keys.add(identifier_key("plate", details.plate))
            parts = [details.make, details.model, details.plate, details.vin]
            return RecordFacets(
                label=" ".join(p for p in parts if p) or "vehicle",
                status=details.status.value,
                search_text=fold(" ".join(p for p in parts if p)),
                keys=frozenset(keys),
            )
        case AssetDetails():
            keys = {identifier_key(i.kind, i.value) for i in details.identifiers}
            return RecordFacets(
                label=f"{details.kind.value.replace('_', ' ')}: {details.description}",
                status=None,
                search_text=fold(
                    " ".join([details.description, *(i.value for i in details.identifiers)])
                ),
                keys=frozenset(keys),
            )
        case OrganisationDetails():
            keys = set()
            if details.registration_number:
                keys.add(identifier_key("reg", details.registration_number))
            return RecordFacets(
                label=details.name,
                status=None,
                search_text=fold(" ".join([details.name, *details.aliases])),
                keys=frozenset(keys),
            )
