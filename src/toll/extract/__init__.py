"""From an article's text to its casualty claims and statements.

The order is the pipeline: parse once; build the article's speaker resolver (one for
both extractors); find statements; then casualty claims, whose claimants are the
speakers of the statements that contain them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from toll.extract.casualties import extract_casualties
from toll.extract.speakers import SpeakerResolver
from toll.extract.statements import extract_statements
from toll.model import Article, Extraction
from toll.nlp import parse


def extract(article: Article, doc: Doc | None = None) -> Extraction:
    """Everything toll extracts from ``article`` (``doc``: its text already parsed)."""
    doc = doc if doc is not None else parse(article.text)
    resolver = SpeakerResolver(doc)
    statements = extract_statements(doc, resolver)
    casualties = extract_casualties(doc, article, resolver, statements)
    return Extraction(article=article, casualties=casualties, statements=statements)
