"""Main-text quality of toll's HTML reader on the article-extraction benchmark.

Run as ``python bench/html_extraction.py`` from anywhere. It reads the 181 pages of
``shared/corpora/article-extraction-benchmark`` (next to the repository) and scores:

- toll: the text toll stores for a page file, i.e. ``read_html_file`` (which calls
  ``article_from_html``) followed by ``clean_text``; a page toll refuses counts as
  an empty prediction, as it would be missing from the ledger;
- trafilatura: bare ``trafilatura.extract`` with its default settings, on the page
  decoded as UTF-8 like the upstream benchmark does, for comparison.

The metric is the benchmark's own (scrapinghub/article-extraction-benchmark,
``evaluate.py``): ``\\w+`` tokens, 4-token shingles counted with multiplicity, tp/fp/fn
normalised per page to sum 1, precision and recall averaged over pages (a page with
no predicted shingles is left out of precision, one with no true shingles out of
recall), F1 from the two means. Bootstrap intervals are not computed.

Options: ``--worst N`` lists the N pages where toll's F1 is lowest, ``--only toll``
skips the trafilatura baseline.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from toll.ingest.clean import clean_text
from toll.ingest.html import read_html_file
from toll.ingest.items import IngestError, Limits
from toll.model import Article

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "article-extraction-benchmark"

TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
SHINGLE = 4


def shingles(text: str) -> Counter:
    tokens = TOKEN.findall(text or "")
    # as upstream: a text shorter than a shingle still gives one (short) shingle
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))
                   if tokens[i:i + SHINGLE])


def match(true: str, pred: str) -> tuple[float, float, float]:
    """tp, fp, fn over shingles, normalised to sum 1."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """F1, precision, recall as the benchmark computes them."""
    p = statistics.mean(precision_score(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(recall_score(*s) for s in scores if s[0] + s[2] > 0)
    return 2 * p * r / (p + r), p, r


def page_f1(s: tuple[float, float, float]) -> float:
    p, r = precision_score(*s), recall_score(*s)
    return 2 * p * r / (p + r) if p + r else 0.0


def toll_text(path: Path) -> str:
    try:
        articles = [r for r in read_html_file(path, Limits()) if isinstance(r, Article)]
    except IngestError:
        return ""
    return clean_text(articles[0].text) if articles else ""


def trafilatura_text(path: Path) -> str:
    import trafilatura

    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return trafilatura.extract(html) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages for toll")
    parser.add_argument("--only", choices=("toll", "trafilatura"), help="score one system only")
    args = parser.parse_args(argv)

    if not (CORPUS / "ground-truth.json").exists():
        print(f"benchmark not found at {CORPUS}", file=sys.stderr)
        return 2
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    systems = {"toll": toll_text, "trafilatura": trafilatura_text}
    if args.only:
        systems = {args.only: systems[args.only]}

    for name, extract in systems.items():
        start = time.perf_counter()
        scores = {}
        for key in sorted(truth):
            pred = extract(CORPUS / "html" / f"{key}.html.gz")
            scores[key] = match(truth[key].get("articleBody", ""), pred)
        elapsed = time.perf_counter() - start
        f1, p, r = metrics(list(scores.values()))
        print(f"{name:<12} F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  ({len(scores)} pages, {elapsed:.1f}s)",
              flush=True)
        if name == "toll" and args.worst:
            for key in sorted(scores, key=lambda k: page_f1(scores[k]))[:args.worst]:
                s = scores[key]
                print(f"    {page_f1(s):.3f}  P {precision_score(*s):.3f}  R {recall_score(*s):.3f}  "
                      f"{key[:12]}  {truth[key].get('url', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
