"""From stored claims to reconciled figures: one figure per claimant, subject and count,
with every article that reported it as provenance.

A *subject* is what a figure counts: (outcome, victims' side, role, group), e.g.
killed / Russia / military / all. Two articles quoting Russia's defence ministry's
"498 killed" are one figure with two reports; the ministry's later "1,351 killed" is a
second figure in the same subject, later in its timeline.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from toll.ledger.sources import SourceIndex

ARTICLE_VOICE = "article:"
"""The claimant key of figures an article states in its own voice."""

NON_CUMULATIVE_HINTS = ("24 hours", "overnight", "past day", "previous day", "this week", "last week",
                        "past week", "yesterday", "today", "on monday", "on tuesday", "on wednesday",
                        "on thursday", "on friday", "on saturday", "on sunday", "this morning")
"""Period words of a figure for a short span, not a running total."""


@dataclass(frozen=True)
class Subject:
    outcome: str
    affiliation: str | None
    role: str
    group: str | None = None

    def __str__(self) -> str:
        return "/".join([self.outcome, self.affiliation or "-", self.role, *([self.group] if self.group else [])])

    @classmethod
    def parse(cls, text: str) -> Subject:
        """"killed/Russia/military" or "injured/Ukraine/civilian/children"; "-" for no side."""
        parts = [p.strip() for p in text.split("/")]
        if not 1 <= len(parts) <= 4:
            raise ValueError(f"a subject is outcome/affiliation/role[/group], not {text!r}")
        outcome, affiliation, role, group = (parts + [None, "unknown", None])[:4] if len(parts) < 4 else parts
        affiliation = None if affiliation in (None, "", "-") else affiliation
        return cls(outcome, affiliation, role or "unknown", group or None)


@dataclass
class Report:
    """One article's report of a figure."""
    article_id: str
    claim_id: str
    published: str | None
    reported_on: str | None
    outlet: str | None
    url: str | None
    title: str | None
    sentence: str
    claimant_name: str | None


@dataclass
class Figure:
    """A figure as one claimant gives it for one subject, with every report of it."""
    subject: Subject
    claimant: str  # canonical key; ARTICLE_VOICE for the outlets' own voice
    low: int | None
    high: int | None
    qualifier: str
    stance: str
    cumulative: bool
    reports: list[Report] = field(default_factory=list)

    @property
    def as_of(self) -> str | None:
        """The day the figure was first given: its earliest stated day, else publication."""
        days = [r.reported_on or r.published for r in self.reports if r.reported_on or r.published]
        return min(days) if days else None


def subject_of(row: dict) -> Subject:
    return Subject(row["outcome"], row["affiliation"], row["role"] or "unknown", row["victims_group"])


def is_cumulative(row: dict) -> bool:
    period = (row.get("period_text") or "").lower()
    return not any(hint in period for hint in NON_CUMULATIVE_HINTS)


def reconcile(rows: Iterable[dict], sources: SourceIndex | None = None) -> tuple[list[Figure], SourceIndex]:
    """Figures from claim rows (``Store.iter_claims``), restatements merged.

    Subsets ("including 14 children") are figures of their own subject; within one
    article a figure restated in several sentences is one report per sentence.
    """
    sources = sources or SourceIndex()
    figures: dict[tuple, Figure] = {}
    for row in rows:
        claimant = sources.add(row["claimant_name"], row["claimant_kind"], row["claimant_affiliation"]) \
            or ARTICLE_VOICE
        subject = subject_of(row)
        key = (subject, claimant, row["low"], row["high"], row["qualifier"], row["stance"], is_cumulative(row))
        figure = figures.get(key)
        if figure is None:
            figure = figures[key] = Figure(subject, claimant, row["low"], row["high"], row["qualifier"],
                                           row["stance"], is_cumulative(row))
        figure.reports.append(Report(row["article_id"], row["claim_id"], row["published"], row["reported_on"],
                                     row["outlet"], row["url"], row["title"], row["sentence_text"],
                                     row["claimant_name"]))
    return sorted(figures.values(), key=lambda f: (str(f.subject), f.as_of or "", f.claimant)), sources
