"""Work spread over forked processes (the GIL keeps threads to one core), the calling process
working too: workers share its memory copy-on-write, so whatever they need is put where they
find it (a module variable) before they are forked."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def forked_map(
    run: Callable[[Job], Result], jobs: Sequence[Job], workers: int, caller_works: bool = True
) -> Iterator[Result]:
    """`run` over `jobs`, results in order, with `workers` processes working: with
    `caller_works` this one runs every `workers`-th job itself (it reads its memory without
    copying it) while forked workers run the others; without, `workers` forked workers run
    them all while this one takes their results (when taking them is work enough).
    `run` must be a module-level function."""
    if workers <= 1 or len(jobs) < 2 or not can_fork():
        yield from map(run, jobs)
        return
    # Keep the collector of either process from touching (and so copying) the shared pages;
    # not undone after, as unfreezing would have the next full collection scan them all.
    gc.freeze()
    if not caller_works:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(run, jobs)
        return
    theirs = [job for position, job in enumerate(jobs) if position % workers]
    with multiprocessing.get_context("fork").Pool(workers - 1) as pool:
        from_workers = pool.imap(run, theirs)
        for position, job in enumerate(jobs):
            yield run(job) if position % workers == 0 else next(from_workers)
