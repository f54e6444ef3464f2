"""Dates that keep their precision: a year, a year and month, or a full date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pamoja.model.pickling import PickledByFields

_PATTERN = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


class DatePrecision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class InvalidDate(ValueError):
    """A text that is not a date of the accepted forms (YYYY, YYYY-MM, YYYY-MM-DD)."""


@dataclass(frozen=True, slots=True, order=True)
class PartialDate(PickledByFields):
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1800 <= self.year <= 2200:
            raise InvalidDate(f"year {self.year} is out of range (1800-2200)")
        if self.month is None:
            if self.day is not None:
                raise InvalidDate("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise InvalidDate(f"month {self.month} is not between 1 and 12")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidDate(
                    f"day {self.day} does not exist in {self.year:04d}-{self.month:02d}"
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with `/` or `.`)."""
        match = _PATTERN.match(text)
        if match is None:
            raise InvalidDate(f"{text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def age_on(self, today: date) -> int:
        """Completed years on `today`, taking the earliest possible birthday when imprecise."""
        month = self.month or 1
        day = self.day or 1
        return today.year - self.year - ((today.month, today.day) < (month, day))
