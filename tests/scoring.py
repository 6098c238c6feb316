"""Shared by the score regression tests: predict a corpus, score it with shared/eval/score.py.

Each corpus is read the way ``toll extract`` reads it and parsed once; ``extractor``
turns an article and its parse into the prediction's casualty and statement lists.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from toll.ingest import read_inputs
from toll.model import Article
from toll.nlp import parse_many

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"

Extractor = Callable[[Article, Doc], tuple[list[dict], list[dict]]]


def predict(texts: list[Path], out: Path, extractor: Extractor) -> Path:
    """Write one prediction file per article into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    articles = [a for path in texts for a in read_inputs([str(path)]) if isinstance(a, Article)]
    for path, article, doc in zip(texts, articles, parse_many(a.text for a in articles)):
        casualties, statements = extractor(article, doc)
        prediction = {"article": {"source": path.name, "text": article.text},
                      "casualties": casualties, "statements": statements}
        (out / f"{path.stem}.json").write_text(json.dumps(prediction))
    return out


def score(gold: Path, texts: list[Path], out: Path, extractor: Extractor) -> dict:
    """The scorer's summary (``casualties`` and ``statements``) for ``texts`` against ``gold``."""
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred",
                             str(predict(texts, out, extractor)), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


CORPORA = {
    "seeds": (SHARED / "gold", SHARED / "seeds"),
    "dev": (SHARED / "dev" / "gold", SHARED / "dev" / "articles"),
    "polnear": (SHARED / "corpora" / "polnear" / "dev" / "gold", SHARED / "corpora" / "polnear" / "dev"),
    "dev2": (SHARED / "dev2" / "gold", SHARED / "dev2" / "articles"),
    "tune": (SHARED / "corpora" / "hrdsattack" / "casualties" / "tune" / "gold",
             SHARED / "corpora" / "hrdsattack" / "casualties" / "tune"),
    "check": (SHARED / "corpora" / "hrdsattack" / "casualties" / "check" / "gold",
              SHARED / "corpora" / "hrdsattack" / "casualties" / "check"),
}
"""Scored sets: name -> (gold folder, folder of the articles' .txt files)."""


def score_corpora(names: list[str], out: Path, extractor: Extractor, part: str) -> dict[str, dict]:
    """The scorer's ``part`` ("casualties" or "statements") for each named corpus."""
    return {name: score(CORPORA[name][0], sorted(CORPORA[name][1].glob("*.txt")), out / name, extractor)[part]
            for name in names}
