"""Fixed "story" records for demos and tests, all owned by the Kenyan NCB (`KEN-NCB`).

Whatever the seed, the demo data holds these records under these keys:

- `STORY_YUSUF` (`KEN-STORY-YUSUF`): person "Mohammed Abdulrahman Yusuf", alias
  "محمد عبد الرحمن يوسف" and "Mohamed Abdirahman Yusuf", male, born 1984-03-12 in Mombasa,
  Kenyan and Somali, national id 23456789; restricted, shared with all members.
- `STORY_YUSUF_PASSPORT` (`KEN-STORY-YUSUF-PASSPORT`): his Kenyan passport AK0451278, reported
  stolen; restricted, all members. Link: Yusuf HOLDER_OF it.
- `STORY_YUSUF_WALLET` (`KEN-STORY-YUSUF-WALLET`): his USDT (TRC-20) wallet, about 185,000
  USD; confidential, all members (restricted-clearance users get a hit only). Link: OWNER_OF.
- `STORY_SCAM_CENTRE` (`KEN-STORY-SCAM-CENTRE`): "Golden Fortune Trading Co., Ltd"
  ("金福贸易有限公司"), a scam centre in Cambodia; restricted, all members. Link: Yusuf
  MEMBER_OF it.
- `STORY_AFRIPOL_ONLY` (`KEN-STORY-AFRIPOL-ONLY`): person "Abdikarim Hassan Warsame", born
  1990-07; restricted, shared with AFRIPOL only (others get a hit). Link: ASSOCIATE_OF Yusuf.
- `STORY_COUNTRY_ONLY` (`KEN-STORY-COUNTRY-ONLY`): person "Joseph Mwangi Kariuki", born 1979;
  restricted, Kenyan bureaus only (others get a hit).
- `STORY_LISTED_COUNTRIES` (`KEN-STORY-LISTED-COUNTRIES`): person "ተስፋዬ ገብረመድህን" (Tesfaye
  Gebremedhin), Ethiopian, born 1975; restricted, shared with Ethiopia and Uganda.
- `STORY_BUREAU_ONLY` (`KEN-STORY-BUREAU-ONLY`): person "Esther Njeri Kamau", born 1988-11-02;
  confidential, NCB Nairobi only, and nothing at all for anyone else.
- `STORY_STOLEN_PASSPORT` (`KEN-STORY-STOLEN-PASSPORT`): blank Kenyan passport AK1190023,
  stolen, no holder; restricted, all members.
- `STORY_STOLEN_VEHICLE` (`KEN-STORY-STOLEN-VEHICLE`): white Toyota Land Cruiser Prado, plate
  "KDG 418M", VIN JTEBU3FJ9K5123456, stolen; restricted, all members.

`STORY_NUMBERS` lists the story's document, plate and id numbers; generated records never reuse
them, so a search for one finds the story record alone.

`STORY_PEOPLE_REQUESTS` are three requests waiting for the secretariat's reviewers: Esther
Njeri Kamau asks what is held on her (3 days ago), Joseph Mwangi Kariuki asks for a correction
through his lawyer (12 days ago), and a deletion for Mohammed Abdulrahman Yusuf, 41 days ago,
is past its deadline.
"""

from __future__ import annotations

from decimal import Decimal

from pamoja.demo.sharing import Shared, shared_record
from pamoja.demo.values import DemoLink, DemoPeopleRequest, DemoRecord
from pamoja.model.dates import PartialDate
from pamoja.model.notices import PeopleRequestKind
from pamoja.model.records import (
    AssetDetails,
    AssetKind,
    Details,
    DocumentDetails,
    DocumentKind,
    DocumentStatus,
    Gender,
    Identifier,
    LinkKind,
    NameKind,
    OrganisationDetails,
    OrganisationKind,
    PersonDetails,
    PersonName,
    VehicleDetails,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope

STORY_OWNER = "KEN-NCB"
STORY_YUSUF = "KEN-STORY-YUSUF"
STORY_YUSUF_PASSPORT = "KEN-STORY-YUSUF-PASSPORT"
STORY_YUSUF_WALLET = "KEN-STORY-YUSUF-WALLET"
STORY_SCAM_CENTRE = "KEN-STORY-SCAM-CENTRE"
STORY_AFRIPOL_ONLY = "KEN-STORY-AFRIPOL-ONLY"
STORY_COUNTRY_ONLY = "KEN-STORY-COUNTRY-ONLY"
STORY_LISTED_COUNTRIES = "KEN-STORY-LISTED-COUNTRIES"
STORY_BUREAU_ONLY = "KEN-STORY-BUREAU-ONLY"
STORY_STOLEN_PASSPORT = "KEN-STORY-STOLEN-PASSPORT"
STORY_STOLEN_VEHICLE = "KEN-STORY-STOLEN-VEHICLE"

STORY_YUSUF_PASSPORT_NUMBER = "AK0451278"
STORY_STOLEN_PASSPORT_NUMBER = "AK1190023"
STORY_STOLEN_VEHICLE_PLATE = "KDG 418M"
STORY_STOLEN_VEHICLE_VIN = "JTEBU3FJ9K5123456"
STORY_YUSUF_NATIONAL_ID = "23456789"
STORY_YUSUF_WALLET_ADDRESS = "TR2fGjRboVJ6YWXiTr1VBwuRWj2zcTf5Rk"

STORY_NUMBERS = frozenset(
    {
        STORY_YUSUF_PASSPORT_NUMBER,
        STORY_STOLEN_PASSPORT_NUMBER,
        STORY_STOLEN_VEHICLE_PLATE,
        STORY_STOLEN_VEHICLE_VIN,
        STORY_YUSUF_NATIONAL_ID,
    }
)

_ALL = Shared()
_CONFIDENTIAL_ALL = Shared(Classification.CONFIDENTIAL)


def _person(
    names: tuple[tuple[str, NameKind, str, str], ...],
    born: PartialDate,
    gender: Gender,
    nationalities: tuple[str, ...],
    place: str,
    identifiers: tuple[Identifier, ...] = (),
) -> PersonDetails:
    return PersonDetails(
        names=tuple(PersonName(full, kind, given, family) for full, kind, given, family in names),
        date_of_birth=born,
        gender=gender,
        nationalities=nationalities,
        place_of_birth=place,
        country_of_birth=nationalities[0],
        identifiers=identifiers,
    )


def _record(key: str, details: Details, shared: Shared) -> DemoRecord:
    return shared_record(key, STORY_OWNER, details, shared)


_P = NameKind.PRIMARY
_A = NameKind.ALIAS

STORY_RECORDS: tuple[DemoRecord, ...] = (
    _record(
        STORY_YUSUF,
        _person(
            (
                ("Mohammed Abdulrahman Yusuf", _P, "Mohammed", "Abdulrahman Yusuf"),
                ("محمد عبد الرحمن يوسف", _A, "محمد", "عبد الرحمن يوسف"),
                ("Mohamed Abdirahman Yusuf", _A, "Mohamed", "Abdirahman Yusuf"),
            ),
            PartialDate(1984, 3, 12),
            Gender.MALE,
            ("KEN", "SOM"),
            "Mombasa",
            (Identifier("national_id", STORY_YUSUF_NATIONAL_ID, "KEN"),),
        ),
        _ALL,
    ),
    _record(
        STORY_YUSUF_PASSPORT,
        DocumentDetails(
            STORY_YUSUF_PASSPORT_NUMBER,
            DocumentKind.PASSPORT,
            "KEN",
            DocumentStatus.STOLEN,
            PartialDate(2019, 6, 3),
            PartialDate(2029, 6, 2),
        ),
        _ALL,
    ),
    _record(
        STORY_YUSUF_WALLET,
        AssetDetails(
            AssetKind.CRYPTO_WALLET,
            "USDT (TRC-20) wallet on Tron",
            (Identifier("crypto_wallet", STORY_YUSUF_WALLET_ADDRESS),),
            Decimal("185000"),
            "USD",
        ),
        _CONFIDENTIAL_ALL,
    ),
    _record(
        STORY_SCAM_CENTRE,
        OrganisationDetails(
            "Golden Fortune Trading Co., Ltd",
            OrganisationKind.SCAM_CENTRE,
            ("金福贸易有限公司",),
            "KHM",
            "KH-0042117",
        ),
        _ALL,
    ),
    _record(
        STORY_AFRIPOL_ONLY,
        _person(
            (("Abdikarim Hassan Warsame", _P, "Abdikarim", "Hassan Warsame"),),
            PartialDate(1990, 7),
            Gender.MALE,
            ("SOM", "KEN"),
            "Kismayo",
        ),
        Shared(scope=Scope.REGIONAL_BODIES, regional_bodies=frozenset({"AFRIPOL"})),
    ),
    _record(
        STORY_COUNTRY_ONLY,
        _person(
            (("Joseph Mwangi Kariuki", _P, "Joseph Mwangi", "Kariuki"),),
            PartialDate(1979),
            Gender.MALE,
            ("KEN",),
            "Nakuru",
        ),
        Shared(scope=Scope.COUNTRY),
    ),
    _record(
        STORY_LISTED_COUNTRIES,
        _person(
            (
                ("ተስፋዬ ገብረመድህን", _P, "ተስፋዬ", "ገብረመድህን"),
                ("Tesfaye Gebremedhin", _A, "Tesfaye", "Gebremedhin"),
            ),
            PartialDate(1975),
            Gender.MALE,
            ("ETH",),
            "Mekelle",
        ),
        Shared(scope=Scope.COUNTRIES, countries=frozenset({"ETH", "UGA"})),
    ),
    _record(
        STORY_BUREAU_ONLY,
        _person(
            (("Esther Njeri Kamau", _P, "Esther Njeri", "Kamau"),),
            PartialDate(1988, 11, 2),
            Gender.FEMALE,
            ("KEN",),
            "Nyeri",
        ),
        Shared(Classification.CONFIDENTIAL, Scope.BUREAU, outside_scope=OutsideScope.NOTHING),
    ),
    _record(
        STORY_STOLEN_PASSPORT,
        DocumentDetails(
            STORY_STOLEN_PASSPORT_NUMBER, DocumentKind.PASSPORT, "KEN", DocumentStatus.STOLEN
        ),
        _ALL,
    ),
    _record(
        STORY_STOLEN_VEHICLE,
        VehicleDetails(
            STORY_STOLEN_VEHICLE_VIN,
            STORY_STOLEN_VEHICLE_PLATE,
            "KEN",
            "Toyota",
            "Land Cruiser Prado",
            "white",
            VehicleStatus.STOLEN,
        ),
        _ALL,
    ),
)

STORY_LINKS: tuple[DemoLink, ...] = (
    DemoLink(STORY_YUSUF, STORY_YUSUF_PASSPORT, LinkKind.HOLDER_OF),
    DemoLink(STORY_YUSUF, STORY_YUSUF_WALLET, LinkKind.OWNER_OF),
    DemoLink(STORY_YUSUF, STORY_SCAM_CENTRE, LinkKind.MEMBER_OF),
    DemoLink(STORY_AFRIPOL_ONLY, STORY_YUSUF, LinkKind.ASSOCIATE_OF),
)

STORY_KEYS: tuple[str, ...] = tuple(record.key for record in STORY_RECORDS)


STORY_PEOPLE_REQUESTS: tuple[DemoPeopleRequest, ...] = (
    DemoPeopleRequest(
        PeopleRequestKind.ACCESS,
        "Esther Njeri Kamau",
        "PO Box 40112, Nairobi",
        "I was told at the airport that my name is on a police list. What do you hold on me?",
        days_ago=3,
        date_of_birth=PartialDate(1988, 11, 2),
        nationality="KEN",
    ),
    DemoPeopleRequest(
        PeopleRequestKind.CORRECTION,
        "Joseph Mwangi Kariuki",
        "j.kariuki@example.org",
        "My client was born in 1979 in Nyeri, not in Nakuru, and was never charged.",
        days_ago=12,
        date_of_birth=PartialDate(1979),
        nationality="KEN",
        lawyer="Wanjiru & Partners, Advocates, Kimathi Street, Nairobi",
    ),
    DemoPeopleRequest(
        PeopleRequestKind.DELETION,
        "Mohammed Abdulrahman Yusuf",
        "PO Box 80100, Mombasa",
        "The passport reported stolen was found and returned; delete it and what goes with it.",
        days_ago=41,
        date_of_birth=PartialDate(1984, 3, 12),
        nationality="KEN",
    ),
)
