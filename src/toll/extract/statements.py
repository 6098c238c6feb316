"""Who said what: direct, indirect and mixed speech.

Two views of the article meet here. Quotation marks give the words of direct speech
(:func:`toll.extract.cues.find_quotes` reads them as typography really writes them).
The parse gives the reports: a speech verb with its subject and clausal complement
("the ministry said [that] ...", "..., the official said"), "according to X", or a
speech noun ("Trump's claim that ..."). Each report claims the quotes its complement
covers or that sit beside it in its sentence; quotes no report claims take the speaker
of the quote they continue or of the statement just before them. Reported content
holding a quoted fragment is one *mixed* statement.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from toll.extract import cues
from toll.extract.cues import Paragraphs, Quote, quoted_tokens, trimmed
from toll.extract.speakers import SpeakerResolver, displaced_subject
from toll.model import Source, Statement
from toll.model import Span as TextSpan
from toll.lang.punctuation import DASHES
from toll.places import country_of_place, party_of

MIN_UNATTRIBUTED_WORDS = 5
"""A quote shorter than this (in words) that no report's complement covers is a scare
quote or a name ("what Moscow calls its “special operation”"), not a statement."""

FOLLOWING_ATTRIBUTION_TOKENS = 12
"""Longest sentence after a quote that may be only its attribution ("” the official
said."): sentence splitters often cut after a closing mark."""

CONTEXT_PARAGRAPHS = 2
"""How many paragraphs back an unattributed quote looks for the speaker before it."""

MIN_INDIRECT_TOKENS = 3
"""Shorter reported content ("said so", "Mook said as much") reports nothing."""

CLIMBING_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl"})
"""Dependencies through which a subjectless speech verb ("..., adding that", "was quoted
as saying") borrows the subject of the verb above it."""

BLOCKING_HEADS = frozenset({"decline", "refuse", "fail", "want", "plan", "expect", "hope",
                            "be", "likely", "refrain", "hesitate"})
"""Verbs above a speech verb that mean nothing was said ("declined to say")."""

EMPTY_SUBJECTS = frozenset({"there", "which", "that", "who", "what", "this", "these",
                            "nobody", "none", "neither", "nothing", "anyone", "anybody"})
"""Subjects that name no source."""

"""Dashes that sign a quote with its speaker's name."""

SETTING_OFF = frozenset({",", "—", "–", "-", "(", ";", "”", '"', "''"})
"""Punctuation before a side-clause attribution: "..., the official said"."""


@dataclass
class Report:
    """A speech verb, "according to" or speech noun, with its speaker and what it
    reports (token ranges)."""
    anchor: Token
    speaker: Source
    cue: str
    channel: str | None
    contents: list[tuple[int, int]] = field(default_factory=list)
    introduces: bool = False  # "X said:" with the quote to follow
    verbatim: bool = False  # a transcript's "NAME: words" are direct speech
    nominal: bool = False  # what was said is in the verb's objects ("urged X to ...")


@dataclass
class Draft:
    """A statement before ids: where its words are and who said them."""
    start: int
    end: int
    paragraph: int
    speaker: Source | None
    kind: str
    cue: str
    channel: str | None


@dataclass
class Reading:
    """One article as the rules see it: the parse, which tokens are inside quotes, and
    the paragraph of each token. The parser does not end sentences at line breaks, so
    every range a rule takes from the parse is clipped to one paragraph."""
    doc: Doc
    quoted: list[bool]
    paragraph: list[int]            # token -> paragraph number
    paragraph_tokens: list[tuple[int, int]]  # paragraph number -> token range

    @classmethod
    def of(cls, doc: Doc, quotes: list[Quote]) -> Reading:
        paragraph, ranges, start, number = [], [], 0, 0
        for token in doc:
            paragraph.append(number)
            if "\n" in token.text or "\n" in token.whitespace_:
                ranges.append((start, token.i + 1))
                start, number = token.i + 1, number + 1
        ranges.append((start, len(doc)))
        return cls(doc, quoted_tokens(doc, quotes), paragraph, ranges)

    def clip(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """A token range cut to the paragraph of token ``anchor``, edges trimmed."""
        low, high = self.paragraph_tokens[self.paragraph[anchor]]
        return trim_tokens(self.doc, max(start, low), min(end, high))

    def sentence(self, token: Token) -> tuple[int, int]:
        """The token range of a token's sentence within its paragraph."""
        return self.clip(token.sent.start, token.sent.end, token.i)


# ---------------------------------------------------------------- parse helpers

def is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


def own_subject(verb: Token, borrowed: bool = False) -> Token | None:
    """A verb's subject; of two (a headline's "The Latest: Jane Roe says ..." read as
    both), the one nearest before the verb, unless that one only sums up or qualifies
    the first ("Party leaders — ... — both said", "the man whose post first said").
    A subject ``borrowed`` by a verb below is the nearest only past a dash or colon
    ("Kyiv (Wire) – Jane Roe has ..., saying")."""
    subjects = [c for c in verb.children if is_subject(c)]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and not (before[-1].lower_ in QUANTIFIER_SUBJECTS or any(
            t.lower_ == "whose" for t in before[-1].subtree)):
        between = verb.doc[before[-2].i:before[-1].left_edge.i]
        if not borrowed or any(t.text in ("—", "–", "--", "―", ":") or (
                t.text == "-" and t.whitespace_) for t in between):
            return before[-1]
    return subjects[0] if subjects else None


QUANTIFIER_SUBJECTS = frozenset({"both", "all", "each", "either", "neither", "none"})


def trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A token range without punctuation and blanks at its ends."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def span_text(first: Token, last: Token) -> str:
    """The article text from ``first`` to ``last`` inclusive."""
    return first.doc[first.i:last.i + 1].text


def mention_span(token: Token, reading: Reading) -> Span:
    """The whole phrase a head token stands for, within its paragraph."""
    start, end = reading.clip(token.left_edge.i, token.right_edge.i + 1, token.i)
    return token.doc[start:end] if start < end else token.doc[token.i:token.i + 1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class ReportsByParagraph:
    """Reports by the paragraphs their contents lie in: a quote can only be covered by
    a report of its own paragraphs, so each quote looks at a few reports, not all."""

    def __init__(self, reports: list, reading: Reading):
        self.reading = reading
        self.index: dict[int, list] = {}
        for report in reports:
            for paragraph in {reading.paragraph[first] for first, _ in report.contents}:
                self.index.setdefault(paragraph, []).append(report)

    def reports_near(self, span: tuple[int, int]) -> list:
        first = self.reading.paragraph[span[0]]
        last = self.reading.paragraph[max(span[0], span[1] - 1)]
        seen: dict[int, object] = {}
        for paragraph in range(first, last + 1):
            for report in self.index.get(paragraph, ()):
                seen.setdefault(id(report), report)
        return list(seen.values())


# ---------------------------------------------------------------- reports

def subject_of(verb: Token, reading: Reading) -> Token | None:
    """The subject of a speech verb, borrowed from the verb above it when it has none
    ("..., adding that", "was quoted as saying", "said X and added ..."). A subject
    inside a quote is the quote's own word: the attribution is then the pronoun or
    name right beside the verb ("“My adviser ...,” he said")."""
    token = verb
    for _ in range(4):
        subject = own_subject(token, borrowed=token is not verb)
        if subject is not None:
            usable = (not reading.quoted[subject.i]
                      and subject.ent_type_ not in ("DATE", "TIME")
                      and reading.paragraph[subject.i] == reading.paragraph[verb.i])
            return subject if usable else beside(verb, reading)
        if token.dep_ not in CLIMBING_DEPS or token.head.i == token.i:
            displaced = displaced_subject(token)
            usable = displaced is not None and not reading.quoted[displaced.i] and (
                reading.paragraph[displaced.i] == reading.paragraph[verb.i])
            return displaced if usable else None
        if token.dep_ == "xcomp":
            controller = object_controller(token)
            if controller is not None:
                usable = not reading.quoted[controller.i] and (
                    reading.paragraph[controller.i] == reading.paragraph[verb.i])
                return controller if usable else None
        token = token.head
        if token.dep_ == "ccomp" and cues.is_speech_verb(token.head):
            token = token.head  # "he said 43 died, noting ...": noting is his too
    return None


SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "agree"})
"""Verbs whose object does not do what follows ("promised voters to ...")."""


def object_controller(clause: Token) -> Token | None:
    """Who is to speak in a clause under a verb with an object: "forced the banker to
    admit that ...", "asked the senator to explain" (the object, not the subject)."""
    head = clause.head
    if cues.lemma(head) in SUBJECT_CONTROL:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def beside(verb: Token, reading: Reading) -> Token | None:
    """A name or pronoun right before or after the verb, outside quotes and in the
    verb's paragraph: the attribution when the parse took the subject from elsewhere."""
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1):
        if (0 <= i < len(doc) and not reading.quoted[i] and doc[i].pos_ in ("PRON", "PROPN", "NOUN")
                and doc[i].ent_type_ not in ("DATE", "TIME")
                and reading.paragraph[i] == reading.paragraph[verb.i]):
            return doc[i]
    return None


def is_blocked(verb: Token) -> bool:
    """Whether the verb reports no speech: negated ("did not say"), under "declined
    to", or an adjective ("the said agreement")."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    if verb.dep_ in ("amod", "compound", "nmod"):
        return True
    return verb.dep_ == "xcomp" and cues.lemma(verb.head) in BLOCKING_HEADS


def content_range(clause: Token) -> tuple[int, int]:
    """Token range of a clausal complement without its "that" and edge punctuation."""
    doc = clause.doc
    start, end = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if start < end and doc[start].dep_ == "mark" and doc[start].head.i == clause.i:
        start, end = trim_tokens(doc, start + 1, end)
    return start, end


def around_clause(verb: Token, reading: Reading) -> list[tuple[int, int]]:
    """For an attribution set off inside or after a sentence ("..., X said.", "...,
    she said, and ...", "..., said X."): the parts of the sentence before and after
    it. The attribution is the verb with its own subject up to the next punctuation;
    punctuation must set it off (or the parser hung it on another paragraph)."""
    subject = own_subject(verb)
    if subject is None:
        return []
    doc = verb.doc
    start, end = reading.sentence(verb)
    first = min(subject.left_edge.i, verb.i)
    last = max(subject.right_edge.i, verb.i) + 1
    while last < end and not doc[last].is_punct:
        last += 1
    stray = reading.paragraph[verb.head.i] != reading.paragraph[verb.i]
    set_off = first > start and doc[first - 1].text in SETTING_OFF and (
        last >= end or doc[last].text in SETTING_OFF or doc[last].is_sent_end)
    if not (stray or set_off):
        return []
    before, after = trim_tokens(doc, start, first), trim_tokens(doc, last, end)
    if before[1] < first and doc[before[1]].is_quote:
        after = (end, end)  # "“...,” she said, but ...": narration goes on after a quote
    return [piece for piece in (before, after) if is_clause(doc[piece[0]:piece[1]])]


def is_clause(span: Span) -> bool:
    """Whether words say something (have a verb), unlike a lead-in ("In his speech,
    he said, ...")."""
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def characterisation(verb: Token) -> tuple[int, int] | None:
    """What a source called something: "condemned the move as a “provocation” that
    ...", "described the strike as a war crime" ("as" hangs on the verb or its
    object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for head in [verb] + objects:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                targets = [c for c in child.children if c.dep_ == "pobj"]
                if targets:
                    return content_range(targets[0])
    return None


def complements(verb: Token, reading: Reading) -> list[tuple[int, int]]:
    """Token ranges of what a speech verb reports, within its paragraph."""
    ranges = [content_range(child) for child in verb.children if child.dep_ == "ccomp"]
    if not ranges:
        as_phrase = characterisation(verb)
        ranges = around_clause(verb, reading) or ([as_phrase] if as_phrase else [])
    ranges = [reading.clip(*r, verb.i) for r in ranges]
    return [r for r in ranges if r[1] - r[0] >= MIN_INDIRECT_TOKENS]


def object_content(verb: Token) -> list[tuple[int, int]]:
    """What a speech verb reports in its objects rather than in a clause: whom it told
    to do what ("urged both sides to hold fire", "called on the rebels to disarm"), whom
    it charged with what ("accused the army of shelling the town"), what it called
    something ("called the plan a hoax"), or a noun phrase ("vowed a strong response",
    "called for a ceasefire", "promised to rebuild")."""
    doc = verb.doc
    key = cues.lemma(verb)
    after = [c for c in verb.children if c.i > verb.i]
    objects = [c for c in after if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"
               and not cues.is_audience_noun(c) and not cues.is_channel_noun(c)]
    preps = {c.lower_: c for c in after if c.dep_ == "prep"}
    clause = next((c for c in after if c.dep_ == "xcomp"), None)
    parts: list[Token] = []
    if key in cues.DIRECTIVE_VERBS and clause is not None:
        addressee = next((c for c in after if c.dep_ in ("dobj", "dative")), None)
        if addressee is None and key == "call" and "on" in preps:
            addressee = preps["on"]
        parts = [addressee, clause] if addressee is not None else []
        if addressee is not None and addressee.dep_ == "prep":
            parts = [*(c for c in addressee.children if c.dep_ == "pobj"), clause]
    elif key in cues.CHARGING_VERBS and objects and ("of" in preps or "for" in preps):
        parts = [objects[0], preps.get("of") or preps["for"]]
    elif key == "call" and objects and any(c.dep_ == "oprd" for c in after):
        parts = [objects[0], next(c for c in after if c.dep_ == "oprd")]
    elif key == "call" and "for" in preps:
        parts = [c for c in preps["for"].children if c.dep_ == "pobj"]
    elif key in cues.NOMINAL_CONTENT_VERBS and key != "call":
        if clause is not None and clause.i > verb.i and key in ("vow", "pledge", "promise", "threaten"):
            parts = [clause]
        elif objects:
            parts = [objects[0]]
    if not parts:
        return []
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    start, end = trim_tokens(doc, start, end)
    return [(start, end)] if end - start >= MIN_INDIRECT_TOKENS else []


def channel_of(verb: Token) -> str | None:
    """Where something was said: "in a statement", "on Facebook", "told CBS' Face the
    Nation"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in cues.CHANNEL_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (cues.is_channel_noun(objects[0])
                            or objects[0].ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART")):
                return span_text(objects[0].left_edge, objects[0].right_edge)
        if (child.dep_ in ("dobj", "dative") and cues.lemma(verb) == "tell"
                and child.ent_type_ in ("ORG", "WORK_OF_ART")):
            return span_text(child.left_edge, child.right_edge)
    return None


def cue_of(verb: Token) -> str:
    """The reporting words: auxiliaries, the verb and whom it was told to ("has
    claimed", "told reporters")."""
    words = [t for t in verb.children if t.dep_ in ("aux", "auxpass") and t.i < verb.i]
    words.append(verb)
    words += [t for t in verb.children if t.i > verb.i and (
        t.dep_ == "prt" or t.dep_ in ("dobj", "dative") and cues.is_audience_noun(t))]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def introduces_quote(verb: Token) -> bool:
    """Whether the verb ends its sentence with a colon: "He said:" and the quote
    follows, perhaps in the next paragraph."""
    last = verb.sent[-1]
    while last.is_space and last.i > verb.i:
        last = last.doc[last.i - 1]
    return last.text == ":" and last.i > verb.i


def verb_report(verb: Token, resolver: SpeakerResolver, reading: Reading) -> Report | None:
    """The report of one speech verb, or None when it has no speaker."""
    if is_blocked(verb):
        return None
    trailing = cues.trailing_attribution(verb)
    if trailing is not None:
        return trailing_report(verb, trailing, resolver, reading)
    subject = subject_of(verb, reading)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
        return None  # "it was reported that": no source
    contents, nominal = complements(verb, reading), False
    if not contents and not introduces_quote(verb):
        contents = [reading.clip(*r, verb.i) for r in object_content(verb)]
        nominal = bool(contents)
        if nominal and subject.lower_ in ("i", "we", "you"):
            return None  # a headline's or a quote's words, not a report
    speaker = resolver.resolve(mention_span(subject, reading))
    if speaker is None:
        return None
    return Report(verb, speaker, cue_of(verb), channel_of(verb), contents,
                  introduces_quote(verb), nominal=nominal)


def trailing_report(verb: Token, phrase: tuple[int, int], resolver: SpeakerResolver,
                    reading: Reading) -> Report | None:
    """The report of an attribution closing its sentence that the parser misread (see
    :func:`toll.extract.cues.trailing_attribution`): the phrase after the comma said
    what comes before it."""
    doc = reading.doc
    speaker = resolver.resolve(doc[phrase[0]:phrase[1]])
    if speaker is None or doc[phrase[0]].lower_ in EMPTY_SUBJECTS:
        return None
    start, _ = reading.sentence(verb)
    content = reading.clip(start, phrase[0] - 1, verb.i)
    contents = [content] if content[1] - content[0] >= MIN_INDIRECT_TOKENS else []
    return Report(verb, speaker, cue_of(verb), channel_of(verb), contents)


def according_report(according: Token, resolver: SpeakerResolver, reading: Reading
                     ) -> Report | None:
    """The report of "according to X": X said the rest of the sentence."""
    to = according.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"]
    if not objects:
        return None
    owner = channel_owner(objects[0])
    speaker = resolver.resolve(mention_span(owner or objects[0], reading))
    if speaker is None:
        return None
    start, end = reading.sentence(according)
    phrase_end = max(to.right_edge.i, objects[0].right_edge.i) + 1
    ranges = [trim_tokens(according.doc, start, according.i),
              trim_tokens(according.doc, phrase_end, end)]
    ranges = [r for r in ranges if r[1] - r[0] >= MIN_INDIRECT_TOKENS]
    channel = span_text(objects[0].left_edge, objects[0]) if owner is not None else None
    return Report(according, speaker, "according to", channel, ranges)


SPOKEN_OCCASIONS = frozenset({"speech", "remark", "remarks", "interview", "address", "testimony",
                              "briefing", "conference", "comment", "comments", "appearance"})
"""Occasions of speech whose speaker is the source ("according to a speech she gave"),
unlike documents, which news cites as sources in their own right ("according to an
email from ...")."""


def channel_owner(noun: Token) -> Token | None:
    """Who spoke on an occasion of speech named as a source: "according to a speech
    Jane Roe gave", "according to her remarks", "according to an interview with
    ..." is not one (the interviewer is not the source)."""
    if noun.pos_ != "NOUN" or cues.lemma(noun) not in SPOKEN_OCCASIONS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in ("relcl", "acl"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"
                            and c.lower_ not in EMPTY_SUBJECTS), None)
            if subject is not None:
                return subject
    return None


def noun_report(noun: Token, resolver: SpeakerResolver, reading: Reading) -> Report | None:
    """The report of a speech noun with its owner and a that-clause: "Trump's claim
    that ...", "the ministry's statement that ..."."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if owner is None or clause is None:
        return None
    speaker = resolver.resolve(owner.doc[owner.left_edge.i:owner.i + 1])
    content = reading.clip(*content_range(clause), noun.i)
    if speaker is None or content[1] - content[0] < MIN_INDIRECT_TOKENS:
        return None
    return Report(noun, speaker, noun.text, None, [content])


def label_report(start: int, end: int, resolver: SpeakerResolver, reading: Reading
                 ) -> Report | None:
    """A transcript line, "PENCE: Well, look, ...": a name in capitals and a colon open
    the paragraph (perhaps after a quotation mark); the rest is what the name said."""
    doc = reading.doc
    first = start
    while first < end and (doc[first].is_quote or doc[first].is_space):
        first += 1
    colon = next((i for i in range(first, min(first + 4, end)) if doc[i].text == ":"), None)
    if colon is None or colon == first:
        return None
    if not all(t.is_alpha and t.is_upper and len(t) > 1 for t in doc[first:colon]):
        return None
    label = doc[first:colon].text.title()
    if party_of(label) or country_of_place(label):
        return None  # "LAHORE: Three people were killed": a dateline, not a speaker's label
    speaker = resolver.resolve(doc[first:colon])
    content = trim_tokens(doc, colon + 1, end)
    if speaker is None or content[1] - content[0] < MIN_INDIRECT_TOKENS:
        return None
    return Report(doc[colon], speaker, ":", None, [content], verbatim=True)


def byline_report(quote_end: int, resolver: SpeakerResolver, reading: Reading) -> Report | None:
    """A quote signed with a dash, as in collected comments: "“...” ― Jane Doe"."""
    doc = reading.doc
    low, high = reading.paragraph_tokens[reading.paragraph[quote_end - 1]]
    rest = [t for t in doc[quote_end:high] if not (t.is_quote or t.is_space)]
    while rest and rest[-1].is_punct:
        rest.pop()
    dash = rest[0].text.lstrip("”\"") if rest else ""
    if dash not in DASHES or not 1 < len(rest) <= 5:
        return None
    if not all(t.pos_ == "PROPN" or t.is_title for t in rest[1:]):
        return None
    speaker = resolver.resolve(doc[rest[1].i:rest[-1].i + 1])
    return Report(rest[0], speaker, dash, None) if speaker else None


INVERTED_CUES = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked", "asks"})
"""Verbs that open a sentence in inverted attribution: "Said Jane Roe: “...”"."""


def inverted_report(verb: Token, resolver: SpeakerResolver, reading: Reading) -> Report | None:
    """An attribution with the verb first, "Said Jane Roe: “...”" or "Added the
    senator, “...”": the name up to the colon or comma said the quote that follows."""
    doc = reading.doc
    start, end = reading.paragraph_tokens[reading.paragraph[verb.i]]
    if verb.i > start and not (doc[verb.i - 1].is_space or doc[verb.i - 1].text in (".", "!", "?")):
        return None  # the verb opens its sentence (the splitter may cut right after it)
    stop = next((i for i in range(verb.i + 1, min(verb.i + 8, end)) if doc[i].text in (":", ",")), None)
    if stop is None or stop == verb.i + 1 or not any(doc[i].is_quote for i in range(stop + 1, min(stop + 3, end))):
        return None
    phrase = doc[verb.i + 1:stop]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in phrase) or any(t.pos_ == "VERB" for t in phrase):
        return None
    speaker = resolver.resolve(phrase)
    if speaker is None:
        return None
    # anchored at the colon or comma, which the splitter keeps with the quote
    return Report(doc[stop], speaker, verb.text, None, [], introduces=doc[stop].text == ":")


def find_reports(resolver: SpeakerResolver, reading: Reading) -> list[Report]:
    """The reports of the article in text order; words inside quotes are the
    speaker's own, not reports (except a transcript's label)."""
    reports = [r for r in (label_report(start, end, resolver, reading)
                           for start, end in reading.paragraph_tokens if end > start) if r]
    for token in reading.doc:
        if reading.quoted[token.i]:
            continue
        report = None
        if token.lower_ in INVERTED_CUES and token.is_title:
            report = inverted_report(token, resolver, reading)
        if report is not None:
            pass
        elif cues.is_according_to(token):
            report = according_report(token, resolver, reading)
        elif cues.is_speech_verb(token):
            report = verb_report(token, resolver, reading)
        elif cues.is_speech_noun(token):
            report = noun_report(token, resolver, reading)
        if report is not None:
            reports.append(report)
    return [r for r in reports if not (r.nominal and reported_within(r, reports))]


def reported_within(report: Report, reports: list[Report]) -> bool:
    """Whether a report's verb lies in what another report says: "Carter said critics
    had been predicting a withdrawal" is Carter's statement, not the critics'."""
    at = report.anchor.i
    return any(other is not report and any(start <= at < end for start, end in other.contents)
               for other in reports)


# ---------------------------------------------------------------- quotes meet reports

def token_range(doc: Doc, quote: Quote) -> tuple[int, int]:
    """Token range of a quote's words."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def attribution_window(reading: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """Token range in which a quote's attribution may sit: its sentences in its
    paragraph, plus a short sentence right after it when the splitter cut "” the
    official said." off."""
    doc = reading.doc
    first, last = doc[span[0]], doc[max(span[1] - 1, span[0])]
    end = last.sent.end
    if end < len(doc) and len(doc[end].sent) <= FOLLOWING_ATTRIBUTION_TOKENS:
        end = doc[end].sent.end
    return reading.clip(first.sent.start, end, first.i)


def nearest(reports: list[Report], span: tuple[int, int]) -> Report | None:
    """The report closest to a quote, one after it winning a tie."""
    def distance(report: Report) -> tuple[int, bool]:
        i = report.anchor.i
        return (i - span[1] if i >= span[1] else span[0] - i), i < span[0]
    return min(reports, key=distance, default=None)


def claim_quotes(reading: Reading, quotes: list[Quote], reports: list[Report],
                 resolver: SpeakerResolver) -> dict[int, Report]:
    """The report each quote belongs to (by the quote's index): the one whose
    complement covers it, else the nearest in its sentence (after it first, as news
    writes "..., X said"), else one ending the paragraph before with a colon, else a
    dash and a name signing it."""
    claims: dict[int, Report] = {}
    doc = reading.doc
    text = doc.text  # once: Doc.text joins every token, so reading it per quote was quadratic
    by_paragraph = ReportsByParagraph(reports, reading)
    for index, quote in enumerate(quotes):
        span = token_range(doc, quote)
        if span[1] <= span[0]:
            continue
        covering = [r for r in by_paragraph.reports_near(span) if any(overlaps(span, c) for c in r.contents)]
        if covering:
            claims[index] = covering[0]
            continue
        if len(text[quote.start:quote.end].split()) < MIN_UNATTRIBUTED_WORDS:
            continue
        window = attribution_window(reading, span)
        nearby = [r for r in reports if window[0] <= r.anchor.i < window[1]]
        chosen = (dash_report(span, resolver, reading) or nearest(nearby, span)
                  or introducer(reports, span, doc)
                  or byline_report(span[1], resolver, reading))
        if chosen is not None:
            claims[index] = chosen
    return claims


def dash_report(span: tuple[int, int], resolver: SpeakerResolver, reading: Reading) -> Report | None:
    """A quote set off by dashes right after a person's name: "..., among them the
    former governor Jane Roe -- “It is a disgrace” -- and ..."."""
    doc, i = reading.doc, span[0] - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text not in DASHES or doc[i].text == "-":
        return None
    person = resolver.person_at(doc[i - 1])
    if person is None or reading.quoted[i - 1]:
        return None
    return Report(doc[i], person, doc[i].text, None)


def introducer(reports: list[Report], span: tuple[int, int], doc: Doc) -> Report | None:
    """A report "X said:" right before the quote, across a paragraph break."""
    before = [r for r in reports if r.introduces and r.anchor.i < span[0]]
    if not before:
        return None
    last = before[-1]
    between = doc[last.anchor.sent.end:span[0]]
    return last if all(t.is_space or t.is_punct for t in between) else None


def share_along_chains(quotes: list[Quote], claims: dict[int, Report]) -> None:
    """Quotes running over several paragraphs have one speaker: the one attributed
    anywhere in the run, first paragraph or last."""
    chain: list[int] = []
    for index in range(len(quotes) + 1):
        if index < len(quotes) and quotes[index].continues and chain:
            chain.append(index)
            continue
        owner = next((claims[i] for i in chain if i in claims), None)
        if owner is not None:
            for member in chain:
                claims.setdefault(member, owner)
        chain = [index]


# ---------------------------------------------------------------- statements

class QuoteIndex:
    """The article's quotes, in text order and not nested, searchable by characters."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.ends = [q.end for q in quotes]

    def near(self, start: int, end: int) -> list[tuple[int, Quote]]:
        """(index, quote) of the quotes overlapping characters ``start``..``end``."""
        k = bisect_right(self.ends, start)  # the first quote ending after ``start``
        found = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            found.append((k, self.quotes[k]))
            k += 1
        return found


def report_drafts(doc: Doc, report: Report, quotes: QuoteIndex, paragraph_of
                  ) -> tuple[list[Draft], set[int]]:
    """A report's indirect and mixed statements, and the indices of the quotes a mixed
    one took in (so that they are not stated twice)."""
    drafts, absorbed = [], set()
    for first, last in report.contents:
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        near = quotes.near(start - 2, end + 2)
        if report.verbatim:  # the label's quote is the line itself, label included
            absorbed |= {i for i, q in near if q.start < end and start < q.end}
        elif any(q.start <= start + 1 and end - 1 <= q.end for _, q in near):
            continue  # the complement is a quote: the quote is the statement
        inside = {i for i, q in near if start - 2 <= q.start and q.end <= end + 2}
        absorbed |= inside
        kind = "direct" if report.verbatim else "mixed" if inside else "indirect"
        drafts.append(Draft(start, end, paragraph_of(start), report.speaker, kind,
                            report.cue, report.channel))
    return drafts, absorbed


def quote_draft(quote: Quote, report: Report | None) -> Draft:
    """The direct statement of a quote (speaker still open when no report claims it)."""
    return Draft(quote.start, quote.end, quote.paragraph,
                 report.speaker if report else None, "direct",
                 report.cue if report else "", report.channel if report else None)


def fill_unattributed(drafts: list[Draft], text: str) -> list[Draft]:
    """Quotes that no report claims speak for the speaker of the statement before them,
    when that is at most a couple of paragraphs back; short ones are scare quotes."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.speaker is None:
            if len(text[draft.start:draft.end].split()) < MIN_UNATTRIBUTED_WORDS:
                continue
            before = kept[-1] if kept else None
            if before is None or draft.paragraph - before.paragraph > CONTEXT_PARAGRAPHS:
                continue
            draft.speaker, draft.cue, draft.channel = before.speaker, before.cue, before.channel
        kept.append(draft)
    return kept


def split_paragraphs(draft: Draft, text: str, bounds: list[tuple[int, int]]) -> list[Draft]:
    """A statement per paragraph: content crossing a line break is cut at it."""
    if "\n" not in text[draft.start:draft.end]:
        return [draft]
    parts = []
    for index, (start, end) in enumerate(bounds):
        piece = trimmed(text, Quote(max(start, draft.start), min(end, draft.end), index, True))
        if piece.end > piece.start:
            parts.append(Draft(piece.start, piece.end, index, draft.speaker, draft.kind,
                               draft.cue, draft.channel))
    return parts


def extract_statements(doc: Doc, resolver: SpeakerResolver) -> list[Statement]:
    """Every statement of the article in text order, ids "s1", "s2", ..."""
    text = doc.text
    if not text.strip():
        return []
    paragraphs = Paragraphs(text)

    quotes = cues.article_quotes(doc)
    reading = Reading.of(doc, quotes)
    reports = find_reports(resolver, reading)
    claims = claim_quotes(reading, quotes, reports, resolver)
    share_along_chains(quotes, claims)
    drafts, absorbed = [], set()
    quote_index = QuoteIndex(quotes)
    for report in reports:
        found, taken = report_drafts(doc, report, quote_index, paragraphs.of)
        drafts += found
        absorbed |= taken
    drafts += [quote_draft(q, claims.get(i)) for i, q in enumerate(quotes) if i not in absorbed]
    drafts.sort(key=lambda d: (d.start, d.end))
    drafts = fill_unattributed(drafts, text)
    final = [part for draft in drafts for part in split_paragraphs(draft, text, paragraphs.bounds)]
    return [Statement(id=f"s{n}", speaker=d.speaker, kind=d.kind,
                      content=TextSpan(d.start, d.end, text[d.start:d.end]), cue=d.cue,
                      channel=d.channel)
            for n, d in enumerate(final, start=1)]
