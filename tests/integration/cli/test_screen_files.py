"""`pamoja screen` and `pamoja compare` on small files, through Typer's test runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pamoja.cli.main import app
from pamoja.matching.forked import fork_pool

runner = CliRunner()

WATCHLIST = (
    "id,full_name,aliases,date_of_birth,nationality,document_number\n"
    "w1,Mohammed Yusuf,Abu Yusuf,1980-05-12,SO,A123 456\n"
    "w2,Abd al-Rahman Hassan,,1975,NGA,\n"
    "w3,Amina Okonkwo,,1990-01-02,NG,\n"
)
QUERIES = (
    '{"id": "q1", "full_name": "محمد يوسف", "date_of_birth": "1980-05-12"}\n'
    '{"id": "q2", "first_name": "Abdulrahman", "last_name": "Hasan"}\n'
    '{"id": "q3", "full_name": "Lars Eriksson"}\n'
)


def files(tmp_path: Path) -> tuple[Path, Path]:
    watchlist = tmp_path / "watchlist.csv"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    queries = tmp_path / "queries.jsonl"
    queries.write_text(QUERIES, encoding="utf-8")
    return watchlist, queries


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_screen_writes_one_row_per_match_above_the_alert_threshold(tmp_path: Path) -> None:
    watchlist, queries = files(tmp_path)
    result = runner.invoke(app, ["screen", str(watchlist), str(queries)])
    assert result.exit_code == 0, result.output
    found = rows(result.stdout)
    assert [(row["query_id"], row["rank"], row["match_id"]) for row in found] == [
        ("q1", "1", "w1"),
        ("q2", "1", "w2"),
    ]
    assert "date_of_birth +0.15" in found[0]["explanation"]


def test_screen_over_many_batches_in_two_processes_finds_what_one_process_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watchlist, queries = files(tmp_path)
    queries.write_text(QUERIES * 4, encoding="utf-8")
    alone = runner.invoke(app, ["screen", str(watchlist), str(queries), "--workers", "1"])
    monkeypatch.setattr("pamoja.cli.screen_files.BATCH", 4)
    monkeypatch.setattr("pamoja.matching.parallel.MIN_QUERIES_PER_WORKER", 2)
    forks: list[int] = []
    monkeypatch.setattr(
        "pamoja.matching.parallel.fork_pool",
        lambda processes: forks.append(processes) or fork_pool(processes),
    )
    shared = runner.invoke(app, ["screen", str(watchlist), str(queries), "--workers", "2"])
    assert shared.exit_code == 0, shared.output
    assert rows(shared.stdout) == rows(alone.stdout)
    assert len(rows(shared.stdout)) == 8
    assert forks == [1]


def test_screen_threshold_and_limit_shape_the_output(tmp_path: Path) -> None:
    watchlist, queries = files(tmp_path)
    result = runner.invoke(
        app, ["screen", str(watchlist), str(queries), "--threshold", "0.99", "--limit", "1"]
    )
    assert result.exit_code == 0
    assert rows(result.stdout) == []


def test_screen_writes_json_lines_to_a_file(tmp_path: Path) -> None:
    watchlist, queries = files(tmp_path)
    out = tmp_path / "hits.jsonl"
    result = runner.invoke(
        app, ["screen", str(watchlist), str(queries), "--format", "jsonl", "--out", str(out)]
    )
    assert result.exit_code == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"query_id", "rank", "match_id", "score", "explanation"}


def test_screen_reports_a_bad_row_with_file_line_and_field(tmp_path: Path) -> None:
    watchlist, queries = files(tmp_path)
    watchlist.write_text("id,full_name,date_of_birth\nw1,Ali,1980-13-01\n", encoding="utf-8")
    result = runner.invoke(app, ["screen", str(watchlist), str(queries)])
    assert result.exit_code == 2
    assert "watchlist.csv, line 2, field date_of_birth" in result.stderr


def test_compare_adds_score_decision_and_explanation(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "name1,name2,dob1,dob2\nMohammed Yusuf,محمد يوسف,1980-05-12,1980-05-12\n"
        "Ali Hassan,Wang Xiaoming,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["compare", str(pairs)])
    assert result.exit_code == 0, result.output
    found = rows(result.stdout)
    assert [row["decision"] for row in found] == ["alert", "none"]
    assert found[0]["name1"] == "Mohammed Yusuf"
    assert float(found[0]["score"]) == 0.95


def test_compare_organisations_ignores_legal_forms(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "name1,name2\nGolden Star Trading Co. Ltd,GOLDEN STAR TRADING LLC\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["compare", str(pairs), "--kind", "organisation"])
    assert rows(result.stdout)[0]["decision"] == "alert"


def test_help_of_each_command_shows_an_example() -> None:
    for command in ("screen", "compare"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert f"pamoja {command}" in result.stdout


def test_screen_a_later_watchlist_row_with_the_same_id_replaces_the_earlier(
    tmp_path: Path,
) -> None:
    watchlist, queries = files(tmp_path)
    watchlist.write_text(WATCHLIST + "w1,Lars Eriksson,,,,\n", encoding="utf-8")
    result = runner.invoke(app, ["screen", str(watchlist), str(queries)])
    assert result.exit_code == 0, result.output
    assert [(row["query_id"], row["match_id"]) for row in rows(result.stdout)] == [
        ("q2", "w2"),
        ("q3", "w1"),
    ]
