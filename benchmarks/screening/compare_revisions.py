"""Search speed of two revisions of the screening engine, measured in the same minutes: each
revision searches in a process of its own, over an index of the same generated persons, and
the two take turns on fresh queries, so that the machine's drift falls on both alike.

    .venv/bin/python benchmarks/screening/compare_revisions.py 0cb7f11 --size 50000 --rounds 8

The base revision is checked out in a temporary git worktree and installed, compiled modules
and all, into a temporary folder with pip; the other side is this working tree (built by
`make install`). One process each,
`search_batch` of 1,000 queries a round (500 positives, 500 hard negatives).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GIT = shutil.which("git") or "git"


def child(packages: Path, size: int, rounds: int) -> None:
    """One side, its package from the folder `packages`: build the index, then search a round
    each time the parent says go."""
    sys.path.insert(0, str(packages))
    sys.path.insert(0, str(HERE))
    from population import make_person
    from run import query_set, subject, watchlist_subject

    import pamoja
    from pamoja.matching import ScreeningIndex

    if not Path(pamoja.__file__).is_relative_to(packages):
        raise SystemExit(f"imported {pamoja.__file__}, not the one in {packages}")
    rng = random.Random(7)
    persons = [make_person(rng, f"w{i}") for i in range(size)]
    index = ScreeningIndex([watchlist_subject(rng, person) for person in persons])
    rounds_of_queries = [
        [subject(q.person, q.name) for q in query_set(rng, persons, 500)] for _ in range(rounds)
    ]
    print("ready", flush=True)
    for queries in rounds_of_queries:
        sys.stdin.readline()
        started = time.perf_counter()
        index.search_batch(queries, limit=5)
        print(time.perf_counter() - started, len(queries), flush=True)


def install_revision(revision: str, into: Path) -> Path:
    """The package as of `revision`, built (compiled modules too) and installed in a folder
    of its own under `into`, which is returned."""
    tree, target = into / "tree", into / "installed"
    subprocess.run(
        [GIT, "-C", str(ROOT), "worktree", "add", "--detach", str(tree), revision],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                *(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"),
                *("--target", str(target), str(tree)),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        subprocess.run(
            [GIT, "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("base", help="git revision to compare the working tree with")
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.size, args.rounds)
        return
    with tempfile.TemporaryDirectory() as scratch:
        base = install_revision(args.base, Path(scratch))
        rates = race({"base " + args.base: base, "working tree": ROOT / "src"}, args)
    for name, rate in rates.items():
        print(f"{name}: {rate:,.0f} queries/s")
    base_rate, ours = rates.values()
    print(f"working tree / base: {ours / base_rate:.3f}")


def race(sides: dict[str, Path], args: argparse.Namespace) -> dict[str, float]:
    """Queries per second of each side, the sides taking turns round by round (each first
    in every other round)."""
    processes = {
        name: subprocess.Popen(
            [
                *(sys.executable, __file__, "x", "--child", str(packages)),
                *("--size", str(args.size), "--rounds", str(args.rounds)),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, packages in sides.items()
    }
    for process in processes.values():
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise SystemExit("a side failed to build its index")
    seconds = dict.fromkeys(processes, 0.0)
    searched = dict.fromkeys(processes, 0)
    order = list(processes.items())
    for round_number in range(args.rounds):
        # each side goes first in every other round, so that neither always finds the
        # machine as the other left it
        for name, process in order if round_number % 2 == 0 else reversed(order):
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write("go\n")
            process.stdin.flush()
            spent, count = process.stdout.readline().split()
            seconds[name] += float(spent)
            searched[name] += int(count)
    for process in processes.values():
        process.wait()
    return {name: searched[name] / seconds[name] for name in processes}


if __name__ == "__main__":
    main()
