"""Organisations for demo records: criminal groups, companies, scam centres and others.

Company names carry the legal form of their country ("Kilimanjaro Freight Ltd", "Sahara
Logistics SARL", "Baltic Amber GmbH"); scam centres are registered as trading or technology
companies in South-East Asia and carry their Chinese name as an alias ("Golden Fortune
Trading Co., Ltd" / "金福贸易有限公司").
"""

from __future__ import annotations

import random

from pamoja.demo.countries import CountryProfile
from pamoja.demo.numbers import SerialNumbers, alpha2
from pamoja.model.countries import Region
from pamoja.model.records import OrganisationDetails, OrganisationKind

_LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "KEN": ("Ltd", "Limited"),
    "NGA": ("Ltd", "Nigeria Limited"),
    "ZAF": ("(Pty) Ltd",),
    "SEN": ("SARL", "SA"),
    "CIV": ("SARL", "SA"),
    "MLI": ("SARL",),
    "CMR": ("SARL", "SA"),
    "COD": ("SARL",),
    "MAR": ("SARL",),
    "DZA": ("SARL", "EURL"),
    "TUN": ("SARL",),
    "EGY": ("S.A.E.", "LLC"),
    "FRA": ("SAS", "SARL"),
    "BEL": ("SRL", "NV"),
    "NLD": ("B.V.",),
    "DEU": ("GmbH",),
    "ITA": ("S.r.l.",),
    "ESP": ("S.L.",),
    "PRT": ("Lda",),
    "AGO": ("Lda",),
    "MOZ": ("Lda",),
    "BRA": ("Ltda.",),
    "MEX": ("S.A. de C.V.",),
    "COL": ("S.A.S.",),
    "USA": ("LLC", "Inc."),
    "ARE": ("FZE", "LLC"),
    "SAU": ("LLC",),
    "CHN": ("Co., Ltd",),
    "SGP": ("Pte. Ltd.",),
    "MYS": ("Sdn. Bhd.",),
    "RUS": ("LLC",),
    "POL": ("Sp. z o.o.",),
    "SWE": ("AB",),
}
_DEFAULT_FORMS = ("Ltd", "Co., Ltd")

_ADJECTIVES = (
    "Golden", "Royal", "Silver", "Blue", "Green", "Great", "United", "Horizon", "Summit", "Crown",
    "Pioneer", "Eagle", "Lion", "Oasis", "Coastal", "Delta",
)  # fmt: skip
# places a group or company of each region may be named after, besides its cities
_REGIONAL_PLACES: dict[Region, tuple[str, ...]] = {
    Region.AFRICA: (
        "Sahel", "Lake Victoria", "Gulf of Guinea", "Horn", "Zambezi", "Kalahari", "Rift Valley",
        "Savanna", "Kilimanjaro", "Great Lakes",
    ),
    Region.MIDDLE_EAST_NORTH_AFRICA: (
        "Red Sea", "Atlas", "Nile Delta", "Sahara", "Maghreb", "Levant", "Gulf",
    ),
    Region.EUROPE: ("Balkan", "Baltic", "Adriatic", "Danube", "North Sea", "Iberian", "Alpine"),
    Region.ASIA_SOUTH_PACIFIC: (
        "Golden Triangle", "Mekong", "Silk Road", "Pacific", "Java Sea", "Himalaya", "Malacca",
    ),
    Region.AMERICAS: ("Caribbean", "Andes", "Pacific", "Amazon", "Rio Grande", "Pampas"),
}  # fmt: skip
_NOUNS = ("Star", "Bridge", "Gate", "Path", "Rock", "Wave", "Field", "Point", "Link", "Peak")
_ACTIVITIES = (
    "Trading", "Logistics", "Import Export", "Holdings", "Investments", "Mining", "Freight",
    "Motors", "Security", "Construction", "Energy", "Agro", "Travel", "Technologies", "Minerals",
)  # fmt: skip

_GANG_NOUNS = (
    "Network", "Syndicate", "Cartel", "Ring", "Brotherhood", "Crew", "Family", "Clan", "Connection",
)  # fmt: skip

# English word, Chinese rendering: how scam-centre companies name themselves in both languages
_SCAM_FIRST = (
    ("Golden", "金"),
    ("Lucky", "吉祥"),
    ("Royal", "皇家"),
    ("Diamond", "钻石"),
    ("Jade", "玉"),
)
_SCAM_SECOND = (
    ("Fortune", "福"),
    ("Dragon", "龙"),
    ("Phoenix", "凤凰"),
    ("Star", "星"),
    ("Harbour", "港"),
)
_SCAM_ACTIVITY = (
    ("Trading", "贸易"),
    ("Technology", "科技"),
    ("Investment", "投资"),
    ("Entertainment", "娱乐"),
)
SCAM_CENTRE_COUNTRIES = ("KHM", "MMR", "LAO", "PHL", "THA", "MYS")

_OTHER_NAMES = ("Relief Foundation", "Community Trust", "Charitable Association", "Welfare Society")


def _registration(country: str, rng: random.Random, serials: SerialNumbers) -> str:
    serial = serials.next(f"{country}-company", 7)
    if country == "KEN":
        return f"PVT-{serial}"
    if country == "NGA":
        return f"RC {serial}"
    return f"{alpha2(country)}-{serial}"


def company(
    profile: CountryProfile, rng: random.Random, serials: SerialNumbers
) -> OrganisationDetails:
    """A company registered in the country of `profile`."""
    country = profile.alpha3
    first = (
        rng.choice(_REGIONAL_PLACES[profile.region])
        if rng.random() < 0.4
        else rng.choice(_ADJECTIVES)
    )
    name = (
        f"{first} {rng.choice(_NOUNS)} {rng.choice(_ACTIVITIES)} "
        f"{rng.choice(_LEGAL_FORMS.get(country, _DEFAULT_FORMS))}"
    )
    return OrganisationDetails(
        name, OrganisationKind.COMPANY, (), country, _registration(country, rng, serials)
    )


def scam_centre(country: str, rng: random.Random, serials: SerialNumbers) -> OrganisationDetails:
    """A scam centre fronting as a company, with its Chinese name as an alias."""
    (first, first_zh), (second, second_zh) = rng.choice(_SCAM_FIRST), rng.choice(_SCAM_SECOND)
    activity, activity_zh = rng.choice(_SCAM_ACTIVITY)
    return OrganisationDetails(
        f"{first} {second} {activity} Co., Ltd",
        OrganisationKind.SCAM_CENTRE,
        (f"{first_zh}{second_zh}{activity_zh}有限公司",),
        country,
        _registration(country, rng, serials),
    )


def criminal_group(profile: CountryProfile, rng: random.Random) -> OrganisationDetails:
    """A criminal group named after a city or region it works from."""
    places = profile.cities if rng.random() < 0.5 else _REGIONAL_PLACES[profile.region]
    place = rng.choice(places)
    name = f"{place} {rng.choice(_GANG_NOUNS)}"
    initials = "".join(word[0] for word in name.split()).upper()
    aliases = (initials,) if len(initials) > 2 and rng.random() < 0.5 else ()
    return OrganisationDetails(name, OrganisationKind.CRIMINAL_GROUP, aliases, profile.alpha3)


def other_organisation(profile: CountryProfile, rng: random.Random) -> OrganisationDetails:
    """A charity or association, such as those used to move money."""
    first = rng.choice(profile.cities) if rng.random() < 0.5 else rng.choice(_ADJECTIVES)
    name = f"{first} {rng.choice(_OTHER_NAMES)}"
    return OrganisationDetails(name, OrganisationKind.OTHER, (), profile.alpha3)


def organisation(
    profile: CountryProfile, rng: random.Random, serials: SerialNumbers
) -> OrganisationDetails:
    """An organisation of a kind drawn at random (criminal groups and companies most often)."""
    roll = rng.random()
    if roll < 0.42:
        return criminal_group(profile, rng)
    if roll < 0.82:
        return company(profile, rng, serials)
    if roll < 0.94:
        return scam_centre(rng.choice(SCAM_CENTRE_COUNTRIES), rng, serials)
    return other_organisation(profile, rng)
