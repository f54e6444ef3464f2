"""Work spread over forked processes (the GIL keeps threads to one core): workers share the
caller's memory copy-on-write, so whatever they need is put where they find it (a module
variable) before they are forked. `forked_map` forks workers for one call; `shared_map` uses
workers kept by the caller, and the caller works too."""

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


def forked_map(run: Callable[[Job], Result], jobs: Sequence[Job], workers: int) -> Iterator[Result]:
    """`run` over `jobs` in `workers` processes forked for the call, results in order, while
    this one takes their results (when taking them is work enough). `run` must be a
    module-level function."""
    if workers <= 1 or len(jobs) < 2 or not can_fork():
        yield from map(run, jobs)
        return
    with fork_pool(workers) as pool:
        yield from pool.imap(run, jobs)


def shared_map(
    pool: Pool,
    there: Callable[[Job], Result],
    here: Callable[[Job], Result],
    jobs: Sequence[Job],
    share: int,
) -> Iterator[Result]:
    """Every job of `jobs`, results in order: this process runs every `share`-th job itself
    with `here` (it reads its memory without copying it), the workers of `pool` the others
    with `there` (a module-level function doing the same with what they were forked with)."""
    theirs = [job for position, job in enumerate(jobs) if position % share]
    from_workers = pool.imap(there, theirs)
    for position, job in enumerate(jobs):
        yield here(job) if position % share == 0 else next(from_workers)
