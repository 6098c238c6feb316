"""The door every article passes before it is stored or parsed: normalise, budget, clean.

Readers (files, JSONL, feeds, WARCs, URLs) and the HTTP API hand their articles to
:func:`admit` alone, so which characters an article may hold, what it may cost, and
how its text is cleaned are decided once. The article's identity is the hash of the
text that leaves the door.
"""
from __future__ import annotations

import re
from dataclasses import replace

from toll.ingest.clean import clean_text
from toll.ingest.items import IngestError, Limits
from toll.model import Article

UNSTORABLE = re.compile("[\ud800-\udfff]")
"""Lone surrogates: JSON can spell them ("\\ud800"), but no encoder takes them, and a
store or a terminal raises on them. Each becomes U+FFFD, as invalid UTF-8 does."""

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Bidi embeddings, overrides and isolates: what can make a page show text reordered."""

INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]|" + BIDI_CONTROLS.pattern)
"""Characters removed from every field: NUL (PostgreSQL refuses it in text), the other
control characters (terminal escape sequences among them) and the bidi embeddings,
overrides and isolates, which make a page show what the text does not say ("19"
shown as "91"). Tabs and line breaks stay; the marks LRM and RLM, harmless, stay."""

LINE_BREAKS = re.compile("[\n\r\x0b\x0c\u2028\u2029\t]+")


def normalise_text(text: str) -> str:
    """An article's text with only characters that can be stored, parsed and shown."""
    text = UNSTORABLE.sub("\ufffd", text)
    return INVISIBLE.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def normalise_field(value: str | None) -> str | None:
    """A one-line metadata field (title, outlet, url, source): normalised like text,
    its line breaks and tabs made spaces (a file name with a newline in it cannot
    forge a second line of a report); None when nothing is left."""
    if value is None:
        return None
    return LINE_BREAKS.sub(" ", normalise_text(value)).strip() or None


def normalise(article: Article) -> Article:
    """``article`` with every string normalised: the first step through the door."""
    return replace(article, text=normalise_text(article.text), source=normalise_field(article.source) or "?",
                   **{name: normalise_field(getattr(article, name)) for name in ("outlet", "title", "published", "url")})


SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
"""Where a sentence ends, as far as a budget needs to know: final punctuation before
a space, or a line end (the parser never runs a sentence across one)."""


def _cut_at_line(text: str, end: int) -> str:
    """``text`` cut before ``end``, at the last line break if there is one in the
    second half, so the text kept ends on a whole line."""
    line_end = text.rfind("\n", 0, end)
    return text[:line_end] if line_end > end // 2 else text[:end]


def _nth_end(pattern: re.Pattern, text: str, n: int) -> int | None:
    """Where the ``n``-th match of ``pattern`` in ``text`` ends; None when there are fewer."""
    for count, match in enumerate(pattern.finditer(text), 1):
        if count == n:
            return match.end()
    return None


def budget(text: str, limits: Limits) -> tuple[str, str | None]:
    """``text`` within the article budget (characters, lines, sentences), and a
    one-line reason when it was cut. What is kept is the beginning, whole lines where
    possible: the parse of a bounded text is bounded, and a figure read from it is one
    the article states."""
    reasons = []
    if len(text) > limits.max_chars:
        reasons.append(f"{len(text):,} characters, over the limit of {limits.max_chars:,}")
        text = _cut_at_line(text, limits.max_chars)
    if (end := _nth_end(re.compile("\n"), text, limits.max_lines)) is not None:
        reasons.append(f"over {limits.max_lines:,} lines")
        text = text[:end - 1]
    if (end := _nth_end(SENTENCE_END, text, limits.max_sentences)) is not None and text[end:].strip():
        reasons.append(f"over {limits.max_sentences:,} sentences")
        text = text[:end]
    if not reasons:
        return text, None
    return text, f"text cut to its first {len(text):,} characters ({'; '.join(reasons)})"


def admit(article: Article, limits: Limits) -> tuple[Article, list[str]]:
    """``article`` as it may enter: within budget, cleaned, its identity fixed from
    the cleaned text; and the warnings to report. Raises :class:`IngestError` when no
    text is left."""
    warnings = []
    article = normalise(article)
    text, cut = budget(article.text, limits)
    if cut:
        warnings.append(cut)
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise IngestError("no text left after cleaning")
    return replace(article, text=cleaned, id=""), warnings
