"""Turning paths and URLs into cleaned :class:`~toll.model.Article` objects.

:func:`read_inputs` is the one entry point: it walks directories, picks a reader by
file type, and streams articles, failures and notices in input order. It never raises
for bad input and never holds more than one item's bytes at a time.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from toll.ingest.door import admit
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

__all__ = ["read_inputs", "expand_inputs", "Failure", "Notice", "Limits", "IngestError"]

SIDECAR_SUFFIX = ".meta.json"


READERS = {
    "text": ("toll.ingest.text", "read_text_file"),
    "jsonl": ("toll.ingest.text", "read_jsonl"),
    "html": ("toll.ingest.html", "read_html_file"),
    "feed": ("toll.ingest.feeds", "read_feed_file"),
    "warc": ("toll.ingest.warc", "read_warc"),
    "url": ("toll.ingest.web", "read_url"),
}
"""Reader per kind of input, imported on first use: trafilatura and warcio are slow to
import and a text-only run never needs them."""

SUFFIXES = (((".txt", ".text"), "text"), ((".jsonl", ".ndjson"), "jsonl"),
            ((".html", ".htm", ".xhtml"), "html"), ((".rss", ".atom", ".xml"), "feed"),
            ((".warc", ".arc"), "warc"))


def input_kind(item: str) -> str | None:
    """Which reader handles ``item``, from its scheme or file name; None for a type toll does not read."""
    if item.startswith(("http://", "https://")):
        return "url"
    name = Path(item).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return next((kind for suffixes, kind in SUFFIXES if name.endswith(suffixes)), None)


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
    kind = input_kind(item)
    if kind != "url":
        path = Path(item)
        if not path.exists():
            raise IngestError("no such file or directory")
        if kind is None:
            raise IngestError(f"unsupported file type {path.suffix or '(no extension)'!r}")
        item = path
    module, function = READERS[kind]
    yield from getattr(importlib.import_module(module), function)(item, limits)


def _admitted(article: Article, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """The article through the door, with its warnings; a Failure when nothing is left."""
    try:
        article, warnings = admit(article, limits)
    except IngestError as err:
        yield Failure(article.source, str(err))
        return
    except Exception as err:  # noqa: BLE001 - a bug met on one article stays with it
        yield Failure(article.source, f"unexpected {type(err).__name__}: {err}")
        return
    yield from (Notice(article.source, w) for w in warnings)
    yield article


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
                    yield from _admitted(result, limits)
                else:
                    yield result
        except IngestError as err:
            yield Failure(item, str(err))
        except Exception as err:  # a reader bug must not end the batch either
            yield Failure(item, f"unexpected {type(err).__name__}: {err}")
