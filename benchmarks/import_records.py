"""Benchmark of `pamoja import`: N person rows of realistic multilingual CSV into a fresh SQLite.

Generates N persons with the demo generator (names in Latin, Arabic, Ethiopic, Cyrillic, CJK,
Hangul and Thai scripts, partial birth dates, nationalities, identifiers, mixed sharing),
writes them as an import CSV, sets up a fresh SQLite database with the demo membership, then
runs `pamoja import` as a separate process (the CLI code path, start-up included) and times it.

Two peers are measured in the same run on the same file:
- `csv parse`: the csv module reading every row, nothing else (the floor of reading);
- `sqlite3 executemany`: csv parsing plus a raw sqlite3 `executemany` of the same rows into
  an equivalent records table (JSON details, search text) in one transaction: what a loader
  with no validation, no sharing index, no facets and no audit would cost.

Run from the repository root:

    .venv/bin/python benchmarks/import_records.py --rows 100000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pamoja.config import Settings
from pamoja.demo.bureaus import BUREAUS, DEMO_ACCOUNTS
from pamoja.demo.countries import COUNTRIES, REGIONAL_BODIES
from pamoja.demo.dataset import DEFAULT_SEED, DemoDataset, stream
from pamoja.demo.values import DemoRecord
from pamoja.formats.record_file import FileFormat, write_records
from pamoja.formats.record_row import FileRecord, columns_for
from pamoja.model.records import PersonDetails, RecordKind
from pamoja.services.demo_seed import seed_demo
from pamoja.services.platform import bootstrap
from pamoja.store.schema import upgrade

IMPORTER = "ke.supervisor"
"""A demo account whose clearance (confidential) covers every generated record."""

SECRET = "benchmark-secret-key-that-is-long-enough-0123"  # noqa: S105 - a throwaway database


def persons(count: int, seed: int) -> Iterator[FileRecord]:
    """`count` generated persons as import records (owner bureau is the importer's)."""
    made = 0
    for item in stream(seed, count):
        if not isinstance(item, DemoRecord) or not isinstance(item.details, PersonDetails):
            continue
        yield FileRecord(
            details=item.details,
            classification=item.classification,
            scope=item.scope,
            countries=item.countries,
            regional_bodies=item.regional_bodies,
            outside_scope=item.outside_scope,
        )
        made += 1
        if made == count:
            return


def write_csv(path: Path, count: int, seed: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        for _ in write_records(
            handle, FileFormat.CSV, persons(count, seed), columns_for(RecordKind.PERSON)
        ):
            pass


def fresh_database(path: Path) -> str:
    """A migrated SQLite database holding the demo membership and accounts, no records."""
    url = f"sqlite:///{path}"
    upgrade(url)
    settings = Settings(database_url=url, secret_key=SECRET)
    platform = bootstrap(settings)
    membership = DemoDataset(COUNTRIES, REGIONAL_BODIES, BUREAUS, DEMO_ACCOUNTS, (), ())
    seed_demo(platform, membership)
    platform.close()
    return url


def time_cli_import(csv_path: Path, url: str) -> float:
    env = {**os.environ, "PAMOJA_DATABASE_URL": url, "PAMOJA_SECRET_KEY": SECRET}
    pamoja = Path(sys.executable).with_name("pamoja")
    started = time.perf_counter()
    done = subprocess.run(
        [str(pamoja), "import", str(csv_path), "--as", IMPORTER],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"pamoja import failed:\n{done.stderr[-3000:]}")
    return seconds


def time_csv_parse(csv_path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = sum(1 for _ in csv.reader(handle)) - 1
    return time.perf_counter() - started, rows


def time_raw_sqlite(csv_path: Path, db_path: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE records (id INTEGER PRIMARY KEY, reference TEXT UNIQUE, kind TEXT, "
        "label TEXT, owner_country TEXT, classification TEXT, scope TEXT, scope_countries TEXT, "
        "scope_bodies TEXT, outside_scope TEXT, details TEXT, search_text TEXT)"
    )
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [
            (
                f"KEN/2026/{number:06d}",
                "person",
                row["full_name"],
                "KEN",
                row["classification"],
                row["scope"],
                row["scope_countries"],
                row["scope_bodies"],
                row["outside_scope"],
                json.dumps(row, ensure_ascii=False),
                row["full_name"].casefold(),
            )
            for number, row in enumerate(reader, start=1)
        ]
    with connection:
        connection.executemany(
            "INSERT INTO records (reference, kind, label, owner_country, classification, scope, "
            "scope_countries, scope_bodies, outside_scope, details, search_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="person rows to import")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pamoja-import-bench-") as folder:
        work = Path(folder)
        csv_path = work / "persons.csv"
        started = time.perf_counter()
        write_csv(csv_path, args.rows, args.seed)
        generated = time.perf_counter() - started
        size_mb = csv_path.stat().st_size / 2**20
        url = fresh_database(work / "pamoja.sqlite3")
        parse_seconds, rows = time_csv_parse(csv_path)
        raw_seconds = time_raw_sqlite(csv_path, work / "raw.sqlite3")
        import_seconds = time_cli_import(csv_path, url)
    print(f"rows: {rows:,} persons, {size_mb:.1f} MB of CSV (generated in {generated:.1f} s)")
    print("| what | seconds | rows/s | pamoja import is slower by |")
    print("| --- | ---: | ---: | ---: |")
    for name, seconds in (
        ("`pamoja import` (process start to exit)", import_seconds),
        ("peer: csv parse only", parse_seconds),
        ("peer: csv + raw sqlite3 executemany", raw_seconds),
    ):
        ratio = import_seconds / seconds
        print(f"| {name} | {seconds:.2f} | {rows / seconds:,.0f} | {ratio:.1f}x |")


if __name__ == "__main__":
    main()
