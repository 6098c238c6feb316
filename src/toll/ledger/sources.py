"""One identity per source across articles.

Articles name the same claimant in many ways: "Igor Konashenkov", "Konashenkova" (a
misspelling), "Russia's defence ministry", "Russia’s Defense Ministry", "the Russian
defence ministry". A :class:`SourceIndex` gives each a key; names whose keys match,
or whose surnames differ by a letter or two, are one source, shown under the fullest
name seen.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from toll.places import parties_in

SPELLING = {"defense": "defence", "ministry of defence": "defence ministry", "ministry of defense": "defence ministry",
            "mod": "defence ministry", "armed forces": "army", "military": "army"}
FILLER = {"the", "of", "s", "a", "an", "and", "for", "on", "in"}
PERSON_KINDS = {"person"}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _words(text: str) -> list[str]:
    text = _ascii(text.replace("’", "'")).lower()
    text = re.sub(r"'s\b", "", text)
    for spelling, standard in SPELLING.items():
        text = re.sub(rf"\b{spelling}\b", standard, text)
    return [w for w in re.findall(r"[a-z0-9]+", text) if w not in FILLER]


def source_key(name: str, kind: str | None) -> str:
    """A key equal for the ways one source is written.

    A person is keyed by surname ("person:konashenkov"); an institution by its side and
    the rest of its words in order ("org:russia defence ministry"), so "Russia's Defense
    Ministry" and "the Russian defence ministry" meet.
    """
    words = _words(name)
    if not words:
        return "unknown:"
    surname = name.strip().split()[-1] if name.strip() else ""
    if kind in PERSON_KINDS and len(words) <= 4 and surname[:1].isupper():
        return f"person:{words[-1]}"
    sides = parties_in(name)
    rest = [w for w in words if not parties_in(w)]
    side = sides[0].lower() if sides else ""
    return f"org:{' '.join(filter(None, [side, *rest]))}"


def _close(a: str, b: str) -> bool:
    """Two surnames one or two letters apart ("konashenkov", "konashenkova")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 2


@dataclass
class CanonicalSource:
    key: str
    names: Counter = field(default_factory=Counter)
    kind: str | None = None
    affiliation: str | None = None

    @property
    def name(self) -> str:
        """The fullest of the most used names."""
        return max(self.names, key=lambda n: (len(n.split()), self.names[n], len(n)))


class SourceIndex:
    """Canonical sources for a stream of (name, kind, affiliation) mentions."""

    def __init__(self) -> None:
        self.by_key: dict[str, CanonicalSource] = {}

    def add(self, name: str | None, kind: str | None = None, affiliation: str | None = None) -> str | None:
        """Register a mention; returns the canonical key it belongs to (None for no source)."""
        if not name or not name.strip():
            return None
        key = self._match(source_key(name, kind))
        source = self.by_key.setdefault(key, CanonicalSource(key, kind=kind))
        source.names[name.strip()] += 1
        source.affiliation = source.affiliation or affiliation
        return key

    def _match(self, key: str) -> str:
        if key in self.by_key or not key.startswith("person:"):
            return key
        surname = key.split(":", 1)[1]
        for known in self.by_key:
            if known.startswith("person:") and _close(surname, known.split(":", 1)[1]):
                return known
        return key

    def name_of(self, key: str | None) -> str | None:
        return self.by_key[key].name if key in self.by_key else None
