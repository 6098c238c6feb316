"""The claims format of ``shared/spec/claims-format.md`` as plain data classes.

Everything that crosses a module boundary in toll is one of these: readers produce
:class:`Article`, extractors produce :class:`CasualtyClaim` and :class:`Statement`, the
store and the CLI consume them. ``to_dict`` gives exactly the JSON of the spec, so what
``toll extract --json`` prints is what ``score.py`` reads.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

OUTCOMES = ("killed", "injured", "casualties", "missing", "captured")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
ROLES = ("military", "civilian", "unknown")
GROUPS = ("children", "women")
SOURCE_KINDS = ("person", "government", "military", "organization", "media", "unknown")
STANCES = ("asserted", "acknowledged", "denied")
STATEMENT_KINDS = ("direct", "indirect", "mixed")


def text_id(text: str) -> str:
    """The identity of an article: a hash of its cleaned text.

    Keying on content rather than on path or URL means the same story fetched twice,
    or found both in a feed and in a WARC, is stored once.
    """
    # surrogatepass: an article read with a lone surrogate can still be built and named;
    # the ingest door replaces it, and the id is taken again from the text it admits.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Article:
    """One news article. ``id`` is fixed from the text it had when first cleaned (see
    :func:`text_id`); it stays the article's identity if later steps trim the text."""
    text: str
    source: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "outlet": self.outlet, "title": self.title,
                "published": self.published, "url": self.url, "text": self.text}


@dataclass
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""
    start: int
    end: int
    text: str


@dataclass
class Source:
    """Who states a figure or says something; one shape for claimants and speakers."""
    name: str
    role: str | None = None
    kind: str = "unknown"
    affiliation: str | None = None


@dataclass
class Count:
    low: int | None
    high: int | None
    qualifier: str
    text: str = ""


@dataclass
class Victims:
    text: str = ""
    affiliation: str | None = None
    role: str = "unknown"
    group: str | None = None


@dataclass
class Period:
    text: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class CasualtyClaim:
    id: str
    outcome: str
    count: Count
    victims: Victims
    sentence: Span
    claimant: Source | None = None
    stance: str = "asserted"
    part_of: str | None = None
    reported_on: str | None = None
    period: Period = field(default_factory=Period)
    location: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> CasualtyClaim:
        """The inverse of :meth:`to_dict` (for claims read back from JSON or Parquet)."""
        period = d.get("period") or {}
        return cls(id=d["id"], outcome=d["outcome"], count=Count(**d["count"]), victims=Victims(**d["victims"]),
                   sentence=Span(**d["sentence"]), claimant=Source(**d["claimant"]) if d.get("claimant") else None,
                   stance=d.get("stance") or "asserted", part_of=d.get("part_of"), reported_on=d.get("reported_on"),
                   period=Period(**period), location=d.get("location"))


@dataclass
class Statement:
    id: str
    speaker: Source
    kind: str
    content: Span
    cue: str
    channel: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Statement:
        """The inverse of :meth:`to_dict`."""
        return cls(id=d["id"], speaker=Source(**d["speaker"]), kind=d["kind"], content=Span(**d["content"]),
                   cue=d["cue"], channel=d.get("channel"))


@dataclass
class Extraction:
    """One article with everything extracted from it: the unit of ``toll extract``.

    ``warnings`` are what the user should know about the article (a figure withheld
    as implausible); they are reported, not part of the claims format."""
    article: Article
    casualties: list[CasualtyClaim] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(),
                "casualties": [c.to_dict() for c in self.casualties],
                "statements": [s.to_dict() for s in self.statements]}
