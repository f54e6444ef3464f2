"""The compliance pre-check: compliant requests of every type, and each kind of violation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pamoja.model.notices import (
    AssetLink,
    JudicialReference,
    JudicialReferenceKind,
    NoticeKind,
    NoticeRequest,
    NoticeSubject,
    NoticeType,
    Offence,
    ProtectionStatus,
    RedPurpose,
)
from pamoja.policy.compliance import (
    _CHECKS,
    Finding,
    Severity,
    check,
    has_blocking,
    load_compliance_rules,
)
from pamoja.policy.compliance_rules import Check

RULES = load_compliance_rules("2026.1")

WARRANT = JudicialReference(
    JudicialReferenceKind.ARREST_WARRANT, "CR 1234/2026", date(2026, 1, 15), "High Court of Kenya"
)
MURDER = Offence("Murder", "Penal Code s. 203", maximum_penalty_months=600)
KNOWN_PERSON = NoticeSubject(1, has_name=True, has_date_of_birth=True, has_photo=True)


def red(**changes: object) -> NoticeRequest:
    """A compliant Red notice request for prosecution, changed as given."""
    request = NoticeRequest(
        NoticeType.RED,
        requesting_bureau_id=10,
        requesting_country="KEN",
        subjects=(KNOWN_PERSON,),
        facts="Shot a shopkeeper during a robbery in Nairobi on 3 January 2026.",
        offences=(MURDER,),
        judicial_references=(WARRANT,),
        red_purpose=RedPurpose.PROSECUTION,
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def of_type(notice_type: NoticeType, **changes: object) -> NoticeRequest:
    """A request of another type with a known subject, facts and an offence."""
    request = NoticeRequest(
        notice_type,
        requesting_bureau_id=10,
        requesting_country="KEN",
        subjects=(KNOWN_PERSON,),
        facts="Seen in Mombasa on 2 February 2026; details in the attached report.",
        offences=(MURDER,),
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def ids(findings: list[Finding]) -> list[str]:
    return [finding.rule_id for finding in findings]


def only(findings: list[Finding], rule_id: str) -> Finding:
    assert ids(findings) == [rule_id]
    return findings[0]


# Compliant requests


def test_compliant_red_notice_for_prosecution_has_no_findings() -> None:
    assert check(red(), RULES) == []


def test_compliant_red_notice_to_serve_sentence_has_no_findings() -> None:
    sentence = Offence("Armed robbery", "Penal Code s. 296", 240, remaining_sentence_months=60)
    request = red(red_purpose=RedPurpose.SERVE_SENTENCE, offences=(sentence,))
    assert check(request, RULES) == []


def test_compliant_yellow_notice_for_missing_person_needs_no_offence_or_warrant() -> None:
    assert check(of_type(NoticeType.YELLOW, offences=()), RULES) == []


def test_yellow_notice_for_person_unable_to_identify_themselves_passes_on_a_photo() -> None:
    unknown = NoticeSubject(2, has_photo=True)
    assert check(of_type(NoticeType.YELLOW, offences=(), subjects=(unknown,)), RULES) == []


def test_compliant_blue_notice_has_no_findings() -> None:
    assert check(of_type(NoticeType.BLUE), RULES) == []


def test_compliant_black_notice_identifies_the_body_by_fingerprints() -> None:
    body = NoticeSubject(3, has_fingerprints=True)
    assert check(of_type(NoticeType.BLACK, subjects=(body,), offences=()), RULES) == []


def test_compliant_green_notice_has_no_findings() -> None:
    assert check(of_type(NoticeType.GREEN), RULES) == []


def test_compliant_orange_notice_may_be_about_an_object_without_a_subject() -> None:
    assert check(of_type(NoticeType.ORANGE, subjects=(), offences=()), RULES) == []


def test_compliant_purple_notice_describes_a_modus_operandi_without_a_subject() -> None:
    facts = "Cocaine concealed in hollowed-out avocado pallets shipped by sea from Mombasa."
    request = of_type(NoticeType.PURPLE, subjects=(), offences=(), facts=facts)
    assert check(request, RULES) == []


def test_compliant_silver_notice_links_each_asset_to_the_offence() -> None:
    request = of_type(
        NoticeType.SILVER,
        offences=(Offence("Money laundering", "POCAMLA s. 3", 168),),
        assets=(AssetLink(40, "Bought with the proceeds of the laundered funds in 2025."),),
    )
    assert check(request, RULES) == []


def test_compliant_un_special_notice_has_no_findings() -> None:
    assert check(of_type(NoticeType.UN_SPECIAL, offences=()), RULES) == []


def test_compliant_wanted_person_diffusion_names_its_recipients() -> None:
    request = red(kind=NoticeKind.DIFFUSION, recipient_countries=frozenset({"UGA", "TZA"}))
    assert check(request, RULES) == []


# Minimum data


def test_request_about_a_person_without_a_subject_record_is_blocked() -> None:
    finding = only(check(red(subjects=()), RULES), "subject.required")
    assert finding.severity is Severity.BLOCKING
    assert finding.location == "subjects"


def test_subject_with_a_name_but_no_date_of_birth_photo_or_fingerprints_is_not_identifiable() -> (
    None
):
    name_only = NoticeSubject(7, has_name=True)
    finding = only(check(red(subjects=(name_only,)), RULES), "identifiers.minimum")
    assert finding.location == "subjects[0] (record 7)"


def test_subject_known_only_by_fingerprints_meets_the_minimum_identifiers() -> None:
    assert check(red(subjects=(NoticeSubject(7, has_fingerprints=True),)), RULES) == []


def test_unidentified_body_without_photo_or_fingerprints_is_blocked() -> None:
    body = NoticeSubject(3)
    request = of_type(NoticeType.BLACK, subjects=(body,), offences=())
    assert ids(check(request, RULES)) == ["identifiers.body_biometric"]


def test_facts_shorter_than_the_minimum_are_refused() -> None:
    finding = only(check(red(facts="Robbery."), RULES), "facts.required")
    assert finding.location == "facts"


def test_red_notice_without_an_offence_is_blocked() -> None:
    assert ids(check(red(offences=()), RULES)) == ["offences.required"]


def test_red_notice_offence_without_its_legal_provision_is_blocked() -> None:
    finding = only(
        check(red(offences=(Offence("Murder", "", 600),)), RULES), "offences.legal_provision"
    )
    assert finding.location == "offences[0].legal_provision"


def test_red_notice_must_say_whether_for_prosecution_or_sentence() -> None:
    assert ids(check(red(red_purpose=None), RULES)) == ["red.purpose"]


# Judicial data and penalty thresholds


def test_red_notice_without_warrant_or_judgment_is_blocked() -> None:
    finding = only(check(red(judicial_references=()), RULES), "red.judicial_reference")
    assert finding.location == "judicial_references"


def test_red_notice_warrant_without_date_names_the_missing_field() -> None:
    undated = replace(WARRANT, issued_on=None)
    finding = only(check(red(judicial_references=(undated,)), RULES), "red.judicial_reference")
    assert finding.location == "judicial_references[0] (missing issued_on)"


def test_blue_notice_needs_no_warrant() -> None:
    assert check(of_type(NoticeType.BLUE, judicial_references=()), RULES) == []


def test_offence_punishable_by_one_year_is_below_the_prosecution_threshold() -> None:
    minor = Offence("Petty theft", "Penal Code s. 275", maximum_penalty_months=12)
    finding = only(check(red(offences=(minor,)), RULES), "red.penalty_prosecution")
    assert finding.matched_text == "12 months"
    assert "24 months" in finding.explanation


def test_offence_punishable_by_exactly_two_years_meets_the_prosecution_threshold() -> None:
    offence = Offence("Theft", "Penal Code s. 268", maximum_penalty_months=24)
    assert check(red(offences=(offence,)), RULES) == []


def test_offence_without_a_stated_maximum_penalty_cannot_show_the_threshold_is_met() -> None:
    unstated = Offence("Fraud", "Penal Code s. 313")
    finding = only(check(red(offences=(unstated,)), RULES), "red.penalty_prosecution")
    assert finding.matched_text == "not stated"


def test_one_offence_above_the_threshold_is_enough_for_the_request() -> None:
    minor = Offence("Petty theft", "Penal Code s. 275", maximum_penalty_months=12)
    assert check(red(offences=(minor, MURDER)), RULES) == []


def test_four_months_left_to_serve_is_below_the_sentence_threshold() -> None:
    almost_served = Offence("Robbery", "Penal Code s. 296", 240, remaining_sentence_months=4)
    request = red(red_purpose=RedPurpose.SERVE_SENTENCE, offences=(almost_served,))
    finding = only(check(request, RULES), "red.remaining_sentence")
    assert finding.location == "offences[0].remaining_sentence_months"
    assert finding.matched_text == "4 months"


def test_six_months_left_to_serve_meets_the_sentence_threshold() -> None:
    offence = Offence("Robbery", "Penal Code s. 296", 240, remaining_sentence_months=6)
    assert check(red(red_purpose=RedPurpose.SERVE_SENTENCE, offences=(offence,)), RULES) == []


# Political, military, religious and racial character; cultural norms; private disputes

CHARACTER_CASES = [
    (
        "Charged with insulting the Head of State in a speech.",
        "character.political",
        "insulting the Head of State",
    ),
    (
        "Poursuivi pour outrage au chef de l’État.",
        "character.political",
        "outrage au chef de l’État",
    ),
    ("متهم بإهانة رئيس الدولة في منشور", "character.political", "بإهانة رئيس الدولة"),
    (
        "Organizó una manifestación no autorizada en Caracas.",
        "character.political",
        "manifestación no autorizada",
    ),
    (
        "Participou num protesto não autorizado em Luanda.",
        "character.political",
        "protesto não autorizado",
    ),
    (
        "Accused of membership of an opposition party.",
        "character.political",
        "membership of an opposition party",
    ),
    ("Desertion from the armed forces in 2024.", "character.military", "Desertion"),
    ("Acusado de deserção do exército.", "character.military", "deserção"),
    ("Sentenced for apostasy after converting.", "character.religious", "apostasy"),
    ("Accusé de blasphème sur les réseaux sociaux.", "character.religious", "blasphème"),
    ("صدر بحقه حكم بتهمة ازدراء الأديان", "character.religious", "ازدراء الأديان"),
    (
        "Pursued as a member of the Ogiek ethnic group.",
        "character.racial",
        "member of the Ogiek ethnic group",
    ),
]


@pytest.mark.parametrize(("facts", "rule_id", "matched"), CHARACTER_CASES)
def test_charge_that_signals_a_forbidden_character_is_blocked_with_the_matched_text(
    facts: str, rule_id: str, matched: str
) -> None:
    finding = only(check(red(facts=facts), RULES), rule_id)
    assert finding.severity is Severity.BLOCKING
    assert finding.location == "facts"
    assert finding.matched_text == matched


def test_charge_in_an_offence_description_is_located_there() -> None:
    offence = Offence("Insulting the President", "Penal Code s. 56", 36)
    finding = only(check(red(offences=(offence,)), RULES), "character.political")
    assert finding.location == "offences[0].description"


def test_crossing_the_desert_is_not_desertion() -> None:
    assert check(red(facts="Fled across the desert after the robbery in Garissa."), RULES) == []


def test_conduct_depending_on_cultural_norms_is_a_warning() -> None:
    finding = only(
        check(red(facts="Wanted for adultery with a neighbour's wife."), RULES),
        "character.cultural_norms",
    )
    assert finding.severity is Severity.WARNING
    assert finding.matched_text == "adultery"


def test_unpaid_debt_looks_like_a_private_dispute() -> None:
    finding = only(
        check(red(facts="Left the country owing an unpaid debt to a supplier."), RULES),
        "private_dispute",
    )
    assert finding.severity is Severity.WARNING
    assert finding.matched_text == "debt"


def test_dishonoured_cheque_in_french_looks_like_a_private_dispute() -> None:
    finding = only(
        check(red(facts="Émission d'un chèque sans provision de 2 millions."), RULES),
        "private_dispute",
    )
    assert finding.matched_text == "chèque sans provision"


def test_debt_collection_by_organised_crime_is_not_a_private_dispute() -> None:
    facts = "Enforced debt collection for an organised crime group through kidnapping."
    assert check(red(facts=facts), RULES) == []


def test_parental_abduction_yellow_notice_is_not_checked_for_private_disputes() -> None:
    facts = "Child taken abroad by her father during a custody dispute after the divorce."
    assert check(of_type(NoticeType.YELLOW, offences=(), facts=facts), RULES) == []


# Refugee protection


def test_refugee_sought_by_the_country_they_fled_is_blocked() -> None:
    refugee = replace(
        KNOWN_PERSON, protection=ProtectionStatus.REFUGEE, protection_from_country="KEN"
    )
    finding = only(check(red(subjects=(refugee,)), RULES), "refugee.protection")
    assert finding.severity is Severity.BLOCKING
    assert finding.location == "subjects[0] (record 1)"


def test_asylum_seeker_sought_by_the_country_they_fled_is_blocked() -> None:
    seeker = replace(
        KNOWN_PERSON, protection=ProtectionStatus.ASYLUM_SEEKER, protection_from_country="KEN"
    )
    assert ids(check(red(subjects=(seeker,)), RULES)) == ["refugee.protection"]


def test_refugee_sought_by_another_country_is_not_flagged() -> None:
    refugee = replace(
        KNOWN_PERSON, protection=ProtectionStatus.REFUGEE, protection_from_country="SOM"
    )
    assert check(red(subjects=(refugee,)), RULES) == []


# Silver, diffusions, public extract


def test_silver_notice_without_assets_is_blocked() -> None:
    assert ids(
        check(of_type(NoticeType.SILVER, offences=(Offence("Fraud", "s. 313", 36),)), RULES)
    ) == ["silver.assets"]


def test_silver_asset_without_a_link_to_the_offence_is_blocked() -> None:
    request = of_type(
        NoticeType.SILVER, offences=(Offence("Fraud", "s. 313", 36),), assets=(AssetLink(41),)
    )
    finding = only(check(request, RULES), "silver.offence_link")
    assert finding.location == "assets[0] (record 41).offence_link"


def test_diffusion_without_recipients_is_blocked() -> None:
    assert ids(check(red(kind=NoticeKind.DIFFUSION), RULES)) == ["diffusion.recipients"]


def test_consent_to_a_public_extract_of_a_blue_notice_is_a_warning() -> None:
    finding = only(
        check(of_type(NoticeType.BLUE, public_extract_consent=True), RULES), "public_extract.type"
    )
    assert finding.severity is Severity.WARNING


def test_consent_to_a_public_extract_of_a_red_notice_is_fine() -> None:
    assert check(red(public_extract_consent=True), RULES) == []


# Findings


def test_every_finding_names_the_rule_set_version_and_explains_itself() -> None:
    findings = check(red(subjects=(), offences=(), judicial_references=()), RULES)
    assert {finding.rule_version for finding in findings} == {"2026.1"}
    assert all(finding.explanation for finding in findings)


def test_several_violations_are_all_reported_in_rule_order() -> None:
    request = red(red_purpose=None, judicial_references=(), facts="Blasphemy.")
    assert ids(check(request, RULES)) == [
        "facts.required",
        "red.purpose",
        "red.judicial_reference",
        "character.religious",
    ]


def test_warnings_alone_do_not_block() -> None:
    findings = check(red(facts="Owes a large debt to a bank in Nairobi, then fled."), RULES)
    assert findings and not has_blocking(findings)


def test_a_blocking_finding_blocks() -> None:
    assert has_blocking(check(red(subjects=()), RULES))


def test_every_check_a_rule_file_may_name_is_implemented() -> None:
    assert set(_CHECKS) == set(Check)
