"""Rows for Parquet: the ledger's own table columns, plus the ``date`` partition.

The Parquet datasets Spark writes have the columns of the store's tables (see
:mod:`toll.store.schema`), so ``toll load`` puts them back without translation.
"""
from __future__ import annotations

from sqlalchemy import Integer

from toll.model import Article
from toll.store.schema import articles, casualties, statements

TABLE_COLUMNS = {
    "articles": [c for c in articles.c if c.name != "ingested_at"],
    "casualties": list(casualties.c),
    "statements": list(statements.c),
}
"""Columns written per dataset (an article's ingestion time belongs to the ledger)."""

UNKNOWN_DATE = "unknown"


def date_of(published: str | None) -> str:
    """The partition of an article: its publication day, or ``unknown``."""
    return published or UNKNOWN_DATE


def article_row_of(article: Article) -> dict:
    return {"id": article.id, "source": article.source, "outlet": article.outlet, "title": article.title,
            "published": article.published, "url": article.url, "text": article.text}


def spark_schemas() -> dict:
    """Spark schemas of the three datasets (imported lazily: only Spark needs them)."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return {table: StructType([StructField(c.name, LongType() if isinstance(c.type, Integer) else StringType())
                               for c in columns] + [StructField("date", StringType())])
            for table, columns in TABLE_COLUMNS.items()}
