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


def expand_inputs(inputs: Iterable[str | Failure]) -> Iterator[str | Failure]:
    """Paths and URLs, with directories replaced by the files under them, sorted.

    Hidden files and metadata sidecars are passed over; every other entry is listed,
    so a file of an unknown type (or a FIFO, a broken link) is reported instead of
    silently ignored. A folder that cannot be read, or one reached again through a
    symlink loop, is a Failure naming it.
    """
    for item in inputs:
        if isinstance(item, Failure) or item.startswith(("http://", "https://")):
            yield item
        elif Path(item).is_dir():
            yield from _walk(Path(item))
        else:
            yield item


def _walk(folder: Path) -> Iterator[str | Failure]:
    """Every entry under ``folder`` that is not a folder, in sorted order, following
    symlinked folders once each (by device and inode) so a loop ends."""
    found: list[str | Failure] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            identity = current.stat()
            entries = list(current.iterdir())
        except OSError as err:
            found.append(Failure(str(current), f"cannot read folder: {err.strerror or err}"))
            continue
        if (identity.st_dev, identity.st_ino) in seen:
            found.append(Failure(str(current), "folder already read (a symlink loop); passed over"))
            continue
        seen.add((identity.st_dev, identity.st_ino))
        for child in entries:
            if child.name.startswith(".") or child.name.endswith(SIDECAR_SUFFIX):
                continue
            if child.is_dir():
                stack.append(child)
            else:
                found.append(str(child))
    return iter(sorted(found, key=lambda f: Path(f.item if isinstance(f, Failure) else f)))


def read_one(item: str, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """Everything in one path or URL, uncleaned."""
    kind = input_kind(item)
    if kind != "url":
        path = Path(item)
        if not path.exists():
            raise IngestError("broken symlink, or a symlink loop" if path.is_symlink() else "no such file or directory")
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


def read_inputs(inputs: Iterable[str | Failure], limits: Limits | None = None) -> Iterator[Article | Failure | Notice]:
    """Cleaned articles from paths and URLs, with a Failure for each item that could not be read.

    A reader that fails part-way (a truncated WARC) keeps what it yielded before the
    failure.
    """
    limits = limits or Limits()
    for item in expand_inputs(inputs):
        if isinstance(item, Failure):
            yield item
            continue
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
