"""Measuring helpers for the screening benchmark: resident memory, percentiles, pair metrics."""

from __future__ import annotations

import os
import resource


def resident_mb() -> float:
    """Current resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def precision_recall_f1(
    scores: list[float], labels: list[bool], threshold: float
) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s >= threshold)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if y and s < threshold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_f1(scores: list[float], labels: list[bool]) -> tuple[float, float]:
    """The best F1 over all thresholds, and the threshold that gives it."""
    best = (0.0, 0.0)
    for threshold in sorted(set(round(s, 3) for s in scores)):
        f1 = precision_recall_f1(scores, labels, threshold)[2]
        if f1 > best[0]:
            best = (f1, threshold)
    return best
