"""Field types shared by input schemas: countries, partial dates, currencies, bounded text."""

from __future__ import annotations

from typing import Annotated

import pycountry
from fastapi import Path
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.dates import InvalidDate, PartialDate
from pamoja.model.ids import MAX_ID

StoredId = Annotated[int, Field(ge=1, le=MAX_ID)]
"""An id of something stored, in a request body or query."""

StoredIdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
"""The same in a path (a page's, or an operation's that names it otherwise)."""


class InputModel(BaseModel):
    """Base of every request body: a field the schema does not know is an error, not ignored."""

    model_config = ConfigDict(extra="forbid")


def _country(text: str) -> str:
    try:
        return to_alpha3(text)
    except UnknownCountry as error:
        raise ValueError(str(error)) from error


def _partial_date(text: str) -> str:
    try:
        return PartialDate.parse(text).isoformat()
    except InvalidDate as error:
        raise ValueError(str(error)) from error


def _currency(text: str) -> str:
    code = text.strip().upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{text!r} is not an ISO 4217 currency code (such as KES, EUR, USD)")
    return code


CountryCode = Annotated[
    str,
    StringConstraints(max_length=80),
    AfterValidator(_country),
    Field(
        description="A country as ISO 3166-1 alpha-3, alpha-2 or English name; stored as alpha-3.",
        examples=["KEN"],
    ),
]

PartialDateText = Annotated[
    str,
    StringConstraints(max_length=20),
    AfterValidator(_partial_date),
    Field(
        description="A date kept with its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
        examples=["1984-03-12"],
    ),
]

CurrencyCode = Annotated[
    str,
    StringConstraints(min_length=3, max_length=3),
    AfterValidator(_currency),
    Field(description="An ISO 4217 currency code.", examples=["KES"]),
]

Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]
"""A name exactly as typed, in any script."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=500)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=100)]
