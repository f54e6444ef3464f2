"""Public Red and Yellow notice extracts in the shape of INTERPOL's public notices API."""

from __future__ import annotations

from datetime import date

import pytest

from pamoja.formats.public_notice import (
    InvalidQuery,
    NotAPublicType,
    PublicArrestWarrant,
    PublicNotice,
    PublicNoticeQuery,
    format_date_of_birth,
    notice_detail,
    notice_list,
    notice_summary,
    parse_query,
    possible_ages,
    public_notice_from_person,
    reference_from_notice_id,
    search,
)
from pamoja.model.dates import PartialDate
from pamoja.model.notices import InvalidNoticeValue, NoticeReference, NoticeType
from pamoja.model.records import Gender, NameKind, PersonDetails, PersonName

BASE = "https://pamoja.example.org"
TODAY = date(2026, 6, 1)
WANTED = PublicNotice(
    NoticeType.RED,
    NoticeReference(2026, 1234),
    name="OTIENO",
    forename="JOSEPH",
    date_of_birth=PartialDate(1980, 5, 17),
    sex=Gender.MALE,
    nationalities=("KEN", "UGA"),
    country_of_birth="KEN",
    place_of_birth="Kisumu",
    arrest_warrants=(PublicArrestWarrant("KEN", "Murder", "Meurtre"),),
    image_ids=("77",),
)
MISSING = PublicNotice(
    NoticeType.YELLOW,
    NoticeReference(2026, 88),
    name="WANJIKU",
    forename="GRACE",
    date_of_birth=PartialDate(2012),
    sex=Gender.FEMALE,
    nationalities=("KEN",),
)


def red_query(**params: str) -> PublicNoticeQuery:
    return parse_query(NoticeType.RED, params)


# Items and details


def test_list_item_has_the_interpol_fields_and_links() -> None:
    assert notice_summary(WANTED, BASE) == {
        "forename": "JOSEPH",
        "date_of_birth": "1980/05/17",
        "entity_id": "2026/1234",
        "nationalities": ["KE", "UG"],
        "name": "OTIENO",
        "_links": {
            "self": {"href": f"{BASE}/notices/v1/red/2026-1234"},
            "images": {"href": f"{BASE}/notices/v1/red/2026-1234/images"},
            "thumbnail": {"href": f"{BASE}/notices/v1/red/2026-1234/images/77"},
        },
    }


def test_red_detail_carries_the_public_extract_and_arrest_warrants_in_alpha_2() -> None:
    detail = notice_detail(WANTED, BASE)
    assert detail["sex_id"] == "M"
    assert detail["country_of_birth_id"] == "KE"
    assert detail["place_of_birth"] == "Kisumu"
    assert detail["arrest_warrants"] == [
        {"issuing_country_id": "KE", "charge": "Murder", "charge_translation": "Meurtre"}
    ]


def test_detail_holds_nothing_beyond_the_public_extract() -> None:
    assert set(notice_detail(WANTED, BASE)) == {
        "forename",
        "name",
        "date_of_birth",
        "entity_id",
        "nationalities",
        "sex_id",
        "country_of_birth_id",
        "place_of_birth",
        "arrest_warrants",
        "_links",
    }


def test_yellow_detail_has_no_arrest_warrants_and_no_thumbnail_without_images() -> None:
    detail = notice_detail(MISSING, BASE)
    assert "arrest_warrants" not in detail
    assert set(detail["_links"]) == {"self", "images"}
    assert detail["country_of_birth_id"] is None


@pytest.mark.parametrize(
    ("born", "written"),
    [
        (PartialDate(1980, 5, 17), "1980/05/17"),
        (PartialDate(1980, 5), "1980/05"),
        (PartialDate(1980), "1980"),
    ],
)
def test_date_of_birth_keeps_its_precision(born: PartialDate, written: str) -> None:
    assert format_date_of_birth(born) == written


def test_unknown_sex_is_written_u() -> None:
    notice = PublicNotice(NoticeType.YELLOW, NoticeReference(2026, 1), name="X", sex=Gender.OTHER)
    assert notice_detail(notice, BASE)["sex_id"] == "U"


def test_only_red_and_yellow_notices_have_a_public_extract() -> None:
    with pytest.raises(NotAPublicType, match="only red and yellow"):
        PublicNotice(NoticeType.BLUE, NoticeReference(2026, 1), name="X")


def test_url_notice_id_reads_back_into_the_reference() -> None:
    assert str(reference_from_notice_id("2026-1234")) == "2026/1234"


def test_slash_form_is_not_a_url_notice_id() -> None:
    with pytest.raises(InvalidNoticeValue):
        reference_from_notice_id("2026/1234")


def test_public_extract_from_a_person_record_takes_primary_names_and_birth() -> None:
    person = PersonDetails(
        names=(
            PersonName("Joe O.", NameKind.ALIAS),
            PersonName("Joseph Otieno", given_name="Joseph", family_name="Otieno"),
        ),
        date_of_birth=PartialDate(1980, 5),
        gender=Gender.MALE,
        nationalities=("KEN",),
        place_of_birth="Kisumu",
        country_of_birth="KEN",
        identifiers=(),
    )
    notice = public_notice_from_person(NoticeType.YELLOW, NoticeReference(2026, 5), person)
    assert (notice.forename, notice.name, notice.date_of_birth) == (
        "Joseph",
        "Otieno",
        PartialDate(1980, 5),
    )


# Query parameters


def test_empty_query_means_first_page_of_twenty() -> None:
    query = red_query()
    assert (query.page, query.results_per_page) == (1, 20)


def test_query_parameters_are_read_into_typed_filters() -> None:
    query = red_query(
        forename="joseph",
        name="otieno",
        nationality="KE",
        ageMin="30",
        ageMax="50",
        sexId="m",
        arrestWarrantCountryId="KE",
        freeText="murder",
        page="2",
        resultPerPage="160",
    )
    assert query == PublicNoticeQuery(
        NoticeType.RED, "joseph", "otieno", "KEN", 30, 50, "M", "KEN", "murder", 2, 160
    )


def test_empty_parameters_are_no_filter_and_unknown_ones_are_ignored() -> None:
    assert red_query(sexId="", nationality=" ", utm_source="x") == red_query()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"ageMin": "thirty"}, "query parameter ageMin: 'thirty' is not a whole number"),
        ({"ageMax": "121"}, "query parameter ageMax: 121 must be between 0 and 120"),
        ({"ageMin": "50", "ageMax": "30"}, "query parameter ageMin: 50 is above ageMax 30"),
        ({"sexId": "X"}, "query parameter sexId: 'X' is not one of M, F, U"),
        (
            {"nationality": "Kenya"},
            "query parameter nationality: 'Kenya' is not a country code; "
            "use ISO 3166-1 alpha-2, e.g. KE",
        ),
        ({"nationality": "QQ"}, "query parameter nationality: 'QQ' is not a known country code"),
        ({"page": "0"}, "query parameter page: 0 must be at least 1"),
        ({"resultPerPage": "500"}, "query parameter resultPerPage: 500 must be between 1 and 160"),
        ({"freeText": "x" * 201}, "query parameter freeText: longer than 200 characters"),
    ],
)
def test_bad_query_parameters_are_refused_naming_the_parameter(
    params: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidQuery) as error:
        parse_query(NoticeType.RED, params)
    assert str(error.value) == message


def test_yellow_notices_have_no_arrest_warrant_filter() -> None:
    with pytest.raises(InvalidQuery, match="red notices only"):
        parse_query(NoticeType.YELLOW, {"arrestWarrantCountryId": "KE"})


# Searching


def test_name_search_ignores_case_and_accents() -> None:
    accented = PublicNotice(NoticeType.RED, NoticeReference(2026, 9), name="NÚÑEZ", forename="José")
    assert search([accented], red_query(name="nunez", forename="jose"), TODAY).total == 1


def test_search_filters_by_type_nationality_sex_and_warrant_country() -> None:
    notices = [WANTED, MISSING]
    assert search(notices, red_query(nationality="UG", sexId="M"), TODAY).notices == (WANTED,)
    assert search(notices, red_query(arrestWarrantCountryId="TZ"), TODAY).total == 0


def test_age_filter_uses_every_age_an_imprecise_birth_date_allows() -> None:
    yellow = parse_query(NoticeType.YELLOW, {"ageMin": "14", "ageMax": "14"})
    assert search([MISSING], yellow, TODAY).total == 1  # born in 2012: 13 or 14 in June 2026


def test_notice_without_a_date_of_birth_is_left_out_of_age_searches() -> None:
    undated = PublicNotice(NoticeType.RED, NoticeReference(2026, 3), name="X")
    assert search([undated], red_query(ageMin="18"), TODAY).total == 0


def test_possible_ages_of_a_year_of_birth_span_two_years() -> None:
    assert possible_ages(PartialDate(2012), TODAY) == (13, 14)


def test_free_text_searches_names_place_and_charges() -> None:
    assert search([WANTED], red_query(freeText="meurtre kisumu"), TODAY).total == 1
    assert search([WANTED], red_query(freeText="fraud"), TODAY).total == 0


def test_search_pages_newest_reference_first() -> None:
    notices = [
        PublicNotice(NoticeType.RED, NoticeReference(2026, n), name=f"N{n}") for n in range(1, 6)
    ]
    page = search(notices, red_query(page="2", resultPerPage="2"), TODAY)
    assert page.total == 5
    assert [n.reference.number for n in page.notices] == [3, 2]


# List answer


def test_list_answer_has_total_query_embedded_notices_and_paging_links() -> None:
    query = red_query(nationality="KE", resultPerPage="1")
    answer = notice_list(search([WANTED], query, TODAY), query, BASE)
    assert answer["total"] == 1
    assert answer["query"] == {"nationality": "KE", "page": 1, "resultPerPage": 1}
    assert answer["_embedded"]["notices"][0]["entity_id"] == "2026/1234"
    assert answer["_links"] == {
        "self": {"href": f"{BASE}/notices/v1/red?nationality=KE&page=1&resultPerPage=1"},
        "first": {"href": f"{BASE}/notices/v1/red?nationality=KE&page=1&resultPerPage=1"},
        "last": {"href": f"{BASE}/notices/v1/red?nationality=KE&page=1&resultPerPage=1"},
    }


def test_list_answer_links_to_the_next_page_when_there_is_one() -> None:
    notices = [
        PublicNotice(NoticeType.RED, NoticeReference(2026, n), name=f"N{n}") for n in range(1, 6)
    ]
    query = red_query(resultPerPage="2")
    links = notice_list(search(notices, query, TODAY), query, BASE)["_links"]
    assert links["next"] == {"href": f"{BASE}/notices/v1/red?page=2&resultPerPage=2"}
    assert links["last"] == {"href": f"{BASE}/notices/v1/red?page=3&resultPerPage=2"}


def test_empty_list_answer_still_has_a_first_and_last_page() -> None:
    query = red_query()
    answer = notice_list(search([], query, TODAY), query, BASE)
    assert answer["total"] == 0
    assert answer["_embedded"] == {"notices": []}
    assert answer["_links"]["last"] == answer["_links"]["first"]
