"""The README documents every setting an operator can change."""

from __future__ import annotations

from pathlib import Path

import pytest

from pamoja.config import Settings

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented_in_the_readme(name: str) -> None:
    assert f"PAMOJA_{name.upper()}" in README


def test_the_readme_starts_with_the_two_set_up_commands() -> None:
    opening = README[:400]
    assert "make demo" in opening
    assert "make test" in opening
