"""Person names are composed the way each culture writes them."""

from __future__ import annotations

import random

from pamoja.demo.names import POOLS, fold_to_ascii, person_names
from pamoja.model.records import Gender, NameKind


def test_every_pool_has_male_and_female_given_names() -> None:
    for culture, pool in POOLS.items():
        assert pool.male, culture
        assert pool.female, culture


def test_russian_women_take_the_feminine_family_name() -> None:
    rng = random.Random(1)
    for _ in range(20):
        primary = person_names(POOLS["russian"], Gender.FEMALE, rng)[0]
        assert primary.family_name is not None
        assert primary.family_name.endswith("а")


def test_chinese_names_are_written_family_first_without_a_space() -> None:
    rng = random.Random(2)
    primary = person_names(POOLS["chinese"], Gender.MALE, rng)[0]
    assert " " not in primary.full_name
    assert primary.family_name is not None
    assert primary.full_name.startswith(primary.family_name)


def test_somali_names_give_father_and_grandfather_after_the_given_name() -> None:
    primary = person_names(POOLS["somali"], Gender.MALE, random.Random(3))[0]
    assert len(primary.full_name.split()) == 3


def test_non_latin_names_usually_get_a_latin_transliteration_alias() -> None:
    rng = random.Random(4)
    samples = [person_names(POOLS["arabic"], Gender.MALE, rng) for _ in range(200)]
    with_alias = [
        names
        for names in samples
        if any(n.kind is NameKind.ALIAS and n.full_name.isascii() for n in names)
    ]
    assert len(with_alias) > 150


def test_the_primary_name_comes_first() -> None:
    names = person_names(POOLS["swahili"], Gender.FEMALE, random.Random(5))
    assert names[0].kind is NameKind.PRIMARY


def test_fold_to_ascii_drops_diacritics() -> None:
    assert fold_to_ascii("Nguyễn Văn Đức") == "Nguyen Van Duc"
    assert fold_to_ascii("Traoré Łukasz") == "Traore Lukasz"
