"""What a count allows: the interval of values it is compatible with, and its point estimate.

A claim of "at least 2,086" and one of "about 1,900" cannot both be true; "at least
2,086" and "up to 3,000" can. Contradictions are found by intersecting intervals, and
summaries pick points from them, so both live here.
"""
from __future__ import annotations

import math
from statistics import median

APPROX_SLACK = 0.1
"""An "about N" figure is read as N ± 10%."""


def interval(low: int | None, high: int | None, qualifier: str) -> tuple[float, float]:
    """The values a count allows, as a closed interval (``math.inf`` for no upper bound)."""
    if qualifier == "exact":
        return float(low), float(low)
    if qualifier == "approx":
        return low * (1 - APPROX_SLACK), low * (1 + APPROX_SLACK)
    if qualifier == "at_least":
        return float(low), math.inf
    if qualifier == "at_most":
        return 0.0, float(high)
    if qualifier == "range":
        return float(low), float(high)
    return float(low or 1), math.inf  # vague: "dozens" is at least 12; "many" is at least one


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def point(low: int | None, high: int | None, qualifier: str) -> float | None:
    """A single best value for one count: the figure, or a range's midpoint; None for
    counts that only bound the value (at least, at most, vague)."""
    if qualifier in ("exact", "approx"):
        return float(low)
    if qualifier == "range":
        return (low + high) / 2
    return None


def summary(counts: list[tuple[int | None, int | None, str]]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) over several claimants' counts for one subject and day, in the
    spirit of UCDP: low is the smallest figure anyone gives, high the largest, best the
    median of the point figures (exact, approximate, a range's midpoint), else low."""
    given = [v for low, high, _ in counts for v in (low, high) if v is not None]
    points = [p for c in counts if (p := point(*c)) is not None]
    if not given:
        return None, None, None
    low, high = min(given), max(given)
    best = int(round(median(points))) if points else low
    return low, best, high
