"""Numbers as news writes them: "1,351", "forty-two", "a dozen", "3.5 million", "1.2k".

Figures are the point of a casualty claim, so this is deliberately strict: it converts
what it recognises and returns None for anything else, rather than guessing.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
DOZEN = {"dozen": 12, "score": 20}

MAX_COUNT = 10_000_000_000
"""The largest head count toll stores as a number: more than everyone alive. A figure
beyond it is a typo, a joke or an attack; it is kept as text, never as an integer
(the ledger's columns, and PostgreSQL's, have a limit of their own)."""

CHANGED_BY_WHAT_FOLLOWS = re.compile(
    r"\s*(?:\^|\*\*|[x×]\s*10\b|[eE][+-]?\d|(?:hundred|thousand|million|billion|trillion|k|m|mn|bn)\b)",
    re.IGNORECASE)
"""What, right after a number, makes it a different one: a power ("10^9", "10**9",
"1e9", "5 x 10^3") or one more scale word ("10 billion billion")."""

DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+$|^\d+$")
DECIMAL_SCALED = re.compile(r"^(\d+(?:\.\d+)?)\s*(k|m|mn|bn|thousand|million|billion)$", re.IGNORECASE)

VAGUE = {
    # word(s) -> the low figure the spec gives for them (qualifier "vague")
    "tens": 10, "dozens": 12, "a dozen": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000,
    "a few": 2, "few": 2, "several": 3, "a couple": 2, "a handful": 2,
}


def word_value(word: str) -> int | None:
    """The value of a single token: "351", "1,351", "forty-two", "Ninety", "3.5m"."""
    w = word.strip().lower().replace("\u2011", "-")
    if DIGITS.match(w):
        return int(re.sub(r"\D", "", w))
    m = DECIMAL_SCALED.match(w)
    if m:
        return round(float(m.group(1)) * SCALES[m.group(2).lower()])
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        head, _, tail = w.partition("-")
        if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
            return TENS[head] + UNITS[tail]
    return None


def parse_number(text: str) -> int | None:
    """The value of a number phrase; None when it is not one.

    Handles digits with thousands separators, decimals with a scale ("3.5 million",
    "1.2k"), words ("two hundred and forty-one", "a dozen", "a hundred"), and mixes
    ("12 thousand").
    """
    t = re.sub(r"\s+", " ", text.strip().lower().replace("\u2011", "-")).strip(" .")
    if not t:
        return None
    single = word_value(t.replace(" ", "") if DECIMAL_SCALED.match(t) else t)
    if single is not None:
        return single
    words = [w for w in t.split(" ") if w]
    words = [w for i, w in enumerate(words) if not (w == "and" and i > 0 and words[i - 1] in SCALES)]
    if words and words[0] in ("a", "an", "one") and len(words) > 1 and (words[1] in SCALES or words[1] in DOZEN):
        words[0] = "1"
    total, current, seen = 0, 0, False
    last_value: float | None = None  # the value word just read, for "twenty one" vs "31 34"
    last_scale: int | None = None  # the large scale word last read: they must fall ("two million five thousand")
    previous = None
    for w in words:
        if w in DOZEN:
            current = (current or 1) * DOZEN[w]
            seen, last_value, previous = True, None, w
            continue
        if w in SCALES:
            scale = SCALES[w]
            if not seen or _misplaced_scale(previous, scale, last_scale):
                return None
            previous = w
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current, last_scale = 0, scale
            last_value = None
            continue
        previous = w
        value = word_value(w)
        if value is None:
            m = re.match(r"^(\d+(?:\.\d+)?)$", w)
            if not m:
                return None
            value = float(m.group(1))
        if last_value is not None and not (last_value in TENS.values() and 0 < value < 10):
            return None  # two numbers side by side are two figures, not one
        current += value
        seen, last_value = True, value
    if not seen:
        return None
    result = total + current
    if result != int(result):
        return None  # "1.5" alone is a measurement, not a head count
    return int(result)


def _misplaced_scale(previous: str | None, scale: int, last_scale: int | None) -> bool:
    """True for a scale word that cannot follow what was read: a second scale word in a
    row ("10 billion billion", "thousand thousand"; only "hundred thousand" is
    English), or a scale not smaller than the last large one ("two thousand three
    million"). Summing such words would misread the figure; refusing it is honest."""
    if previous in SCALES and not (SCALES[previous] == 100 and scale > 100):
        return True
    return scale > 100 and last_scale is not None and scale >= last_scale


def is_plausible_count(value: int | None) -> bool:
    """True for a head count toll stores as a number (None, no figure, is fine too)."""
    return value is None or 0 <= value <= MAX_COUNT


def misread_in_context(number_text: str, context: str) -> bool:
    """True when ``number_text`` stands in ``context`` only as part of a larger number
    ("10" of "10^9", "10 billion" of "10 billion billion"): read alone it would be a
    different figure. When it also stands alone somewhere, that may be the figure read,
    and it is not refused."""
    words = number_text.strip()
    if not words:
        return False
    places = list(re.finditer(r"(?<![\w.,])" + re.escape(words) + r"(?!\d|[.,]\d|[^\W\d_eE])", context))
    return bool(places) and all(CHANGED_BY_WHAT_FOLLOWS.match(context, m.end()) for m in places)
