"""What the pages need from the reconciled ledger, beyond what the API returns.

The store's claim rows carry the claimant's name as written; the ledger knows which
canonical source it belongs to. Pages link rows to source pages and facet them by
source, so they look the source up through the figure that reported the claim.
"""
from __future__ import annotations

from dataclasses import dataclass

from toll.ledger.reconcile import ARTICLE_VOICE, Figure, Subject
from toll.ledger.sources import CanonicalSource, SourceIndex
from toll.ledger.timeline import subjects, timeline
from toll.store import Store
from toll.web.templating import OWN_VOICE


def claimant_keys(figures: list[Figure]) -> dict[tuple[str, str], str]:
    """(article id, claim id) -> the canonical key of the claim's claimant."""
    return {(r.article_id, r.claim_id): f.claimant for f in figures for r in f.reports}


def source_name(key: str, sources: SourceIndex) -> str:
    """The name a canonical key is shown under."""
    return OWN_VOICE if key == ARTICLE_VOICE else sources.name_of(key) or key


@dataclass(frozen=True)
class SubjectLine:
    subject: Subject
    claimants: int
    contradictions: int


class SubjectLines:
    """Every subject with its number of claimants and of contradictions, most
    contested first (the order of :func:`toll.ledger.timeline.subjects`).

    Counting contradictions builds every subject's timeline. The API's ``Ledger``
    hands out the same figures list until claims are added, so the lines of the last
    list are kept: page views after the first cost nothing."""

    def __init__(self) -> None:
        self._figures: list[Figure] | None = None
        self._lines: list[SubjectLine] = []

    def of(self, figures: list[Figure]) -> list[SubjectLine]:
        if figures is not self._figures:
            self._lines = [SubjectLine(s, n, len(timeline(s, figures).contradictions)) for s, n in subjects(figures)]
            self._figures = figures
        return self._lines


def statements_of(store: Store, source: CanonicalSource) -> list[dict]:
    """The stored statements whose speaker is written as one of the source's names."""
    return [s for name in sorted(source.names) for s in store.iter_statements(speaker=name)
            if s["speaker_name"] == name]
