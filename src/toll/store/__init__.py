"""The ledger on disk: SQLite by default, any SQLAlchemy URL (PostgreSQL) by choice.

One :class:`Store` wraps one database. Every write of an article and what was
extracted from it is a single transaction, so a crash loses at most the article in
flight and a rerun, which skips articles already stored, resumes where it stopped.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from toll.model import Article, CasualtyClaim, Extraction, Source, Statement
from toll.store import schema, search
from toll.store.schema import articles, casualties, outlet_lines, statements

DEFAULT_DB = "toll.db"


@dataclass
class ClaimFilter:
    """What ``Store.iter_claims`` keeps; None means any. Dates are ISO days and apply to
    the day a figure was given, or the article's publication when that is unknown."""
    outcome: str | None = None
    affiliation: str | None = None
    role: str | None = None
    group: str | None = None
    claimant: str | None = None  # part of the claimant's name, any case
    search: str | None = None  # words in the sentence
    since: str | None = None
    until: str | None = None
    article_id: str | None = None


def database_url(db: str | os.PathLike | None) -> str:
    """An SQLAlchemy URL from a URL or a plain path (a path means SQLite)."""
    db = str(db or os.environ.get("TOLL_DB") or DEFAULT_DB)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the ingest
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each WAL checkpoint, far faster
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


T = TypeVar("T")

RETRIES = 8
"""Attempts at one write before its error is raised: enough to outlast other
writers' transactions (each one article), few enough that a real fault shows."""

BUSY = ("database is locked", "database table is locked", "deadlock detected", "could not serialize")
"""Errors a write meets only because another process writes the same ledger at the
same moment (lock waits that timed out, deadlocks); trying again, after the other
commits, succeeds."""

RACED_SCHEMA = ("already exists", "duplicate key", "unique constraint failed")
"""What two first runs creating the schema at once meet; the loser finds it made."""


def retrying(write: Callable[[], T], transient: tuple[str, ...] = BUSY) -> T:
    """``write()``, tried again after a short random pause when another writer was in
    the way (its error holds one of ``transient``): many processes may ingest into
    one ledger at once."""
    for attempt in range(RETRIES):
        try:
            return write()
        except DBAPIError as err:
            if attempt == RETRIES - 1 or not any(words in str(err.orig).lower() for words in transient):
                raise
            time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
    raise AssertionError("unreachable")


def insert_or_ignore(conn, table, row: dict) -> bool:
    """Insert ``row`` unless its key is there already; True when it was inserted.

    One statement, not a look followed by an insert: between the two another
    process may insert the same article."""
    dialect = {"sqlite": sqlite, "postgresql": postgresql}[conn.dialect.name]
    statement = dialect.insert(table).values(row).on_conflict_do_nothing()
    key = table.primary_key.columns.values()[0]
    return conn.execute(statement.returning(key)).first() is not None  # rowcount is -1 on psycopg


class Store:
    def __init__(self, db: str | os.PathLike | None = None):
        self.url = database_url(db)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.version = retrying(self._migrate, BUSY + RACED_SCHEMA)

    def _migrate(self) -> int:
        with self.engine.begin() as conn:
            return schema.migrate(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def add_article(self, article: Article, outlet_line_keys: list[str] = (),
                    extraction: Extraction | None = None) -> bool:
        """Store ``article`` and what was extracted from it; False when an article with
        the same id is already there.

        ``outlet_line_keys`` are the article's short lines (see ``ingest.clean``); their
        per-outlet counts are raised in the same transaction, so a rerun after a crash
        neither loses nor double-counts them.
        """
        return retrying(lambda: self._add_article(article, outlet_line_keys, extraction))

    def _add_article(self, article: Article, outlet_line_keys, extraction: Extraction | None) -> bool:
        with self.engine.begin() as conn:
            if not insert_or_ignore(conn, articles, dict(
                    id=article.id, source=article.source, outlet=article.outlet, title=article.title,
                    published=article.published, url=article.url, text=article.text,
                    ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))):
                return False
            if article.outlet and outlet_line_keys:
                self._count_outlet_lines(conn, article.outlet, sorted(set(outlet_line_keys)))
            if extraction is not None and extraction.casualties:
                conn.execute(casualties.insert(), [claim_row(article.id, c) for c in extraction.casualties])
            if extraction is not None and extraction.statements:
                conn.execute(statements.insert(), [statement_row(article.id, s) for s in extraction.statements])
            search.index_article(conn, article.id, article.title, article.text, extraction)
        return True

    def search(self, words: str, limit: int = 50) -> list[dict]:
        """Full-text hits in articles, claim sentences and statements, best first."""
        with self.engine.connect() as conn:
            return search.search(conn, words, limit)

    def extraction_of(self, article_id: str) -> dict:
        """The stored claims and statements of one article, in the spec's JSON shape."""
        with self.engine.connect() as conn:
            claims = conn.execute(select(casualties).where(casualties.c.article_id == article_id))
            said = conn.execute(select(statements).where(statements.c.article_id == article_id))
            in_order = lambda item: int(item["id"][1:]) if item["id"][1:].isdigit() else 0  # noqa: E731
            return {"casualties": sorted((claim_dict(r._mapping) for r in claims), key=in_order),
                    "statements": sorted((statement_dict(r._mapping) for r in said), key=in_order)}

    def iter_claims(self, filters: ClaimFilter | None = None) -> Iterator[dict]:
        """Stored casualty claims with their article's date, outlet, title and url, as
        flat rows (the ``casualties`` columns plus ``published``, ``outlet``, ``title``,
        ``url``), oldest first. ``filters`` narrows them; every value is a bound
        parameter, never SQL text."""
        f = filters or ClaimFilter()
        day = func.coalesce(casualties.c.reported_on, articles.c.published)
        query = (select(casualties, articles.c.published, articles.c.outlet, articles.c.title, articles.c.url)
                 .join(articles, articles.c.id == casualties.c.article_id))
        conditions = []
        for column, value in ((casualties.c.outcome, f.outcome), (casualties.c.role, f.role),
                              (casualties.c.victims_group, f.group)):
            if value:
                conditions.append(column == value)
        if f.affiliation:
            conditions.append(func.lower(casualties.c.affiliation) == f.affiliation.lower())
        if f.claimant:
            conditions.append(func.lower(casualties.c.claimant_name).contains(f.claimant.lower(), autoescape=True))
        if f.search:
            conditions.append(func.lower(casualties.c.sentence_text).contains(f.search.lower(), autoescape=True))
        if f.since:
            conditions.append(day >= f.since)
        if f.until:
            conditions.append(day <= f.until)
        if f.article_id:
            conditions.append(casualties.c.article_id == f.article_id)
        query = query.where(*conditions).order_by(day, casualties.c.article_id, casualties.c.sentence_start)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)

    def iter_statements(self, speaker: str | None = None, search: str | None = None,
                        article_id: str | None = None) -> Iterator[dict]:
        """Stored statements with their article's date and outlet, filtered like claims."""
        query = (select(statements, articles.c.published, articles.c.outlet, articles.c.title, articles.c.url)
                 .join(articles, articles.c.id == statements.c.article_id))
        conditions = []
        if speaker:
            conditions.append(func.lower(statements.c.speaker_name).contains(speaker.lower(), autoescape=True))
        if search:
            conditions.append(func.lower(statements.c.content_text).contains(search.lower(), autoescape=True))
        if article_id:
            conditions.append(statements.c.article_id == article_id)
        query = query.where(*conditions).order_by(articles.c.published, statements.c.article_id,
                                                  statements.c.content_start)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)

    def count_claims(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(casualties)).scalar_one()

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def iter_articles(self, with_text: bool = False) -> Iterator[dict]:
        cols = [c for c in articles.c if with_text or c.name != "text"]
        with self.engine.connect() as conn:
            for row in conn.execute(select(*cols).order_by(articles.c.published, articles.c.id)):
                yield dict(row._mapping)

    def find_article(self, id_prefix: str) -> list[dict]:
        """Articles whose id starts with ``id_prefix`` (ids are long; users type a few characters)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles).where(articles.c.id.startswith(id_prefix, autoescape=True)).limit(10))
            return [dict(r._mapping) for r in rows]

    # ------------------------------------------------------------------ outlet boilerplate

    def outlet_line_counts(self, outlet: str, keys: list[str]) -> dict[str, int]:
        """How many stored articles of ``outlet`` contain each of the line keys."""
        if not keys:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(outlet_lines.c.line_key, outlet_lines.c.articles)
                                .where(outlet_lines.c.outlet == outlet, outlet_lines.c.line_key.in_(keys)))
            return {key: n for key, n in rows}

    @staticmethod
    def _count_outlet_lines(conn, outlet: str, keys: list[str]) -> None:
        """Raise each key's count by one, inserting it at one: an upsert, so two
        writers counting the same line both count. ``keys`` sorted, so concurrent
        writers lock rows in one order and do not deadlock."""
        dialect = {"sqlite": sqlite, "postgresql": postgresql}[conn.dialect.name]
        upsert = dialect.insert(outlet_lines)
        upsert = upsert.on_conflict_do_update(index_elements=[outlet_lines.c.outlet, outlet_lines.c.line_key],
                                              set_={"articles": outlet_lines.c.articles + 1})
        conn.execute(upsert, [{"outlet": outlet, "line_key": k, "articles": 1} for k in keys])


def _source(prefix: str, source: Source | None) -> dict:
    source = source or Source(name=None, kind=None)
    return {f"{prefix}_name": source.name, f"{prefix}_role": source.role,
            f"{prefix}_kind": source.kind, f"{prefix}_affiliation": source.affiliation}


def claim_row(article_id: str, c: CasualtyClaim) -> dict:
    """A casualty claim as a row of the ``casualties`` table."""
    return {"article_id": article_id, "claim_id": c.id, "outcome": c.outcome,
            "low": c.count.low, "high": c.count.high, "qualifier": c.count.qualifier,
            "count_text": c.count.text, "victims_text": c.victims.text, "affiliation": c.victims.affiliation,
            "role": c.victims.role, "victims_group": c.victims.group, **_source("claimant", c.claimant),
            "stance": c.stance, "part_of": c.part_of, "reported_on": c.reported_on,
            "period_text": c.period.text, "period_start": c.period.start, "period_end": c.period.end,
            "location": c.location, "sentence_start": c.sentence.start, "sentence_end": c.sentence.end,
            "sentence_text": c.sentence.text}


def statement_row(article_id: str, s: Statement) -> dict:
    """A statement as a row of the ``statements`` table."""
    return {"article_id": article_id, "statement_id": s.id, **_source("speaker", s.speaker),
            "kind": s.kind, "content_start": s.content.start, "content_end": s.content.end,
            "content_text": s.content.text, "cue": s.cue, "channel": s.channel}


def _source_dict(prefix: str, row) -> dict | None:
    if row[f"{prefix}_name"] is None:
        return None
    return {"name": row[f"{prefix}_name"], "role": row[f"{prefix}_role"], "kind": row[f"{prefix}_kind"],
            "affiliation": row[f"{prefix}_affiliation"]}


def claim_dict(row) -> dict:
    """A ``casualties`` row back in the spec's JSON shape."""
    return {"id": row["claim_id"], "outcome": row["outcome"],
            "count": {"low": row["low"], "high": row["high"], "qualifier": row["qualifier"], "text": row["count_text"]},
            "victims": {"text": row["victims_text"], "affiliation": row["affiliation"], "role": row["role"],
                        "group": row["victims_group"]},
            "claimant": _source_dict("claimant", row), "stance": row["stance"], "part_of": row["part_of"],
            "reported_on": row["reported_on"],
            "period": {"text": row["period_text"], "start": row["period_start"], "end": row["period_end"]},
            "location": row["location"],
            "sentence": {"start": row["sentence_start"], "end": row["sentence_end"], "text": row["sentence_text"]}}


def statement_dict(row) -> dict:
    """A ``statements`` row back in the spec's JSON shape."""
    return {"id": row["statement_id"], "speaker": _source_dict("speaker", row), "kind": row["kind"],
            "content": {"start": row["content_start"], "end": row["content_end"], "text": row["content_text"]},
            "cue": row["cue"], "channel": row["channel"]}
