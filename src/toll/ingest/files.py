"""Reading bytes from disk safely: size limits, gzip, binary sniffing, decoding.

Every reader goes through here, so the classes of bad input (missing, empty, too
large, binary, truncated gzip, invalid UTF-8) are handled once, with one wording.
"""
from __future__ import annotations

import os
import stat
import zlib
from pathlib import Path
from typing import BinaryIO

from toll.ingest.items import IngestError

SNIFF_BYTES = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file (a symlink to one is fine).

    A FIFO named ``x.txt`` would block a plain open() forever, and a link to
    /dev/zero would never end: the file is opened without blocking and refused unless
    it is regular, checked on the open file itself so nothing can swap it in between.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise IngestError("no such file or directory") from None
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror or err}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
            else "a socket" if stat.S_ISSOCK(mode) else "a directory" if stat.S_ISDIR(mode) else "special"
        raise IngestError(f"not a regular file ({kind}); only regular files are read")
    if hasattr(os, "O_NONBLOCK"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_limited(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of a regular file, refused when it holds more (whatever
    its size said: a file may grow while it is read)."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > max_bytes:
            raise IngestError(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        try:
            data = stream.read(max_bytes + 1)
        except OSError as err:
            raise IngestError(f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise IngestError(f"file is over the limit of {max_bytes:,} bytes")
    return data


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped when it ends in ``.gz``, within ``max_bytes``."""
    data = read_limited(path, max_bytes)
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
    if head.startswith(UTF16_BOMS):  # text in two bytes a character: judge the characters, not the bytes
        chars = head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
        return sum(1 for c in chars if ord(c) < 32 and c not in "\t\n\x0c\r\x1b") > len(chars) * 0.05
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, and a warning when it was not valid UTF-8.

    Invalid bytes are replaced rather than refused: a stray byte in a scraped page
    should cost one character, not the article.
    """
    if data.startswith(UTF16_BOMS):
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
