"""The claims table's facets: what the rows can be narrowed by, and how many rows each
choice would leave.

Each facet's counts are taken over the rows that the *other* chosen facets keep, so a
recorder who picked "killed" still sees how many "injured" rows one click away would
show. Claimants are counted by canonical source (the ledger's identity), so
"Ukraine's General Staff" and "Ukrainian General Staff" are one value.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

FACETS = {"outcome": "Outcome", "affiliation": "Side of the victims", "role": "Role", "claimant": "Claimant"}
"""Facet query parameters and their headings, in the order shown."""

NO_SIDE = "-"
"""The facet value of claims whose victims' side is not known (as in subjects)."""

PAGE_SIZE = 50


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    chosen: bool


def facet_value(row: dict, facet: str, claimant_of: Callable[[dict], str]) -> str:
    """The value a claim row has for ``facet``."""
    if facet == "claimant":
        return claimant_of(row)
    return row[facet] or NO_SIDE


def facet_label(facet: str, value: str, source_name: Callable[[str], str]) -> str:
    """How a facet value is shown: claimants by their canonical name."""
    if facet == "claimant":
        return source_name(value)
    return "side unknown" if value == NO_SIDE else value


def narrow(rows: list[dict], chosen: Mapping[str, str], claimant_of: Callable[[dict], str]) -> list[dict]:
    """The rows having every chosen facet value."""
    return [r for r in rows if all(facet_value(r, f, claimant_of) == v for f, v in chosen.items())]


def facet_counts(rows: list[dict], chosen: Mapping[str, str],
                 claimant_of: Callable[[dict], str]) -> dict[str, list[FacetValue]]:
    """Per facet, its values with how many rows the other chosen facets leave for each,
    most frequent first; a chosen value is listed even when no row has it."""
    result = {}
    for facet in FACETS:
        others = {f: v for f, v in chosen.items() if f != facet}
        counts = Counter(facet_value(r, facet, claimant_of) for r in narrow(rows, others, claimant_of))
        if facet in chosen:
            counts.setdefault(chosen[facet], 0)
        result[facet] = [FacetValue(v, n, chosen.get(facet) == v)
                         for v, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return result


@dataclass(frozen=True)
class Page:
    """One page of rows, numbered from 1."""
    number: int
    total: int
    size: int = PAGE_SIZE

    @property
    def first(self) -> int:
        return (self.number - 1) * self.size

    @property
    def last_number(self) -> int:
        return max(1, -(-self.total // self.size))

    def clamped(self) -> Page:
        """This page, or the last one when the number is past it (a shared link to
        page 5 of a list that has since shrunk still shows rows)."""
        return self if self.number <= self.last_number else Page(self.last_number, self.total, self.size)

    def rows(self, rows: list) -> list:
        return rows[self.first:self.first + self.size]
