"""From an article's text to its casualty claims and statements.

:func:`extract` is the whole of extraction as the rest of toll sees it; the casualty
and statement extractors behind it land with their own modules.
"""
from __future__ import annotations

from toll.model import Article, Extraction


def extract(article: Article) -> Extraction:
    """Everything toll extracts from ``article``."""
    return Extraction(article=article)
