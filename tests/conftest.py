import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "dev"

POSTGRES = os.environ.get("TOLL_TEST_POSTGRES")
"""A PostgreSQL URL (postgresql+psycopg://…) to run the database tests against too;
.ci/run starts a server and sets it. Without it the PostgreSQL runs are skipped."""


@pytest.fixture
def db(tmp_path) -> str:
    """A fresh SQLite ledger path (for what only SQLite has: WAL, the file itself)."""
    return str(tmp_path / "ledger.db")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """A fresh ledger on each database toll supports: an SQLite file, and a PostgreSQL
    schema of its own (dropped afterwards) when TOLL_TEST_POSTGRES is set."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    if not POSTGRES:
        pytest.skip("TOLL_TEST_POSTGRES is not set")
    import sqlalchemy

    schema = f"test_{uuid.uuid4().hex[:12]}"
    engine = sqlalchemy.create_engine(POSTGRES)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{separator}options=-csearch_path%3D{schema}"
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def store(any_db):
    from toll.store import Store

    with Store(any_db) as s:
        yield s
