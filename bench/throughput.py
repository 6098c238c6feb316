"""Throughput of the full ingest against the bare spaCy parse, and memory over a long run.

    python bench/throughput.py [--articles 20000] [--processes 1] [--batch-size 32]

Builds a JSONL corpus of N articles from the HRDsAttack and PolNeAR texts (repeated,
each copy made unique so none is skipped as a duplicate), then, in one run:
1. parses every text with the bare spaCy pipeline (``nlp.pipe``), words/s;
2. runs ``toll ingest`` of the corpus into a fresh SQLite ledger (read, clean,
   extract, store), words/s, sampling the resident memory of its process tree.
Prints both rates, peak RSS after 1k, 5k, 20k … articles stored, and last ``ratio <x>``
(full ingest words/s over bare parse words/s; goal at least 0.8).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from toll.ingest.clean import clean_text
from toll.nlp import pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
CHECKPOINTS = (1_000, 5_000, 20_000, 50_000, 100_000)


def source_texts() -> list[dict]:
    rows = [json.loads(line) for line in (SHARED / "hrdsattack" / "articles.jsonl").read_text().splitlines()
            if line.strip()]
    texts = [{"text": r["text"], "published": r.get("published")} for r in rows]
    for split in ("train", "dev"):
        for path in sorted((SHARED / "polnear" / split).glob("*.txt")):
            texts.append({"text": path.read_text(encoding="utf-8", errors="replace"), "published": None})
    return texts


def build_corpus(n: int, path: Path) -> tuple[int, list[str]]:
    """Write n unique articles to ``path``; returns (words, cleaned texts)."""
    base = source_texts()
    words, cleaned = 0, []
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(base[i % len(base)])
            record["text"] = f"{record['text']}\n\n(Archive copy {i // len(base)}.)"
            out.write(json.dumps(record) + "\n")
            text = clean_text(record["text"])
            cleaned.append(text)
            words += len(text.split())
    return words, cleaned


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (worker processes), in MB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        todo.extend(int(c) for c in children)
    return total / 1024


def watch_ingest(process: subprocess.Popen, db: str) -> dict[int, float]:
    """Peak RSS of the ingest's process tree, read each time it passes a checkpoint."""
    peak, at = 0.0, {}
    while process.poll() is None:
        time.sleep(0.5)
        peak = max(peak, tree_rss_mb(process.pid))
        try:
            with sqlite3.connect(db, timeout=30) as con:
                stored = con.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        for mark in CHECKPOINTS:
            if stored >= mark and mark not in at:
                at[mark] = peak
    at.setdefault(-1, peak)  # the whole run
    return at


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="toll-throughput-"))
    corpus = work / "corpus.jsonl"
    words, texts = build_corpus(args.articles, corpus)
    nlp = pipeline()
    nlp("warm up")

    start = time.perf_counter()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass
    bare = time.perf_counter() - start
    del texts

    db = str(work / "ledger.db")
    command = [sys.executable, "-m", "toll", "ingest", "-q", "--db", db, "--processes", str(args.processes),
               "--batch-size", str(args.batch_size), str(corpus)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = watch_ingest(process, db)
    full = time.perf_counter() - start
    report = process.stderr.read().strip().splitlines()[-1:]
    with sqlite3.connect(db) as con:
        stored = con.execute("select count(*) from articles").fetchone()[0]

    print(f"articles     {args.articles} ({words:,} words), stored {stored}; {' '.join(report)}")
    print(f"bare spaCy   {words / bare:,.0f} words/s  ({bare:.0f}s)")
    print(f"full ingest  {words / full:,.0f} words/s  ({full:.0f}s, {args.processes} process(es))")
    marks = ", ".join(f"{mark:,} articles: {mb:,.0f} MB" for mark, mb in sorted(memory.items()) if mark > 0)
    print(f"peak RSS     {marks or '-'}; whole run: {memory[-1]:,.0f} MB (ingest process tree)")
    print(f"ratio {bare / full:.2f}")


if __name__ == "__main__":
    main()
