"""Identity numbers for demo persons and documents: national ids and passport numbers.

Numbers follow each country's real layout where it is public and simple (South African,
Egyptian, Chinese, Korean and Swedish ids encode the birth date and sex and carry their check
digit; Spanish DNI letters and Brazilian CPF check digits are computed); elsewhere a plain
serial of the usual length. Serial parts never repeat within a series.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from functools import cache

from pamoja.model.countries import to_alpha2
from pamoja.model.records import Gender

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


@cache
def alpha2(alpha3: str) -> str:
    """The alpha-2 code of a member country (cached: the generator asks very often)."""
    return to_alpha2(alpha3)


class SerialNumbers:
    """Distinct pseudo-random digit strings per series, without remembering those handed out.

    The n-th number of a series is `(n * M + offset) mod 10**digits` with M odd and not a
    multiple of 5, a bijection on `digits`-digit numbers: no repeats until the series is used up.
    """

    _MULTIPLIER = 2_654_435_761

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._series: dict[str, list[int]] = {}

    def next(self, series: str, digits: int) -> str:
        state = self._series.get(series)
        if state is None:
            state = self._series[series] = [0, self._rng.randrange(10**digits)]
        count = state[0]
        state[0] = count + 1
        return f"{(count * self._MULTIPLIER + state[1]) % 10**digits:0{digits}d}"


def expand(template: str, rng: random.Random, letters: str = _LETTERS) -> str:
    """Fill a template: `@` becomes a letter from `letters`, `#` a digit; the rest is literal."""
    out = []
    for char in template:
        if char == "@":
            out.append(rng.choice(letters))
        elif char == "#":
            out.append(str(rng.randrange(10)))
        else:
            out.append(char)
    return "".join(out)


def luhn_digit(payload: str) -> str:
    """The Luhn check digit to append to `payload`."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


_CHINA_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHINA_REGIONS = ("110101", "310101", "440106", "440305", "530102", "320102", "510104")


def china_check(payload: str) -> str:
    """ISO 7064 MOD 11-2 check character of a 17-digit Chinese resident id."""
    total = sum(int(char) * weight for char, weight in zip(payload, _CHINA_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cpf_check(payload: str) -> str:
    """The two check digits of a Brazilian CPF from its first nine digits."""
    digits = [int(char) for char in payload]
    for _ in range(2):
        weight = len(digits) + 1
        remainder = sum(d * (weight - i) for i, d in enumerate(digits)) * 10 % 11
        digits.append(0 if remainder == 10 else remainder)
    return f"{digits[-2]}{digits[-1]}"


_NationalId = Callable[[random.Random, SerialNumbers, date, Gender], str]


def _odd_if_male(rng: random.Random, gender: Gender) -> int:
    return rng.randrange(0, 10, 2) + (1 if gender is Gender.MALE else 0)


def _zaf(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    sequence = rng.randrange(5000, 10000) if gender is Gender.MALE else rng.randrange(0, 5000)
    payload = f"{born:%y%m%d}{sequence:04d}08"
    return payload + luhn_digit(payload)


def _egy(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    century = 2 if born.year < 2000 else 3
    governorate = rng.choice((1, 2, 3, 12, 13, 14, 21, 22, 25, 28))
    return (
        f"{century}{born:%y%m%d}{governorate:02d}{rng.randrange(1000):03d}"
        f"{_odd_if_male(rng, gender)}{rng.randrange(1, 10)}"
    )


def _chn(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    payload = (
        f"{rng.choice(_CHINA_REGIONS)}{born:%Y%m%d}{rng.randrange(100):02d}"
        f"{_odd_if_male(rng, gender)}"
    )
    return payload + china_check(payload)


def _kor(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    sex = (1 if gender is Gender.MALE else 2) + (2 if born.year >= 2000 else 0)
    payload = f"{born:%y%m%d}{sex}{rng.randrange(100000):05d}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(char) * weight for char, weight in zip(payload, weights, strict=True))
    return f"{payload[:6]}-{payload[6:]}{(11 - total % 11) % 10}"


def _swe(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    payload = f"{born:%y%m%d}{rng.randrange(10):d}{rng.randrange(10):d}{_odd_if_male(rng, gender)}"
    return f"{payload[:6]}-{payload[6:]}{luhn_digit(payload)}"


def _esp(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    number = serials.next("ESP-DNI", 8)
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _bra(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    payload = serials.next("BRA-CPF", 9)
    check = cpf_check(payload)
    return f"{payload[:3]}.{payload[3:6]}.{payload[6:]}-{check}"


def _gha(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    return f"GHA-{serials.next('GHA-CARD', 9)}-{rng.randrange(10)}"


def _mar(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    return rng.choice(("A", "B", "BE", "BK", "J", "AB")) + serials.next("MAR-CIN", 6)


def _ind(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    digits = f"{rng.randrange(2, 10)}{serials.next('IND-AADHAAR', 11)}"
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}"


def _usa(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
    area = rng.randrange(1, 900)
    area = 667 if area == 666 else area
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _serial(digits: int) -> _NationalId:
    def national_id(rng: random.Random, serials: SerialNumbers, born: date, gender: Gender) -> str:
        return serials.next(f"national-id-{digits}", digits)

    return national_id


_NATIONAL_IDS: dict[str, _NationalId] = {
    "ZAF": _zaf,
    "EGY": _egy,
    "CHN": _chn,
    "KOR": _kor,
    "SWE": _swe,
    "ESP": _esp,
    "BRA": _bra,
    "GHA": _gha,
    "MAR": _mar,
    "IND": _ind,
    "USA": _usa,
    "KEN": _serial(8),
    "NGA": _serial(11),
}
_DEFAULT_NATIONAL_ID = _serial(10)


def national_id(
    country: str, rng: random.Random, serials: SerialNumbers, born: date, gender: Gender
) -> str:
    """A national identity number of `country` for a person born on `born`."""
    return _NATIONAL_IDS.get(country, _DEFAULT_NATIONAL_ID)(rng, serials, born, gender)


# country: (template of the leading part, number of distinct serial digits that follow)
_PASSPORTS: dict[str, tuple[str, int]] = {
    "KEN": ("AK", 7),
    "NGA": ("A", 8),
    "GHA": ("G", 7),
    "ZAF": ("A", 8),
    "EGY": ("A", 8),
    "ETH": ("EP", 7),
    "FRA": ("##@@", 5),
    "DEU": ("C", 8),
    "GBR": ("", 9),
    "USA": ("", 9),
    "RUS": ("7#", 7),
    "UKR": ("@@", 6),
    "CHN": ("E", 8),
    "JPN": ("T@", 7),
    "KOR": ("M", 8),
    "IND": ("@", 7),
    "BRA": ("@@", 6),
    "ESP": ("PA@", 6),
    "ITA": ("Y@", 7),
}


def passport_number(country: str, rng: random.Random, serials: SerialNumbers) -> str:
    """A passport number in the layout `country` uses; distinct within the country."""
    template, digits = _PASSPORTS.get(country, (alpha2(country), 7))
    return expand(template, rng) + serials.next(f"{country}-passport", digits)


def id_card_number(country: str, rng: random.Random, serials: SerialNumbers) -> str:
    """A document number for an identity card without a known holder."""
    return alpha2(country) + "I" + serials.next(f"{country}-id-card", 8)
