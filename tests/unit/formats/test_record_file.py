"""The record import/export format: reading rows, naming every problem, writing what it reads."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from pamoja.formats.record_file import (
    BadRow,
    FileFormat,
    FileUnreadable,
    GoodRow,
    RecordFileReader,
    RejectWriter,
    RowOutcome,
    write_records,
)
from pamoja.formats.record_row import FileRecord, columns_for
from pamoja.model.dates import PartialDate
from pamoja.model.records import (
    AssetDetails,
    AssetKind,
    DocumentDetails,
    DocumentKind,
    DocumentStatus,
    Gender,
    Identifier,
    NameKind,
    OrganisationDetails,
    OrganisationKind,
    PersonDetails,
    PersonName,
    VehicleDetails,
    VehicleStatus,
)
from pamoja.model.sharing import Classification, OutsideScope, Scope


def read_csv(text: str) -> list[RowOutcome]:
    return list(RecordFileReader(io.StringIO(text, newline=""), FileFormat.CSV, "f.csv"))


def read_jsonl(*rows: object) -> list[RowOutcome]:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return list(RecordFileReader(io.StringIO(text), FileFormat.JSONL, "f.jsonl"))


def only_record(outcomes: list[RowOutcome]) -> FileRecord:
    (outcome,) = outcomes
    assert isinstance(outcome, GoodRow), outcome
    return outcome.record


def only_message(outcomes: list[RowOutcome]) -> str:
    (outcome,) = outcomes
    assert isinstance(outcome, BadRow), outcome
    return outcome.message("f.csv")


def test_a_person_row_keeps_names_as_written_and_dates_at_their_precision() -> None:
    record = only_record(
        read_csv(
            "full_name,aliases,date_of_birth,nationality,gender\n"
            "محمد يوسف,Mohammed Yusuf;Abu Yusuf,1980-05,SO;Kenya,f\n"
        )
    )
    details = record.details
    assert isinstance(details, PersonDetails)
    assert details.names == (
        PersonName("محمد يوسف"),
        PersonName("Mohammed Yusuf", NameKind.ALIAS),
        PersonName("Abu Yusuf", NameKind.ALIAS),
    )
    assert details.date_of_birth == PartialDate(1980, 5)
    assert details.nationalities == ("SOM", "KEN")
    assert details.gender is Gender.FEMALE


def test_name_parts_make_the_full_name_and_keep_given_and_family() -> None:
    details = only_record(
        read_csv("first_name,middle_name,last_name\nJuma,Baraka,Mwangi\n")
    ).details
    assert isinstance(details, PersonDetails)
    assert details.names[0] == PersonName(
        "Juma Baraka Mwangi", NameKind.PRIMARY, "Juma Baraka", "Mwangi"
    )


def test_sharing_defaults_to_restricted_for_all_members_with_hit_only() -> None:
    record = only_record(read_csv("full_name\nJuma Mwangi\n"))
    assert (record.classification, record.scope, record.outside_scope) == (
        Classification.RESTRICTED,
        Scope.ALL_MEMBERS,
        OutsideScope.HIT_ONLY,
    )


def test_scope_countries_are_read_as_alpha3() -> None:
    record = only_record(
        read_csv("full_name,scope,scope_countries\nJuma,countries,UG;Tanzania;RWA\n")
    )
    assert record.countries == frozenset({"UGA", "TZA", "RWA"})


def test_identifiers_are_kind_value_and_optional_country() -> None:
    details = only_record(
        read_csv("full_name,identifiers\nJuma,national_id:23456789:KE;phone:+254700000000\n")
    ).details
    assert isinstance(details, PersonDetails)
    assert details.identifiers == (
        Identifier("national_id", "23456789", "KEN"),
        Identifier("phone", "+254700000000"),
    )


def test_a_wrong_date_names_the_column_and_the_value() -> None:
    message = only_message(read_csv("full_name,date_of_birth\nJuma,1984-02-30\n"))
    assert message == "f.csv:2: date_of_birth: '1984-02-30': day 30 does not exist in 1984-02"


def test_an_unknown_country_names_the_column() -> None:
    message = only_message(read_csv("full_name,nationality\nJuma,Atlantis\n"))
    assert message.startswith("f.csv:2: nationality: unknown country 'Atlantis'")


def test_a_person_without_a_name_is_refused() -> None:
    message = only_message(read_csv("full_name,nationality\n,KEN\n"))
    assert message == "f.csv:2: full_name: a person needs full_name or first/last_name"


def test_every_problem_of_a_row_is_in_its_one_message() -> None:
    message = only_message(read_csv("full_name,date_of_birth,nationality\n,1984-13,XX\n"))
    assert "full_name:" in message
    assert "date_of_birth:" in message
    assert "nationality:" in message


def test_an_unknown_choice_lists_the_accepted_values() -> None:
    message = only_message(read_csv("full_name,classification\nJuma,secret\n"))
    assert "classification: 'secret' is not one of public, restricted, confidential" in message


def test_scope_countries_without_scope_countries_is_refused() -> None:
    message = only_message(read_csv("full_name,scope_countries\nJuma,UGA\n"))
    assert "scope_countries: only with scope countries" in message


def test_a_column_of_another_kind_is_refused_when_filled() -> None:
    message = only_message(read_csv("full_name,vin\nJuma,JTEBU3FJ9K5123456\n"))
    assert message == "f.csv:2: vin: does not apply to a person record"


def test_broken_quoting_is_a_bad_row_and_reading_goes_on() -> None:
    outcomes = read_csv('full_name,nationality\n"Juma "M",KEN\nAmina,SEN\n')
    assert isinstance(outcomes[0], BadRow)
    assert outcomes[0].message("f.csv").startswith("f.csv:2: broken CSV quoting")
    assert isinstance(outcomes[1], GoodRow)
    assert outcomes[1].line == 3


def test_an_unclosed_quote_names_the_line_it_opens_on_and_the_lines_it_swallows() -> None:
    message = only_message(read_csv('full_name,nationality\n"Juma,KEN\nAmina,SEN\n'))
    assert message.startswith("f.csv:2: broken CSV quoting")
    assert "from line 2 to line 3" in message


def test_a_row_with_too_many_fields_is_refused() -> None:
    message = only_message(read_csv("full_name,nationality\nJuma,KEN,extra\n"))
    assert message == "f.csv:2: the row has 3 fields but the header has 2"


def test_line_numbers_count_quoted_newlines() -> None:
    outcomes = read_csv('full_name,place_of_birth\nJuma,"Mombasa\nOld Town"\nAmina,1984-99\n')
    assert [o.line for o in outcomes] == [2, 4]


def test_an_unknown_column_in_the_header_stops_the_file() -> None:
    with pytest.raises(FileUnreadable, match=r"f.csv:1: unknown column\(s\) 'eye_colour'"):
        read_csv("full_name,eye_colour\nJuma,brown\n")


def test_a_column_given_twice_stops_the_file() -> None:
    with pytest.raises(FileUnreadable, match="'full_name' appears twice"):
        read_csv("full_name,Full_Name\nJuma,Juma\n")


def test_an_empty_file_stops_with_a_message() -> None:
    with pytest.raises(FileUnreadable, match="empty"):
        read_csv("")


def test_json_lines_accept_lists_for_list_columns() -> None:
    details = only_record(
        read_jsonl({"full_name": "Juma", "aliases": ["J. M."], "nationality": ["KE", "UG"]})
    ).details
    assert isinstance(details, PersonDetails)
    assert details.nationalities == ("KEN", "UGA")


def test_a_json_line_with_an_unknown_key_names_it() -> None:
    (outcome,) = read_jsonl({"full_name": "Juma", "eye_colour": "brown"})
    assert isinstance(outcome, BadRow)
    assert "eye_colour: unknown column" in outcome.message("f.jsonl")


def test_a_line_that_is_not_json_is_a_bad_row() -> None:
    reader = RecordFileReader(io.StringIO('{"full_name": "Juma"\n'), FileFormat.JSONL, "f.jsonl")
    (outcome,) = list(reader)
    assert isinstance(outcome, BadRow)
    assert outcome.message("f.jsonl").startswith("f.jsonl:1: not JSON")


RECORDS = [
    FileRecord(
        PersonDetails(
            names=(
                PersonName("Иван Петров", NameKind.PRIMARY, "Иван", "Петров"),
                PersonName("Ivan Petrov", NameKind.ALIAS),
                PersonName("Ivan Sidorov", NameKind.BIRTH_NAME),
            ),
            date_of_birth=PartialDate(1979),
            gender=Gender.MALE,
            nationalities=("RUS", "KAZ"),
            place_of_birth="Омск",
            country_of_birth="RUS",
            identifiers=(Identifier("passport", "751234567", "RUS"),),
        ),
        Classification.CONFIDENTIAL,
        Scope.COUNTRIES,
        frozenset({"KAZ", "UZB"}),
        frozenset(),
        OutsideScope.NOTHING,
        "RUS-CASE-1",
    ),
    FileRecord(
        DocumentDetails(
            "AK1234567",
            DocumentKind.PASSPORT,
            "KEN",
            DocumentStatus.STOLEN,
            PartialDate(2020, 1, 5),
            PartialDate(2030, 1, 4),
        ),
        scope=Scope.REGIONAL_BODIES,
        regional_bodies=frozenset({"AFRIPOL"}),
    ),
    FileRecord(
        VehicleDetails(
            "JTEBU3FJ9K5123456", "KDG 418M", "KEN", "Toyota", "Prado", "white", VehicleStatus.STOLEN
        )
    ),
    FileRecord(
        AssetDetails(
            AssetKind.CRYPTO_WALLET,
            "USDT wallet",
            (Identifier("wallet", "TR2fGjRboVJ6YWXiTr1VBwuRWj2zcTf5Rk"),),
            Decimal("125000.50"),
            "USD",
            "KHM",
        )
    ),
    FileRecord(
        OrganisationDetails(
            "Golden Fortune Co., Ltd", OrganisationKind.SCAM_CENTRE, ("GF Park",), "MMR", "R-1"
        ),
        Classification.PUBLIC,
    ),
]


@pytest.mark.parametrize("fmt", list(FileFormat))
def test_what_is_written_reads_back_the_same(fmt: FileFormat) -> None:
    stream = io.StringIO(newline="")
    list(write_records(stream, fmt, RECORDS, columns_for(None)))

    stream.seek(0)
    outcomes = list(RecordFileReader(stream, fmt, "out"))

    assert [o.record for o in outcomes if isinstance(o, GoodRow)] == RECORDS


def test_rejected_csv_rows_keep_their_fields_and_add_the_error() -> None:
    outcomes = read_csv("full_name,date_of_birth\nJuma,1984-13\n")
    stream = io.StringIO(newline="")
    writer = RejectWriter(stream, FileFormat.CSV, ("full_name", "date_of_birth"))
    bad = outcomes[0]
    assert isinstance(bad, BadRow)

    writer.write(bad.raw, bad.message("f.csv"))

    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert rows[0]["full_name"] == "Juma"
    assert rows[0]["error"].startswith("f.csv:2: date_of_birth")


def test_a_rejected_json_line_gets_an_error_key() -> None:
    stream = io.StringIO()
    RejectWriter(stream, FileFormat.JSONL, None).write({"full_name": ""}, "f.jsonl:1: no name")
    assert json.loads(stream.getvalue()) == {"full_name": "", "error": "f.jsonl:1: no name"}
