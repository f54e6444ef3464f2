"""The compliance rule set as data: reading and validating `rules/compliance-VERSION.json`.

Each rule names a `check` (the kind of test, implemented in `policy.compliance`), its severity,
the notice types and kinds it applies to, a plain-language explanation and the check's settings
(thresholds, term lists in several languages). A bad file is refused with an error naming the
file, the rule and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pamoja.model.notices import NoticeKind, NoticeType
from pamoja.policy.keyword_match import InvalidTerm, Term, TermList
from pamoja.policy.rule_files import RuleFileError, optional, parse_json, read_packaged, require

RULE_FILE = "compliance"


class Severity(StrEnum):
    BLOCKING = "blocking"
    """The request cannot be published as it stands."""
    WARNING = "warning"
    """The reviewer must look at it and decide."""


class Check(StrEnum):
    """The kinds of test a rule can run; each has its own settings."""

    SUBJECT_REQUIRED = "subject_required"
    MINIMUM_IDENTIFIERS = "minimum_identifiers"
    BIOMETRIC_IDENTIFIER = "biometric_identifier"
    FACTS_REQUIRED = "facts_required"
    OFFENCE_REQUIRED = "offence_required"
    LEGAL_PROVISION_REQUIRED = "legal_provision_required"
    PURPOSE_REQUIRED = "purpose_required"
    JUDICIAL_REFERENCE = "judicial_reference"
    PENALTY_THRESHOLD = "penalty_threshold"
    REMAINING_SENTENCE = "remaining_sentence"
    TERMS = "terms"
    REFUGEE_PROTECTION = "refugee_protection"
    ASSETS_REQUIRED = "assets_required"
    ASSET_OFFENCE_LINK = "asset_offence_link"
    RECIPIENTS_REQUIRED = "recipients_required"
    PUBLIC_EXTRACT_TYPE = "public_extract_type"


_COMMON_FIELDS = frozenset({"id", "check", "severity", "explanation", "applies_to", "kinds"})
_CHECK_FIELDS: dict[Check, frozenset[str]] = {
    Check.FACTS_REQUIRED: frozenset({"minimum_characters"}),
    Check.PENALTY_THRESHOLD: frozenset({"minimum_months"}),
    Check.REMAINING_SENTENCE: frozenset({"minimum_months"}),
    Check.TERMS: frozenset({"terms", "unless_terms"}),
    Check.PUBLIC_EXTRACT_TYPE: frozenset({"types"}),
}
_REQUIRED_CHECK_FIELDS: dict[Check, frozenset[str]] = {
    Check.PENALTY_THRESHOLD: frozenset({"minimum_months"}),
    Check.REMAINING_SENTENCE: frozenset({"minimum_months"}),
    Check.TERMS: frozenset({"terms"}),
    Check.PUBLIC_EXTRACT_TYPE: frozenset({"types"}),
}
_NO_TERMS = TermList((), ())
_RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class ComplianceRule:
    """One rule of the pre-check, as the rule file states it."""

    id: str
    check: Check
    severity: Severity
    explanation: str
    applies_to: frozenset[NoticeType]
    kinds: frozenset[NoticeKind]
    minimum_months: int | None = None
    minimum_characters: int = 1
    terms: TermList = _NO_TERMS
    unless_terms: TermList = _NO_TERMS
    types: frozenset[NoticeType] = frozenset()

    def applies(self, notice_type: NoticeType, kind: NoticeKind) -> bool:
        return notice_type in self.applies_to and kind in self.kinds


@dataclass(frozen=True, slots=True)
class ComplianceRules:
    """A versioned rule set; `source` is the file it was read from."""

    version: str
    rules: tuple[ComplianceRule, ...]
    source: str = ""

    def rule(self, rule_id: str) -> ComplianceRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"rule {rule_id!r} is not in compliance rules {self.version}")


def load_compliance_rules(version: str | None = None) -> ComplianceRules:
    """The packaged compliance rule set: the given version, or the newest."""
    data, source = read_packaged(RULE_FILE, version)
    return parse_compliance_rules(data, source)


def parse_compliance_rules_text(text: str, source: str) -> ComplianceRules:
    """Read a compliance rule file's text (e.g. a file a deployment supplies)."""
    return parse_compliance_rules(parse_json(text, source), source)


def parse_compliance_rules(data: dict[str, Any], source: str) -> ComplianceRules:
    """Validate a parsed compliance rule file; `source` names it in errors."""
    unknown = set(data) - {"version", "description", "rules"}
    if unknown:
        raise RuleFileError(source, f"unknown top-level field(s): {', '.join(sorted(unknown))}")
    version = str(data["version"])
    entries = require(data, "rules", list, source, None)
    if not entries:
        raise RuleFileError(source, 'field "rules" must list at least one rule')
    rules: list[ComplianceRule] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise RuleFileError(source, f"rule number {position} must be a JSON object")
        rule = _parse_rule(entry, source, position)
        if rule.id in seen:
            raise RuleFileError(source, "the rule id is used twice", rule.id)
        seen.add(rule.id)
        rules.append(rule)
    return ComplianceRules(version, tuple(rules), source)


def _parse_rule(entry: dict[str, Any], source: str, position: int) -> ComplianceRule:
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
        raise RuleFileError(
            source,
            f'rule number {position}: field "id" must be a dotted lower-case name '
            f"such as 'identifiers.minimum'",
        )
    check_name = require(entry, "check", str, source, rule_id)
    try:
        check = Check(check_name)
    except ValueError:
        known = ", ".join(c.value for c in Check)
        raise RuleFileError(
            source, f'field "check" is {check_name!r}; known checks: {known}', rule_id
        ) from None
    unknown = set(entry) - _COMMON_FIELDS - _CHECK_FIELDS.get(check, frozenset())
    if unknown:
        raise RuleFileError(
            source, f"unknown field(s) for check {check}: {', '.join(sorted(unknown))}", rule_id
        )
    for name in sorted(_REQUIRED_CHECK_FIELDS.get(check, frozenset())):
        if name not in entry:
            raise RuleFileError(source, f'field "{name}" is required by check {check}', rule_id)
    severity_name = require(entry, "severity", str, source, rule_id)
    try:
        severity = Severity(severity_name)
    except ValueError:
        raise RuleFileError(
            source, f'field "severity" is {severity_name!r}; use "blocking" or "warning"', rule_id
        ) from None
    explanation = require(entry, "explanation", str, source, rule_id).strip()
    if not explanation:
        raise RuleFileError(source, 'field "explanation" must not be empty', rule_id)
    return ComplianceRule(
        id=rule_id,
        check=check,
        severity=severity,
        explanation=explanation,
        applies_to=_notice_types(entry, "applies_to", source, rule_id, default=list(NoticeType)),
        kinds=_kinds(entry, source, rule_id),
        minimum_months=_whole_number(entry, "minimum_months", source, rule_id),
        minimum_characters=_whole_number(entry, "minimum_characters", source, rule_id) or 1,
        terms=_terms(entry, "terms", source, rule_id),
        unless_terms=_terms(entry, "unless_terms", source, rule_id),
        types=_notice_types(entry, "types", source, rule_id, default=[]),
    )


def _notice_types(
    entry: dict[str, Any], key: str, source: str, rule_id: str, default: list[NoticeType]
) -> frozenset[NoticeType]:
    names = optional(entry, key, list, source, rule_id, default)
    result = set()
    for name in names:
        try:
            result.add(NoticeType(name))
        except ValueError:
            known = ", ".join(t.value for t in NoticeType)
            raise RuleFileError(
                source, f'field "{key}" lists {name!r}, not a notice type ({known})', rule_id
            ) from None
    return frozenset(result)


def _kinds(entry: dict[str, Any], source: str, rule_id: str) -> frozenset[NoticeKind]:
    names = optional(entry, "kinds", list, source, rule_id, list(NoticeKind))
    result = set()
    for name in names:
        try:
            result.add(NoticeKind(name))
        except ValueError:
            raise RuleFileError(
                source, f'field "kinds" lists {name!r}; use "notice" and/or "diffusion"', rule_id
            ) from None
    return frozenset(result)


def _whole_number(entry: dict[str, Any], key: str, source: str, rule_id: str) -> int | None:
    value: int | None = optional(entry, key, int, source, rule_id, None)
    if value is not None and value < 0:
        raise RuleFileError(source, f'field "{key}" must not be negative', rule_id)
    return value


def _terms(entry: dict[str, Any], key: str, source: str, rule_id: str) -> TermList:
    by_language = optional(entry, key, dict, source, rule_id, {})
    terms: list[Term] = []
    for language, texts in by_language.items():
        if not _LANGUAGE.match(language):
            raise RuleFileError(
                source, f'field "{key}": {language!r} is not a two-letter language code', rule_id
            )
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise RuleFileError(
                source, f'field "{key}.{language}" must be a list of strings', rule_id
            )
        terms.extend(Term(text, language) for text in texts)
    if key in entry and not terms:
        raise RuleFileError(source, f'field "{key}" must list at least one term', rule_id)
    try:
        return TermList.of(tuple(terms))
    except InvalidTerm as error:
        raise RuleFileError(source, f'field "{key}": {error}', rule_id) from error
