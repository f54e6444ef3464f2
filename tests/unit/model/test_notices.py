"""Notice values: references, offences, judicial data, the hit lifecycle."""

from __future__ import annotations

from datetime import date

import pytest

from pamoja.model.notices import (
    HitOutcome,
    HitStatus,
    InvalidHitTransition,
    InvalidNoticeValue,
    JudicialReference,
    JudicialReferenceKind,
    NoticeReference,
    NoticeRequest,
    NoticeSubject,
    NoticeType,
    Offence,
    next_hit_status,
)


def test_notice_reference_reads_the_slash_form_and_prints_it_back() -> None:
    assert str(NoticeReference.parse("2026/1234")) == "2026/1234"


def test_notice_reference_reads_the_url_form_and_gives_it_back() -> None:
    assert NoticeReference.parse("2026-1234").url_form == "2026-1234"


def test_text_that_is_not_a_notice_reference_is_refused_with_an_example() -> None:
    with pytest.raises(InvalidNoticeValue, match="such as 2026/1234"):
        NoticeReference.parse("red-1234")


def test_negative_penalty_is_refused() -> None:
    with pytest.raises(InvalidNoticeValue, match="maximum_penalty_months"):
        Offence("Theft", "s. 268", maximum_penalty_months=-1)


def test_judicial_reference_is_complete_with_reference_date_and_authority() -> None:
    warrant = JudicialReference(
        JudicialReferenceKind.ARREST_WARRANT, "CR 1/2026", date(2026, 1, 2), "High Court"
    )
    assert warrant.is_complete
    assert not JudicialReference(JudicialReferenceKind.JUDGMENT, "CR 1/2026").is_complete


def test_request_lists_its_subject_record_ids() -> None:
    request = NoticeRequest(
        NoticeType.BLUE, 10, "KEN", subjects=(NoticeSubject(5), NoticeSubject(9))
    )
    assert request.subject_record_ids == (5, 9)


def test_hit_goes_from_new_to_confirmed_to_action_taken_to_closed() -> None:
    status = next_hit_status(HitStatus.NEW, HitStatus.CONFIRMED)
    status = next_hit_status(status, HitStatus.ACTION_TAKEN, HitOutcome.ARRESTED)
    assert next_hit_status(status, HitStatus.CLOSED) is HitStatus.CLOSED


def test_hit_that_is_not_the_person_is_closed() -> None:
    status = next_hit_status(HitStatus.NEW, HitStatus.NOT_THE_PERSON)
    assert next_hit_status(status, HitStatus.CLOSED) is HitStatus.CLOSED


def test_new_hit_cannot_jump_to_action_taken() -> None:
    with pytest.raises(
        InvalidHitTransition, match="from new it can go to confirmed, not_the_person"
    ):
        next_hit_status(HitStatus.NEW, HitStatus.ACTION_TAKEN, HitOutcome.LOCATED)


def test_action_taken_must_say_which_action() -> None:
    with pytest.raises(InvalidHitTransition, match="arrested, located or information_passed"):
        next_hit_status(HitStatus.CONFIRMED, HitStatus.ACTION_TAKEN)


def test_closed_hit_goes_nowhere() -> None:
    with pytest.raises(InvalidHitTransition, match="the hit is closed"):
        next_hit_status(HitStatus.CLOSED, HitStatus.NEW)
