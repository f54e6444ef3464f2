"""Sealed secrets open with the key that sealed them, and with no other."""

from __future__ import annotations

import pytest

from pamoja.services.sealed_secrets import SecretBox, UnreadableSecret

KEY = "a-node-secret-key-that-is-long-enough-0123"


def test_a_sealed_secret_opens_with_the_same_key() -> None:
    box = SecretBox(KEY)
    assert box.open(box.seal("whsec_abc")) == "whsec_abc"


def test_sealing_the_same_secret_twice_gives_different_texts() -> None:
    box = SecretBox(KEY)
    assert box.seal("whsec_abc") != box.seal("whsec_abc")


def test_a_sealed_secret_does_not_open_with_another_key() -> None:
    sealed = SecretBox(KEY).seal("whsec_abc")
    with pytest.raises(UnreadableSecret, match="PAMOJA_SECRET_KEY"):
        SecretBox(KEY + "x").open(sealed)


def test_a_secret_stored_before_sealing_reads_as_it_is() -> None:
    assert SecretBox(KEY).open("whsec_plain") == "whsec_plain"
