"""Rule files: the packaged ones load, and bad ones are refused naming the file, rule and field."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

import pytest

from pamoja.model.notices import NoticeKind, PeopleRequestKind, PeopleRequestStatus
from pamoja.policy.compliance_rules import (
    load_compliance_rules,
    parse_compliance_rules_text,
)
from pamoja.policy.deadlines import (
    is_expired,
    is_overdue,
    load_deadlines,
    parse_deadlines_text,
    people_request_due_on,
    valid_until,
)
from pamoja.policy.rule_files import RuleFileError, packaged_versions

SOURCE = "compliance-2026.9.json"
GOOD_RULE: dict[str, object] = {
    "id": "red.purpose",
    "check": "purpose_required",
    "severity": "blocking",
    "applies_to": ["red"],
    "explanation": "Say why the person is wanted.",
}


def rule_file(*rules: Mapping[str, object], version: str = "2026.9") -> str:
    return json.dumps({"version": version, "rules": list(rules)})


def refused(text: str) -> str:
    with pytest.raises(RuleFileError) as error:
        parse_compliance_rules_text(text, SOURCE)
    return str(error.value)


def test_packaged_compliance_rules_load_with_their_version() -> None:
    rules = load_compliance_rules()
    assert rules.version == "2026.1"
    assert rules.source == "compliance-2026.1.json"


def test_packaged_versions_are_listed_oldest_first() -> None:
    assert packaged_versions("compliance")[0] == "2026.1"


def test_asking_for_a_version_that_is_not_packaged_lists_those_that_are() -> None:
    with pytest.raises(RuleFileError, match=r"compliance-1999\.1\.json: .*versions: 2026\.1"):
        load_compliance_rules("1999.1")


def test_a_good_rule_file_parses() -> None:
    rules = parse_compliance_rules_text(rule_file(GOOD_RULE), SOURCE)
    assert [rule.id for rule in rules.rules] == ["red.purpose"]


def test_invalid_json_names_the_file_and_line() -> None:
    message = refused('{"version": "2026.9",\n "rules": [}')
    assert message.startswith("compliance-2026.9.json: not valid JSON at line 2")


def test_missing_version_is_refused() -> None:
    assert 'field "version"' in refused(json.dumps({"rules": [GOOD_RULE]}))


def test_version_must_match_the_file_name() -> None:
    assert "file name says '2026.9'" in refused(rule_file(GOOD_RULE, version="2026.8"))


def test_unknown_check_names_the_rule_and_the_known_checks() -> None:
    message = refused(rule_file(GOOD_RULE | {"check": "vibes"}))
    assert "rule 'red.purpose'" in message
    assert "'vibes'; known checks: subject_required" in message


def test_unknown_severity_is_refused() -> None:
    assert 'use "blocking" or "warning"' in refused(rule_file(GOOD_RULE | {"severity": "fatal"}))


def test_empty_explanation_is_refused() -> None:
    assert 'field "explanation" must not be empty' in refused(
        rule_file(GOOD_RULE | {"explanation": " "})
    )


def test_misspelt_setting_is_refused_rather_than_ignored() -> None:
    penalty = GOOD_RULE | {"id": "red.penalty", "check": "penalty_threshold", "minimum_month": 24}
    assert "unknown field(s) for check penalty_threshold: minimum_month" in refused(
        rule_file(penalty)
    )


def test_threshold_check_without_its_threshold_is_refused() -> None:
    penalty = GOOD_RULE | {"id": "red.penalty", "check": "penalty_threshold"}
    assert 'field "minimum_months" is required by check penalty_threshold' in refused(
        rule_file(penalty)
    )


def test_threshold_must_be_a_whole_number() -> None:
    penalty = GOOD_RULE | {
        "id": "red.penalty",
        "check": "penalty_threshold",
        "minimum_months": "24",
    }
    assert 'field "minimum_months" must be a whole number' in refused(rule_file(penalty))


def test_the_same_rule_id_twice_is_refused() -> None:
    assert "rule 'red.purpose': the rule id is used twice" in refused(
        rule_file(GOOD_RULE, GOOD_RULE)
    )


def test_unknown_notice_type_in_applies_to_is_refused() -> None:
    message = refused(rule_file(GOOD_RULE | {"applies_to": ["crimson"]}))
    assert "lists 'crimson', not a notice type" in message


def test_bad_rule_id_names_the_rules_position() -> None:
    assert "rule number 2" in refused(rule_file(GOOD_RULE, GOOD_RULE | {"id": "Bad Id"}))


def test_term_list_with_a_bad_language_code_is_refused() -> None:
    terms = GOOD_RULE | {"id": "character.x", "check": "terms", "terms": {"english": ["sedition"]}}
    assert "'english' is not a two-letter language code" in refused(rule_file(terms))


def test_term_of_only_a_wildcard_is_refused() -> None:
    terms = GOOD_RULE | {"id": "character.x", "check": "terms", "terms": {"en": ["*"]}}
    assert "has no letters to match" in refused(rule_file(terms))


def test_empty_term_list_is_refused() -> None:
    terms = GOOD_RULE | {"id": "character.x", "check": "terms", "terms": {"en": []}}
    assert 'field "terms" must list at least one term' in refused(rule_file(terms))


def test_rule_file_without_rules_is_refused() -> None:
    assert 'field "rules" must list at least one rule' in refused(rule_file())


# Deadlines


def test_packaged_deadlines_give_five_years_and_thirty_days() -> None:
    deadlines = load_deadlines()
    assert deadlines.notice_validity_years == 5
    assert deadlines.people_request_days[PeopleRequestKind.DELETION] == 30


def test_notice_published_on_a_day_is_valid_for_five_years_to_the_day_before() -> None:
    assert valid_until(NoticeKind.NOTICE, date(2026, 3, 1), load_deadlines()) == date(2031, 2, 28)


def test_notice_published_on_29_february_ends_before_28_february() -> None:
    assert valid_until(NoticeKind.NOTICE, date(2028, 2, 29), load_deadlines()) == date(2033, 2, 27)


def test_notice_expires_the_day_after_its_last_valid_day() -> None:
    assert not is_expired(date(2031, 2, 28), date(2031, 2, 28))
    assert is_expired(date(2031, 2, 28), date(2031, 3, 1))


def test_people_request_is_due_thirty_days_after_receipt() -> None:
    due = people_request_due_on(PeopleRequestKind.ACCESS, date(2026, 1, 10), load_deadlines())
    assert due == date(2026, 2, 9)


def test_undecided_people_request_past_its_deadline_is_overdue_a_decided_one_is_not() -> None:
    assert is_overdue(date(2026, 2, 9), PeopleRequestStatus.UNDER_REVIEW, date(2026, 2, 10))
    assert not is_overdue(date(2026, 2, 9), PeopleRequestStatus.REFUSED, date(2026, 2, 10))


def test_deadlines_file_missing_a_request_kind_is_refused() -> None:
    text = json.dumps(
        {
            "version": "2026.9",
            "notice_validity_years": 5,
            "diffusion_validity_years": 5,
            "people_request_days": {"access": 30, "correction": 30},
        }
    )
    with pytest.raises(
        RuleFileError,
        match=r'deadlines-2026\.9\.json: field "people_request_days\.deletion" is missing',
    ):
        parse_deadlines_text(text, "deadlines-2026.9.json")


def test_deadlines_of_zero_years_are_refused() -> None:
    text = json.dumps(
        {
            "version": "2026.9",
            "notice_validity_years": 0,
            "diffusion_validity_years": 5,
            "people_request_days": {"access": 30, "correction": 30, "deletion": 30},
        }
    )
    with pytest.raises(
        RuleFileError, match='"notice_validity_years" must be a whole number of at least 1'
    ):
        parse_deadlines_text(text, "deadlines-2026.9.json")
