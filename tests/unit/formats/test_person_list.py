"""Person lists for screening: CSV and JSON Lines, with errors naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pamoja.formats.person_list import PersonListError, read_pairs, read_person_list
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_row_becomes_a_subject_with_all_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.csv",
        "id,full_name,aliases,gender,date_of_birth,place_of_birth,nationality,document_number,"
        "document_country\n"
        "w1,Mohammed Yusuf,Abu Yusuf; M. Yusuf,m,1980-05,Mogadishu,SO;Kenya,A123,NG\n",
    )
    [row] = list(read_person_list(path))
    subject = row.subject
    assert subject.id == "w1"
    assert subject.names == ("Mohammed Yusuf", "Abu Yusuf", "M. Yusuf")
    assert subject.gender == Gender.MALE
    assert subject.birth_date == PartialDate(1980, 5)
    assert subject.nationalities == ("SOM", "KEN")
    assert subject.documents == ("NGA:A123",)
    assert row.place_of_birth == "Mogadishu"


def test_name_parts_are_joined_when_full_name_is_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "first_name,middle_name,last_name\nAmina,,Okonkwo\n")
    assert next(read_person_list(path)).subject.names == ("Amina Okonkwo",)


def test_missing_id_becomes_the_line_number(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "full_name\nAmina Okonkwo\nAli Hassan\n")
    assert [row.subject.id for row in read_person_list(path)] == ["2", "3"]


def test_json_lines_accept_lists(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.jsonl",
        '{"id": "j1", "full_name": "Ali", "aliases": ["Aly"], "nationality": ["NGA"]}\n',
    )
    subject = next(read_person_list(path)).subject
    assert subject.names == ("Ali", "Aly")
    assert subject.nationalities == ("NGA",)


def test_impossible_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "id,full_name,date_of_birth\na,Ali,1980\nb,Aly,1980-02-31\n")
    with pytest.raises(PersonListError, match=r"list\.csv, line 3, field date_of_birth: day 31"):
        list(read_person_list(path))


def test_unknown_country_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "full_name,nationality\nAli,Atlantis\n")
    with pytest.raises(PersonListError, match="line 2, field nationality"):
        list(read_person_list(path))


def test_unknown_gender_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "full_name,gender\nAli,robot\n")
    with pytest.raises(PersonListError, match="field gender"):
        list(read_person_list(path))


def test_row_without_name_or_document_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "id,full_name\nx1,\n")
    with pytest.raises(PersonListError, match="line 2, field full_name"):
        list(read_person_list(path))


def test_broken_json_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "list.jsonl", '{"full_name": "Ali"}\n{oops\n')
    with pytest.raises(PersonListError, match=r"list\.jsonl, line 2: not JSON"):
        list(read_person_list(path))


def test_unknown_extension_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "list.xlsx", "")
    with pytest.raises(PersonListError, match=r"\.csv or \.jsonl"):
        list(read_person_list(path))


def test_pairs_are_read_with_their_optional_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "pairs.csv", "name1,name2,dob1,dob2\nAli,Aly,1980,1980-05\n")
    [pair] = list(read_pairs(path))
    assert (pair.first.names, pair.second.names) == (("Ali",), ("Aly",))
    assert pair.second.birth_date == PartialDate(1980, 5)


def test_pair_errors_name_the_pair_column(tmp_path: Path) -> None:
    path = write(tmp_path, "pairs.csv", "name1,name2,dob1,dob2\nAli,Aly,1980,19x0\n")
    with pytest.raises(PersonListError, match="line 2, field dob2"):
        list(read_pairs(path))
