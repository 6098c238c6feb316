"""Who said what: direct, indirect and mixed speech."""
from __future__ import annotations

from spacy.tokens import Doc

from toll.extract.speakers import SpeakerResolver
from toll.model import Statement


def extract_statements(doc: Doc, resolver: SpeakerResolver) -> list[Statement]:
    return []
