"""The proof that a public form was filled in by a person."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pamoja.web import bot_check

SECRET = "s" * 32
SERVED = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
LATER = SERVED + timedelta(minutes=2)


def sent(proof: str, trap: str = "") -> dict[str, str]:
    return {bot_check.FIELD: proof, bot_check.TRAP_FIELD: trap}


def test_a_form_sent_back_by_a_person_passes() -> None:
    bot_check.check(SECRET, "request", sent(bot_check.proof_for(SECRET, "request", SERVED)), LATER)


def test_every_form_served_carries_a_proof_of_its_own() -> None:
    assert bot_check.proof_for(SECRET, "request", SERVED) != bot_check.proof_for(
        SECRET, "request", SERVED
    )


@pytest.mark.parametrize(
    ("secret", "purpose"), [("t" * 32, "request"), (SECRET, "another form")], ids=["key", "form"]
)
def test_a_proof_passes_only_under_its_key_and_for_its_form(secret: str, purpose: str) -> None:
    proof = bot_check.proof_for(secret, purpose, SERVED)
    with pytest.raises(bot_check.NotAPerson, match="did not come from this page"):
        bot_check.check(SECRET, "request", sent(proof), LATER)


def test_a_proof_whose_time_was_moved_does_not_pass() -> None:
    issued, rest = bot_check.proof_for(SECRET, "request", SERVED).split(".", 1)
    moved = f"{int(issued) - 3600}.{rest}"
    with pytest.raises(bot_check.NotAPerson, match="did not come from this page"):
        bot_check.check(SECRET, "request", sent(moved), LATER)


def test_the_trap_filled_in_fails_even_with_a_good_proof() -> None:
    proof = bot_check.proof_for(SECRET, "request", SERVED)
    with pytest.raises(bot_check.NotAPerson, match="not sent as a person"):
        bot_check.check(SECRET, "request", sent(proof, trap="x"), LATER)


@pytest.mark.parametrize("proof", ["١٧٠٠٠٠٠٠٠٠.abc.def", "1700000000.abc.dé", "..", ""])
def test_a_proof_of_any_other_text_does_not_pass(proof: str) -> None:
    with pytest.raises(bot_check.NotAPerson, match="did not come from this page"):
        bot_check.check(SECRET, "request", sent(proof), LATER)
