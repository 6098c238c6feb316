"""Full-text search over articles, claim sentences and statements.

SQLite uses an FTS5 table (``search_index``) filled as articles are stored;
PostgreSQL uses its own text search over GIN expression indexes, so it needs no
second copy of the text. Either way a user's words are matched as words: they are
quoted for FTS5 and passed through ``plainto_tsquery`` for PostgreSQL, never
interpreted as query syntax, and always bound as parameters.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text

from toll.model import Extraction

SQLITE_TABLE = "search_index"
PG_DOCUMENTS = {"articles": "text", "casualties": "sentence_text",
                "statements": "(coalesce(speaker_name, '') || ' ' || content_text)"}
"""What PostgreSQL searches in each table: the same words the SQLite index holds."""


def create_index(conn: Connection) -> None:
    """Migration step: the search structures for this database, filled from what is stored."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE VIRTUAL TABLE {SQLITE_TABLE} USING fts5("
                          "kind UNINDEXED, article_id UNINDEXED, item_id UNINDEXED, body, "
                          "tokenize='porter unicode61')"))
        conn.execute(text(f"INSERT INTO {SQLITE_TABLE} SELECT 'article', id, id, "
                          "coalesce(title, '') || ' ' || text FROM articles"))
        conn.execute(text(f"INSERT INTO {SQLITE_TABLE} SELECT 'claim', article_id, claim_id, sentence_text "
                          "FROM casualties"))
        conn.execute(text(f"INSERT INTO {SQLITE_TABLE} SELECT 'statement', article_id, statement_id, "
                          "coalesce(speaker_name, '') || ' ' || content_text FROM statements"))
    elif conn.dialect.name == "postgresql":
        for table, column in PG_DOCUMENTS.items():
            conn.execute(text(f"CREATE INDEX {table}_fts ON {table} USING gin (to_tsvector('english', {column}))"))


def index_article(conn: Connection, article_id: str, title: str | None, body: str,
                  extraction: Extraction | None) -> None:
    """Add one stored article to the SQLite index (PostgreSQL indexes itself)."""
    if conn.dialect.name != "sqlite":
        return
    rows = [{"k": "article", "a": article_id, "i": article_id, "b": f"{title or ''} {body}"}]
    if extraction is not None:
        rows += [{"k": "claim", "a": article_id, "i": c.id, "b": c.sentence.text} for c in extraction.casualties]
        rows += [{"k": "statement", "a": article_id, "i": s.id, "b": f"{s.speaker.name} {s.content.text}"}
                 for s in extraction.statements]
    conn.execute(text(f"INSERT INTO {SQLITE_TABLE} VALUES (:k, :a, :i, :b)"), rows)


def _fts5_query(words: str) -> str:
    """Every word of the user's query, quoted: "a b" finds texts with both words."""
    terms = re.findall(r"\w+", words)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


PG_SEARCH = """
SELECT 'article' AS kind, id AS article_id, id AS item_id,
       ts_headline('english', text, q, :marks || ', MaxFragments=1, MaxWords=30, MinWords=10') AS snippet,
       ts_rank(to_tsvector('english', text), q) AS rank
  FROM articles, plainto_tsquery('english', :q) q WHERE to_tsvector('english', text) @@ q
UNION ALL
SELECT 'claim', article_id, claim_id, ts_headline('english', sentence_text, q, :marks),
       ts_rank(to_tsvector('english', sentence_text), q)
  FROM casualties, plainto_tsquery('english', :q) q WHERE to_tsvector('english', sentence_text) @@ q
UNION ALL
SELECT 'statement', article_id, statement_id, ts_headline('english', content_text, q, :marks),
       ts_rank(to_tsvector('english', (coalesce(speaker_name, '') || ' ' || content_text)), q)
  FROM statements, plainto_tsquery('english', :q) q
 WHERE to_tsvector('english', (coalesce(speaker_name, '') || ' ' || content_text)) @@ q
ORDER BY rank DESC LIMIT :limit
"""


def search(conn: Connection, words: str, limit: int = 50) -> list[dict]:
    """Hits for ``words``, best first: {kind, article_id, item_id, snippet}."""
    if conn.dialect.name == "sqlite":
        query = _fts5_query(words)
        if not query:
            return []
        rows = conn.execute(text(f"SELECT kind, article_id, item_id, "
                                 f"snippet({SQLITE_TABLE}, 3, '[', ']', '…', 16) AS snippet "
                                 f"FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH :q ORDER BY rank LIMIT :limit"),
                            {"q": query, "limit": limit})
    else:
        rows = conn.execute(text(PG_SEARCH), {"q": words, "limit": limit, "marks": "StartSel=[, StopSel=]"})
    return [{"kind": r.kind, "article_id": r.article_id, "item_id": r.item_id, "snippet": r.snippet} for r in rows]
