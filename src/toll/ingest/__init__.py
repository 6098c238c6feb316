"""Turning paths and URLs into cleaned :class:`~toll.model.Article` objects.

:func:`read_inputs` is the one entry point: it walks directories, picks a reader by
file type, and streams articles, failures and notices in input order. It never raises
for bad input and never holds more than one item's bytes at a time.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from toll.ingest.clean import clean_text
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

__all__ = ["read_inputs", "expand_inputs", "Failure", "Notice", "Limits", "IngestError"]

SIDECAR_SUFFIX = ".meta.json"


def file_kind(path: Path) -> str | None:
    """Which reader handles ``path``, from its name; None for a type toll does not read."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffixes, kind in (((".txt", ".text"), "text"), ((".jsonl", ".ndjson"), "jsonl"),
                           ((".html", ".htm", ".xhtml"), "html"),
                           ((".rss", ".atom", ".xml"), "feed"), ((".warc", ".arc"), "warc")):
        if name.endswith(suffixes):
            return kind
    return None


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Paths and URLs, with directories replaced by the files under them, sorted.

    Hidden files and metadata sidecars are passed over; every other file is listed,
    so a file of an unknown type is reported instead of silently ignored.
    """
    for item in inputs:
        if item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in rel) \
                        and not child.name.endswith(SIDECAR_SUFFIX):
                    yield str(child)
        else:
            yield item


def read_one(item: str, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """Everything in one path or URL, uncleaned."""
    from toll.ingest import feeds, html, text, warc, web

    if item.startswith(("http://", "https://")):
        yield from web.read_url(item, limits)
        return
    path = Path(item)
    if not path.exists():
        raise IngestError("no such file or directory")
    kind = file_kind(path)
    if kind == "text":
        yield from text.read_text_file(path, limits)
    elif kind == "jsonl":
        yield from text.read_jsonl(path, limits)
    elif kind == "html":
        yield from html.read_html_file(path, limits)
    elif kind == "feed":
        yield from feeds.read_feed_file(path, limits)
    elif kind == "warc":
        yield from warc.read_warc(path, limits)
    else:
        raise IngestError(f"unsupported file type {path.suffix or '(no extension)'!r}")


def read_inputs(inputs: Iterable[str], limits: Limits | None = None) -> Iterator[Article | Failure | Notice]:
    """Cleaned articles from paths and URLs, with a Failure for each item that could not be read.

    A reader that fails part-way (a truncated WARC) keeps what it yielded before the
    failure.
    """
    limits = limits or Limits()
    for item in expand_inputs(inputs):
        try:
            for result in read_one(item, limits):
                if isinstance(result, Article):
                    cleaned = clean_text(result.text)
                    if not cleaned.strip():
                        yield Failure(result.source, "no text left after cleaning")
                        continue
                    result = replace(result, text=cleaned)
                yield result
        except IngestError as err:
            yield Failure(item, str(err))
        except Exception as err:  # a reader bug must not end the batch either
            yield Failure(item, f"unexpected {type(err).__name__}: {err}")
