"""The main text and metadata of a news page, by trafilatura."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from toll.ingest.dates import iso_date
from toll.ingest.files import decode, is_binary, read_bytes
from toll.ingest.items import IngestError, Limits, Notice
from toll.model import Article


def article_from_html(html: str | bytes, source: str, url: str | None = None) -> Article:
    """The page's story as an :class:`Article`; title, date and outlet from its metadata.

    Raises IngestError when the page has no main text (an index page, a paywall stub,
    markup too broken to parse).
    """
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
    except Exception as err:  # trafilatura raises many types on broken markup
        raise IngestError(f"unparseable HTML ({type(err).__name__}: {err})") from None
    if doc is None or not (doc.text or "").strip():
        raise IngestError("no main text found in the HTML")
    return Article(text=doc.text, source=source, outlet=doc.sitename or doc.hostname,
                   title=doc.title, published=iso_date(doc.date), url=url or doc.url)


def read_html_file(path: Path, limits: Limits) -> Iterator[Article | Notice]:
    data = read_bytes(path, limits.max_bytes)
    if is_binary(data):
        raise IngestError("binary file, not HTML")
    html, warning = decode(data)
    if warning:
        yield Notice(str(path), warning)
    yield article_from_html(html, source=str(path))
