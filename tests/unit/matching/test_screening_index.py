"""The in-memory index: incremental updates, candidate generation, top-k, batches."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.pool import Pool
from typing import Any

import pytest

from pamoja.matching import DuplicateSubject, ScreeningIndex, Subject, UnknownSubject
from pamoja.matching import index as index_module
from pamoja.matching.forked import fork_pool
from pamoja.matching.profile import Profile
from pamoja.model.dates import PartialDate
from pamoja.model.records import Gender

BORN = PartialDate(1975, 3, 9)


def watchlist() -> ScreeningIndex:
    return ScreeningIndex(
        [
            Subject("w1", ("Mohammed Yusuf",), birth_date=BORN, nationalities=("SOM",)),
            Subject("w2", ("Abd al-Rahman Hassan",), documents=("NGA:A12-34567",)),
            Subject("w3", ("Amina Okonkwo",)),
            Subject("w4", ("Wang Xiaoming",)),
        ]
    )


def ids(matches: list[object]) -> list[str]:
    return [match.candidate_id for match in matches]  # type: ignore[attr-defined]


def test_finds_a_record_written_in_another_script() -> None:
    assert ids(watchlist().search(Subject("q", ("محمد يوسف",)))) == ["w1"]


def test_finds_a_chinese_name_written_in_han_characters() -> None:
    assert ids(watchlist().search(Subject("q", ("王小明",)))) == ["w4"]


def test_finds_a_record_by_document_number_alone_with_a_low_threshold() -> None:
    query = Subject("q", ("Unknown Person",), documents=("a1234567",))
    assert ids(watchlist().search(query, threshold=0.1)) == ["w2"]


def test_unrelated_query_finds_nothing() -> None:
    assert watchlist().search(Subject("q", ("Lars Eriksson",))) == []


def test_added_subject_is_found_without_rebuilding() -> None:
    index = watchlist()
    index.add(Subject("w5", ("Lars Eriksson",)))
    assert ids(index.search(Subject("q", ("Lars Erikson",)))) == ["w5"]


def test_removed_subject_is_no_longer_found() -> None:
    index = watchlist()
    index.remove("w3")
    assert index.search(Subject("q", ("Amina Okonkwo",))) == []
    assert len(index) == 3


def test_replaced_subject_is_found_under_its_new_name_only() -> None:
    index = watchlist()
    index.replace(Subject("w3", ("Grace Mensah",)))
    assert index.search(Subject("q", ("Amina Okonkwo",))) == []
    assert ids(index.search(Subject("q", ("Grace Mensah",)))) == ["w3"]


def test_adding_an_existing_id_is_refused() -> None:
    with pytest.raises(DuplicateSubject, match="w1"):
        watchlist().add(Subject("w1", ("Someone Else",)))


def test_removing_an_unknown_id_is_refused() -> None:
    with pytest.raises(UnknownSubject, match="nobody"):
        watchlist().remove("nobody")


def test_results_are_best_first_and_limited() -> None:
    index = ScreeningIndex(Subject(f"s{n}", ("Ali Hassan",)) for n in range(10))
    index.add(Subject("best", ("Ali Hassan",), birth_date=BORN))
    found = index.search(Subject("q", ("Ali Hassan",), birth_date=BORN), limit=3)
    assert len(found) == 3
    assert found[0].candidate_id == "best"


def test_of_namesakes_scoring_alike_the_one_in_the_query_s_order_ranks_first() -> None:
    index = ScreeningIndex(
        [Subject("a", ("Mesfin Haile Selam",)), Subject("b", ("Selam Girma Mesfin",))]
    )
    found = index.search(Subject("q", ("Selam Mesfin",)), threshold=0.0)
    assert found[0].score == found[1].score
    assert [match.candidate_id for match in found] == ["b", "a"]


def test_caller_can_exclude_candidates_before_scoring() -> None:
    found = watchlist().search(Subject("q", ("Mohammed Yusuf",)), accept=lambda cid: cid != "w1")
    assert found == []


def test_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="limit"):
        watchlist().search(Subject("q", ("Ali",)), limit=0)


def test_candidates_exclude_records_sharing_no_key() -> None:
    index = ScreeningIndex(Subject(f"s{n}", (f"Person Number{n:05d}x",)) for n in range(300))
    assert index.candidates(Subject("q", ("Mohammed Yusuf",))) == []


def test_search_many_in_processes_equals_one_by_one() -> None:
    index = watchlist()
    queries = [
        Subject(f"q{n}", (name,))
        for n, name in enumerate(["محمد يوسف", "Amina Okonkwo", "Nobody"] * 200)
    ]
    assert index.search_many(queries, workers=2) == [index.search(query) for query in queries]


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[Pool]:
    """Worker pools forked for batches, as they are forked; batches of four queries use them."""
    forked: list[Pool] = []

    def counted(processes: int) -> Pool:
        forked.append(fork_pool(processes))
        return forked[-1]

    monkeypatch.setattr("pamoja.matching.parallel.fork_pool", counted)
    monkeypatch.setattr("pamoja.matching.parallel.MIN_QUERIES_PER_WORKER", 2)
    return forked


def batch(*names: str) -> list[Subject]:
    """Each name twice in a row: one for this process, one for a worker."""
    return [Subject(f"q{n}", (name,)) for n, name in enumerate(n for n in names for _ in "12")]


def test_batches_of_an_unchanged_index_share_their_workers(forks: list[Pool]) -> None:
    index = watchlist()
    index.search_many(batch("Amina Okonkwo", "Wang Xiaoming"), workers=2)
    index.search_many(batch("Mohammed Yusuf", "Nobody"), workers=2)
    assert len(forks) == 1


@pytest.mark.parametrize(
    ("change", "query", "expected"),
    [
        (lambda index: index.add(Subject("w5", ("Grace Mensah",))), "Grace Mensah", ["w5"]),
        (lambda index: index.remove("w3"), "Amina Okonkwo", []),
        (lambda index: index.replace(Subject("w3", ("Grace Mensah",))), "Amina Okonkwo", []),
    ],
    ids=["add", "remove", "replace"],
)
def test_a_batch_after_a_change_searches_the_index_as_changed(
    forks: list[Pool],
    change: Callable[[ScreeningIndex], None],
    query: str,
    expected: list[str],
) -> None:
    index = watchlist()
    index.search_many(batch("Amina Okonkwo", "Wang Xiaoming"), workers=2)
    change(index)
    found = index.search_many(batch(query, "Nobody"), workers=2)
    assert [ids(matches) for matches in found] == [expected, expected, [], []]
    assert len(forks) == 2


def test_two_threads_screening_two_indexes_in_processes_each_search_their_own() -> None:
    african = ScreeningIndex([Subject("a1", ("Amina Okonkwo",))])
    chinese = ScreeningIndex([Subject("c1", ("Wang Xiaoming",))])
    names = ["Amina Okonkwo", "Wang Xiaoming"] * 300
    queries = [Subject(f"q{n}", (name,)) for n, name in enumerate(names)]
    start = threading.Barrier(2)

    def screen(index: ScreeningIndex) -> list[list[str]]:
        start.wait()
        return [ids(matches) for matches in index.search_many(queries, workers=2)]

    with ThreadPoolExecutor(2) as threads:
        found = list(threads.map(screen, [african, chinese]))
    assert found == [
        [["a1"] if name == "Amina Okonkwo" else [] for name in names],
        [["c1"] if name == "Wang Xiaoming" else [] for name in names],
    ]


def test_the_workers_of_an_index_end_with_it(forks: list[Pool]) -> None:
    index = watchlist()
    index.search_many(batch("Amina Okonkwo", "Wang Xiaoming"), workers=2)
    processes = list(forks[0]._pool)  # type: ignore[attr-defined]
    del index
    gc.collect()
    for process in processes:
        process.join(timeout=10)
    assert not any(process.is_alive() for process in processes)


def test_a_typo_in_the_first_letters_of_a_family_name_is_still_a_candidate() -> None:
    index = ScreeningIndex(Subject(f"s{n}", (f"Ibrahima Diallo{n}",)) for n in range(300))
    index.add(Subject("truth", ("Ibrahima Ogunga",)))
    assert "truth" in index.candidates(Subject("q", ("Ibrahima Ounga",)))


def test_an_initial_makes_the_part_it_stands_for_a_candidate_among_namesakes() -> None:
    given = ("Bao", "Dan", "Fei", "Gang", "Jun", "Lan", "Min", "Ning", "Ping", "Tao")
    index = ScreeningIndex(
        Subject(f"s{n}", (f"{given[n % 10]} Hua",)) for n in range(index_module.MIN_SHORTLIST * 3)
    )
    index.add(Subject("truth", ("Xu Hua",)))
    assert index.candidates(Subject("q", ("X. Hua",)))[0] == "truth"


def test_keys_over_the_read_budget_still_rank_the_candidates_read() -> None:
    born = PartialDate(1980)
    # a part of one letter's skeleton, born that year, ties with the truth on the keys read
    tied = [Subject(f"t{n}", ("Lu Bo",), birth_date=born) for n in range(200)]
    # the truth's given name is too common for its keys to be read
    given = [
        Subject(f"g{n}", (f"Aliyu {('Bello', 'Musa', 'Sani', 'Garba')[n % 4]}",))
        for n in range(400)
    ]
    index = ScreeningIndex([*tied, *given])
    index.add(Subject("truth", ("Aliyu Yechuoluye",), birth_date=born))
    query = Subject("q", ("Aliyu Xechuouye",), birth_date=born)
    assert index.candidates(query)[0] == "truth"


def test_joined_words_share_a_candidate_key_with_the_separate_words() -> None:
    index = ScreeningIndex([Subject("truth", ("Segun Niokeyiga",))])
    assert index.candidates(Subject("q", ("SegunNiokeyiga",))) == ["truth"]


def test_a_birth_date_one_year_off_beats_namesakes_born_elsewhen_in_preselection() -> None:
    namesakes = [
        Subject(f"s{n}", ("Amina Tamimi",), birth_date=PartialDate(1940 + n, 1, 1))
        for n in range(40)
    ]
    index = ScreeningIndex(namesakes)
    index.add(
        Subject("truth", ("Amina Abd al-Rahman Tamimi",), birth_date=PartialDate(1963, 11, 17))
    )
    query = Subject("q", ("Amina Tamimi",), birth_date=PartialDate(1962, 11, 17))
    # forty namesakes make the name common: the truth ranks first, under review
    assert ids(index.search(query, limit=1, threshold=0.0)) == ["truth"]


def test_a_typo_that_moves_a_part_in_sorted_order_survives_preselection() -> None:
    # "Maina" sorts after "Hakim", "Amina" before it: by sorted parts alone, the ten
    # "Samir Ma... Hakim" look closer than the truth and fill the places scored in full
    middles = ["Mahir", "Majid", "Malik", "Mansur", "Marwan", "Masud", "Mazin", "Mahdi", "Makki"]
    others = [Subject(f"s{n}", (f"Samir {middle} Hakim",)) for n, middle in enumerate(middles)]
    index = ScreeningIndex([*others, Subject("truth", ("Samir Amina Hakim",))])
    query = Subject("q", ("Samir Maina Hakim",))
    assert ids(index.search(query, limit=1, threshold=0.0)) == ["truth"]


def test_a_middle_name_left_out_finds_the_truth_among_quicker_looking_namesakes() -> None:
    # "Ali Faisal Najjar" and the like come closer to "Faisal Najjar" by the quick similarity
    # than the truth with its longer middle name, but score below it in full: more of them
    # than eight places must not crowd it out of full scoring
    firsts = ["Ali", "Umar", "Isa", "Nur", "Adil", "Amir", "Anas", "Badr", "Hadi", "Ziad"]
    born = PartialDate(1963, 10, 8)
    namesakes = [
        Subject(f"s{n}", (f"{first} Faisal Najjar",), birth_date=born)
        for n, first in enumerate(firsts)
    ]
    index = ScreeningIndex(
        [*namesakes, Subject("truth", ("Faisal Yusuf Najjar",), birth_date=born)]
    )
    query = Subject("q", ("Faisal Najjar",), birth_date=PartialDate(1963))
    assert ids(index.search(query, limit=1, threshold=0.0)) == ["truth"]


@pytest.mark.parametrize(
    ("theirs", "truths"),
    [
        ({"nationalities": ("SYR",)}, {"nationalities": ("JOR",)}),
        ({"gender": Gender.MALE}, {"gender": Gender.FEMALE}),
    ],
    ids=["nationality", "gender"],
)
def test_preselection_weighs_what_full_scoring_weighs_beside_the_name(
    theirs: dict[str, Any], truths: dict[str, Any]
) -> None:
    # twenty listed persons whose shorter middle names bring them closer to "Qasim Tunisi" by
    # the quick similarity than the truth, but whose nationality or gender full scoring holds
    # against them: more of them than the places scored in full must not crowd the truth out
    middles = ["Ali", "Isa", "Nur", "Adil", "Amir", "Anas", "Badr", "Hadi", "Ziad", "Umar"]
    born = PartialDate(1978, 3, 15)
    others = [
        Subject(f"s{n}{m}", (f"Qasim {middle} Tunisi",), birth_date=born, **theirs)
        for n, middle in enumerate(middles)
        for m in range(2)
    ]
    truth = Subject("truth", ("Qasim Zakariya Tunisi",), birth_date=born, **truths)
    index = ScreeningIndex([*others, truth])
    query = Subject("q", ("Qasim Tunisi",), birth_date=PartialDate(1978), **truths)
    assert ids(index.search(query, limit=1, threshold=0.0)) == ["truth"]


def test_a_given_name_spelled_like_a_particle_makes_a_record_a_candidate() -> None:
    # more namesakes "Li ..." than a shortlist holds, listed before the truth: only keys
    # of "Bin" itself tell the truth apart from them
    syllables = ["wei", "na", "qiang", "jun", "hua", "ming", "fang", "lei", "yan", "jie"]
    namesakes = [
        Subject(f"s{n:03}", (f"Li {first.title()}{second}",))
        for n, (first, second) in enumerate((a, b) for a in syllables for b in syllables)
    ]
    namesakes += [Subject(f"t{n}", (f"Li {first.title()}",)) for n, first in enumerate(syllables)]
    index = ScreeningIndex([*namesakes, Subject("truth", ("Li Bin",))])
    assert "truth" in index.candidates(Subject("q", ("L. Bin",)))


@pytest.mark.parametrize(
    ("indexed", "budget"), [(0, 500), (50_000, 500), (1_000_000, 2_000), (3_000_000, 6_000)]
)
def test_a_query_reads_postings_in_proportion_to_the_index_size(indexed: int, budget: int) -> None:
    assert index_module.visit_budget(indexed) == budget


@pytest.mark.parametrize(
    ("indexed", "places"), [(0, 100), (50_000, 100), (1_000_000, 300), (3_000_000, 900)]
)
def test_a_query_considers_candidates_in_proportion_to_the_index_size(
    indexed: int, places: int
) -> None:
    assert index_module.shortlist_size(indexed) == places


def test_a_query_considers_as_many_candidates_as_the_shortlist_size_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    born = PartialDate(1956)
    families = ["Adeyemi", "Bakare", "Coker", "Dada", "Ekong", "Falana", "Oluto"]
    index = ScreeningIndex(
        [
            Subject(f"n{n}", (f"Tunde {family}",), birth_date=born)
            for n, family in enumerate(families)
        ]
    )
    query = Subject("q", ("Tunde Oluo",), birth_date=born)
    monkeypatch.setattr(index_module, "shortlist_size", lambda indexed: 3)
    assert len(index.candidates(query)) == 3
    monkeypatch.setattr(index_module, "shortlist_size", lambda indexed: 10)
    assert len(index.candidates(query)) == len(families)


def test_a_subject_removed_and_added_again_is_found_once() -> None:
    index = watchlist()
    index.remove("w3")
    index.add(Subject("w3", ("Amina Okonkwo",)))
    assert ids(index.search(Subject("q", ("Amina Okonkwo",)))) == ["w3"]


def test_many_changes_one_at_a_time_keep_the_index_exact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("pamoja.matching.postings.MIN_RECENT_FOR_COMPACTION", 10)
    index = watchlist()
    for n in range(30):
        index.add(Subject(f"a{n}", (f"Person Number{n}",)))
    for n in range(0, 30, 2):
        index.remove(f"a{n}")
    index.replace(Subject("w4", ("Grace Mensah",)))
    assert len(index) == 4 + 15
    assert ids(index.search(Subject("q", ("Person Number3",)), limit=1)) == ["a3"]
    assert index.search(Subject("q", ("Person Number4",)), threshold=0.9) == []
    assert index.search(Subject("q", ("Wang Xiaoming",))) == []
    assert ids(index.search(Subject("q", ("Grace Mensah",)))) == ["w4"]


def test_a_batch_finds_what_each_search_finds_alone() -> None:
    index = ScreeningIndex(
        Subject(f"s{n}", (f"Ali Hassan{n % 7}",), birth_date=PartialDate(1950 + n % 40))
        for n in range(200)
    )
    queries = [
        Subject(f"q{n}", (f"Ali Hasan{n % 9}",), birth_date=PartialDate(1950 + n % 30))
        for n in range(70)
    ]
    assert index.search_batch(queries, limit=3) == [index.search(q, limit=3) for q in queries]


def test_a_batch_finds_records_added_since_the_build_beside_those_built_in_bulk() -> None:
    index = ScreeningIndex(
        Subject(f"s{n}", (f"Ali Hassan{n % 7}",), birth_date=PartialDate(1950 + n % 40))
        for n in range(100)
    )
    for n in range(100, 200):
        index.add(Subject(f"s{n}", (f"Ali Hassan{n % 7}",), birth_date=PartialDate(1950 + n % 40)))
    queries = [
        Subject(f"q{n}", (f"Ali Hassan{n % 7}",), birth_date=PartialDate(1950 + n % 40))
        for n in range(120, 140)
    ]
    found = index.search_batch(queries, limit=3)
    assert found == [index.search(q, limit=3) for q in queries]
    assert [matches[0].candidate_id for matches in found] == [f"s{n}" for n in range(120, 140)]


def test_among_many_namesakes_the_one_born_that_year_is_a_candidate() -> None:
    index = ScreeningIndex(
        Subject(f"s{n}", (f"{given} Amina Tamimi",), birth_date=PartialDate(1930 + n % 60, 1, 1))
        for n, given in enumerate(["Bilal", "Nour", "Ali", "Hasan"] * 100)
    )
    index.add(Subject("truth", ("Amina Abd al-Rahman Tamimi",), birth_date=PartialDate(1999)))
    query = Subject("q", ("Amina Tamimi",), birth_date=PartialDate(1999, 3, 4))
    assert "truth" in index.candidates(query)


def test_an_index_built_by_worker_processes_finds_what_one_built_here_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    subjects = [
        Subject(f"s{n}", (f"Amina Okonkwo{n % 5}", f"Ali Hassan{n % 3}"), birth_date=BORN)
        for n in range(60)
    ]
    here = ScreeningIndex(subjects)
    monkeypatch.setattr("pamoja.matching.bulk_preparation.MIN_SUBJECTS_FOR_WORKERS", 10)
    monkeypatch.setattr("pamoja.matching.bulk_preparation.CHUNK", 7)
    in_workers = ScreeningIndex(subjects)
    query = Subject("q", ("Amina Okonkwo3",), birth_date=BORN)
    assert in_workers.search(query, limit=10) == here.search(query, limit=10)
    assert in_workers.candidates(query) == here.candidates(query)


def test_a_duplicate_id_in_a_bulk_build_is_refused() -> None:
    with pytest.raises(DuplicateSubject, match="w1"):
        ScreeningIndex([Subject("w1", ("Ali Hassan",)), Subject("w1", ("Amina Okonkwo",))])


def test_building_an_index_leaves_garbage_collection_enabled() -> None:
    watchlist()
    assert gc.isenabled()


def test_a_search_skips_candidates_that_cannot_reach_the_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored: list[str] = []
    score = index_module.score_pairs

    def counting(queries: list[Profile], candidates: list[Profile], *rest: Any) -> list[float]:
        scored.extend(candidate.id for candidate in candidates)
        return score(queries, candidates, *rest)

    monkeypatch.setattr(index_module, "score_pairs", counting)
    index = ScreeningIndex(
        [
            Subject("unknown-birth", ("Mohammed Yusuf",)),
            Subject("other-birth", ("Mohammed Yusuf",), birth_date=PartialDate(1990, 11, 30)),
        ]
    )
    query = Subject("q", ("Mohammed Yusuf",), birth_date=BORN)
    assert ids(index.search(query)) == ["unknown-birth"]
    assert scored == ["unknown-birth"]
    assert ids(index.search(query, threshold=0.0)) == ["unknown-birth", "other-birth"]


def test_an_index_started_empty_finds_records_added_one_at_a_time() -> None:
    index = ScreeningIndex()
    index.add(Subject("w1", ("Mohammed Yusuf",), birth_date=BORN))
    index.add(Subject("w2", ("Amina Okonkwo",)))
    assert ids(index.search(Subject("q", ("محمد يوسف",), birth_date=BORN))) == ["w1"]


def test_a_search_collects_no_garbage_while_it_runs_and_restores_the_collector_after() -> None:
    index = ScreeningIndex([Subject("w1", ("Mohammed Yusuf",), birth_date=BORN)])
    collecting: list[bool] = []

    def accept(candidate_id: str) -> bool:
        collecting.append(gc.isenabled())
        return True

    assert gc.isenabled()
    assert ids(index.search(Subject("q", ("Mohammed Yusuf",)), accept=accept)) == ["w1"]
    assert collecting == [False]
    assert gc.isenabled()


def test_a_failing_search_restores_the_collector() -> None:
    index = ScreeningIndex([Subject("w1", ("Mohammed Yusuf",), birth_date=BORN)])

    def accept(candidate_id: str) -> bool:
        raise RuntimeError("the gate failed")

    with pytest.raises(RuntimeError, match="the gate failed"):
        index.search(Subject("q", ("Mohammed Yusuf",)), accept=accept)
    assert gc.isenabled()
