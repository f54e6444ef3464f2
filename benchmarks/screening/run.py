"""Screening benchmark: quality and speed of pamoja.matching on synthetic multilingual
watchlists, against a brute-force rapidfuzz baseline and OpenSanctions' nomenklatura matchers.

    .venv/bin/python benchmarks/screening/run.py --sizes 50000 --queries 2000 --pairs 2000

Figures go to benchmarks/out/screening.json (and stdout); docs/benchmarks.md reports them.

Not a test: it takes minutes and uses both cores. Peers are installed on first use into
benchmarks/.peers (git-ignored) with pip.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
import venv
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from answerable import unanswerable
from measure import best_f1, peak_mb, percentile, precision_recall_f1, resident_mb
from population import LATIN_VARIANTS, Person, make_person
from public_pairs import public_pairs
from variants import Query, hard_negative, positive

from pamoja.matching import (
    ALERT_THRESHOLD,
    DEFAULT_CONFIG,
    REVIEW_THRESHOLD,
    Match,
    MatchConfig,
    ScreeningIndex,
    Subject,
    compare,
)
from pamoja.matching.birth_dates import compare_birth_dates
from pamoja.matching.text import words
from pamoja.model.countries import to_alpha2, to_alpha3
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT / "benchmarks" / ".peers"


def subject(person: Person, name: str | None = None, aliases: tuple[str, ...] = ()) -> Subject:
    year, month, day = person.birth
    birth = PartialDate(year) if person.year_only else PartialDate(year, month, day)
    return Subject(
        id=person.id,
        names=(name or person.name, *aliases),
        gender=Gender(person.gender),
        birth_date=birth,
        nationalities=(person.nationality,),
    )


def watchlist_subject(rng: random.Random, person: Person) -> Subject:
    aliases: list[str] = []
    if person.native and rng.random() < 0.3:
        aliases.append(person.native)
    if rng.random() < 0.2:
        aliases.append(" ".join(rng.choice(LATIN_VARIANTS.get(p, [p])) for p in person.parts))
    return subject(person, aliases=tuple(a for a in aliases if a != person.name))


@dataclass
class SizeResult:
    size: int
    figures: dict[str, float] = field(default_factory=dict)


def plain(name: str) -> str:
    """What a baseline without name knowledge does: transliterate, lower-case, sort words."""
    return " ".join(sorted(word.text for word in words(name)))


def brute_force(persons: list[Person], queries: list[Query], limit: int) -> tuple[float, float]:
    """recall@1 and queries/s of rapidfuzz process.cdist over every record (2 workers)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    choices = [plain(p.name) for p in persons]
    ids = [p.id for p in persons]
    sample = [q for q in queries if q.truth is not None][:limit]
    started = time.perf_counter()
    hits = 0
    for start in range(0, len(sample), 100):
        chunk = sample[start : start + 100]
        matrix = process.cdist(
            [plain(q.name) for q in chunk],
            choices,
            scorer=fuzz.token_sort_ratio,
            workers=2,
            dtype=np.uint8,
        )
        best = matrix.argmax(axis=1)
        hits += sum(ids[int(b)] == q.truth for b, q in zip(best, chunk, strict=True))
    seconds = time.perf_counter() - started
    return hits / len(sample), len(sample) / seconds


def tied_share(matches: list[Match], truth: str | None) -> float:
    """1/k where `truth` is one of k matches tied at the best score, else 0."""
    if not matches:
        return 0.0
    tied = [match.candidate_id for match in matches if match.score == matches[0].score]
    return 1 / len(tied) if truth in tied else 0.0


def query_set(rng: random.Random, persons: list[Person], count: int) -> list[Query]:
    """`count` positives (variants of listed persons) and as many hard negatives, alternating."""
    queries: list[Query] = []
    for n in range(count):
        queries.append(positive(rng, rng.choice(persons)))
        queries.append(hard_negative(rng, rng.choice(persons), f"n{n}"))
    return queries


def run_size(
    size: int, n_queries: int, seed: int, brute_queries: int, rounds: int, config: MatchConfig
) -> SizeResult:
    rng = random.Random(seed)
    result = SizeResult(size)
    persons = [make_person(rng, f"w{i}") for i in range(size)]
    subjects = [watchlist_subject(rng, p) for p in persons]
    queries = query_set(rng, persons, n_queries)
    query_subjects = [subject(q.person, q.name) for q in queries]
    # each speed measurement gets queries of its own, so that none finds the names of another's
    # already prepared (the caches of names then help none of them more than in service)
    first_2, batch_2, batch_1, single = (
        [subject(q.person, q.name) for q in query_set(rng, persons, count)]
        for count in (n_queries, n_queries, n_queries, 500)
    )
    later_rounds = [
        [subject(q.person, q.name) for q in query_set(rng, persons, n_queries)]
        for _ in range(rounds - 1)
    ]
    print(f"[{size}] data ready; building index", file=sys.stderr)

    before = resident_mb()
    started = time.perf_counter()
    index = ScreeningIndex(subjects, config)
    result.figures["build_s"] = time.perf_counter() - started
    del subjects
    result.figures["index_mb"] = resident_mb() - before
    print(f"[{size}] built in {result.figures['build_s']:.1f}s", file=sys.stderr)

    # speed: as screening runs, with the default (review) threshold; the first batch forks the
    # worker, which later batches of the unchanged index reuse (as `pamoja screen` does over a
    # file), so it is measured apart
    started = time.perf_counter()
    index.search_many(first_2, limit=5, workers=2)
    result.figures["first_batch_qps"] = len(first_2) / (time.perf_counter() - started)
    # the peer and pamoja take turns, pamoja on fresh queries each round: the machine's speed
    # drifts within seconds, so each round's ratio compares the two at one moment, and the
    # figures are the medians of the rounds
    ours: list[float] = []
    peer: list[float] = []
    for round_queries in (batch_2, *later_rounds):
        bf_recall, speed = brute_force(persons, queries, brute_queries)
        peer.append(speed)
        started = time.perf_counter()
        index.search_many(round_queries, limit=5, workers=2)
        ours.append(len(round_queries) / (time.perf_counter() - started))
    ratios = [mine / theirs for mine, theirs in zip(ours, peer, strict=True)]
    result.figures["batch_qps"] = statistics.median(ours)
    result.figures["brute_qps"] = statistics.median(peer)
    result.figures["ratio_to_brute"] = statistics.median(ratios)
    result.figures["ratio_to_brute_min"] = min(ratios)
    result.figures["ratio_to_brute_max"] = max(ratios)
    started = time.perf_counter()
    index.search_many(batch_1, limit=5, workers=1)
    result.figures["batch_qps_1"] = len(batch_1) / (time.perf_counter() - started)

    latencies = []
    for q in single:
        started = time.perf_counter()
        index.search(q, limit=5)
        latencies.append((time.perf_counter() - started) * 1000)

    # quality: the best candidate whatever its score, so that rank 1 is always known (and ten,
    # so that the candidates tied with it are seen)
    found = index.search_many(query_subjects, limit=10, threshold=0.0, workers=2)
    result.figures["p50_ms"] = percentile(latencies, 0.5)
    result.figures["p99_ms"] = percentile(latencies, 0.99)

    # the targets count the queries whose answer the data given decides (answerable.py); the
    # figures over all queries are kept beside them
    undecided = unanswerable(queries, persons)
    for truth_given, name in ((True, "positives"), (False, "negatives")):
        result.figures[f"{name}_undecided"] = sum(
            u
            for q, u in zip(queries, undecided, strict=True)
            if (q.truth is not None) == truth_given
        )
    every = list(zip(queries, found, strict=True))
    result.figures["recall_at_1_all"] = statistics.mean(
        bool(m) and m[0].candidate_id == q.truth for q, m in every if q.truth is not None
    )
    result.figures["false_alerts_all_per_1000"] = 1000 * statistics.mean(
        bool(m) and m[0].score >= ALERT_THRESHOLD for q, m in every if q.truth is None
    )
    decided = [(q, m) for (q, m), u in zip(every, undecided, strict=True) if not u]
    positives = [(q, m) for q, m in decided if q.truth is not None]
    negatives = [(q, m) for q, m in decided if q.truth is None]
    top1 = [bool(m) and m[0].candidate_id == q.truth for q, m in positives]
    result.figures["recall_at_1"] = sum(top1) / len(positives)
    # a diagnostic, not the target's measure: where the truth ties others at the top score,
    # nothing in the data given ranks it first, and ids break the tie
    shares = [tied_share(m, q.truth) for q, m in positives]
    result.figures["recall_at_1_ties_shared"] = sum(shares) / len(positives)
    result.figures["misses_tied"] = sum(
        share > 0 and not hit for share, hit in zip(shares, top1, strict=True)
    )
    # and as screening runs, at the review threshold: candidates that could not reach it
    # leave their places in the shortlist to others (the truth scoring under it is a miss)
    as_run = index.search_many(query_subjects, limit=5, workers=2)
    result.figures["recall_at_1_review"] = sum(
        bool(m) and m[0].candidate_id == q.truth
        for q, m, u in zip(queries, as_run, undecided, strict=True)
        if q.truth is not None and not u
    ) / len(positives)
    alerted = [
        bool(m) and m[0].score >= ALERT_THRESHOLD and m[0].candidate_id == q.truth
        for q, m in positives
    ]
    result.figures["recall_at_alert"] = sum(alerted) / len(positives)
    false_alerts = [m[0] for _, m in negatives if m and m[0].score >= ALERT_THRESHOLD]
    result.figures["false_alerts_per_1000"] = 1000 * len(false_alerts) / len(negatives)
    by_person = {person.id: person for person in persons}
    for q, matches in negatives:
        if not matches or matches[0].score < ALERT_THRESHOLD:
            continue
        agreement = compare_birth_dates(
            subject(q.person).birth_date, subject(by_person[matches[0].candidate_id]).birth_date
        )[0]
        key = f"false_alerts_dob_{agreement}_per_1000"
        result.figures[key] = result.figures.get(key, 0.0) + 1000 / len(negatives)
    # diagnostics by what the query gives: a full date of birth, or only the year
    for given, full in (("full_date", True), ("year_only", False)):
        hits = [
            hit for (q, _), hit in zip(positives, top1, strict=True) if q.person.year_only != full
        ]
        result.figures[f"recall_at_1_{given}"] = sum(hits) / max(1, len(hits))
        result.figures[f"positives_{given}"] = len(hits)
        alerts = [
            bool(m) and m[0].score >= ALERT_THRESHOLD
            for q, m in negatives
            if q.person.year_only != full
        ]
        result.figures[f"false_alerts_{given}_per_1000"] = 1000 * sum(alerts) / max(1, len(alerts))
    misses: dict[str, int] = {}
    for (q, _), hit in zip(positives, top1, strict=True):
        if not hit:
            misses[q.how] = misses.get(q.how, 0) + 1
    print(f"[{size}] misses by variant: {misses}", file=sys.stderr)

    result.figures["brute_recall_at_1"] = bf_recall
    result.figures["peak_mb"] = peak_mb()
    print(
        f"[{size}] {json.dumps({k: round(v, 4) for k, v in result.figures.items()})}",
        file=sys.stderr,
    )
    return result


def ensure_peers() -> Path:
    python = PEERS / "bin" / "python"
    if not python.exists():
        venv.create(PEERS, with_pip=True)
    check = subprocess.run(
        [str(python), "-c", "import nomenklatura"], capture_output=True, check=False
    )
    if check.returncode != 0:
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "nomenklatura", "followthemoney"],
            check=True,
        )
    return python


def pair_subject(side: dict[str, str], key: str) -> Subject:
    return Subject(
        id=key,
        names=(side["name"],),
        birth_date=PartialDate.parse(side["dob"]) if side["dob"] else None,
        nationalities=(to_alpha3(side["nationality"]),) if side["nationality"] else (),
    )


def peer_side(side: dict[str, str]) -> dict[str, str]:
    """followthemoney wants ISO alpha-2 country codes."""
    nationality = side["nationality"]
    return side | {"nationality": to_alpha2(to_alpha3(nationality)) if nationality else ""}


def run_pairs(
    seed: int, count: int, peers: bool, config: MatchConfig
) -> dict[str, dict[str, float]]:
    """Pair-level quality on labelled pairs built from public variant data (public_pairs.py)."""
    pairs, labels = public_pairs(seed, count)
    subjects = [(pair_subject(a, "a"), pair_subject(b, "b")) for a, b in pairs]
    table: dict[str, dict[str, float]] = {}
    # the first call loads the transliterators: not timed, as for the peers
    compare(*subjects[0], config)
    started = time.perf_counter()
    ours = [compare(a, b, config).score for a, b in subjects]
    seconds = time.perf_counter() - started
    for name, threshold in (("pamoja", ALERT_THRESHOLD), ("pamoja-review", REVIEW_THRESHOLD)):
        precision, recall, f1 = precision_recall_f1(ours, labels, threshold)
        table[name] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "best_f1": best_f1(ours, labels)[0],
            "pairs_per_s": len(pairs) / seconds,
        }
    if peers:
        python = ensure_peers()
        done = subprocess.run(
            [str(python), str(Path(__file__).parent / "nomenklatura_pairs.py")],
            input=json.dumps([(peer_side(a), peer_side(b)) for a, b in pairs]),
            capture_output=True,
            text=True,
            check=True,
        )
        scored = json.loads(done.stdout)
        for name in ("logic-v1", "logic-v2"):
            scores = scored[name]
            # nomenklatura's own default match threshold is 0.7 for both algorithms
            precision, recall, f1 = precision_recall_f1(scores, labels, 0.7)
            table[name] = {
                "precision": precision,
                "recall": recall,
                "f1": f1,
                "best_f1": best_f1(scores, labels)[0],
                "pairs_per_s": len(pairs) / scored["seconds"][name],
            }
    print(json.dumps(table, indent=1), file=sys.stderr)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000])
    parser.add_argument(
        "--queries", type=int, default=2000, help="positives (and as many negatives)"
    )
    parser.add_argument("--pairs", type=int, default=4000)
    parser.add_argument("--brute-queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rounds", type=int, default=3, help="turns of the peer and pamoja for batch speed"
    )
    parser.add_argument("--no-peers", action="store_true", help="skip nomenklatura")
    parser.add_argument(
        "--year-only-points",
        type=float,
        help="points for dates of birth that agree in the year alone, or one digit apart (a "
        "policy to compare; "
        f"default {DEFAULT_CONFIG.birth_year_only})",
    )
    parser.add_argument(
        "--near-name-points",
        type=float,
        help="the most dates of birth that agree in the year alone give a close name (a policy "
        f"to compare; default {DEFAULT_CONFIG.year_alone_near_name}, 0 turns the rule off)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "screening.json")
    args = parser.parse_args()
    config = DEFAULT_CONFIG
    if args.year_only_points is not None:
        config = replace(config, birth_year_only=args.year_only_points)
    if args.near_name_points is not None:
        config = replace(config, year_alone_near_name=args.near_name_points)
    results = {
        "sizes": {},
        "pairs": run_pairs(args.seed, args.pairs, not args.no_peers, config),
    }
    for size in args.sizes:
        results["sizes"][str(size)] = run_size(
            size, args.queries, args.seed, args.brute_queries, args.rounds, config
        ).figures
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
