"""Plain-text articles (with a ``<stem>.meta.json`` sidecar) and JSON Lines collections."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from toll.ingest.dates import iso_date
from toll.ingest.files import read_text
from toll.ingest.html import article_from_html
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

METADATA_FIELDS = ("outlet", "title", "published", "url")


def sidecar_path(path: Path) -> Path:
    name = path.name
    for suffix in (".txt.gz", ".txt"):
        if name.lower().endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".meta.json")
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> dict:
    """Metadata for ``path`` from its sidecar, or {} when there is none."""
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise IngestError(f"unreadable sidecar {meta_path.name}: {err}") from None
    if not isinstance(meta, dict):
        raise IngestError(f"sidecar {meta_path.name} is not a JSON object")
    return meta


def metadata(record: dict) -> dict:
    """The article metadata fields of a sidecar or JSONL record, normalised."""
    meta = {k: (str(record[k]).strip() or None) if record.get(k) is not None else None
            for k in METADATA_FIELDS}
    meta["published"] = iso_date(meta["published"])
    return meta


def read_text_file(path: Path, limits: Limits) -> Iterator[Article | Notice]:
    text, warning = read_text(path, limits.max_bytes)
    if warning:
        yield Notice(str(path), warning)
    yield Article(text=text, source=str(path), **metadata(read_sidecar(path)))


def read_jsonl(path: Path, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """One article a line: ``text`` or ``html`` plus metadata; bad lines are named and skipped."""
    content, warning = read_text(path, limits.max_bytes)
    if warning:
        yield Notice(str(path), warning)
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        item = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise IngestError("line is not a JSON object")
            meta = metadata(record)
            source = str(record.get("source") or record.get("id") or item)
            if isinstance(record.get("text"), str) and record["text"].strip():
                yield Article(text=record["text"], source=source, **meta)
            elif isinstance(record.get("html"), str) and record["html"].strip():
                article = article_from_html(record["html"], source=source, url=meta["url"])
                yield Article(text=article.text, source=source,
                              **{k: meta[k] or getattr(article, k) for k in METADATA_FIELDS})
            else:
                raise IngestError("no 'text' or 'html' field")
        except json.JSONDecodeError as err:
            yield Failure(item, f"invalid JSON ({err.msg} at column {err.colno})")
        except IngestError as err:
            yield Failure(item, str(err))
