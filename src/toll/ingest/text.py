"""Plain-text articles (with a ``<stem>.meta.json`` sidecar) and JSON Lines collections."""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from toll.ingest.dates import iso_date
from toll.ingest.files import decode, is_binary, open_regular, read_limited, read_text
from toll.ingest.html import article_from_html
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

METADATA_FIELDS = ("outlet", "title", "published", "url")

SIDECAR_MAX_BYTES = 1024 * 1024
"""A sidecar holds four short fields; more than this is not one."""


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
        meta = json.loads(read_limited(meta_path, SIDECAR_MAX_BYTES).decode("utf-8"))
    except IngestError as err:
        raise IngestError(f"unreadable sidecar {meta_path.name}: {err}") from None
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


def _lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) of each line, streamed; None for a line over ``max_bytes``
    (which is skipped without being held in memory). Gzip is read as it streams."""
    raw_stream = open_regular(path)
    try:
        with raw_stream, (gzip.GzipFile(fileobj=raw_stream) if path.suffix.lower() == ".gz" else raw_stream) as stream:
            number = 0
            while True:
                raw = stream.readline(max_bytes + 1)
                if not raw:
                    return
                number += 1
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                        raw = stream.readline(1 << 20)
                    yield number, None
                    continue
                yield number, raw
    except (EOFError, OSError, zlib.error) as err:
        raise IngestError(f"truncated or corrupt file after the lines read ({err})") from None


def read_jsonl(path: Path, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """One article a line: ``text`` or ``html`` plus metadata; bad lines are named and skipped.

    The file is streamed: an archive-sized JSONL never sits in memory, and the size
    limit applies to each line (each article), not to the file.
    """
    seen_any = False
    for number, raw in _lines(path, limits.max_bytes):
        item = f"{path}:{number}"
        if raw is None:
            yield Failure(item, f"line is over the limit of {limits.max_bytes:,} bytes")
            continue
        if not seen_any and raw.strip() and is_binary(raw[:8192]):
            raise IngestError("binary file, not JSON Lines")
        seen_any = seen_any or bool(raw.strip())
        line, warning = decode(raw)
        if warning:
            yield Notice(item, warning)
        if not line.strip():
            continue
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
        except Exception as err:  # noqa: BLE001 - one odd line must not cost the lines after it
            yield Failure(item, f"unreadable line ({type(err).__name__}: {err})")
    if not seen_any:
        raise IngestError("empty file")
