"""A subject over time: one series per claimant, contradictions, and a daily summary.

The series hold running totals (figures for a short span such as "the past 24
hours" are left out: they are not points on a cumulative curve). Two claimants
contradict each other when, on the same day, no single number satisfies both their
figures; a denial of a figure contradicts it by definition.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from toll.ledger.figures import compatible, interval, summary
from toll.ledger.reconcile import ARTICLE_VOICE, Figure, Subject
from toll.ledger.sources import SourceIndex
from toll.render import figure_text


@dataclass
class Contradiction:
    day: str
    a: Figure
    b: Figure
    reason: str


@dataclass
class DaySummary:
    day: str
    low: int | None
    best: int | None
    high: int | None
    claimants: int


@dataclass
class Timeline:
    subject: Subject
    series: dict[str, list[Figure]] = field(default_factory=dict)  # claimant key -> figures by day
    contradictions: list[Contradiction] = field(default_factory=list)
    summaries: list[DaySummary] = field(default_factory=list)


def timeline(subject: Subject, figures: list[Figure]) -> Timeline:
    """The timeline of ``subject`` from reconciled figures (any subjects; others ignored)."""
    mine = [f for f in figures if f.subject == subject and f.cumulative and f.as_of]
    result = Timeline(subject)
    for f in sorted(mine, key=lambda f: (f.as_of, f.claimant)):
        result.series.setdefault(f.claimant, []).append(f)
    days = sorted({f.as_of for f in mine})
    for day in days:
        today = [f for f in mine if f.as_of == day]
        result.contradictions.extend(_contradictions(day, today))
        latest = [_latest(series, day) for series in result.series.values()]
        counts = [(f.low, f.high, f.qualifier) for f in latest if f is not None and f.stance != "denied"]
        low, best, high = summary(counts)
        result.summaries.append(DaySummary(day, low, best, high, len(counts)))
    return result


STALE_AFTER_DAYS = 31
"""A claimant's last figure stops counting in a day's summary after this many days."""


def _latest(series: list[Figure], day: str) -> Figure | None:
    """A claimant's most recent figure on or before ``day``, unless it is stale."""
    before = [f for f in series if f.as_of <= day]
    if not before:
        return None
    gap = dt.date.fromisoformat(day) - dt.date.fromisoformat(before[-1].as_of)
    return before[-1] if gap.days <= STALE_AFTER_DAYS else None


def _contradictions(day: str, figures: list[Figure]) -> list[Contradiction]:
    found = []
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if a.claimant == b.claimant or ARTICLE_VOICE in (a.claimant, b.claimant):
                continue
            if "denied" in (a.stance, b.stance) and (a.low, a.high) == (b.low, b.high):
                found.append(Contradiction(day, a, b, "denied"))
            elif not compatible(interval(a.low, a.high, a.qualifier), interval(b.low, b.high, b.qualifier)):
                found.append(Contradiction(day, a, b, "incompatible figures"))
    return found


def subjects(figures: list[Figure]) -> list[tuple[Subject, int]]:
    """Every subject with how many claimants give it figures, most contested first."""
    claimants: dict[Subject, set[str]] = {}
    for f in figures:
        claimants.setdefault(f.subject, set()).add(f.claimant)
    return sorted(((s, len(c)) for s, c in claimants.items()), key=lambda x: (-x[1], str(x[0])))


def describe(t: Timeline, sources: SourceIndex) -> str:
    """The timeline as text: per claimant a line per figure, then contradictions and summary."""
    name = lambda key: "(outlets' own voice)" if key == ARTICLE_VOICE else sources.name_of(key) or key  # noqa: E731
    lines = [f"Timeline of {t.subject}"]
    for key, series in t.series.items():
        lines.append(f"  {name(key)}")
        for f in series:
            outlets = sorted({r.outlet or "?" for r in f.reports})
            lines.append(f"    {f.as_of}  {figure_text(f.low, f.high, f.qualifier):>12}"
                         f"{'  (denied)' if f.stance == 'denied' else ''}  [{len(f.reports)} report(s): "
                         f"{', '.join(outlets)}]")
    if t.contradictions:
        lines.append("  Contradictions")
        for c in t.contradictions:
            lines.append(f"    {c.day}  {name(c.a.claimant)} {figure_text(c.a.low, c.a.high, c.a.qualifier)}"
                         f"  vs  {name(c.b.claimant)} {figure_text(c.b.low, c.b.high, c.b.qualifier)}"
                         f"  ({c.reason})")
    lines.append("  Summary (low / best / high over claimants' latest figures)")
    for s in t.summaries:
        lines.append(f"    {s.day}  {_n(s.low)} / {_n(s.best)} / {_n(s.high)}  ({s.claimants} claimant(s))")
    return "\n".join(lines)


def _n(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"
