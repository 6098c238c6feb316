"""Reading bytes from disk safely: size limits, gzip, binary sniffing, decoding.

Every reader goes through here, so the classes of bad input (missing, empty, too
large, binary, truncated gzip, invalid UTF-8) are handled once, with one wording.
"""
from __future__ import annotations

import zlib
from pathlib import Path

from toll.ingest.items import IngestError

SNIFF_BYTES = 8192


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped when it ends in ``.gz``, within ``max_bytes``."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError("no such file or directory") from None
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror or err}") from None
    if size > max_bytes:
        raise IngestError(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror or err}") from None
    if path.suffix.lower() == ".gz":
        data = gunzip(data, max_bytes)
    if not data.strip():
        raise IngestError("empty file")
    return data


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data without letting a small bomb grow past ``max_bytes``."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise IngestError(f"corrupt gzip data ({err})") from None
    if len(out) > max_bytes:
        raise IngestError(f"decompressed size is over the limit of {max_bytes:,} bytes")
    if not inflater.eof:
        raise IngestError("truncated gzip data")
    return out


def is_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or mostly control characters."""
    head = data[:SNIFF_BYTES]
    if data[:2] == b"\x1f\x8b":
        return True
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, and a warning when it was not valid UTF-8.

    Invalid bytes are replaced rather than refused: a stray byte in a scraped page
    should cost one character, not the article.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, f"invalid UTF-8 (first at byte {err.start}); {bad} character(s) replaced"


def read_text(path: Path, max_bytes: int) -> tuple[str, str | None]:
    """A text file's content and an optional decoding warning; refuses binary files."""
    data = read_bytes(path, max_bytes)
    if is_binary(data):
        raise IngestError("binary file, not text")
    return decode(data)
