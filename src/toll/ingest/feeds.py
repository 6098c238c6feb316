"""RSS and Atom feeds, from a file or from bytes fetched by :mod:`toll.ingest.web`.

A feed is a collection: each entry becomes its own :class:`Article`, and an entry that
cannot be read is a :class:`Failure` naming that entry while the rest go on. Entry
content is an HTML fragment (often a teaser of a paragraph or two), which trafilatura
rejects as "no main text", so it is flattened to paragraphs here with lxml instead.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html

from toll.ingest.dates import iso_date
from toll.ingest.files import read_bytes
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split())
"""Elements that end a paragraph: their text goes on lines of its own."""

DROP_TAGS = ("script", "style", "noscript", "template")

WHITESPACE = re.compile(r"\s+")

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed_file(path: Path, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """The entries of an RSS or Atom file (gzipped or not) as articles."""
    yield from read_feed(read_bytes(path, limits.max_bytes), source=str(path))


def read_feed(data: bytes, source: str,
              content_type: str | None = None) -> Iterator[Article | Failure | Notice]:
    """The entries of feed ``data`` as articles; ``source`` names the feed in messages.

    ``content_type`` is the HTTP header the bytes came with, if any: its charset
    parameter wins over the XML declaration, as the HTTP spec says.

    Raises IngestError when ``data`` is not a feed at all.
    """
    headers = {"content-type": content_type} if content_type else {}
    try:
        # A stream, never the bytes themselves: feedparser opens a str or bytes value that
        # happens to name an existing file or a URL, which fetched data must not trigger.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers,
                                  resolve_relative_uris=False)
    except Exception as err:  # feedparser is lenient, but a broken parser must not end the batch
        raise IngestError(f"unparseable feed ({type(err).__name__}: {err})") from None
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise IngestError(f"not an RSS or Atom feed ({_bozo_reason(parsed)})")
        if not parsed.get("version"):
            raise IngestError("not an RSS or Atom feed")
        yield Notice(source, "feed has no entries")
        return
    if parsed.get("bozo"):
        yield Notice(source, f"malformed feed read leniently ({_bozo_reason(parsed)})")
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(entries, 1):
        try:
            yield entry_article(entry, number, source, outlet)
        except IngestError as err:
            yield Failure(_entry_item(entry, source, number), f"feed entry {_entry_name(entry, number)}: {err}")
        except Exception as err:  # noqa: BLE001 - one odd entry must not cost the entries after it
            yield Failure(_entry_item(entry, source, number),
                          f"feed entry {number}: unreadable ({type(err).__name__}: {err})")


def _entry_item(entry, source: str, number: int) -> str:
    """How messages name an entry: its link, else the feed and the entry's number."""
    return _web_link(entry.get("link")) or f"{source}#{number}"


def entry_article(entry, number: int, source: str, outlet: str | None) -> Article:
    """One feed entry as an article; raises IngestError when it holds no text."""
    link = _web_link(entry.get("link"))
    text = entry_text(entry)
    # dict.get: FeedParserDict.get maps a missing date onto another with a warning
    published = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed") \
        or dict.get(entry, "created_parsed")
    return Article(text=text, source=_entry_item(entry, source, number), outlet=outlet,
                   title=_clean(entry.get("title")), published=_safe_date(published), url=link)


def entry_text(entry) -> str:
    """The plain text of an entry: its full content, else its summary (RSS ``description``).

    Raises IngestError when the entry has neither, or when they hold no text.
    """
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if not candidates and (entry.get("summary") or "").strip():
        candidates = [entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}]
    if not candidates:
        raise IngestError("no content")
    # Several content elements are alternatives (e.g. text and html); take the longest.
    best = max(candidates, key=lambda c: len(c.get("value") or ""))
    value = best.get("value") or ""
    if (best.get("type") or "text/html").lower() in HTML_TYPES:
        text = fragment_text(value)
    else:
        text = "\n".join(_paragraphs(value))
    if not text:
        raise IngestError("no text in the content")
    return text


def fragment_text(fragment: str) -> str:
    """An HTML fragment as plain text, one paragraph a line.

    Whitespace inside a paragraph is collapsed as a browser would; block elements and
    ``<br>`` end lines. Works on the tree iteratively, so deep nesting cannot overflow.
    """
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.iter(*DROP_TAGS):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        if element.text:
            element.text = WHITESPACE.sub(" ", element.text)
        if element.tail:
            element.tail = WHITESPACE.sub(" ", element.tail)
        if element.tag in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    return "\n".join(_paragraphs(root.text_content()))


def _paragraphs(text: str) -> list[str]:
    return [p for p in (WHITESPACE.sub(" ", line).strip() for line in text.splitlines()) if p]


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    return WHITESPACE.sub(" ", value).strip() or None


def _web_link(value) -> str | None:
    """An entry's link if it is a web address; feedparser may fill it from an opaque id."""
    link = _clean(value)
    return link if link and link.lower().startswith(("http://", "https://")) else None


def _safe_date(value) -> str | None:
    try:
        return iso_date(value)
    except (ValueError, OverflowError, TypeError):  # e.g. year 0 in a struct_time
        return None


def _entry_name(entry, number: int) -> str:
    title = _clean(entry.get("title"))
    return f"{number} ({title!r})" if title else str(number)


def _bozo_reason(parsed) -> str:
    err = parsed.get("bozo_exception")
    reason = str(getattr(err, "getMessage", lambda: err)()) if err is not None else "malformed"
    return WHITESPACE.sub(" ", reason).strip() or type(err).__name__
