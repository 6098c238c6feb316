"""Who a mention of a source is: one resolver for claimants and speakers alike."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from toll.model import Source


class SpeakerResolver:
    """Resolves mentions of sources in one article to the fullest name it gives."""

    def __init__(self, doc: Doc):
        self.doc = doc

    def resolve(self, mention: Span) -> Source | None:
        text = mention.text.strip()
        return Source(name=text) if text else None
