"""The automatic compliance pre-check of a notice or diffusion request.

`check(request, rules)` runs every rule of a rule set (see `policy.compliance_rules`, loaded from
`rules/compliance-VERSION.json`) that applies to the request's type and kind, and returns the
findings: each names its rule and version, its severity, a plain explanation, where in the
request it was found and, for term rules, the text that matched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pamoja.model.notices import (
    NoticeKind,
    NoticeRequest,
    ProtectionStatus,
    RedPurpose,
)
from pamoja.policy.compliance_rules import (
    Check,
    ComplianceRule,
    ComplianceRules,
    Severity,
    load_compliance_rules,
    parse_compliance_rules_text,
)

__all__ = [
    "Finding",
    "Severity",
    "check",
    "has_blocking",
    "load_compliance_rules",
    "parse_compliance_rules_text",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem the pre-check found in a request."""

    rule_id: str
    rule_version: str
    severity: Severity
    explanation: str
    location: str | None = None
    """Where in the request: `facts`, `offences[1].description`, `subjects[0] (record 12)`..."""
    matched_text: str | None = None
    """For term rules: the words as written in the request."""


def check(request: NoticeRequest, rules: ComplianceRules) -> list[Finding]:
    """Every finding of the rules that apply to the request, in rule order."""
    findings: list[Finding] = []
    for rule in rules.rules:
        if not rule.applies(request.notice_type, request.kind):
            continue
        explanation = rule.explanation.replace("{minimum_months}", str(rule.minimum_months))
        for location, matched in _CHECKS[rule.check](request, rule):
            findings.append(
                Finding(rule.id, rules.version, rule.severity, explanation, location, matched)
            )
    return findings


def has_blocking(findings: list[Finding]) -> bool:
    """Whether any finding stops the request from being published as it stands."""
    return any(finding.severity is Severity.BLOCKING for finding in findings)


# Each check yields (location, matched text) for every problem it finds.
_Problems = Iterator[tuple[str | None, str | None]]


def _subject_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if not request.subjects:
        yield "subjects", None


def _minimum_identifiers(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    for index, subject in enumerate(request.subjects):
        named = subject.has_name and subject.has_date_of_birth
        if not (named or subject.has_photo or subject.has_fingerprints):
            yield f"subjects[{index}] (record {subject.record_id})", None


def _biometric_identifier(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    for index, subject in enumerate(request.subjects):
        if not (subject.has_photo or subject.has_fingerprints):
            yield f"subjects[{index}] (record {subject.record_id})", None


def _facts_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if len(request.facts.strip()) < rule.minimum_characters:
        yield "facts", None


def _offence_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if not any(offence.description.strip() for offence in request.offences):
        yield "offences", None


def _legal_provision_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    for index, offence in enumerate(request.offences):
        if not offence.legal_provision.strip():
            yield f"offences[{index}].legal_provision", None


def _purpose_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if request.red_purpose is None:
        yield "red_purpose", None


def _judicial_reference(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if not request.judicial_references:
        yield "judicial_references", None
        return
    if any(reference.is_complete for reference in request.judicial_references):
        return
    for index, reference in enumerate(request.judicial_references):
        missing = [
            name
            for name, present in (
                ("reference", bool(reference.reference.strip())),
                ("issued_on", reference.issued_on is not None),
                ("issuing_authority", bool(reference.issuing_authority.strip())),
            )
            if not present
        ]
        yield f"judicial_references[{index}] (missing {', '.join(missing)})", None


def _penalty_threshold(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if request.red_purpose is not RedPurpose.PROSECUTION or not request.offences:
        return
    minimum = rule.minimum_months or 0
    penalties = [offence.maximum_penalty_months for offence in request.offences]
    if any(penalty is not None and penalty >= minimum for penalty in penalties):
        return
    for index, penalty in enumerate(penalties):
        shown = "not stated" if penalty is None else f"{penalty} months"
        yield f"offences[{index}].maximum_penalty_months", shown


def _remaining_sentence(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if request.red_purpose is not RedPurpose.SERVE_SENTENCE or not request.offences:
        return
    minimum = rule.minimum_months or 0
    remaining = [offence.remaining_sentence_months for offence in request.offences]
    if any(months is not None and months >= minimum for months in remaining):
        return
    for index, months in enumerate(remaining):
        shown = "not stated" if months is None else f"{months} months"
        yield f"offences[{index}].remaining_sentence_months", shown


def _texts(request: NoticeRequest) -> Iterator[tuple[str, str]]:
    """Every free text of a request, with where it is."""
    yield "facts", request.facts
    for index, offence in enumerate(request.offences):
        yield f"offences[{index}].description", offence.description
        yield f"offences[{index}].legal_provision", offence.legal_provision
    for index, asset in enumerate(request.assets):
        yield f"assets[{index}].offence_link", asset.offence_link


def _terms(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    texts = list(_texts(request))
    if rule.unless_terms and any(rule.unless_terms.find(text) for _, text in texts):
        return
    for location, text in texts:
        for match in rule.terms.find(text):
            yield location, match.matched_text


def _refugee_protection(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    for index, subject in enumerate(request.subjects):
        protected = subject.protection is not ProtectionStatus.NONE
        fled = (subject.protection_from_country or "").upper()
        if protected and fled == request.requesting_country.upper():
            yield f"subjects[{index}] (record {subject.record_id})", None


def _assets_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if not request.assets:
        yield "assets", None


def _asset_offence_link(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    for index, asset in enumerate(request.assets):
        if not asset.offence_link.strip():
            yield f"assets[{index}] (record {asset.asset_record_id}).offence_link", None


def _recipients_required(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if request.kind is NoticeKind.DIFFUSION and not (
        request.recipient_countries or request.recipient_regional_bodies
    ):
        yield "recipients", None


def _public_extract_type(request: NoticeRequest, rule: ComplianceRule) -> _Problems:
    if request.public_extract_consent and request.notice_type not in rule.types:
        yield "public_extract_consent", None


_CHECKS: dict[Check, Callable[[NoticeRequest, ComplianceRule], _Problems]] = {
    Check.SUBJECT_REQUIRED: _subject_required,
    Check.MINIMUM_IDENTIFIERS: _minimum_identifiers,
    Check.BIOMETRIC_IDENTIFIER: _biometric_identifier,
    Check.FACTS_REQUIRED: _facts_required,
    Check.OFFENCE_REQUIRED: _offence_required,
    Check.LEGAL_PROVISION_REQUIRED: _legal_provision_required,
    Check.PURPOSE_REQUIRED: _purpose_required,
    Check.JUDICIAL_REFERENCE: _judicial_reference,
    Check.PENALTY_THRESHOLD: _penalty_threshold,
    Check.REMAINING_SENTENCE: _remaining_sentence,
    Check.TERMS: _terms,
    Check.REFUGEE_PROTECTION: _refugee_protection,
    Check.ASSETS_REQUIRED: _assets_required,
    Check.ASSET_OFFENCE_LINK: _asset_offence_link,
    Check.RECIPIENTS_REQUIRED: _recipients_required,
    Check.PUBLIC_EXTRACT_TYPE: _public_extract_type,
}
