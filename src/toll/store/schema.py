"""The ledger's tables, and the migrations that bring any older database up to date.

Tables are declared once with SQLAlchemy Core so the same definitions serve SQLite and
PostgreSQL. The schema version lives in the database (``toll_schema``); each migration
is a function that takes a connection and moves the schema one version forward, run
in a transaction, so an interrupted upgrade leaves the previous version intact.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import BigInteger, Column, Connection, ForeignKey, Integer, MetaData, String, Table, Text, select

metadata = MetaData()

schema_info = Table(
    "toll_schema", metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(16), primary_key=True),  # hash of the cleaned text: see model.text_id
    Column("source", Text, nullable=False),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

outlet_lines = Table(
    "outlet_lines", metadata,
    Column("outlet", Text, primary_key=True),
    Column("line_key", String(16), primary_key=True),
    Column("articles", Integer, nullable=False),
)


def _source_columns(prefix: str) -> list[Column]:
    """Who states a figure or says something: the spec's Source, flattened."""
    return [Column(f"{prefix}_name", Text, index=True), Column(f"{prefix}_role", Text),
            Column(f"{prefix}_kind", String(16)), Column(f"{prefix}_affiliation", Text)]


casualties = Table(
    "casualties", metadata,
    Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(16), primary_key=True),
    Column("outcome", String(16), nullable=False, index=True),
    Column("low", BigInteger), Column("high", BigInteger),  # up to numbers.MAX_COUNT, past 2^31
    Column("qualifier", String(16), nullable=False), Column("count_text", Text),
    Column("victims_text", Text), Column("affiliation", Text, index=True),
    Column("role", String(16)), Column("victims_group", String(16)),
    *_source_columns("claimant"),
    Column("stance", String(16), nullable=False),
    Column("part_of", String(16)),
    Column("reported_on", String(10), index=True),
    Column("period_text", Text), Column("period_start", String(10)), Column("period_end", String(10)),
    Column("location", Text),
    Column("sentence_start", Integer, nullable=False), Column("sentence_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
)

statements = Table(
    "statements", metadata,
    Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("statement_id", String(16), primary_key=True),
    *_source_columns("speaker"),
    Column("kind", String(16), nullable=False),
    Column("content_start", Integer, nullable=False), Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("cue", Text), Column("channel", Text),
)


def _v1(conn: Connection) -> None:
    for table in (articles, outlet_lines):
        table.create(conn)


def _v2(conn: Connection) -> None:
    """Casualty claims and statements, stored with their article."""
    for table in (casualties, statements):
        table.create(conn)


def _v3(conn: Connection) -> None:
    """Full-text search: an FTS5 table on SQLite, GIN text-search indexes on PostgreSQL."""
    from toll.store.search import create_index

    create_index(conn)


def _v4(conn: Connection) -> None:
    """Figures up to ``numbers.MAX_COUNT`` (10^10): PostgreSQL's INTEGER stops at 2^31.
    SQLite's INTEGER already holds 64 bits."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE casualties ALTER COLUMN low TYPE BIGINT, ALTER COLUMN high TYPE BIGINT")


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4]
"""MIGRATIONS[i] takes the schema from version i to version i + 1."""

LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, schema_info.name):
        return 0
    return conn.execute(select(schema_info.c.version)).scalar_one_or_none() or 0


def migrate(conn: Connection) -> int:
    """Apply every migration the database lacks; returns the version it is now at."""
    if not conn.dialect.has_table(conn, schema_info.name):
        schema_info.create(conn)
        conn.execute(schema_info.insert().values(version=0))
    version = current_version(conn)
    if version > LATEST:
        raise RuntimeError(f"database schema version {version} is newer than this toll ({LATEST}); upgrade toll")
    for step in MIGRATIONS[version:]:
        step(conn)
        version += 1
        conn.execute(schema_info.update().values(version=version))
    return version
