"""Regression bars for casualty claims, scored by shared/eval/score.py on the full
extraction (claimants come from the statements). Bars sit just under the figures
reached when they were set, and at least the issue's targets (seeds 0.95 / 0.90,
dev 0.90 / 0.80)."""
from __future__ import annotations

import pytest

from scoring import SCORER, score_corpora
from toll.extract import extract

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared corpora not available")


def full_extraction(article, doc):
    result = extract(article, doc)
    return [c.to_dict() for c in result.casualties], [s.to_dict() for s in result.statements]


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    return score_corpora(["seeds", "dev"], tmp_path_factory.mktemp("casualty_scores"), full_extraction,
                         "casualties")


def test_seeds(scores):
    assert scores["seeds"]["f1"] >= 0.97
    assert scores["seeds"]["full_match_f1"] >= 0.95


def test_dev(scores):
    assert scores["dev"]["f1"] >= 0.90
    assert scores["dev"]["full_match_f1"] >= 0.80
