"""An article's text cut into pieces at every claim sentence and statement content.

Claims and statements overlap (a quote inside a casualty sentence, two figures in one
sentence), so highlights cannot be nested elements. The text is cut at every start
and end offset instead; each piece knows which items cover it and which start at it.
The template escapes each piece on its own, so no markup in the article survives.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """One item to highlight: a claim's sentence or a statement's content."""
    id: str
    kind: str  # "claim" or "statement"
    start: int
    end: int
    label: str  # claimant or speaker with what they said, for the highlight's title


@dataclass(frozen=True)
class Piece:
    text: str
    covering: tuple[Mark, ...]  # items whose span holds this piece
    starting: tuple[Mark, ...]  # items whose span starts here (their anchors go before it)

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.covering})


def claim_mark(claim: dict) -> Mark:
    """A casualty claim (the spec's JSON shape) as a highlight of its sentence."""
    who = (claim["claimant"] or {}).get("name") or "the outlet"
    return Mark(claim["id"], "claim", claim["sentence"]["start"], claim["sentence"]["end"],
                f"{who}: {claim['count']['text']} {claim['outcome']}".strip())


def statement_mark(statement: dict) -> Mark:
    """A statement (the spec's JSON shape) as a highlight of its content."""
    who = (statement["speaker"] or {}).get("name") or "unknown speaker"
    return Mark(statement["id"], "statement", statement["content"]["start"], statement["content"]["end"],
                f"{who} {statement['cue'] or 'said'}")


def usable(mark: Mark, length: int) -> bool:
    """Offsets that point inside the text; stored data from an older extractor may not."""
    return 0 <= mark.start < mark.end <= length


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """``text`` cut at every mark's start and end, in order; ``"".join`` gives it back."""
    marks = [m for m in marks if usable(m, len(text))]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(m for m in marks if m.start <= start and end <= m.end)
        starting = tuple(m for m in marks if m.start == start)
        result.append(Piece(text[start:end], covering, starting))
    return result
