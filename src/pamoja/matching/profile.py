"""A subject prepared once for many comparisons: names as forms, documents normalised."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pamoja.matching.documents import normalise_document
from pamoja.matching.names import NameForm, person_name
from pamoja.matching.organisations import organisation_name
from pamoja.matching.subject import Subject, SubjectKind
from pamoja.model.dates import PartialDate
from pamoja.model.pickling import PickledByFields
from pamoja.model.records import Gender

FORM_CACHE_SIZE = 1 << 18
"""Names prepared recently, kept for reuse: lists repeat names (namesakes, aliases, common
names), and a shared form also saves memory in a large index."""

_person_form = lru_cache(maxsize=FORM_CACHE_SIZE)(person_name)
_organisation_form = lru_cache(maxsize=FORM_CACHE_SIZE)(organisation_name)


@dataclass(frozen=True, slots=True)
class Profile(PickledByFields):
    """What scoring needs of a subject; built by `prepare`, reused across comparisons."""

    id: str
    kind: SubjectKind
    forms: tuple[NameForm, ...]
    gender: Gender | None
    birth_date: PartialDate | None
    nationalities: frozenset[str]
    documents: frozenset[str]
    quick_names: tuple[str, ...]
    """Each name's parts joined by spaces, sorted, then (where it differs) as written, for a
    quick first comparison: the sorted order holds when parts are swapped, the written one
    when a typo moves a part elsewhere in the sort (Amina, mAina)."""

    @property
    def sorted_names(self) -> tuple[str, ...]:
        """Each name's parts, sorted and joined by spaces: the name whatever its order."""
        return self.quick_names[: len(self.forms)]


def prepare(subject: Subject) -> Profile:
    """Normalise every name and document of `subject`; names that give nothing usable
    (punctuation only, honorific only) are left out."""
    parse = _person_form if subject.kind == SubjectKind.PERSON else _organisation_form
    forms: list[NameForm] = []
    seen: set[tuple[str, ...]] = set()
    for name in subject.names:
        form = parse(name)
        if not form.is_empty and form.parts not in seen:
            seen.add(form.parts)
            forms.append(form)
    documents = frozenset(number for number in map(normalise_document, subject.documents) if number)
    return Profile(
        id=subject.id,
        kind=subject.kind,
        forms=tuple(forms),
        gender=subject.gender,
        birth_date=subject.birth_date,
        nationalities=frozenset(subject.nationalities),
        documents=documents,
        quick_names=_quick_names(forms),
    )


def _quick_names(forms: list[NameForm]) -> tuple[str, ...]:
    ranked = [" ".join(sorted(form.parts)) for form in forms]
    ordered = [" ".join(form.parts) for form in forms]
    return (*ranked, *(name for name, sort in zip(ordered, ranked, strict=True) if name != sort))
