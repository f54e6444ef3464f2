"""The demo dataset: deterministic, big and varied enough, and internally consistent."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date

from pamoja.demo import DemoLink, DemoRecord, generate, stream
from pamoja.model.actors import Role
from pamoja.model.countries import Region, to_alpha3
from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    AssetDetails,
    AssetKind,
    DocumentDetails,
    DocumentStatus,
    OrganisationDetails,
    OrganisationKind,
    PersonDetails,
    RecordKind,
    VehicleDetails,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope

DATA = generate(seed=7, persons=1500)
RECORDS = {record.key: record for record in DATA.records}
COUNTRY_CODES = {country.alpha3 for country in DATA.countries}
BUREAUS = {bureau.code: bureau for bureau in DATA.bureaus}
PERSONS = [r.details for r in DATA.records if isinstance(r.details, PersonDetails)]


def _country_codes(record: DemoRecord) -> list[str]:
    details = record.details
    codes = [*record.countries]
    if isinstance(details, PersonDetails):
        codes += [*details.nationalities, *(i.country for i in details.identifiers if i.country)]
        codes += [details.country_of_birth] if details.country_of_birth else []
    elif isinstance(details, DocumentDetails):
        codes.append(details.issuing_country)
    elif isinstance(details, VehicleDetails) and details.registration_country:
        codes.append(details.registration_country)
    elif isinstance(details, AssetDetails | OrganisationDetails) and details.country:
        codes.append(details.country)
    return codes


def _scripts(text: str) -> set[str]:
    scripts = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts.add("CJK" if name.startswith("CJK UNIFIED") else name.split()[0])
    return scripts


def test_the_same_seed_gives_the_same_data() -> None:
    assert generate(seed=11, persons=300) == generate(seed=11, persons=300)


def test_another_seed_gives_other_records() -> None:
    assert generate(seed=11, persons=300).records != generate(seed=12, persons=300).records


def test_stream_yields_what_generate_holds_in_the_same_order() -> None:
    items = list(stream(seed=7, persons=1500))
    assert [i for i in items if isinstance(i, DemoRecord)] == list(DATA.records)
    assert [i for i in items if isinstance(i, DemoLink)] == list(DATA.links)


def test_every_link_comes_after_both_of_its_records_in_the_stream() -> None:
    seen: set[str] = set()
    for item in stream(seed=3, persons=500):
        if isinstance(item, DemoLink):
            assert {item.source_key, item.target_key} <= seen, item
        else:
            seen.add(item.key)


def test_default_dataset_has_at_least_5000_persons() -> None:
    data = generate()
    persons = sum(1 for record in data.records if record.kind is RecordKind.PERSON)
    assert persons >= 5000


def test_at_least_the_requested_number_of_persons() -> None:
    assert len(PERSONS) >= 1500


def test_at_least_40_member_countries_over_all_five_regions() -> None:
    assert len(DATA.countries) >= 40
    assert {country.region for country in DATA.countries} == set(Region)


def test_africa_is_the_best_represented_region() -> None:
    regions = Counter(country.region for country in DATA.countries)
    assert regions.most_common(1)[0][0] is Region.AFRICA


def test_member_codes_and_names_are_valid_iso_countries() -> None:
    for country in DATA.countries:
        assert to_alpha3(country.alpha3) == country.alpha3
        assert to_alpha3(country.name) == country.alpha3


def test_country_codes_in_records_are_valid_members() -> None:
    for record in DATA.records:
        for code in _country_codes(record):
            assert code in COUNTRY_CODES, (record.key, code)
            assert to_alpha3(code) == code


def test_regional_bodies_include_afripol_aseanapol_europol_and_gcc_pol() -> None:
    codes = {body.code for body in DATA.regional_bodies}
    assert {"AFRIPOL", "ASEANAPOL", "EUROPOL", "GCC-POL"} <= codes


def test_every_member_of_a_regional_body_is_a_member_country() -> None:
    for body in DATA.regional_bodies:
        assert body.members
        assert set(body.members) <= COUNTRY_CODES, body.code


def test_every_member_has_a_national_central_bureau() -> None:
    ncbs = {b.country for b in DATA.bureaus if b.kind.value == "national_central_bureau"}
    assert ncbs == COUNTRY_CODES


def test_every_bureau_is_in_a_member_country_and_codes_are_unique() -> None:
    assert len(BUREAUS) == len(DATA.bureaus)
    assert all(bureau.country in COUNTRY_CODES for bureau in DATA.bureaus)


def test_there_are_border_posts_labs_liaison_offices_and_a_secretariat() -> None:
    kinds = Counter(bureau.kind.value for bureau in DATA.bureaus)
    assert kinds["border_post"] >= 3
    assert kinds["forensic_lab"] >= 1
    assert kinds["liaison_office"] >= 1
    assert kinds["secretariat"] == 1


def test_every_user_belongs_to_an_existing_bureau() -> None:
    assert all(user.bureau_code in BUREAUS for user in DATA.users)


def test_every_role_has_a_user() -> None:
    assert set().union(*(user.roles for user in DATA.users)) == set(Role)


def test_the_reviewer_works_in_the_secretariat() -> None:
    reviewers = [user for user in DATA.users if Role.REVIEWER in user.roles]
    assert reviewers
    assert all(BUREAUS[user.bureau_code].kind.value == "secretariat" for user in reviewers)


def test_usernames_are_unique() -> None:
    assert len({user.username for user in DATA.users}) == len(DATA.users)


def test_record_keys_are_unique() -> None:
    assert len(RECORDS) == len(DATA.records)


def test_every_record_is_owned_by_an_existing_bureau_of_its_country() -> None:
    for record in DATA.records:
        assert record.owner_bureau in BUREAUS, record.key
        assert record.key[:3] == BUREAUS[record.owner_bureau].country, record.key


def test_every_link_joins_existing_records_of_the_right_kinds() -> None:
    expected = {
        "holder_of": {RecordKind.DOCUMENT},
        "owner_of": {RecordKind.VEHICLE, RecordKind.ASSET},
        "member_of": {RecordKind.ORGANISATION},
        "associate_of": {RecordKind.PERSON},
    }
    for link in DATA.links:
        assert RECORDS[link.source_key].kind is RecordKind.PERSON, link
        assert RECORDS[link.target_key].kind in expected[link.kind.value], link


def test_all_link_kinds_occur() -> None:
    assert {link.kind.value for link in DATA.links} == set(
        ("holder_of", "owner_of", "member_of", "associate_of")
    )


def test_every_record_kind_occurs() -> None:
    assert {record.kind for record in DATA.records} == set(RecordKind)


def test_person_names_come_in_arabic_cyrillic_ethiopic_cjk_and_latin_scripts() -> None:
    primary_scripts = set().union(*(_scripts(p.primary_name) for p in PERSONS))
    assert {"ARABIC", "CYRILLIC", "ETHIOPIC", "CJK", "LATIN"} <= primary_scripts


def test_some_non_latin_names_have_a_latin_alias() -> None:
    with_alias = [
        p
        for p in PERSONS
        if "LATIN" not in _scripts(p.primary_name)
        and any(n.kind.value == "alias" and _scripts(n.full_name) == {"LATIN"} for n in p.names)
    ]
    assert len(with_alias) > 100


def test_dates_of_birth_mix_precisions_and_some_are_missing() -> None:
    precisions = Counter(
        p.date_of_birth.precision.value if p.date_of_birth else None for p in PERSONS
    )
    assert set(precisions) == {"day", "month", "year", None}
    assert precisions["day"] > len(PERSONS) / 2


def test_all_dates_are_valid_and_plausible() -> None:
    for record in DATA.records:
        details = record.details
        if isinstance(details, PersonDetails) and details.date_of_birth:
            born = details.date_of_birth
            assert PartialDate(born.year, born.month, born.day) == born
            assert 1900 <= born.year <= date.today().year, record.key
        if isinstance(details, DocumentDetails) and details.issued_on and details.expires_on:
            assert details.issued_on < details.expires_on, record.key


def test_some_persons_have_two_nationalities_and_most_have_a_national_id() -> None:
    assert any(len(p.nationalities) == 2 for p in PERSONS)
    with_id = sum(1 for p in PERSONS if p.identifiers)
    assert with_id > len(PERSONS) / 2


def test_documents_have_every_status() -> None:
    statuses = {r.details.status for r in DATA.records if isinstance(r.details, DocumentDetails)}
    assert statuses == set(DocumentStatus)


def test_some_vehicles_are_stolen() -> None:
    statuses = Counter(
        r.details.status for r in DATA.records if isinstance(r.details, VehicleDetails)
    )
    assert statuses[VehicleStatus.STOLEN] > 10


def test_assets_of_the_main_kinds_carry_value_and_currency() -> None:
    assets = [r.details for r in DATA.records if isinstance(r.details, AssetDetails)]
    assert {a.kind for a in assets} >= {
        AssetKind.REAL_ESTATE,
        AssetKind.BANK_ACCOUNT,
        AssetKind.CRYPTO_WALLET,
        AssetKind.COMPANY_SHARE,
    }
    assert all(a.estimated_value is not None and a.estimated_value > 0 for a in assets)
    assert all(a.currency and len(a.currency) == 3 for a in assets)


def test_organisations_include_criminal_groups_companies_and_scam_centres() -> None:
    kinds = {r.details.kind for r in DATA.records if isinstance(r.details, OrganisationDetails)}
    assert kinds >= {
        OrganisationKind.CRIMINAL_GROUP,
        OrganisationKind.COMPANY,
        OrganisationKind.SCAM_CENTRE,
    }


def test_sharing_is_mostly_all_members_and_restricted_with_every_option_present() -> None:
    scopes = Counter(record.scope for record in DATA.records)
    classifications = Counter(record.classification for record in DATA.records)
    outside = Counter(record.outside_scope for record in DATA.records)
    assert set(scopes) == set(Scope)
    assert set(classifications) == set(Classification)
    assert set(outside) == set(OutsideScope)
    assert scopes.most_common(1)[0][0] is Scope.ALL_MEMBERS
    assert classifications.most_common(1)[0][0] is Classification.RESTRICTED
    assert outside.most_common(1)[0][0] is OutsideScope.HIT_ONLY


def test_listed_countries_and_bodies_appear_only_with_their_scope_and_exist() -> None:
    bodies = {body.code for body in DATA.regional_bodies}
    for record in DATA.records:
        assert bool(record.countries) == (record.scope is Scope.COUNTRIES), record.key
        assert bool(record.regional_bodies) == (record.scope is Scope.REGIONAL_BODIES)
        assert record.regional_bodies <= bodies
        assert record.key[:3] not in record.countries


def test_regional_body_scopes_name_a_body_the_owner_country_belongs_to() -> None:
    members = {body.code: set(body.members) for body in DATA.regional_bodies}
    for record in DATA.records:
        for body in record.regional_bodies:
            assert BUREAUS[record.owner_bureau].country in members[body], record.key


_FINGERPRINT = """
import dataclasses, hashlib
from pamoja.demo import generate

def canon(value):
    if dataclasses.is_dataclass(value):
        return tuple(canon(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, frozenset):
        return tuple(sorted(canon(item) for item in value))
    if isinstance(value, tuple):
        return tuple(canon(item) for item in value)
    return repr(value)

print(hashlib.sha256(repr(canon(generate(seed=5, persons=200))).encode()).hexdigest())
"""


def test_the_same_seed_gives_the_same_data_in_processes_with_other_hash_seeds() -> None:
    prints = {
        subprocess.run(  # noqa: S603 - runs this interpreter on a fixed script
            [sys.executable, "-c", _FINGERPRINT],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2")
    }
    assert len(prints) == 1
