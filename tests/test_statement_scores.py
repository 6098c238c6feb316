"""Regression bars for statements, scored by the project's own scorer.

Each corpus is read the way ``toll extract`` reads it, parsed once, run through the
statement extractor with the article's speaker resolver (the casualty extractor is
left out: its figures are scored elsewhere), written as prediction files and scored by
``shared/eval/score.py``. The bars sit just under the figures reached when they were
set, so a rule that costs accuracy fails here.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from toll.extract.speakers import SpeakerResolver
from toll.extract.statements import extract_statements
from toll.ingest import read_inputs
from toll.model import Article
from toll.nlp import parse_many

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
POLNEAR = SHARED / "corpora" / "polnear" / "dev"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared corpora not available")


def predict(texts: list[Path], out: Path) -> Path:
    """Write one prediction file per article into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    articles = [a for path in texts for a in read_inputs([str(path)]) if isinstance(a, Article)]
    for path, article, doc in zip(texts, articles, parse_many(a.text for a in articles)):
        found = extract_statements(doc, SpeakerResolver(doc))
        prediction = {"article": {"source": path.name, "text": article.text},
                      "casualties": [], "statements": [s.to_dict() for s in found]}
        (out / f"{path.stem}.json").write_text(json.dumps(prediction))
    return out


def score(gold: Path, texts: list[Path], out: Path) -> dict:
    """The scorer's statement figures for ``texts`` against ``gold``."""
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred",
                             str(predict(texts, out)), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)["statements"]


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("statement_scores")
    return {
        "seeds": score(SHARED / "gold", sorted((SHARED / "seeds").glob("*.txt")), out / "seeds"),
        "dev": score(SHARED / "dev" / "gold", sorted((SHARED / "dev" / "articles").glob("*.txt")),
                     out / "dev"),
        "polnear": score(POLNEAR / "gold", sorted(POLNEAR.glob("*.txt")), out / "polnear"),
    }


def test_seeds(scores):
    assert scores["seeds"]["f1"] >= 0.97
    assert scores["seeds"]["attributed_f1"] >= 0.95


def test_dev(scores):
    assert scores["dev"]["f1"] >= 0.94
    assert scores["dev"]["attributed_f1"] >= 0.90


def test_polnear_dev(scores):
    assert scores["polnear"]["f1"] >= 0.88
    assert scores["polnear"]["speaker_accuracy"] >= 0.84


@pytest.mark.xfail(reason="target not reached yet: about 3 points of the gap are gold names "
                          "like 'Mr. Clarke' where the article gives 'Tom Clarke'", strict=False)
def test_polnear_dev_speaker_target(scores):
    assert scores["polnear"]["speaker_accuracy"] >= 0.88
