"""What readers yield besides articles, and the limits they read under.

A reader never raises for bad input: it yields a :class:`Failure` naming the item and
the reason, so one bad file, feed entry or WARC record never stops a batch. Readers
raise :class:`IngestError` internally; the dispatcher turns it into a Failure.
"""
from __future__ import annotations

from dataclasses import dataclass

from toll import __version__

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

DEFAULT_MAX_CHARS = 200_000
"""Characters of one article parsed: twice the longest real article in the test
corpora (a day's liveblog); the extraction's time grows faster than the text's length
on some steps, so a book-length text must not reach it whole."""

DEFAULT_MAX_LINES = 10_000
"""Lines of one article parsed: every line is a sentence to the parser, and a text of
many tiny lines costs far more per character than prose (a liveblog has hundreds)."""

DEFAULT_MAX_SENTENCES = 10_000
"""Sentences of one article parsed (counted by their final punctuation and line ends)."""


class IngestError(Exception):
    """An item that cannot be read; the message is the one-line reason shown to users."""


@dataclass
class Failure:
    """An item that was not ingested, and why."""
    item: str
    reason: str


@dataclass
class Notice:
    """An item that was ingested with something the user should know (e.g. bad UTF-8)."""
    item: str
    message: str


@dataclass
class Limits:
    """How much toll reads from one item, how much of one article it parses, and how
    it talks to web servers."""
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_lines: int = DEFAULT_MAX_LINES
    max_sentences: int = DEFAULT_MAX_SENTENCES
    timeout: float = 20.0
    user_agent: str = f"toll/{__version__} (casualty-claims ledger; +https://github.com/toll-project/toll)"
