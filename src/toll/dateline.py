"""The dateline of a wire story, read once: where the report was filed.

"MOSCOW, Sept 21 (Reuters) - …", "UKARA ISLAND, Tanzania, Sept 23 — …", "KYIV —
…": an upper-case place, perhaps a region or country after a comma, then a date or a
dash. Two questions are asked of it, and both read the same :class:`Dateline`:

- where the story's events usually are (the victims' side when nothing else tells):
  :attr:`Dateline.country`, from any place the country tables know;
- whose officials speak in it (a capital's: "MOSCOW" means Russia's ministry):
  :attr:`Dateline.seat_country`, only for a capital, seat of power or country named.

:func:`is_dateline` answers the token-level question, for the sentence splitter and for
speaker mentions the parser ran into a dateline ("WASHINGTON -- President Obama").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from toll.lang.punctuation import DASHES
from toll.places import COUNTRY_NAMES, SEATS, party_of

MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
DASH = "|".join(re.escape(d) for d in sorted(DASHES, key=len, reverse=True))
HEAD = re.compile(rf"^\s*(?P<place>[A-Z][A-Z'’.\- ]{{1,40}}?)\s*"
                  rf"(?:,\s*(?!{MONTH_DAY})(?P<region>[A-Z][\w .'’\-]{{2,30}}?))?\s*"
                  rf"(?:(?P<wire>,\s*{MONTH_DAY}|\s*\()|\s+(?:{DASH})\s)")
"""An upper-case place, an optional region, then a date, an agency in brackets or a dash."""

LINES_READ = 4
"""A dateline opens the story: the title and a byline may stand before it."""


@dataclass(frozen=True)
class Dateline:
    place: str
    region: str | None
    country: str | None
    seat_country: str | None
    wire: bool
    """Dated or credited to an agency ("MOSCOW, Sept 21 (Reuters)"): a correspondent
    filing from where the news is. A bare "ADRE, Chad —" heads features as often,
    filed where witnesses fled to."""


def read_dateline(text: str) -> Dateline | None:
    """The dateline among the first lines of ``text``, or None.

    >>> read_dateline("MOSCOW, Sept 21 (Wire) - The ministry said …")
    Dateline(place='MOSCOW', region=None, country='Russia', seat_country='Russia', wire=True)
    >>> read_dateline("KHARKIV — Shelling went on.").seat_country is None
    True
    """
    for line in text[:2000].split("\n")[:LINES_READ]:
        m = HEAD.match(line)
        if m is None or not m.group("place").replace(" ", "").isupper() or len(m.group("place").strip()) < 3:
            continue
        place, region = m.group("place").strip(), (m.group("region") or "").strip() or None
        parts = [p for p in (region, place) if p]
        country = next((c for p in parts for c in (party_of(p), party_of(p.title())) if c), None)
        seat = next((_seat(p) for p in parts if _seat(p)), None)
        return Dateline(place, region, country, seat, wire=bool(m.group("wire")))
    return None


def _seat(part: str) -> str | None:
    """The country a capital, seat of power or country name stands for."""
    key = part.lower().strip()
    return SEATS.get(key) or COUNTRY_NAMES.get(key)


def is_dateline(tokens: Sequence) -> bool:
    """Whether tokens before a dash are a dateline: a place in capitals ("KYIV, May 3
    (Wire)"), or any place followed by an agency's name in brackets ("Kyiv (Wire)")."""
    if not len(tokens) or not tokens[0].text[:1].isupper():
        return False
    if tokens[0].text.isupper() and len(tokens[0].text) > 1:
        place = tokens[:next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))]
        return all(t.text.isupper() or t.is_punct for t in place)
    words = [t.text for t in tokens]
    return (len(tokens) <= 8 and "(" in words and words[-1] == ")"
            and all(t.text[:1].isupper() or t.is_punct for t in tokens))
