"""Vehicles for demo records: makes and models, VINs with a valid check digit, plates by country.

A VIN is the maker's world manufacturer identifier, five descriptor characters, the ISO 3779
check digit (position 9), the model-year code, a plant code and a six-digit serial.
"""

from __future__ import annotations

import random

from pamoja.demo.numbers import SerialNumbers, expand

VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {
    letter: int(value)
    for letter, value in zip("ABCDEFGHJKLMNPRSTUVWXYZ", "12345678123457923456789", strict=True)
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_YEAR_CODES = "ABCDEFGHJKLMNPRS"  # model years 2010-2025

# make: (world manufacturer identifier, models)
MAKES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Toyota": ("JTE", ("Land Cruiser", "Land Cruiser Prado", "Hilux", "Corolla", "RAV4", "Probox")),
    "Nissan": ("JN1", ("X-Trail", "Navara", "Sunny", "Patrol")),
    "Honda": ("JHM", ("Civic", "CR-V", "Fit")),
    "Mercedes-Benz": ("WDD", ("C-Class", "E-Class", "G-Class", "Sprinter")),
    "BMW": ("WBA", ("X5", "3 Series", "5 Series")),
    "Volkswagen": ("WVW", ("Golf", "Polo", "Amarok")),
    "Ford": ("1FT", ("Ranger", "F-150", "Everest")),
    "Hyundai": ("KMH", ("Tucson", "Elantra", "Santa Fe")),
    "Kia": ("KNA", ("Sportage", "Rio", "Sorento")),
    "Isuzu": ("JAA", ("D-Max", "NPR")),
    "Mitsubishi": ("JMB", ("Pajero", "L200", "Outlander")),
    "Peugeot": ("VF3", ("406", "3008", "508")),
    "Renault": ("VF1", ("Duster", "Clio", "Logan")),
    "Land Rover": ("SAL", ("Range Rover", "Defender", "Discovery")),
    "Suzuki": ("JS2", ("Swift", "Vitara")),
    "Lexus": ("JTJ", ("LX 570", "RX 350")),
}
_MAKE_NAMES = tuple(MAKES)
_MAKE_WEIGHTS = (30, 9, 6, 7, 4, 6, 6, 6, 4, 5, 5, 4, 3, 4, 3, 3)
COLOURS = ("white", "black", "silver", "grey", "blue", "red", "green", "beige", "gold")

_CYRILLIC_PLATE = "АВЕКМНОРСТУХ"
_UKRAINIAN_PLATE = "АВЕІКМНОРСТХ"
_HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
_HIRAGANA_PLATE = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろ"
_THAI_PLATE = "กขคงจฉชซญฎฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"

# country: (plate templates, letters for `@`)
_PLATES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "KEN": (("K@@ ###@",), None),
    "UGA": (("U@@ ###@",), None),
    "TZA": (("T ### @@@",), None),
    "RWA": (("R@@ ###@",), None),
    "NGA": (("@@@-###@@",), None),
    "GHA": (("@@ ####-##",), None),
    "ZAF": (("@@ ## @@ GP", "CA ######"), None),
    "ETH": (("#-@#####",), None),
    "FRA": (("@@-###-@@",), None),
    "DEU": (("B-@@ ####", "M-@@ ####", "HH-@@ ###"), None),
    "GBR": (("@@## @@@",), None),
    "ITA": (("@@ ###@@",), None),
    "ESP": (("#### @@@",), "BCDFGHJKLMNPRSTVWXYZ"),
    "NLD": (("##-@@@-#",), None),
    "BEL": (("1-@@@-###",), None),
    "POL": (("W@ #####",), None),
    "SWE": (("@@@ ##@",), None),
    "PRT": (("@@-##-@@",), None),
    "RUS": (("@###@@77", "@###@@177"), _CYRILLIC_PLATE),
    "UKR": (("@@####@@",), _UKRAINIAN_PLATE),
    "SRB": (("BG ###-@@",), None),
    "CHN": (("京@·#####", "沪@·#####", "粤@·#####", "滇@·#####"), None),
    "KOR": (("##@ ####",), _HANGUL_PLATE),
    "JPN": (("品川 ### @ ##-##",), _HIRAGANA_PLATE),
    "THA": (("#@@ ####",), _THAI_PLATE),
    "IND": (("MH ## @@ ####", "DL #@@ ####", "KA ## @@ ####"), None),
    "IDN": (("B #### @@@",), None),
    "MYS": (("W@@ ####",), None),
    "VNM": (("##@-###.##",), None),
    "KHM": (("2@-####",), None),
    "USA": (("#@@@###", "@@@ ####"), None),
    "CAN": (("@@@@ ###",), None),
    "MEX": (("@@@-###-@",), None),
    "BRA": (("@@@#@##",), None),
    "ARG": (("@@ ### @@",), None),
    "COL": (("@@@ ###",), None),
    "PER": (("@#@-###",), None),
    "CHL": (("@@@@ ##",), None),
    "SAU": (("#### @@@",), None),
    "ARE": (("Dubai @ #####", "Abu Dhabi ## #####"), None),
}
_DEFAULT_PLATES: tuple[tuple[str, ...], str | None] = (("@@@ ####",), None)


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) of a 17-character VIN, ignoring what position 9 holds."""
    total = sum(
        (int(char) if char.isdigit() else _VIN_VALUES[char]) * weight
        for char, weight in zip(vin, _VIN_WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def make_vin(wmi: str, model_year: int, rng: random.Random, serials: SerialNumbers) -> str:
    """A VIN for a vehicle of maker `wmi` and `model_year` (2010-2025) with its check digit."""
    descriptor = "".join(rng.choice(VIN_ALPHABET) for _ in range(5))
    year = _YEAR_CODES[model_year - 2010]
    plant = rng.choice(VIN_ALPHABET)
    draft = f"{wmi}{descriptor}0{year}{plant}{serials.next(f'vin-{wmi}', 6)}"
    return draft[:8] + vin_check_digit(draft) + draft[9:]


def choose_make(rng: random.Random) -> tuple[str, str, str]:
    """A make, one of its models and its world manufacturer identifier (Toyota most often)."""
    make = rng.choices(_MAKE_NAMES, weights=_MAKE_WEIGHTS)[0]
    wmi, models = MAKES[make]
    return make, rng.choice(models), wmi


def plate_number(country: str, rng: random.Random) -> str:
    """A registration plate in the layout `country` uses."""
    templates, letters = _PLATES.get(country, _DEFAULT_PLATES)
    template = rng.choice(templates)
    return expand(template, rng, letters) if letters else expand(template, rng)
