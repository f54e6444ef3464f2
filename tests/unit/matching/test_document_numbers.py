"""Document numbers compare without spaces, dashes, case or O/0 and I/1 confusion."""

from __future__ import annotations

from pamoja.matching.documents import normalise_document, split_country


def test_spaces_and_dashes_are_ignored() -> None:
    assert normalise_document("A12 345-678") == normalise_document("A12345678")


def test_letter_o_reads_as_zero_and_i_as_one() -> None:
    assert normalise_document("PO1I234") == normalise_document("P01123 4")


def test_country_prefix_is_split_off() -> None:
    assert split_country("nga:A123") == ("NGA", "A123")
    assert normalise_document("NGA:A1234") == normalise_document("a1234")


def test_too_short_numbers_give_nothing() -> None:
    assert normalise_document("12-") == ""
