"""Remove the lines of a news page that are not the story.

Extractors and scorers read sentences, so a promo line left in the text ("Related: Kyiv
mourns 20 killed") becomes a false claim. Cleaning works line by line because that is
how these leftovers arrive: as whole paragraphs between the story's paragraphs, or as
a "Read more: …" tail after the last sentence of one.

Two kinds of rule:
- per article (:func:`clean_text`): promo prefixes, newsletter and share prompts, and
  a lone linked headline between paragraphs; deterministic, so the cleaned text is a
  stable identity for the article;
- per outlet (:func:`strip_outlet_lines`): lines that recur in many articles of one
  outlet, counted by the store as articles arrive. This runs after the article's
  identity is fixed, so what it learns later never makes a stored article look new.
"""
from __future__ import annotations

import hashlib
import re

PROMO_PREFIX = re.compile(
    r"^\W*(related( articles?| stories| coverage| content| reading| news)?|read more|read also|"
    r"also read|see also|see more|don'?t miss|also on [^:]{1,40}|more from [^:]{1,60}|more on this( story)?|top reads from [^:]{0,60}|"
    r"most read|recommended( stories| reading)?|editor'?s picks?|trending|must read|"
    r"you may also like|further reading|watch|listen)\s*[:|»>\-–—]",
    re.IGNORECASE)
"""A line that opens like this is a link to another story, not part of this one."""

PROMO_TAIL = re.compile(r"(?<=[.!?\"”’])\s+(read more|related|see also|read also)\s*:.*$", re.IGNORECASE)
"""A promo link glued to the end of the story's last paragraph."""

PROMPT_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(sign up|subscribe)( now| today| here| for free)\s*[.!]?\s*$",
    r"^\W*(sign up|subscribe)\W*$",
    r"^\W*(sign up|subscribe)\b.{0,80}\b(newsletter|inbox|updates|access)\b",
    r"\bdelivered (straight |right |directly )?to your inbox\b",
    r"\b(unlimited|unmatched|full) access\b.*\bsubscri",
    r"\bour (daily |weekly |free )?newsletters?\b",
    r"^\W*(share|follow|like|join)\b.{0,40}\b(facebook|twitter|x|instagram|telegram|"
    r"whatsapp|linkedin|email|us|this( article| story)?)\b\W*$",
    r"^\W*(share this( article| story)?|click here\b.{0,80}|advertisement|story continues below"
    r"( advertisement)?|continue reading|skip advertisement|comments?)\W*$",
    r"^\W*(copyright|©)\s",
    r"^\W*(like|enjoyed) this (story|article)\?.{0,60}\bshare\b",
    r"^\W*(have|got) a (news )?tip\?",
    r"^\W*follow (him|her|them|us)( on [\w ]{2,30})?\W*$",
    r"^\W*follow (him|her|them|us) on (twitter|x|facebook|instagram|telegram)\b",
    r"^\W*(updated|last updated|published)( at| on)? [\w:.,/ ]{3,40}(a\.?m\.?|p\.?m\.?|gmt|utc|et|bst)\W*$",
    r"\ball rights reserved\W*$",
)]
"""Calls to action: newsletters, subscriptions, sharing, following, ads."""

PROMPT_MAX_WORDS = 40
"""Prompts are short; a long paragraph that mentions subscribing is story."""

SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is",
               "nor", "of", "off", "on", "or", "over", "per", "the", "to", "up", "via", "vs"}
TERMINAL = tuple(".!?:;,\"”’)]…")


def _is_title_case(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’\-]*", line)
    if not 3 <= len(words) <= 20:
        return False
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in significant if w[0].isupper())
    return len(significant) >= 3 and capitalised == len(significant)


def _is_lone_headline(line: str, before: str, after: str, first: bool) -> bool:
    """A Title Case line without final punctuation sitting between two paragraphs
    (``before`` and ``after``, the nearest non-blank lines around it).

    Outlets drop links to other stories between paragraphs; they read as headlines
    ("Ukrainians Want to Know Why They Were Not Prepped for War With Russia"). The
    article's own headline is the first line and is kept: figures in headlines count.
    """
    line = line.strip()
    if first or not line or line.endswith(TERMINAL) or not _is_title_case(line):
        return False
    is_paragraph = lambda x: len(x.split()) >= 12 and x.rstrip().endswith(TERMINAL)  # noqa: E731
    return is_paragraph(before) and is_paragraph(after)


def _neighbours(lines: list[str]) -> tuple[list[str], list[str]]:
    """For each line, the nearest non-blank line before it and after it ("" at the ends).

    Found in two passes, so cleaning stays linear: looking around each line anew
    made a text of many short lines quadratic."""
    before, after, last = [], [""] * len(lines), ""
    for line in lines:
        before.append(last)
        last = line if line.strip() else last
    last = ""
    for i in range(len(lines) - 1, -1, -1):
        after[i] = last
        last = lines[i] if lines[i].strip() else last
    return before, after


def is_boilerplate(line: str) -> bool:
    """True for a line that is a promo link or a call to action rather than story."""
    stripped = line.strip()
    if not stripped:
        return False
    if PROMO_PREFIX.match(stripped):
        return True
    if len(stripped.split()) > PROMPT_MAX_WORDS:
        return False
    return any(p.search(stripped) for p in PROMPT_PATTERNS)


def normalise_whitespace(text: str) -> str:
    """Unify line ends, drop trailing blanks and runs of more than one empty line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def clean_text(text: str) -> str:
    """The story's text without promo lines, prompts and lone linked headlines."""
    lines = normalise_whitespace(text).split("\n")
    before, after = _neighbours(lines)
    kept = []
    for i, line in enumerate(lines):
        if is_boilerplate(line) or _is_lone_headline(line, before[i], after[i], i == 0):
            continue
        kept.append(PROMO_TAIL.sub("", line))
    return normalise_whitespace("\n".join(kept))


def line_key(line: str) -> str:
    """A short, spacing- and case-insensitive key for one line."""
    return hashlib.sha1(re.sub(r"\W+", " ", line).strip().casefold().encode()).hexdigest()[:16]


OUTLET_LINE_MAX_WORDS = 30
"""Only short lines can be an outlet's boilerplate: a background paragraph an outlet
reuses across a running story is longer, and is story."""

OUTLET_LINE_MIN_ARTICLES = 5
"""A line seen in this many earlier articles of the same outlet is its boilerplate."""


def outlet_line_keys(text: str) -> list[str]:
    """The keys of the short lines of ``text``: what the store counts per outlet."""
    return list(dict.fromkeys(line_key(line) for line in text.split("\n")
                              if line.strip() and len(line.split()) <= OUTLET_LINE_MAX_WORDS))


def strip_outlet_lines(text: str, seen: dict[str, int]) -> str:
    """``text`` without the lines that ``seen`` (line key -> earlier articles of the
    outlet containing it) marks as the outlet's boilerplate."""
    drop = {key for key, n in seen.items() if n >= OUTLET_LINE_MIN_ARTICLES}
    if not drop:
        return text
    kept = [line for line in text.split("\n")
            if not (line.strip() and len(line.split()) <= OUTLET_LINE_MAX_WORDS and line_key(line) in drop)]
    return normalise_whitespace("\n".join(kept))
