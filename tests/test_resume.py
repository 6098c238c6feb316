"""A real ingest killed with SIGKILL mid-run, then rerun, leaves the same ledger as an
uninterrupted run: nothing lost, nothing twice."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from scoring import SHARED

CORPUS = SHARED / "corpora" / "hrdsattack" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpora not available")


def toll_ingest(db, source, **popen):
    return subprocess.Popen([sys.executable, "-m", "toll", "ingest", "-q", "--batch-size", "4", "--db", str(db),
                             str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)


def articles_in(db) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as con:
            return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def ledger(db) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute("""
            select a.id, (select count(*) from casualties c where c.article_id = a.id),
                         (select count(*) from statements s where s.article_id = a.id)
              from articles a order by a.id""").fetchall()


def test_kill_nine_then_rerun_equals_an_uninterrupted_run(tmp_path):
    rows = CORPUS.read_text(encoding="utf-8").splitlines()[:40]
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reference = tmp_path / "reference.db"
    assert toll_ingest(reference, source).wait(timeout=600) == 0

    db = tmp_path / "interrupted.db"
    run = toll_ingest(db, source)
    deadline = time.monotonic() + 300
    while articles_in(db) < 8 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    assert run.poll() is None, "the ingest finished before it could be killed"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    stored = articles_in(db)
    assert 8 <= stored < 40

    assert toll_ingest(db, source).wait(timeout=600) == 0
    assert ledger(db) == ledger(reference)
    assert len(ledger(db)) == len({json.loads(r)["text"] for r in rows})
