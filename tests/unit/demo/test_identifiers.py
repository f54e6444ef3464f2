"""Numbers in the demo data follow their real formats and check digits."""

from __future__ import annotations

import random
from datetime import date

from pamoja.demo import generate
from pamoja.demo.finance import (
    bank_account,
    bitcoin_address,
    iban_check_digits,
    is_valid_bech32,
    is_valid_iban,
    tron_address,
)
from pamoja.demo.numbers import SerialNumbers, china_check, cpf_check, luhn_digit, national_id
from pamoja.demo.vehicles import plate_number, vin_check_digit
from pamoja.model.records import AssetDetails, DocumentDetails, Gender, VehicleDetails

DATA = generate(seed=21, persons=1200)


def test_serial_numbers_never_repeat_within_a_series() -> None:
    serials = SerialNumbers(random.Random(1))
    numbers = [serials.next("passports", 4) for _ in range(10_000)]
    assert len(set(numbers)) == 10_000


def test_document_numbers_are_unique_per_issuing_country_and_kind() -> None:
    documents = [r.details for r in DATA.records if isinstance(r.details, DocumentDetails)]
    keys = [(d.issuing_country, d.kind, d.number) for d in documents]
    assert len(set(keys)) == len(keys)


def test_iban_check_digits_match_the_published_example() -> None:
    assert iban_check_digits("GB", "WEST12345698765432") == "82"
    assert is_valid_iban("GB82WEST12345698765432")


def test_generated_ibans_are_valid() -> None:
    ibans = [
        identifier.value
        for record in DATA.records
        if isinstance(record.details, AssetDetails)
        for identifier in record.details.identifiers
        if identifier.kind == "iban"
    ]
    assert ibans
    assert all(is_valid_iban(iban) for iban in ibans)


def test_countries_without_ibans_get_a_plain_account_number() -> None:
    kind, value = bank_account("KEN", random.Random(2))
    assert kind == "bank_account"
    assert value.isdigit()


def test_generated_vins_have_a_valid_check_digit() -> None:
    vins = [
        r.details.vin
        for r in DATA.records
        if isinstance(r.details, VehicleDetails) and r.details.vin
    ]
    assert vins
    assert all(len(vin) == 17 and vin_check_digit(vin) == vin[8] for vin in vins)


def test_vin_check_digit_matches_a_known_vin() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"


def test_kenyan_plates_follow_the_kxx_999x_layout() -> None:
    plate = plate_number("KEN", random.Random(3))
    assert plate[0] == "K"
    assert plate[4:7].isdigit()


def test_bitcoin_addresses_carry_a_valid_bech32_checksum() -> None:
    address = bitcoin_address(random.Random(4))
    assert address.startswith("bc1q")
    assert is_valid_bech32(address)
    assert is_valid_bech32("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")


def test_tron_addresses_start_with_t_and_have_34_characters() -> None:
    address = tron_address(random.Random(5))
    assert address.startswith("T")
    assert len(address) == 34


def test_south_african_ids_encode_birth_date_and_sex_with_a_luhn_digit() -> None:
    number = national_id(
        "ZAF", random.Random(6), SerialNumbers(random.Random(6)), date(1984, 3, 12), Gender.MALE
    )
    assert number.startswith("840312")
    assert int(number[6]) >= 5
    assert luhn_digit(number[:-1]) == number[-1]


def test_chinese_ids_encode_birth_date_with_a_mod_11_2_check() -> None:
    number = national_id(
        "CHN", random.Random(7), SerialNumbers(random.Random(7)), date(1990, 1, 2), Gender.FEMALE
    )
    assert number[6:14] == "19900102"
    assert int(number[16]) % 2 == 0
    assert china_check(number[:17]) == number[17]
    assert china_check("11010519491231002") == "X"


def test_brazilian_cpf_check_digits_are_computed() -> None:
    assert cpf_check("111444777") == "35"
    number = national_id(
        "BRA", random.Random(8), SerialNumbers(random.Random(8)), date(1980, 5, 5), Gender.MALE
    )
    digits = number.replace(".", "").replace("-", "")
    assert cpf_check(digits[:9]) == digits[9:]
