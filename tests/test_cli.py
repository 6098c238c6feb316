"""The `toll` command as a user runs it: a real process, real files."""
import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS

STORY = "The governor said on Monday that {n} people were killed when a missile struck the town."


def toll(*args, db=None, check=None):
    cmd = [sys.executable, "-m", "toll", *map(str, args)]
    if db:
        cmd += ["--db", str(db)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if check is not None:
        assert proc.returncode == check, proc.stderr
    return proc


def test_seeds_twice_leave_two_articles(any_db):
    db = any_db
    first = toll("ingest", SEEDS, db=db, check=0)
    assert "2 new, 0 duplicates, 0 failed" in first.stderr
    second = toll("ingest", SEEDS, db=db, check=0)
    assert "0 new, 2 duplicates, 0 failed" in second.stderr
    rows = json.loads(toll("articles", "--format", "json", db=db, check=0).stdout)
    assert len(rows) == 2


def test_mixed_folder_stores_good_names_bad_and_exits_1(db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(3):
        (folder / f"good{n}.txt").write_text(STORY.format(n=n + 2))
    (folder / "latin1.txt").write_bytes(STORY.format(n=9).encode() + b" Caf\xe9.")
    bad = {
        "binary.txt": bytes(range(256)) * 4,
        "empty.txt": b"",
        "huge.txt": b"word " * 300_000,
        "truncated.txt.gz": gzip.compress(STORY.format(n=7).encode() * 40)[:50],
        "page.html": b"<html><body></body></html>",
        "broken.jsonl": b"{nope\n",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    proc = toll("ingest", folder, tmp_path / "missing.txt", "--max-bytes", 1_000_000, db=db)
    assert proc.returncode == 1
    for name in list(bad) + ["missing.txt"]:
        assert any(name in line for line in proc.stderr.splitlines()), name
    assert "latin1.txt: warning: invalid UTF-8" in proc.stderr
    assert "4 new, 0 duplicates, 7 failed" in proc.stderr
    again = toll("ingest", folder, "--max-bytes", 1_000_000, db=db)
    assert again.returncode == 1
    assert "0 new, 4 duplicates" in again.stderr


def test_articles_formats(db):
    toll("ingest", SEEDS, db=db, check=0)
    table = toll("articles", db=db, check=0).stdout
    assert table.splitlines()[0].split() == ["ID", "PUBLISHED", "OUTLET", "TITLE"]
    assert "2 articles" in table
    rows = list(csv.DictReader(io.StringIO(toll("articles", "--format", "csv", db=db, check=0).stdout)))
    assert [r["outlet"] for r in rows] == ["The Fiscal Times", "The Daily Beast"]


def test_show_by_prefix(db):
    toll("ingest", SEEDS, db=db, check=0)
    rows = json.loads(toll("articles", "--format", "json", db=db, check=0).stdout)
    out = toll("show", rows[1]["id"][:6], db=db, check=0).stdout
    assert "title:       Putin Finally Cops to Dead Russian Troops in Ukraine" in out
    assert "Related:" not in out and "Sign up now" not in out
    assert toll("show", "nope", db=db).returncode != 0


def test_extract_writes_claims_format(tmp_path):
    out = tmp_path / "pred"
    toll("extract", "--out", out, *sorted(SEEDS.glob("*.txt")), check=0)
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == ["000_67f78a27baced398.json", "004_8975be117d81a278.json"]
    doc = json.loads((out / files[1]).read_text())
    assert set(doc) == {"article", "casualties", "statements"}
    assert doc["article"]["published"] == "2022-02-27"
    assert doc["article"]["text"].startswith("Moscow has publicly acknowledged")
    assert isinstance(doc["casualties"], list) and isinstance(doc["statements"], list)


def test_extract_json_prints_one_object_for_one_article(tmp_path):
    doc = json.loads(toll("extract", "--json", SEEDS / "000_67f78a27baced398.txt", check=0).stdout)
    assert doc["article"]["outlet"] == "The Fiscal Times"


def test_extract_does_not_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    toll("extract", SEEDS / "000_67f78a27baced398.txt", check=0)
    assert not (tmp_path / "toll.db").exists()


def test_version():
    assert toll("--version", check=0).stdout.strip() == "toll, version 0.1.0"


@pytest.mark.parametrize("command", [[], ["ingest"], ["articles"], ["show"], ["extract"]])
def test_help_everywhere(command):
    out = toll(*command, "--help", check=0).stdout
    assert out.startswith("Usage: ")


def test_toll_db_environment_variable(tmp_path):
    env_db = tmp_path / "from-env.db"
    proc = subprocess.run([sys.executable, "-m", "toll", "ingest", str(SEEDS)], capture_output=True, text=True,
                          env={**__import__("os").environ, "TOLL_DB": str(env_db)})
    assert proc.returncode == 0, proc.stderr
    assert env_db.exists()


def test_ingest_stores_claims_and_show_lists_them(db):
    toll("ingest", SEEDS, db=db, check=0)
    rows = json.loads(toll("articles", "--format", "json", db=db, check=0).stdout)
    daily_beast = next(r for r in rows if r["outlet"] == "The Daily Beast")
    shown = json.loads(toll("show", daily_beast["id"], "--json", db=db, check=0).stdout)
    figures = {(c["outcome"], c["count"]["low"]) for c in shown["casualties"]}
    assert {("killed", 352), ("killed", 14), ("injured", 1684), ("injured", 116)} <= figures
    for c in shown["casualties"]:
        start, end = c["sentence"]["start"], c["sentence"]["end"]
        assert shown["article"]["text"][start:end] == c["sentence"]["text"]
    text = toll("show", daily_beast["id"], db=db, check=0).stdout
    assert "352  Ukrainian civilians [Ukraine, civilian]" in text


@pytest.fixture
def example_db(any_db):
    toll("ingest", Path(__file__).resolve().parents[1] / "examples", db=any_db, check=0)
    return any_db


def test_claims_filters_and_formats(example_db):
    rows = json.loads(toll("claims", "--outcome", "killed", "--affiliation", "russia", "--role", "military",
                           "--format", "json", db=example_db, check=0).stdout)
    assert rows and all(r["outcome"] == "killed" and r["affiliation"] == "Russia" for r in rows)
    assert {"date", "claimant", "low", "best", "high", "sentence", "outlet"} <= set(rows[0])
    some = json.loads(toll("claims", "--claimant", "general staff", "--format", "json", db=example_db, check=0).stdout)
    assert some and all("general staff" in r["claimant"].lower() for r in some)
    none = json.loads(toll("claims", "--search", "' OR 1=1 --", "--format", "json", db=example_db, check=0).stdout)
    assert none == []
    table = toll("claims", "--since", "2022-09-01", db=example_db, check=0).stdout
    assert "2022-03-02" not in table and "2022-09-21" in table


def test_timeline_lists_subjects_then_shows_one(example_db):
    listing = toll("timeline", db=example_db, check=0).stdout
    assert "killed/Russia/military" in listing.splitlines()[0]
    shown = toll("timeline", "killed/russia/military", db=example_db, check=0).stdout
    assert "Contradictions" in shown and "incompatible figures" in shown
    assert "Summary" in shown
    assert toll("timeline", "killed/Atlantis/military", db=example_db).returncode != 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(example_db, tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    toll("export", "--format", fmt, "--out", out, db=example_db, check=0)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows > 10 and "best" in table.column_names
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open()))
        assert rows[0].keys() >= {"date", "claimant", "outcome", "low", "best", "high", "victims", "role",
                                  "affiliation", "location", "outlet", "url", "sentence"}
    else:
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert all(r["sentence"] for r in rows)
