"""What an extraction must satisfy before it is stored, whatever its article said.

The extractors read figures as the words give them; this is the one place that
decides whether a figure may enter the ledger as a number. A figure beyond
:data:`~toll.numbers.MAX_COUNT`, or one read from part of a larger number ("10"
of "10^9", "10 billion" of "10 billion billion"), keeps its words but loses its value, and the article gets a
warning naming it: a typo or an attack must neither crash the store nor become a
count that sways the low / best / high.
"""
from __future__ import annotations

from dataclasses import replace

from toll.model import CasualtyClaim, Count, Extraction
from toll.numbers import MAX_COUNT, is_plausible_count, misread_in_context


def count_problem(count: Count, sentence: str) -> str | None:
    """Why ``count`` cannot be stored as a number, or None when it can."""
    if not (is_plausible_count(count.low) and is_plausible_count(count.high)):
        return f"figure {count.text!r} is beyond {MAX_COUNT:,}; kept as text, not as a number"
    if (count.low is not None or count.high is not None) and misread_in_context(count.text, sentence):
        return f"figure {count.text!r} is part of a larger number in its sentence; kept as text, not as a number"
    return None


def guarded_claim(claim: CasualtyClaim) -> tuple[CasualtyClaim, str | None]:
    """``claim`` as it may be stored, and the warning when its figure was withheld."""
    problem = count_problem(claim.count, claim.sentence.text)
    if problem is None:
        return claim, None
    return replace(claim, count=Count(None, None, "vague", claim.count.text)), problem


def guarded(extraction: Extraction) -> Extraction:
    """``extraction`` with every figure storable; what was withheld is in its warnings."""
    claims, warnings = [], list(extraction.warnings)
    for claim in extraction.casualties:
        claim, problem = guarded_claim(claim)
        claims.append(claim)
        if problem:
            warnings.append(f"{claim.id}: {problem}")
    return replace(extraction, casualties=claims, warnings=warnings)
