"""Merging Spark's Parquet output into a ledger, without duplicates.

Articles keep their identity (the hash of their cleaned text), so an article already
in the ledger, or met twice in the output, is stored once; its claims and statements
come with it in the same transaction, as in ``toll ingest``.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from toll.model import Article, CasualtyClaim, Extraction, Statement
from toll.store import Store, claim_dict, statement_dict

ARTICLE_FIELDS = ("id", "source", "outlet", "title", "published", "url", "text")


def _rows(folder: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    path = folder / table
    if not path.exists():
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def load(folder: str | Path, store: Store) -> tuple[int, int]:
    """Store every article of a ``toll spark`` output folder; returns (new, duplicates)."""
    folder = Path(folder)
    claims, said = defaultdict(list), defaultdict(list)
    for row in _rows(folder, "casualties"):
        claims[row["article_id"]].append(CasualtyClaim.from_dict(claim_dict(row)))
    for row in _rows(folder, "statements"):
        said[row["article_id"]].append(Statement.from_dict(statement_dict(row)))
    new = duplicates = 0
    for row in sorted(_rows(folder, "articles"), key=lambda r: (r["published"] or "", r["id"])):
        article = Article(**{k: row[k] for k in ARTICLE_FIELDS})
        in_order = lambda item: int(item.id[1:])  # noqa: E731 - ids are c1, c2 … / s1, s2 …
        extraction = Extraction(article, sorted(claims[article.id], key=in_order),
                                sorted(said[article.id], key=in_order))
        if store.add_article(article, extraction=extraction):
            new += 1
        else:
            duplicates += 1
    return new, duplicates
