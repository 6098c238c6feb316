"""Extraction over real, messy news text (HRDsAttack): it never raises, and every
offset points into the text. A sample keeps the suite fast; bench/extract_speed.py
runs all 400 articles."""
from __future__ import annotations

import json

import pytest

from scoring import SHARED
from toll.extract import extract
from toll.ingest.clean import clean_text
from toll.model import Article
from toll.nlp import parse_many

CORPUS = SHARED / "corpora" / "hrdsattack" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpora not available")


def test_sample_of_real_articles():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()][::10]
    articles = [Article(text=clean_text(r["text"]), source=str(r["id"]), published=r.get("published"))
                for r in rows]
    killed = 0
    for article, doc in zip(articles, parse_many(a.text for a in articles)):
        result = extract(article, doc)
        for claim in result.casualties:
            assert article.text[claim.sentence.start:claim.sentence.end] == claim.sentence.text
        for statement in result.statements:
            assert article.text[statement.content.start:statement.content.end] == statement.content.text
        killed += any(c.outcome == "killed" for c in result.casualties)
    assert len(articles) == 40
    assert killed >= 20  # most of these articles report killings
