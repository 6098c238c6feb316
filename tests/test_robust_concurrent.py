"""Break 3 of issue 11: many writers, one ledger; every ingest finishes, nothing is lost or twice."""
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from toll.store import Store
from toll.store.schema import outlet_lines

SRC = str(Path(__file__).resolve().parents[1] / "src")
ARTICLES = 12


def _folder(tmp_path: Path) -> Path:
    """Articles of one outlet that share a line, so the outlet's line counts race too."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"a{i}.txt").write_text(
            f"Officials said {i + 3} civilians were killed in village number {i}.\n\n"
            "Follow the Daily Example for the latest news\n\n"
            f"The mayor said {i + 1} more people were injured on day {i}.\n")
        (folder / f"a{i}.meta.json").write_text(json.dumps({"outlet": "Daily Example"}))
    return folder


def _ingest_at_once(folder: Path, db: str, runs: int) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-m", "toll", "ingest", "-q", "--db", db, str(folder)]
    started = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(runs)]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=600), *p.communicate()) for p in started]


def test_three_ingests_into_one_ledger_all_finish(any_db, tmp_path):
    folder = _folder(tmp_path)
    done = _ingest_at_once(folder, any_db, 3)
    assert [p.returncode for p in done] == [0, 0, 0], [p.stderr for p in done]
    new = sum(int(p.stderr.strip().splitlines()[-1].split(" new")[0]) for p in done)
    assert new == ARTICLES, [p.stderr for p in done]  # each article stored by exactly one of the three
    with Store(any_db) as store:
        assert store.count_articles() == ARTICLES
        assert store.count_claims() == 2 * ARTICLES
        with store.engine.connect() as conn:
            counts = sorted(n for (n,) in conn.execute(select(outlet_lines.c.articles)))
        assert counts[-1] == ARTICLES  # the shared line counted once per article, none twice
