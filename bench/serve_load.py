"""Load on `toll serve` while an ingest writes to the same ledger.

    python bench/serve_load.py [--clients 8] [--seconds 20] [--max-requests 20000]

Starts `toll serve` on 127.0.0.1 (a free port) over a fresh ledger holding the
examples, starts `toll ingest` of the HRDsAttack articles into the same ledger, and
runs N client threads against a mix of read endpoints until the time or request
budget is spent. Prints requests/s, latency percentiles and errors (which must be 0).
Only 127.0.0.1 is contacted.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "hrdsattack" / "articles.jsonl"
PATHS = ["/api/articles?limit=50", "/api/claims?outcome=killed&limit=100", "/api/claims?affiliation=Russia",
         "/api/subjects", "/api/timeline?subject=killed/Russia/military", "/api/sources",
         "/api/search?q=killed&limit=20", "/api/statements?limit=50", "/api/health"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def toll(*args: str) -> list[str]:
    return [sys.executable, "-m", "toll", *args]


def wait_until_up(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("toll serve did not come up")


def client(base: str, stop: threading.Event, budget: list[int], lock: threading.Lock,
           latencies: list[float], errors: list[str]) -> None:
    rng = random.Random(threading.get_ident())
    with httpx.Client(base_url=base, timeout=30) as http:
        while not stop.is_set():
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            path = rng.choice(PATHS)
            start = time.perf_counter()
            try:
                status = http.get(path).status_code
            except httpx.HTTPError as err:
                status, detail = None, f"{path}: {type(err).__name__}"
            took = time.perf_counter() - start
            with lock:
                latencies.append(took)
                if status != 200:
                    errors.append(detail if status is None else f"{path}: HTTP {status}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--max-requests", type=int, default=20_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="toll-load-"))
    db = str(work / "ledger.db")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    subprocess.run(toll("ingest", "-q", "--db", db, str(ROOT / "examples")), check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(toll("serve", "--db", db, "--port", str(port)), env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    writer = None
    try:
        wait_until_up(base, time.monotonic() + 60)
        if CORPUS.exists():
            writer = subprocess.Popen(toll("ingest", "-q", "--db", db, str(CORPUS)), env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stop, lock = threading.Event(), threading.Lock()
        budget, latencies, errors = [args.max_requests], [], []
        threads = [threading.Thread(target=client, args=(base, stop, budget, lock, latencies, errors))
                   for _ in range(args.clients)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        articles = httpx.get(f"{base}/api/health", timeout=10).json()["articles"]
    finally:
        for process in (writer, server):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    ms = sorted(x * 1000 for x in latencies)
    pct = lambda p: ms[min(len(ms) - 1, int(len(ms) * p))] if ms else float("nan")  # noqa: E731
    print(f"clients      {args.clients}, {elapsed:.1f}s, ingest running: {writer is not None}")
    print(f"requests     {len(ms)}  ({len(ms) / elapsed:.1f} requests/s)")
    print(f"latency ms   p50 {pct(0.50):.1f}  p90 {pct(0.90):.1f}  p99 {pct(0.99):.1f}  "
          f"max {ms[-1] if ms else float('nan'):.1f}  mean {statistics.fmean(ms) if ms else float('nan'):.1f}")
    print(f"articles     {articles} in the ledger at the end (ingest wrote while serving)")
    print(f"errors       {len(errors)}")
    for e in sorted(set(errors))[:10]:
        print(f"  {e}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
