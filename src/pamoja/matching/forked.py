"""Work spread over forked processes (the GIL keeps threads to one core), the calling process
working too: workers share its memory copy-on-write, so whatever they need is put where they
find it (a module variable) before they are forked."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.pool import Pool
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def fork_pool(processes: int) -> Pool:
    """`processes` workers forked from this process as it is now."""
    # Keep the collector of either process from touching (and so copying) the shared pages;
    # not undone after, as unfreezing would have the next full collection scan them all.
    gc.freeze()
    return multiprocessing.get_context("fork").Pool(processes)


def forked_map(
    run: Callable[[Job], Result], jobs: Sequence[Job], workers: int, caller_works: bool = True
) -> Iterator[Result]:
    """`run` over `jobs`, results in order, with `workers` processes working: with
    `caller_works` this one runs its share of the jobs itself (it reads its memory without
    copying it) while workers forked for the call run the others; without, `workers` forked
    workers run them all while this one takes their results (when taking them is work enough).
    `run` must be a module-level function."""
    if workers <= 1 or len(jobs) < 2 or not can_fork():
        yield from map(run, jobs)
        return
    with fork_pool(workers - 1 if caller_works else workers) as pool:
        yield from pooled_map(pool, run, jobs, workers if caller_works else 0)


def pooled_map(
    pool: Pool, run: Callable[[Job], Result], jobs: Sequence[Job], caller_share: int
) -> Iterator[Result]:
    """`run` over `jobs` in `pool`, results in order; with `caller_share` n > 0 this process
    runs every n-th job itself."""
    if not caller_share:
        yield from pool.imap(run, jobs)
        return
    theirs = [job for position, job in enumerate(jobs) if position % caller_share]
    from_workers = pool.imap(run, theirs)
    for position, job in enumerate(jobs):
        yield run(job) if position % caller_share == 0 else next(from_workers)
