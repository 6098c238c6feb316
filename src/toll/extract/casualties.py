"""Casualty claims: every figure of people killed, injured, missing or captured."""
from __future__ import annotations

from spacy.tokens import Doc

from toll.extract.speakers import SpeakerResolver
from toll.model import Article, CasualtyClaim, Statement


def extract_casualties(doc: Doc, article: Article, resolver: SpeakerResolver,
                       statements: list[Statement]) -> list[CasualtyClaim]:
    return []
