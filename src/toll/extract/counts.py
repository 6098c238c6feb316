"""The figure of a casualty claim: low, high and qualifier, as the spec's table maps them.

Works on the words in front of the victims' noun ("at least 2,086", "some 3,500",
"between 30 and 40", "dozens of", "a") or on a bare figure ("rose to 35"), so one
grammar serves every trigger form.
"""
from __future__ import annotations

import re

from toll.model import Count
from toll.numbers import VAGUE, parse_number

NUM_WORD = (r"(?:\d[\d,.\u202f\u00a0]*\s*(?:k|m|mn|bn)?\b(?:\s+(?:hundred|thousand|million|billion))?"
            r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety|hundred|thousand|million|billion|dozen|and|[a-z]+-[a-z]+)"
            r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety|hundred|thousand|million|billion|dozen|and))*)")

AT_LEAST = r"at least|more than|over|upwards of|in excess of|no fewer than|no less than|not less than|above|beyond"
AT_MOST = r"up to|as many as|fewer than|less than|no more than|not more than|under|below|at most|a maximum of"
APPROX = (r"some|about|around|roughly|nearly|almost|approximately|an estimated|estimated|close to|"
          r"just over|just under|more or less|circa|c\.|around about|or so|maybe|perhaps|possibly|probably")

VAGUE_FACTORS = {"a few": 2, "few": 2, "several": 3, "a couple of": 2, "a couple": 2}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SCALED_VAGUE_RE = re.compile(r"^(a few|few|several|a couple of|a couple) (hundred|thousand|million)$", re.I)
""""a few hundred": the spec's vague figures scaled."""

RANGE_RE = re.compile(rf"^(?:between\s+)?(?P<a>{NUM_WORD})\s*(?:and|to|-|–|—|or)\s*(?P<b>{NUM_WORD})$", re.I)
LEADING_RE = re.compile(rf"^(?P<q>{AT_LEAST}|{AT_MOST}|{APPROX})\s+(?P<rest>.+)$", re.I)
OR_MORE_RE = re.compile(r"^(?P<n>.+?)\s+or\s+(?:more|over)$", re.I)

VAGUE_WORDS = {
    "many": None, "numerous": None, "large numbers": None, "large number": None, "a number": None,
    "scores": 20, "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "tens of thousands": 10_000,
    "hundreds of thousands": 100_000, "millions": 1_000_000, "several": 3, "a few": 2, "few": 2,
    "a handful": 2, "a couple": 2, "some": None, "countless": None, "heavy": None, "scores of": 20,
    "multiple": None, "a lot": None, "lots": None, "a large number": None, "untold": None,
    "most": None, "all": None, "a significant number": None,
}
VAGUE_WORDS.update({k: v for k, v in VAGUE.items() if k not in VAGUE_WORDS})

def _number(text: str) -> int | None:
    text = text.strip(" ,")
    if text.lower() in ("a", "an"):
        return 1
    return parse_number(text)


def parse_figure(text: str) -> Count | None:
    """The count of a figure phrase; None when the words hold no figure.

    >>> parse_figure("at least 2,086")
    Count(low=2086, high=None, qualifier='at_least', text='at least 2,086')
    """
    original = re.sub(r"\s+", " ", text.replace("“", "").replace("”", "").replace('"', "")).strip(" ,")
    t = original.lower()
    if not t:
        return None
    t = re.sub(r"^(another|a further|further|an additional|additional|a total of|total of|the|all)\s+", "", t)
    t = re.sub(r"\s+(more|of)$", "", t)  # "many more", "dozens of"
    if t in VAGUE_WORDS:
        return Count(VAGUE_WORDS[t], None, "vague", original)
    m = OR_MORE_RE.match(t)
    if m and (n := _number(m.group("n"))) is not None:
        return Count(n, None, "at_least", original)
    m = LEADING_RE.match(t)
    if m:
        q = m.group("q").lower()
        rest = m.group("rest")
        inner = parse_figure(rest)
        if inner is None:
            return None
        if inner.qualifier == "vague":
            return Count(inner.low, inner.high, "vague", original)
        value = inner.low if inner.low is not None else inner.high
        if re.fullmatch(AT_LEAST, q):
            return Count(value, None, "at_least", original)
        if re.fullmatch(AT_MOST, q):
            return Count(None, value, "at_most", original)
        return Count(value, value, "approx", original)
    m = SCALED_VAGUE_RE.match(t)
    if m:
        return Count(VAGUE_FACTORS[m.group(1)] * SCALE_WORDS[m.group(2)], None, "vague", original)
    m = RANGE_RE.match(t)
    if m and "and" not in m.group("a").split() and (t.startswith("between") or " and " not in t):
        a, b = _number(m.group("a")), _number(m.group("b"))
        if a is not None and b is not None and a < b:
            return Count(a, b, "range", original)
    n = _number(t)
    if n is not None:
        return Count(n, n, "exact", original)
    return None


def vague_count(text: str = "") -> Count:
    """A claim with no figure at all ("casualties", "heavy losses")."""
    return Count(None, None, "vague", text)
