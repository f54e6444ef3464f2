"""`pamoja import`: records from CSV or JSON Lines, all-or-nothing unless --skip-bad."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.model.audit import AuditAction
from pamoja.model.dates import PartialDate
from pamoja.model.record_views import FullRecord, RecordFilter
from pamoja.model.records import DocumentDetails, PersonDetails, RecordKind
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService
from tests.support.world import World

runner = CliRunner()

GOOD_CSV = (
    "full_name,aliases,gender,date_of_birth,nationality,identifiers,scope,scope_bodies\n"
    "Juma Mwangi,J. Mwangi,m,1984-03,KE,national_id:23456789:KE,regional_bodies,AFRIPOL\n"
    "محمد عبد الرحمن يوسف,Mohammed Abdulrahman Yusuf,male,1979,Somalia;KEN,,,\n"
    "Иван Петров,Ivan Petrov,,1990-07-02,RUS,,,\n"
)

BAD_CSV = (
    "full_name,date_of_birth,nationality\n"
    "Amina Diallo,1988-02-14,SEN\n"
    "Wrong Date,1984-13-01,KEN\n"
    "Unknown Country,1990,Atlantis\n"
    ",1975,UGA\n"
    '"Broken "quote,1990,KEN\n'
    "Good Again,1991,FRA\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def records_of(platform: Platform, world: World) -> list[FullRecord]:
    views = RecordService(platform).find(world.ke_officer, RecordFilter(), per_page=200).items
    return [v for v in views if isinstance(v, FullRecord)]


def import_events(platform: Platform) -> int:
    with platform.uow() as uow:
        return len(uow.audit.events(action=AuditAction.IMPORT))


def test_a_good_csv_becomes_records_of_the_importers_bureau(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "persons.csv", GOOD_CSV)

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert result.exit_code == 0, result.output
    found = {r.label.split(" (")[0]: r for r in records_of(platform, world)}
    assert set(found) == {"Juma Mwangi", "محمد عبد الرحمن يوسف", "Иван Петров"}
    assert {r.owner.code for r in found.values()} == {"KEN-NCB"}
    juma = found["Juma Mwangi"].details
    assert isinstance(juma, PersonDetails)
    assert juma.date_of_birth == PartialDate(1984, 3)
    assert juma.nationalities == ("KEN",)
    assert found["Juma Mwangi"].sharing.regional_bodies == frozenset({"AFRIPOL"})
    somali = found["محمد عبد الرحمن يوسف"].details
    assert isinstance(somali, PersonDetails)
    assert somali.nationalities == ("SOM", "KEN")


def test_an_import_is_one_audited_event_in_the_importers_name(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "persons.csv", GOOD_CSV)

    runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    with platform.uow() as uow:
        (event,) = uow.audit.events(action=AuditAction.IMPORT)
    assert event.entry.actor_username == "ke_officer"
    assert event.entry.detail == {"source": "persons.csv", "count": 3}
    assert len(event.entry.record_ids) == 3


def test_a_json_lines_file_of_several_kinds_is_imported(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    lines = [
        {"kind": "person", "first_name": "Amina", "last_name": "Okonkwo", "nationality": ["NG"]},
        {
            "kind": "document",
            "number": "AK1234567",
            "document_kind": "passport",
            "issuing_country": "Kenya",
            "status": "stolen",
        },
    ]
    file = write(tmp_path, "mixed.jsonl", "".join(json.dumps(line) + "\n" for line in lines))

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert result.exit_code == 0, result.output
    kinds = {r.kind: r.details for r in records_of(platform, world)}
    document = kinds[RecordKind.DOCUMENT]
    assert isinstance(document, DocumentDetails)
    assert (document.issuing_country, document.status.value) == ("KEN", "stolen")
    person = kinds[RecordKind.PERSON]
    assert isinstance(person, PersonDetails)
    assert person.names[0].family_name == "Okonkwo"


def test_a_bad_csv_gives_one_message_per_bad_row_naming_line_and_field(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "bad.csv", BAD_CSV)

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert result.exit_code == 1
    messages = [line for line in result.stderr.splitlines() if line.startswith("bad.csv:")]
    assert len(messages) == 4
    assert messages[0].startswith("bad.csv:3: date_of_birth: '1984-13-01'")
    assert messages[1].startswith("bad.csv:4: nationality: unknown country 'Atlantis'")
    assert messages[2].startswith("bad.csv:5: full_name:")
    assert messages[3].startswith("bad.csv:6: broken CSV quoting")
    assert "Traceback" not in result.output


def test_a_bad_csv_leaves_the_database_unchanged(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "bad.csv", BAD_CSV)

    runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert records_of(platform, world) == []
    assert import_events(platform) == 0


def test_an_unclosed_quote_is_reported_at_the_row_where_it_opens(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "open.csv", 'full_name,nationality\n"Open quote,KEN\nNext,UGA\n')

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert result.exit_code == 1
    assert "open.csv:2: broken CSV quoting" in result.stderr
    assert "quote opened on this row is not closed" in result.stderr


def test_an_unknown_column_is_refused_by_name(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "extra.csv", "full_name,eye_colour\nJuma Mwangi,brown\n")

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer"])

    assert result.exit_code == 1
    assert "extra.csv:1: unknown column(s) 'eye_colour'" in result.stderr


def test_a_row_above_the_importers_clearance_is_reported_with_its_line(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(
        tmp_path,
        "secret.csv",
        "full_name,classification\nPublic Person,public\nSecret Person,confidential\n",
    )

    result = runner.invoke(app, ["import", str(file), "--as", "ke_low"])

    assert result.exit_code == 1
    assert "secret.csv:3: classification: confidential is above your clearance" in result.stderr
    assert records_of(platform, world) == []


def test_skip_bad_imports_the_good_rows_and_writes_the_bad_ones_with_their_error(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "bad.csv", BAD_CSV)
    rejects = tmp_path / "rejects.csv"

    result = runner.invoke(
        app,
        ["import", str(file), "--as", "ke_officer", "--skip-bad", "--rejects", str(rejects)],
    )

    assert result.exit_code == 0, result.output
    labels = sorted(r.label.split(" (")[0] for r in records_of(platform, world))
    assert labels == ["Amina Diallo", "Good Again"]
    with rejects.open(encoding="utf-8", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert [r["error"].split(":")[1] for r in rejected] == ["3", "4", "5", "6"]
    assert rejected[0]["full_name"] == "Wrong Date"
    assert rejected[0]["date_of_birth"] == "1984-13-01"


def test_skip_bad_sets_aside_rows_the_record_service_refuses(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(
        tmp_path,
        "mixed.csv",
        "full_name,scope,scope_bodies\nKept,all_members,\nRefused,regional_bodies,NOSUCHBODY\n",
    )
    rejects = tmp_path / "rejects.csv"

    result = runner.invoke(
        app,
        ["import", str(file), "--as", "ke_officer", "--skip-bad", "--rejects", str(rejects)],
    )

    assert result.exit_code == 0, result.output
    assert [r.label for r in records_of(platform, world)] == ["Kept"]
    assert "mixed.csv:3: scope_bodies: NOSUCHBODY is not a regional body" in rejects.read_text()


def test_skip_bad_needs_a_rejects_file(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "persons.csv", GOOD_CSV)

    result = runner.invoke(app, ["import", str(file), "--as", "ke_officer", "--skip-bad"])

    assert result.exit_code == 1
    assert "--skip-bad and --rejects FILE go together" in result.stderr


def test_an_unknown_importer_is_a_clear_error(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    file = write(tmp_path, "persons.csv", GOOD_CSV)

    result = runner.invoke(app, ["import", str(file), "--as", "nobody"])

    assert result.exit_code == 1
    assert "no active user is called 'nobody'" in result.stderr


def test_a_missing_file_is_a_clear_error(
    cli_env: str, platform: Platform, world: World, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "nope.csv"), "--as", "ke_officer"])

    assert result.exit_code == 1
    assert "No such file or directory" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
