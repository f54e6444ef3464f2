"""Which benchmark queries have an answer the data given can decide.

Small name pools make exact namesakes common, at a million persons very common. Two kinds of
query then have no answer that any matcher could find, and are counted apart:

- a positive whose truth has a *twin*: another listed person with the same name, gender and
  nationality whose date of birth agrees with the query's exactly as the truth's does (both
  born in the year a query gives alone, or on the very same date). Every field the query can
  compare is the same for both, so ranking the truth first is a coin toss;
- a negative that a listed person *could have produced*: the same name, gender and
  nationality, and a date of birth that is that person's, or one of the recording errors the
  positives carry (`variants.recording_errors`), or of the same year where one side knows only
  the year. A positive for that person could be exactly this query, so an alert on it is
  what a matcher must give.

Both are decided from the generator's truth alone, never from pamoja's scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from population import Person
from variants import Query, recording_errors


def _same_person_fields(a: Person, b: Person) -> bool:
    return a.parts == b.parts and a.gender == b.gender and a.nationality == b.nationality


def _twin(truth: Person, other: Person, query: Person) -> bool:
    if other.id == truth.id or not _same_person_fields(truth, other):
        return False
    if query.year_only:
        return other.birth[0] == truth.birth[0]
    return (other.birth, other.year_only) == (truth.birth, truth.year_only)


def could_produce(listed: Person, query: Person) -> bool:
    """Whether a positive for `listed` could be `query` in name, gender, nationality and date
    (a date that knows only the year contradicts none of that year, on either side)."""
    if not _same_person_fields(listed, query):
        return False
    if listed.year_only or query.year_only:
        return listed.birth[0] == query.birth[0]
    return query.birth in recording_errors(listed.birth)


def _by_parts(
    persons: Iterable[Person], wanted: set[tuple[str, ...]]
) -> dict[tuple[str, ...], list[Person]]:
    found: dict[tuple[str, ...], list[Person]] = {parts: [] for parts in wanted}
    for person in persons:
        if person.parts in found:
            found[person.parts].append(person)
    return found


def unanswerable(queries: Sequence[Query], persons: Sequence[Person]) -> list[bool]:
    """For each query, whether it is a positive with a twin or a negative a listed person
    could have produced (one pass over `persons`)."""
    named = _by_parts(persons, {query.person.parts for query in queries})
    flags: list[bool] = []
    for query in queries:
        namesakes = named[query.person.parts]
        if query.truth is None:
            flags.append(any(could_produce(listed, query.person) for listed in namesakes))
        else:
            truth = next(listed for listed in namesakes if listed.id == query.truth)
            flags.append(any(_twin(truth, other, query.person) for other in namesakes))
    return flags
