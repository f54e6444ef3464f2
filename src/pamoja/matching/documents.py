"""Document numbers reduced to a comparable form: no spaces or dashes, O read as 0, I as 1."""

from __future__ import annotations

import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
_LOOKALIKES = str.maketrans({"O": "0", "Q": "0", "I": "1", "L": "1"})
_COUNTRY_PREFIX = re.compile(r"^\s*([A-Za-z]{3})\s*:\s*(.+)$")

MIN_DOCUMENT_LENGTH = 4
"""Shorter normalised numbers are too unspecific to match on."""


def split_country(document: str) -> tuple[str | None, str]:
    """`"NGA:A 123-456"` gives `("NGA", "A 123-456")`; without a prefix the country is None."""
    found = _COUNTRY_PREFIX.match(document)
    if found is None:
        return None, document
    return found.group(1).upper(), found.group(2)


def normalise_document(document: str) -> str:
    """The number without country prefix, case, spaces, dashes, or O/0 and I/1 confusions;
    an empty string when too short to be useful."""
    _, number = split_country(document)
    folded = unicodedata.normalize("NFKC", number).upper()
    result = _NOT_ALNUM.sub("", folded).translate(_LOOKALIKES)
    return result if len(result) >= MIN_DOCUMENT_LENGTH else ""
