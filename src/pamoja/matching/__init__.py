"""Pure screening engine: name normalisation, scoring with explanations, in-memory index.

Public surface:

- `Subject`, `SubjectKind`, `InvalidSubject` (`pamoja.matching.subject`): what is compared.
- `compare(query, candidate, config=DEFAULT_CONFIG) -> Match` (`pamoja.matching.scoring`), with
  `Match.score`, `Match.decision`, `Match.contributions` and `Match.explanation`;
  `ALERT_THRESHOLD`, `REVIEW_THRESHOLD`, `MatchConfig`, `Decision`, `Contribution`.
- `ScreeningIndex` (`pamoja.matching.index`): `add`, `replace`, `remove`, `search`, `search_batch`,
  `search_many`.

Imports nothing outside `pamoja.model`; no database, no web.
"""

from __future__ import annotations

from pamoja.matching.index import DuplicateSubject, ScreeningIndex, UnknownSubject
from pamoja.matching.scoring import (
    ALERT_THRESHOLD,
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Contribution,
    Decision,
    Match,
    MatchConfig,
    compare,
)
from pamoja.matching.subject import InvalidSubject, Subject, SubjectKind

__all__ = [
    "ALERT_THRESHOLD",
    "DEFAULT_CONFIG",
    "REVIEW_THRESHOLD",
    "Contribution",
    "Decision",
    "DuplicateSubject",
    "InvalidSubject",
    "Match",
    "MatchConfig",
    "ScreeningIndex",
    "Subject",
    "SubjectKind",
    "UnknownSubject",
    "compare",
]
