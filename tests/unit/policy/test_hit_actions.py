"""The plain-words action a searcher gets for a hit, for every notice type and for diffusions."""

from __future__ import annotations

import pytest

from pamoja.model.notices import NoticeKind, NoticeReference, NoticeType
from pamoja.policy.hit_actions import hit_instruction

REFERENCE = NoticeReference(2026, 1234)


def text(notice_type: NoticeType, **options: object) -> str:
    instruction = hit_instruction(
        notice_type,
        contact="NCB Nairobi",
        reference=REFERENCE,
        **options,  # type: ignore[arg-type]
    )
    return instruction.text


def test_red_hit_says_locate_arrest_where_the_law_allows_and_whom_to_contact() -> None:
    assert text(NoticeType.RED) == (
        "Red: locate; provisional arrest possible where national law allows; "
        "contact NCB Nairobi, reference 2026/1234"
    )


def test_yellow_hit_says_do_not_detain() -> None:
    assert text(NoticeType.YELLOW).startswith("Yellow: do not detain;")
    assert text(NoticeType.YELLOW).endswith("inform NCB Nairobi, reference 2026/1234")


@pytest.mark.parametrize("notice_type", [NoticeType.BLUE, NoticeType.GREEN, NoticeType.SILVER])
def test_information_and_asset_notices_are_no_ground_for_detention_or_seizure(
    notice_type: NoticeType,
) -> None:
    assert "on this notice" in text(notice_type)
    assert "arrest" not in text(notice_type)


def test_orange_hit_asks_for_immediate_contact() -> None:
    assert "contact at once NCB Nairobi" in text(NoticeType.ORANGE)


def test_un_special_hit_says_to_apply_sanctions() -> None:
    assert text(NoticeType.UN_SPECIAL).startswith("UN Security Council special notice: subject to")


@pytest.mark.parametrize("notice_type", list(NoticeType))
def test_every_type_names_the_contact_and_reference(notice_type: NoticeType) -> None:
    assert "NCB Nairobi, reference 2026/1234" in text(notice_type)


def test_diffusion_hit_is_labelled_as_a_diffusion() -> None:
    assert text(NoticeType.RED, kind=NoticeKind.DIFFUSION).startswith("Red diffusion: locate;")


def test_unreviewed_diffusion_hit_asks_to_confirm_with_the_requester() -> None:
    assert text(NoticeType.RED, kind=NoticeKind.DIFFUSION, reviewed=False).endswith(
        "(diffusion not yet reviewed by the secretariat: confirm with NCB Nairobi)"
    )


def test_instruction_keeps_its_parts_for_display() -> None:
    instruction = hit_instruction(NoticeType.BLACK, contact="NCB Kampala", reference="2026/7")
    assert (instruction.label, instruction.contact, instruction.reference) == (
        "Black",
        "NCB Kampala",
        "2026/7",
    )
