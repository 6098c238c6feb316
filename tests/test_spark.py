"""The Spark job in local[2] gives the same ledger as a single-process ingest."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from scoring import SHARED

pytest.importorskip("pyspark")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="no Java for Spark")

DEV = SHARED / "dev" / "articles"


def toll(*args):
    proc = subprocess.run([sys.executable, "-m", "toll", *map(str, args)], capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def ledger(db) -> dict:
    from toll.store import Store

    with Store(db) as store:
        return {a["id"]: (a["text"], a["published"], a["outlet"], store.extraction_of(a["id"]))
                for a in store.iter_articles(with_text=True)}


@pytest.mark.skipif(not DEV.exists(), reason="shared corpora not available")
def test_spark_output_loads_into_the_same_ledger_as_ingest(tmp_path):
    out = tmp_path / "parquet"
    toll("spark", "--master", "local[2]", DEV, out)
    assert {p.name for p in out.iterdir()} >= {"articles", "casualties", "statements"}
    assert any(p.name.startswith("date=") for p in (out / "casualties").iterdir())
    spark_db, ingest_db = tmp_path / "spark.db", tmp_path / "ingest.db"
    first = toll("load", out, "--db", spark_db)
    assert "16 new, 0 duplicates" in first.stderr
    again = toll("load", out, "--db", spark_db)
    assert "0 new, 16 duplicates" in again.stderr
    toll("ingest", "-q", DEV, "--db", ingest_db)
    assert ledger(spark_db) == ledger(ingest_db)
