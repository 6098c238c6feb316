"""Spark local[2] against one process, on the same articles.

    python bench/spark_speed.py [--articles 400] [--shards 8]

Writes the HRDsAttack articles as JSONL shards (Spark reads whole files, so an archive
is many files, as CC-News WARCs are), then times, each as a fresh command:
`toll spark --master local[1]`, `toll spark --master local[2]`, and a one-process
`toll ingest` into SQLite. Prints seconds, articles/s and the speed-up of local[2]
over one process.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hrdsattack" / "articles.jsonl"


def shards(n_articles: int, n_shards: int, folder: Path) -> None:
    rows = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [rows[i % len(rows)] for i in range(n_articles)]
    for s in range(n_shards):
        part = rows[s::n_shards]
        (folder / f"shard-{s:03d}.jsonl").write_text("\n".join(part) + "\n", encoding="utf-8")


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "toll", *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--shards", type=int, default=8)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="toll-spark-"))
    data = work / "in"
    data.mkdir()
    shards(args.articles, args.shards, data)
    runs = {
        "spark local[1]": timed("spark", "--master", "local[1]", str(data), str(work / "out1")),
        "spark local[2]": timed("spark", "--master", "local[2]", str(data), str(work / "out2")),
        "one process": timed("ingest", "-q", "--db", str(work / "ledger.db"), str(data)),
    }
    for name, seconds in runs.items():
        print(f"{name:15} {seconds:7.1f}s  {args.articles / seconds:6.2f} articles/s")
    print(f"speed-up of local[2] over one process: {runs['one process'] / runs['spark local[2]']:.2f}x")


if __name__ == "__main__":
    main()
