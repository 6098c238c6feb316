"""Regression bars for statements, scored by the project's own scorer.

Each corpus is read the way ``toll extract`` reads it, parsed once, run through the
statement extractor with the article's speaker resolver (the casualty extractor is
left out: its figures are scored elsewhere), written as prediction files and scored by
``shared/eval/score.py``. The bars sit just under the figures reached when they were
set, so a rule that costs accuracy fails here.
"""
from __future__ import annotations

import pytest

from scoring import SCORER, score_corpora
from toll.extract.speakers import SpeakerResolver
from toll.extract.statements import extract_statements


pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared corpora not available")


def statements_only(article, doc):
    return [], [s.to_dict() for s in extract_statements(doc, SpeakerResolver(doc))]


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    return score_corpora(["seeds", "dev", "polnear"], tmp_path_factory.mktemp("statement_scores"),
                         statements_only, "statements")


def test_seeds(scores):
    assert scores["seeds"]["f1"] >= 0.97
    assert scores["seeds"]["attributed_f1"] >= 0.95


def test_dev(scores):
    assert scores["dev"]["f1"] >= 0.97
    assert scores["dev"]["attributed_f1"] >= 0.96
    assert scores["dev"]["speaker_accuracy"] >= 0.99


def test_polnear_dev(scores):
    assert scores["polnear"]["f1"] >= 0.90
    assert scores["polnear"]["speaker_accuracy"] >= 0.88
    assert scores["polnear"]["attributed_f1"] >= 0.79


def test_polnear_dev_speaker_target(scores):
    """The target: speaker accuracy 0.88 on polnear dev, reached although about 3 points
    of the gap are gold names like 'Mr. Clarke' where the article gives 'Tom Clarke' and
    about one more are epithets the gold keeps ('the president') that the spec resolves."""
    assert scores["polnear"]["speaker_accuracy"] >= 0.88
