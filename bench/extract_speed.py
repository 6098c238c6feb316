"""Extraction speed against the bare spaCy pipeline, over the HRDsAttack articles.

    python bench/extract_speed.py [--limit N]

Prints words/s of the bare pipeline (parse only) and of toll's extraction (parse,
statements, casualties), their ratio (goal: at least 0.8), and, as a sanity check of
recall on real text, the share of articles labelled `killing` that yield a killed claim.
Both are timed in one run on the same texts, after one warm-up parse.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from toll.extract import extract
from toll.ingest.clean import clean_text
from toll.model import Article
from toll.nlp import parse_many, pipeline

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hrdsattack" / "articles.jsonl"


def load(limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def is_killing(row: dict) -> bool:
    return "killing" in (row.get("labels") or {}).get("violation_types", [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    args = ap.parse_args()
    rows = load(args.limit)
    articles = [Article(text=clean_text(r["text"]), source=str(r["id"]), published=r.get("published"))
                for r in rows]
    words = sum(len(a.text.split()) for a in articles)
    pipeline()("warm up")

    start = time.perf_counter()
    for _ in parse_many(a.text for a in articles):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    results = [extract(a, doc) for a, doc in zip(articles, parse_many(a.text for a in articles))]
    full = time.perf_counter() - start

    killing = [r for r, row in zip(results, rows) if is_killing(row)]
    with_killed = sum(1 for r in killing if any(c.outcome == "killed" for c in r.casualties))
    print(f"articles     {len(articles)}  ({words:,} words)")
    print(f"bare spaCy   {words / bare:,.0f} words/s  ({bare:.1f}s)")
    print(f"toll extract {words / full:,.0f} words/s  ({full:.1f}s)")
    print(f"claims       {sum(len(r.casualties) for r in results)} casualty claims, "
          f"{sum(len(r.statements) for r in results)} statements")
    print(f"killing      {with_killed}/{len(killing)} articles labelled killing yield a killed claim "
          f"({with_killed / max(1, len(killing)):.0%})")
    print(f"ratio {bare / full:.2f}")


if __name__ == "__main__":
    main()
