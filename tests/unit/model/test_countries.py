"""Countries are stored as alpha-3 and accepted as alpha-2, alpha-3 or a name."""

from __future__ import annotations

import pytest

from pamoja.model.countries import UnknownCountry, to_alpha2, to_alpha3


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("KE", "KEN"),
        ("ken", "KEN"),
        ("Kenya", "KEN"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("DRC", "COD"),
        ("Russia", "RUS"),
        ("United Kingdom", "GBR"),
    ],
)
def test_common_ways_of_naming_a_country_give_its_alpha3_code(text: str, alpha3: str) -> None:
    assert to_alpha3(text) == alpha3


@pytest.mark.parametrize("text", ["", "XX", "Atlantis", "QQQ"])
def test_unknown_countries_are_refused(text: str) -> None:
    with pytest.raises(UnknownCountry):
        to_alpha3(text)


def test_alpha2_is_given_for_the_public_notices_api() -> None:
    assert to_alpha2("KEN") == "KE"
