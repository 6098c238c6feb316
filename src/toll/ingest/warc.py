"""Web archives (WARC, and ARC converted on the fly), read record by record.

Archives are large, so the file is streamed and the size limit applies to each
record's payload, not to the archive. Only ``200`` HTML responses are news pages; the
images, scripts, redirects and request records around them are passed over quietly.

warcio stops without a word at a truncated or corrupt gzip member, and hands over a
cut-off record as if it were whole, so this module checks both itself: a record whose
block is shorter than its ``Content-Length``, or a gzip member that never ends, means
the archive is broken, and that is reported after everything before the break.
"""
from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from toll.ingest.files import open_regular
from toll.ingest.html import article_from_html
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.ingest.web import decode_declared, media_type, sniff_kind
from toll.model import Article

CHUNK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


class _CheckedIterator(ArchiveIterator):
    """An ArchiveIterator that remembers whether the last gzip member ended properly."""

    gzip_complete = True

    def close(self):
        reader = self.reader
        decompressor = getattr(reader, "decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.gzip_complete = False
        super().close()


def read_warc(path: Path, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """An article for each HTML page in the archive at ``path``.

    A page over ``limits.max_bytes`` or without main text is a Failure naming the
    record; a break in the archive raises IngestError after the records before it.
    """
    handle = open_regular(path)
    results = 0
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            raise IngestError("empty file")
        records = _CheckedIterator(handle, arc2warc=True)
        number = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as err:  # warcio raises many types on a broken archive
                raise IngestError(_broken(number, err)) from None
            number += 1
            try:
                result = _read_record(record, path, number, limits)
            except IngestError:
                raise
            except Exception as err:  # a bad block: chunking, encoding, digest
                raise IngestError(_broken(number - 1, err)) from None
            if result is not None:
                results += 1
                yield result
        if not records.gzip_complete:
            raise IngestError(f"truncated or corrupt archive: gzip data breaks off after "
                              f"{number} record(s)")
        # warcio ends quietly at a record cut off inside its headers; what it did not
        # consume is the broken record.
        leftover = os.fstat(handle.fileno()).st_size - records.offset
        if leftover > 0:
            raise IngestError(f"truncated or corrupt archive: {leftover:,} byte(s) after "
                              f"record {number} could not be read")
    if number == 0:
        raise IngestError("not a WARC or ARC file (no records)")
    if results == 0:
        yield Notice(str(path), f"no HTML pages with status 200 among {number} record(s)")


def _read_record(record, path: Path, number: int, limits: Limits) -> Article | Failure | None:
    """The article of one record, a Failure, or None for a record that is not a page.

    Reads the record to its end either way, to tell a whole record from a cut-off one.
    """
    uri = record.rec_headers.get_header("WARC-Target-URI")
    item = f"{path}#{uri}" if uri else f"{path}#record{number}"
    if record.length is None or not record.rec_type:
        # Content-Length and WARC-Type are mandatory: a record without them was cut off
        # in its headers, or is not a record at all.
        raise IngestError(f"truncated or corrupt archive: record {number} has incomplete headers")
    if record.rec_type == "response" and record.length == 0:
        return Failure(item, "empty response record (cut off or corrupt)")
    kind = _page_kind(record)
    payload = None
    if kind is not None:
        payload = record.content_stream().read(limits.max_bytes + 1)
    while record.raw_stream.read(CHUNK):
        pass
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise IngestError(f"truncated or corrupt archive: record {number} "
                          f"({uri or 'no URI'}) is cut off")
    if payload is None or (kind == "unknown" and sniff_kind(payload) != "html"):
        return None
    if len(payload) > limits.max_bytes:
        return Failure(item, f"record payload is over the limit of {limits.max_bytes:,} bytes")
    if not payload.strip():
        return Failure(item, "empty HTML page")
    try:
        html = decode_declared(payload, record.http_headers.get_header("Content-Type"))
        return article_from_html(html, source=item, url=uri)
    except IngestError as err:
        return Failure(item, str(err))
    except Exception as err:  # noqa: BLE001 - the record was read whole: the archive goes on
        return Failure(item, f"unreadable record ({type(err).__name__}: {err})")


def _page_kind(record) -> str | None:
    """"html" for an HTTP 200 HTML response, "unknown" for a 200 without a usable
    Content-Type (to be sniffed), None for every other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    kind = media_type(record.http_headers.get_header("Content-Type"))
    if kind in HTML_TYPES:
        return "html"
    if kind in ("", "application/octet-stream"):
        return "unknown"
    return None


def _broken(records_read: int, err: Exception) -> str:
    """The reason for an exception out of warcio: its own message when it has one that
    means something to a user, else only that the record could not be parsed."""
    if isinstance(err, (ArchiveLoadFailed, EOFError, zlib.error)):
        reason = " ".join(str(err).split()) or type(err).__name__
        if len(reason) > 200:
            reason = reason[:200] + "…"
    else:  # an AttributeError deep in warcio on a half-written header, say
        reason = f"unparseable record ({type(err).__name__})"
    if records_read == 0:
        return f"not a WARC or ARC file, or corrupt from the start: {reason}"
    return f"truncated or corrupt archive after {records_read} record(s): {reason}"
