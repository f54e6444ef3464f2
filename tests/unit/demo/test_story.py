"""The fixed story records every demo and test can rely on."""

from __future__ import annotations

from pamoja.demo import (
    STORY_AFRIPOL_ONLY,
    STORY_BUREAU_ONLY,
    STORY_COUNTRY_ONLY,
    STORY_KEYS,
    STORY_LISTED_COUNTRIES,
    STORY_SCAM_CENTRE,
    STORY_STOLEN_PASSPORT,
    STORY_STOLEN_VEHICLE,
    STORY_YUSUF,
    STORY_YUSUF_PASSPORT,
    STORY_YUSUF_WALLET,
    DemoLink,
    generate,
)
from pamoja.demo.story import STORY_NUMBERS
from pamoja.demo.vehicles import vin_check_digit
from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    AssetDetails,
    DocumentDetails,
    DocumentStatus,
    LinkKind,
    OrganisationDetails,
    PersonDetails,
    VehicleDetails,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope

DATA = generate(seed=99, persons=400)
RECORDS = {record.key: record for record in DATA.records}


def _person(key: str) -> PersonDetails:
    details = RECORDS[key].details
    assert isinstance(details, PersonDetails)
    return details


def test_story_records_exist_whatever_the_seed() -> None:
    for seed in (1, 2):
        keys = {record.key for record in generate(seed=seed, persons=10).records}
        assert set(STORY_KEYS) <= keys


def test_story_records_are_owned_by_the_kenyan_ncb() -> None:
    assert {RECORDS[key].owner_bureau for key in STORY_KEYS} == {"KEN-NCB"}


def test_yusuf_is_named_in_latin_and_arabic_and_born_12_march_1984() -> None:
    yusuf = _person(STORY_YUSUF)
    names = {name.full_name for name in yusuf.names}
    assert yusuf.primary_name == "Mohammed Abdulrahman Yusuf"
    assert "محمد عبد الرحمن يوسف" in names
    assert yusuf.date_of_birth == PartialDate(1984, 3, 12)


def test_yusuf_is_shared_with_all_members_as_restricted() -> None:
    record = RECORDS[STORY_YUSUF]
    assert record.scope is Scope.ALL_MEMBERS
    assert record.classification is Classification.RESTRICTED


def test_yusufs_passport_is_reported_stolen_and_linked_to_him() -> None:
    passport = RECORDS[STORY_YUSUF_PASSPORT].details
    assert isinstance(passport, DocumentDetails)
    assert passport.status is DocumentStatus.STOLEN
    assert DemoLink(STORY_YUSUF, STORY_YUSUF_PASSPORT, LinkKind.HOLDER_OF) in DATA.links


def test_yusuf_owns_a_confidential_wallet_and_belongs_to_a_scam_centre() -> None:
    wallet = RECORDS[STORY_YUSUF_WALLET]
    centre = RECORDS[STORY_SCAM_CENTRE].details
    assert isinstance(wallet.details, AssetDetails)
    assert wallet.classification is Classification.CONFIDENTIAL
    assert isinstance(centre, OrganisationDetails)
    assert centre.name == "Golden Fortune Trading Co., Ltd"
    assert DemoLink(STORY_YUSUF, STORY_YUSUF_WALLET, LinkKind.OWNER_OF) in DATA.links
    assert DemoLink(STORY_YUSUF, STORY_SCAM_CENTRE, LinkKind.MEMBER_OF) in DATA.links


def test_the_afripol_only_person_is_shared_with_afripol_alone() -> None:
    record = RECORDS[STORY_AFRIPOL_ONLY]
    assert record.scope is Scope.REGIONAL_BODIES
    assert record.regional_bodies == frozenset({"AFRIPOL"})
    assert record.outside_scope is OutsideScope.HIT_ONLY


def test_the_country_only_and_listed_countries_persons_have_those_scopes() -> None:
    assert RECORDS[STORY_COUNTRY_ONLY].scope is Scope.COUNTRY
    listed = RECORDS[STORY_LISTED_COUNTRIES]
    assert listed.scope is Scope.COUNTRIES
    assert listed.countries == frozenset({"ETH", "UGA"})


def test_the_bureau_only_person_is_confidential_and_invisible_outside() -> None:
    record = RECORDS[STORY_BUREAU_ONLY]
    assert record.scope is Scope.BUREAU
    assert record.classification is Classification.CONFIDENTIAL
    assert record.outside_scope is OutsideScope.NOTHING


def test_the_stolen_passport_and_vehicle_are_stolen_and_the_vin_checks() -> None:
    passport = RECORDS[STORY_STOLEN_PASSPORT].details
    vehicle = RECORDS[STORY_STOLEN_VEHICLE].details
    assert isinstance(passport, DocumentDetails)
    assert passport.status is DocumentStatus.STOLEN
    assert isinstance(vehicle, VehicleDetails)
    assert vehicle.status is VehicleStatus.STOLEN
    assert vehicle.vin is not None
    assert vin_check_digit(vehicle.vin) == vehicle.vin[8]


def test_generated_records_never_reuse_story_numbers() -> None:
    generated = [r for r in generate(seed=5, persons=2000).records if r.key not in STORY_KEYS]
    for record in generated:
        details = record.details
        numbers: set[str | None] = set()
        if isinstance(details, DocumentDetails):
            numbers = {details.number}
        elif isinstance(details, VehicleDetails):
            numbers = {details.plate, details.vin}
        elif isinstance(details, PersonDetails):
            numbers = {identifier.value for identifier in details.identifiers}
        assert not numbers & STORY_NUMBERS, record.key
