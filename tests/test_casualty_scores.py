"""Regression bars for casualty claims, scored by shared/eval/score.py on the full
extraction (claimants come from the statements). Bars sit just under the figures
reached when they were set; the issue's targets that are not reached yet are kept as
non-strict xfails, so a change that reaches one shows up as XPASS.

``check`` is scored here as a whole only: rules are never written from its misses
(shared/corpora/hrdsattack/casualties/README.md says why)."""
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
    scored = score_corpora(["seeds", "dev", "dev2", "tune", "check"], tmp_path_factory.mktemp("casualty_scores"),
                           full_extraction, "casualties")
    for name, s in scored.items():
        print(f"{name}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} full-match {s['full_match_f1']:.3f}")
    return scored


BARS = {  # corpus: (F1, full-match F1, precision), just under what was reached
    "seeds": (0.97, 0.95, 0.95),
    "dev": (0.90, 0.80, 0.90),
    "dev2": (0.77, 0.40, 0.82),
    "tune": (0.64, 0.42, 0.62),
    "check": (0.68, 0.42, 0.68),
}
TARGETS = {  # the casualty issue's "done when"
    "dev2": (0.88, 0.70, 0.0),
    "tune": (0.80, 0.65, 0.0),
    "check": (0.80, 0.65, 0.80),
}


@pytest.mark.parametrize("corpus", sorted(BARS))
def test_bars_hold(scores, corpus):
    f1, full, precision = BARS[corpus]
    s = scores[corpus]
    assert s["f1"] >= f1 and s["full_match_f1"] >= full and s["precision"] >= precision, s


@pytest.mark.xfail(strict=False, reason="the issue's targets, not reached yet")
@pytest.mark.parametrize("corpus", sorted(TARGETS))
def test_issue_targets(scores, corpus):
    f1, full, precision = TARGETS[corpus]
    s = scores[corpus]
    assert s["f1"] >= f1 and s["full_match_f1"] >= full and s["precision"] >= precision, s
