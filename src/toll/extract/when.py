"""When a figure was given and what span it covers, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

PERIOD_START = re.compile(r"^(since|over|during|in|within|throughout|from|between|for|to|until|through)\b", re.I)
PERIOD_WORDS = re.compile(r"\b(since|past|previous|last|hours?|days?|weeks?|months?|years?|period|"
                          r"start|beginning|began|invasion|war|conflict|siege|offensive|\d{4})\b", re.I)


def _parse_date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def resolve_day(text: str, published: str | None) -> str | None:
    """The ISO day a phrase like "on Sunday", "yesterday" or "on March 3" points to.

    A weekday means the latest such day on or before publication (news reports the
    past); a month and day without a year takes the publication's year, or the year
    before when that would lie in the future.
    """
    base = _parse_date(published)
    if base is None:
        return None
    t = text.lower()
    if re.search(r"\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b", t):
        return base.isoformat()
    if re.search(r"\byesterday\b|\blast night\b", t):
        return (base - dt.timedelta(days=1)).isoformat()
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", t):
            back = (base.weekday() - i) % 7
            return (base - dt.timedelta(days=back)).isoformat()
    m = re.search(r"\b(" + "|".join(MONTH_ABBR) + r")[a-z]*\.?\s+(\d{1,2})\b(?:,?\s*(\d{4}))?", t) or \
        re.search(r"\b(\d{1,2})\s+(" + "|".join(MONTH_ABBR) + r")[a-z]*\b(?:,?\s*(\d{4}))?", t)
    if m:
        a, b, year = m.groups()
        month, day = (MONTH_ABBR[a[:4] if a[:4] in MONTH_ABBR else a[:3]], int(b)) if not a.isdigit() \
            else (MONTH_ABBR[b[:4] if b[:4] in MONTH_ABBR else b[:3]], int(a))
        try:
            date = dt.date(int(year) if year else base.year, month, day)
        except ValueError:
            return None
        if not year and date > base:
            date = date.replace(year=base.year - 1)
        return date.isoformat()
    return None


def is_period(text: str) -> bool:
    """True for a phrase that bounds a span of time ("since the start of the war")."""
    return bool(PERIOD_START.match(text.strip())) and bool(PERIOD_WORDS.search(text))
