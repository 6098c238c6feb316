"""The words and marks news uses to attribute: speech and writing verbs, source
phrases, channels, quotation marks.

A data module with a few predicates over spaCy tokens and one scanner of quotation
marks. Both extractors read it:
statements to find who said what, casualties to see that a figure is attributed and
with which stance (a ministry that *denied* a toll is not asserting it). Everything is
keyed by lower-case lemma so that "said", "says" and "saying" are one entry.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

DENIAL_VERBS = frozenset({
    "deny", "reject", "dismiss", "dispute", "refute", "rebut", "contest", "disavow",
})
"""A source rejecting a claim or a figure."""

ADMISSION_VERBS = frozenset({
    "acknowledge", "admit", "concede", "confess", "confirm", "recognise", "recognize",
})
"""A source granting something against its interest (its own losses, a mistake)."""

WRITING_VERBS = frozenset({
    "write", "tweet", "post", "publish", "blog", "text", "email", "e-mail", "retweet",
    "pen", "message",
})
"""Speech that reaches us in writing; the channel is usually named with it."""

ASSERTION_VERBS = frozenset({
    "say", "tell", "add", "announce", "state", "claim", "report", "note", "explain",
    "argue", "insist", "warn", "allege", "accuse", "describe", "declare", "urge",
    "stress", "emphasise", "emphasize", "assert", "maintain", "contend", "reiterate",
    "repeat", "mention", "remark", "comment", "observe", "point", "indicate", "reveal",
    "disclose", "estimate", "predict", "promise", "pledge", "vow", "swear", "threaten",
    "testify", "quote", "cite", "continue", "conclude", "recall", "complain", "joke",
    "boast", "brag", "charge", "suggest", "propose", "recommend", "ask", "answer",
    "reply", "respond", "retort", "counter", "shout", "yell", "scream", "cry", "whisper",
    "mutter", "exclaim", "proclaim", "pronounce", "affirm", "aver", "attest", "certify",
    "assure", "reassure", "inform", "notify", "advise", "caution", "signal", "hint",
    "imply", "specify", "clarify", "elaborate", "detail", "outline", "summarise",
    "summarize", "forecast", "project", "calculate", "brief", "lament", "regret",
    "apologise", "apologize", "protest", "object", "grumble", "concur", "agree",
    "disagree", "counsel", "demand", "plead", "beg", "appeal", "implore", "request",
    "invite", "challenge", "question", "wonder", "speculate", "theorise", "theorize",
    "posit", "surmise", "guess", "praise", "criticise", "criticize", "condemn",
    "denounce", "blast", "slam", "decry", "deplore", "fault", "blame", "chide",
    "rebuke", "scold", "mock", "ridicule", "tease", "quip", "chuckle", "laugh", "sigh",
    "groan", "gasp", "sob", "fume", "thunder", "roar", "bellow", "hiss", "snap", "bark",
    "growl", "retract", "recant", "correct", "amend", "update", "revise", "broadcast",
    "air", "release", "issue", "circulate", "relay", "convey", "communicate", "express",
    "voice", "verify", "corroborate", "predict", "rule", "opine", "muse", "counsel",
    "reckon", "acclaim", "hail",
})
"""Verbs that report something said (plus the lists above, joined below)."""

SPEECH_VERBS = ASSERTION_VERBS | DENIAL_VERBS | ADMISSION_VERBS | WRITING_VERBS
"""Every verb whose clausal complement is what a source said or wrote."""

DIRECTIVE_VERBS = frozenset({
    "urge", "ask", "call", "implore", "beg", "appeal", "press", "encourage", "exhort",
    "warn", "invite", "challenge", "tell", "advise", "instruct", "order", "demand",
})
"""Speech that tells someone to act: what was said is the addressee and the act,
"urged both sides to hold fire", "called on the rebels to lay down their arms"."""

CHARGING_VERBS = frozenset({
    "accuse", "blame", "charge", "criticise", "criticize", "praise", "condemn", "fault",
    "thank", "commend", "credit", "congratulate", "denounce", "slam", "rebuke",
})
"""Speech that charges or credits someone with something: "accused the army of
shelling the town" (the object and its "of"/"for" phrase are what was said)."""

NOMINAL_CONTENT_VERBS = frozenset({
    "vow", "pledge", "promise", "threaten", "cite", "describe", "announce", "deny",
    "propose", "recommend", "predict", "demand", "report", "acknowledge", "confirm",
    "admit", "reject", "dispute", "claim", "allege", "call",
})
"""Speech verbs whose object noun phrase can be all that was said: "vowed a strong
response", "cited the rising toll", "called for a ceasefire"."""

PASSIVE_SPEECH = frozenset({"quote", "cite"})
"""Speech verbs whose passive subject is still the speaker ("he was quoted as saying");
the passive subject of any other ("the toll was confirmed", "residents were told") is
what was said or who heard it."""

ACCORDING_TO = ("according", "to")
"""The source preposition: "according to the ministry"."""

AUDIENCE_NOUNS = frozenset({
    "reporter", "journalist", "press", "correspondent", "lawmaker", "parliament",
    "congress", "senator", "crowd", "supporter", "audience", "delegate", "viewer",
    "reader", "listener", "student", "colleague", "media", "newsman", "committee",
})
"""Who a source told something to, part of the cue: "told reporters"."""

CHANNEL_NOUNS = frozenset({
    "statement", "remark", "remarks", "address", "interview", "briefing", "update",
    "post", "tweet", "conference", "speech", "message", "video", "broadcast", "report",
    "release", "letter", "op", "column", "note", "memo", "email", "e-mail", "call",
    "appearance", "testimony", "hearing", "podcast", "television", "radio", "tv",
    "channel", "network", "telegram", "facebook", "twitter", "x", "instagram", "youtube",
    "tiktok", "website", "site", "blog", "page", "account", "feed", "media", "platform",
    "newspaper", "paper", "magazine", "journal", "show", "programme", "program",
    "bulletin", "communique", "communiqué", "declaration", "comment", "comments",
    "announcement", "event", "rally", "session", "meeting", "summit", "forum",
    "editorial", "article", "essay", "book", "memoir", "document", "filing", "court",
    "transcript", "livestream", "stream", "message", "text", "notice", "press",
})
"""Heads of the phrases that say where something was said: "in a statement",
"on Facebook", "in televised remarks"."""

SPEECH_NOUNS = frozenset({
    "claim", "statement", "assertion", "allegation", "accusation", "warning",
    "announcement", "insistence", "suggestion", "argument", "contention", "promise",
    "pledge", "denial", "admission", "acknowledgment", "acknowledgement", "charge",
    "prediction", "assurance", "declaration", "remark", "comment", "message", "vow",
    "threat", "boast", "complaint", "explanation", "estimate", "report", "testimony",
})
"""Nouns that report speech when their owner and a that-clause come with them:
"Trump's claim that ...", "the ministry's denial that ..."."""

CHANNEL_PREPOSITIONS = frozenset({"in", "on", "during", "at", "via", "through", "to"})
"""Prepositions that introduce a channel after a speech verb."""


def lemma(token: Token) -> str:
    """The token's lemma in lower case (the key of every set above)."""
    return token.lemma_.lower()


def is_speech_verb(token: Token) -> bool:
    """Whether ``token`` is a verb that reports speech or writing.

    Headline verbs the tagger mistakes for nouns ("Putin says talks ...") count too,
    but only the few that headlines use and only with a subject before them.
    """
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if lemma(token) == "call":
            return calls_for(token)
        return lemma(token) in SPEECH_VERBS
    return (token.lower_ in ("says", "tells", "warns", "claims", "urges", "vows", "denies",
                             "admits")
            and token.i > token.sent.start and token.nbor(-1).pos_ == "PROPN")


TRAILING_ATTRIBUTION_TOKENS = 8
"""Longest source phrase of a trailing attribution: "..., regional governor Jane Roe said"."""


def trailing_attribution(verb: Token) -> tuple[int, int] | None:
    """The source phrase (a token range) of an attribution closing its sentence after
    a comma, "..., regional governor Jane Roe said.", when the parser hung the whole
    sentence on the verb as its subject instead. None when the parse is sound."""
    if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sent = verb.sent
    if subject is None or not sent.start <= subject.left_edge.i:
        return None
    tail = [t for t in verb.doc[verb.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    if len(tail) > 4:  # "..., X said on Sunday." at most
        return None
    comma = next((i for i in range(verb.i - 1, max(sent.start, verb.i - TRAILING_ATTRIBUTION_TOKENS - 2), -1)
                  if verb.doc[i].text in (",", "—", "–")), None)
    if comma is None or subject.left_edge.i >= comma or comma - sent.start < 3:
        return None
    phrase = verb.doc[comma + 1:verb.i]
    if not 0 < len(phrase) <= TRAILING_ATTRIBUTION_TOKENS or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in phrase):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[sent.start:comma]):
        return None  # "People like her, he said.": no clause, no statement
    return phrase.start, phrase.end


def calls_for(verb: Token) -> bool:
    """Whether "call" reports speech: "called for a truce", "called on them to leave",
    "called the plan a hoax" (not "called off", "called him on Monday")."""
    return any((c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children))
        or c.dep_ == "oprd" for c in verb.children)


def is_according_to(token: Token) -> bool:
    """Whether ``token`` is the "according" of "according to"."""
    return (token.lower_ == ACCORDING_TO[0] and token.i + 1 < len(token.doc)
            and token.nbor(1).lower_ == ACCORDING_TO[1])


def is_speech_noun(token: Token) -> bool:
    """Whether ``token`` is a noun that can report speech ("claim", "warning")."""
    return token.pos_ == "NOUN" and lemma(token) in SPEECH_NOUNS


def is_channel_noun(token: Token) -> bool:
    """Whether a noun names a medium or occasion of speech ("statement", "Facebook")."""
    return token.lower_ in CHANNEL_NOUNS or lemma(token) in CHANNEL_NOUNS


def is_audience_noun(token: Token) -> bool:
    """Whether a noun names the hearers of speech ("reporters")."""
    return lemma(token) in AUDIENCE_NOUNS


def stance(verb_lemma: str) -> str:
    """The stance a speech verb gives its content: asserted, acknowledged or denied."""
    if verb_lemma in DENIAL_VERBS:
        return "denied"
    if verb_lemma in ADMISSION_VERBS:
        return "acknowledged"
    return "asserted"


# ---------------------------------------------------------------- quotation marks

OPENING_MARKS = frozenset({"“", "«", "„", "``"})
CLOSING_MARKS = frozenset({"”", "»"})
QUOTE_MARK = re.compile(r"''|``|[“”\"«»„]")
"""Double quotation marks, including the doubled apostrophes of some archives."""
BEFORE_OPENING = "([{—–-/ \t\n\u00a0"
AFTER_CLOSING = ".,;:!?)]}—–-/ \t\n\u00a0"
EDGE_PUNCT = " \t\n\u00a0,;:—–-"
"""Characters trimmed from the ends of quoted words: "“...,” she said" keeps no comma."""


@dataclass
class Quote:
    """Words between quotation marks: character offsets of the words, inside the marks.

    ``closed`` is False for a quote with no closing mark (it runs to the end of its
    paragraph); ``continues`` marks a quote that opens a paragraph right after one left
    open, as a quote running over several paragraphs is written.
    """
    start: int
    end: int
    paragraph: int
    closed: bool
    continues: bool = False


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text: news paragraphs are lines."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


class Paragraphs:
    """The article's paragraphs, found once; which one a character is in by binary
    search (re-counting line breaks per claim made extraction quadratic)."""

    def __init__(self, text: str):
        self.bounds = paragraph_bounds(text)
        self.starts = [start for start, _ in self.bounds]

    def of(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def mark_opens(text: str, start: int, end: int, is_open: bool) -> bool:
    """Whether the quotation mark at ``text[start:end]`` opens a quote.

    The space around a mark decides first, since straight marks look the same on both
    sides and curly ones are often typed the wrong way round; the glyph decides when
    the context does not, and a straight mark with no context toggles.
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opens_here = before in BEFORE_OPENING or before in "“”\"'"
    closes_here = after in AFTER_CLOSING or after in "“”\"'"
    if opens_here != closes_here:
        return opens_here
    mark = text[start:end]
    if mark in OPENING_MARKS:
        return True
    if mark in CLOSING_MARKS:
        return False
    return not is_open


def trimmed(text: str, quote: Quote) -> Quote:
    """The quote without blanks, commas and dashes at its ends."""
    while quote.start < quote.end and text[quote.start] in EDGE_PUNCT:
        quote.start += 1
    while quote.end > quote.start and text[quote.end - 1] in EDGE_PUNCT:
        quote.end -= 1
    return quote


def paragraph_quotes(text: str, marks: list[re.Match], end: int, index: int) -> list[Quote]:
    """The quotes of one paragraph, from its marks. A mark opening while a quote is
    open ends that quote unclosed; a quote still open at the paragraph's end runs to
    it. Never fails on an odd number of marks."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for mark in marks:
        if mark_opens(text, mark.start(), mark.end(), open_at is not None):
            if open_at is not None:
                quotes.append(Quote(open_at, mark.start(), index, closed=False))
            open_at = mark.end()
        elif open_at is not None:
            quotes.append(Quote(open_at, mark.start(), index, closed=True))
            open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, end, index, closed=False))
    return [q for q in (trimmed(text, q) for q in quotes) if q.end > q.start]


def find_quotes(text: str) -> list[Quote]:
    """Every quote of the text, in order."""
    marks = list(QUOTE_MARK.finditer(text))
    quotes: list[Quote] = []
    if not marks:
        return quotes
    first = 0
    for index, (start, end) in enumerate(paragraph_bounds(text)):
        last = first
        while last < len(marks) and marks[last].start() < end:
            last += 1
        found = paragraph_quotes(text, marks[first:last], end, index) if last > first else []
        first = last
        if found and quotes and not quotes[-1].closed and quotes[-1].paragraph == index - 1:
            found[0].continues = not text[start:found[0].start].strip(" \t\u00a0\"“«„`'")
        quotes.extend(found)
    return quotes


def quoted_tokens(doc: Doc, quotes: list[Quote]) -> list[bool]:
    """For each token of ``doc``, whether it lies inside one of ``quotes``."""
    flags = [False] * len(doc)
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            flags[span.start:span.end] = [True] * (span.end - span.start)
    return flags


# ---------------------------------------------------------------- quotes left open


def open_quote_attribution(doc: Doc, quote: Quote) -> Token | None:
    """The speech verb of an attribution a never-closed quote swallowed: "“..., Jane
    Doe told CBS. More words." The verb's subject is a noun phrase right after a comma,
    and the words it reports come before it."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span:
        if not is_speech_verb(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.left_edge.i <= span.start:
            continue
        reports_before = any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
        if reports_before and doc[subject.left_edge.i - 1].text == ",":
            return verb
    return None


def split_open_quotes(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    """Quotes whose closing mark is missing, cut around the attribution they hold: the
    words before it and the words after its sentence are two statements of one speaker."""
    result: list[Quote] = []
    for quote in quotes:
        verb = None if quote.closed else open_quote_attribution(doc, quote)
        if verb is None:
            result.append(quote)
            continue
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        comma = doc[subject.left_edge.i - 1]
        result.append(trimmed(text, Quote(quote.start, comma.idx, quote.paragraph, closed=True,
                                          continues=quote.continues)))
        tail = trimmed(text, Quote(verb.sent.end_char, quote.end, quote.paragraph,
                                   closed=False, continues=True))
        if tail.end > tail.start:
            result.append(tail)
    return result


def article_quotes(doc: Doc) -> list[Quote]:
    """The quotes of a parsed article, open ones cut around the attribution they hold:
    what the statement extractor and the speaker resolver both read."""
    return split_open_quotes(doc, doc.text, find_quotes(doc.text))
