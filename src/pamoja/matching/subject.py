"""What the screening engine compares: a person or organisation as known to a searcher or record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pamoja.model.dates import PartialDate
from pamoja.model.pickling import PickledByFields
from pamoja.model.records import Gender

MAX_NAME_LENGTH = 1000
"""Longest name accepted, in characters; real names are far shorter."""

MAX_NAMES = 50
"""Most names (primary plus aliases) one subject may carry."""

_ALPHA3 = re.compile(r"^[A-Z]{3}$")


class SubjectKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class InvalidSubject(ValueError):
    """A subject that cannot be screened; the message says which field is wrong and why."""


@dataclass(frozen=True, slots=True)
class Subject(PickledByFields):
    """A person or organisation to screen or to be screened against.

    `names` are kept as written, in any script; the first is the primary name, the rest
    aliases. `nationalities` are ISO 3166-1 alpha-3 codes (convert input with
    `pamoja.model.countries.to_alpha3`). `documents` are document numbers as written; an
    optional issuing country may be given as a prefix `"NGA:A1234567"`.
    """

    id: str
    names: tuple[str, ...]
    kind: SubjectKind = SubjectKind.PERSON
    gender: Gender | None = None
    birth_date: PartialDate | None = None
    nationalities: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise InvalidSubject("id: a subject needs a non-empty id")
        if not self.names and not self.documents:
            raise InvalidSubject(f"subject {self.id!r}: needs at least a name or a document")
        if len(self.names) > MAX_NAMES:
            raise InvalidSubject(
                f"subject {self.id!r}: {len(self.names)} names; at most {MAX_NAMES} are accepted"
            )
        for position, name in enumerate(self.names, start=1):
            if not isinstance(name, str) or not name.strip():
                raise InvalidSubject(f"subject {self.id!r}: name {position} is empty")
            if len(name) > MAX_NAME_LENGTH:
                raise InvalidSubject(
                    f"subject {self.id!r}: name {position} is {len(name)} characters long; "
                    f"at most {MAX_NAME_LENGTH} are accepted"
                )
        for code in self.nationalities:
            if not isinstance(code, str) or not _ALPHA3.match(code):
                raise InvalidSubject(
                    f"subject {self.id!r}: nationality {code!r} is not an ISO alpha-3 code"
                )
        for number in self.documents:
            if not isinstance(number, str) or not number.strip():
                raise InvalidSubject(f"subject {self.id!r}: a document number is empty")
            if len(number) > MAX_NAME_LENGTH:
                raise InvalidSubject(f"subject {self.id!r}: a document number is too long")

    @property
    def primary_name(self) -> str:
        return self.names[0] if self.names else ""
