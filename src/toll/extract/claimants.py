"""Who claims a figure: a statement's speaker, a counting verb's subject, or the
source the text goes on reporting."""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from toll.extract.cues import SPEECH_VERBS
from toll.extract.mentions import Mention
from toll.extract.speakers import SpeakerResolver
from toll.extract.victims import lemma
from toll.model import Source, Statement


COUNTING_VERBS = {"put", "estimate", "count", "record", "register", "document", "verify", "tally", "list", "interview",
                  "number", "report", "announce", "confirm", "give", "publish", "identify", "log"}
"""Verbs whose subject (or "by" agent) states the figure: "officials put the toll at 21",
"ACLED has recorded more than 16,000 deaths", "a figure announced by the General Staff"."""


VICTIM_WORDS = {"civilian", "people", "person", "child", "resident", "villager", "passenger", "victim", "soldier",
                "troop", "serviceman", "body"}
"""Nouns a misparse can make the subject of a counting verb ("Civilians killed … verified")
that never state a figure themselves."""


def _can_speak(subject: Token) -> bool:
    """A subject that can be a source: a name, an institution, a pronoun, an official."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("that", "which", "what")
    return subject.pos_ in ("NOUN", "PROPN") and lemma(subject) not in VICTIM_WORDS


CLAIM_VERBS = {"say", "claim", "report", "announce", "admit", "acknowledge", "confirm", "deny", "allege",
               "state", "insist", "estimate", "find", "reveal", "describe", "recount", "tell", "show"}
"""Verbs that assert a figure stated as their object or complement, as headlines do
("Niger says 17 soldiers killed") where no statement is written out."""


WITNESS_VERBS = {"see", "witness", "watch", "hear"}
"""Verbs of perception: "a witness saw the men beating him" — the one who saw claims it."""


ACCUSING_VERBS = {"accuse", "blame", "condemn", "denounce", "decry", "protest", "investigate"}
"""Verbs whose subject charges someone with the casualties: "rights groups accused the
authorities of abductions and killings" — the accuser claims them."""


VERIFYING_WORDS = {"verified", "confirmed", "documented", "recorded"}


FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "mine", "myself"}


def _first_person(sent: Span) -> bool:
    """A sentence told in the first person: an account, not the article's voice."""
    return any(t.lower_ in FIRST_PERSON for t in sent)


class Claimants:
    """Finds the claimant of a figure, in this order:

    1. the speaker of the statement that contains it;
    2. the subject of a counting verb over it, or the agent of one in its sentence
       ("officials put the toll at 21", "a figure announced by the General Staff");
    3. when the sentence before gave figures from a source and this sentence quotes
       nobody else, that source (the text goes on reporting it);
    4. nobody: the article's own voice.
    """

    def __init__(self, statements: list[Statement], resolver: SpeakerResolver):
        self.statements = sorted(statements, key=lambda s: s.content.start)
        self.starts = [s.content.start for s in self.statements]
        self.longest = max((s.content.end - s.content.start for s in self.statements), default=0)
        self.resolver = resolver
        self.previous: tuple[Source, str | None] | None = None  # figures' source, sentence before
        self.current: tuple[Source, str | None] | None = None
        self.quoting_others = False
        self.introduced: tuple[Source, str] | None = None  # who a closing "X said:" introduces
        self.block: tuple[Source, str] | None = None  # whose first-person account this paragraph is

    def statement_at(self, char: int) -> Statement | None:
        """The narrowest statement whose content contains ``char`` (only statements
        starting within the longest one's length before it can: a bounded look-up)."""
        low = bisect.bisect_left(self.starts, char - self.longest)
        high = bisect.bisect_right(self.starts, char)
        inside = [s for s in self.statements[low:high] if char < s.content.end]
        return min(inside, key=lambda s: s.content.end - s.content.start, default=None)

    def next_sentence(self, sent: Span, new_paragraph: bool = False) -> None:
        """Move on to ``sent``. A source runs on into the next sentence of the same
        paragraph only (annotation guide): a new paragraph starts in the article's voice."""
        self.previous, self.current = (None if new_paragraph else self.current), None
        first = bisect.bisect_left(self.starts, sent.start_char)
        self.quoting_others = first < len(self.starts) and self.starts[first] < sent.end_char
        if new_paragraph:
            self.block = (self.introduced or self.block) if _first_person(sent) else None
            self.introduced = None
        if sent.text.rstrip().endswith(":"):
            self.introduced = self._introducer(sent)

    def _introducer(self, sent: Span) -> tuple[Source, str] | None:
        """"A 30-year-old woman said:" closing a paragraph: the speaker of the account
        set out in the paragraphs after it (block quotes without quotation marks)."""
        verb = next((t for t in sent if t.lemma_ in CLAIM_VERBS | {"explain", "recall", "add"}
                     and t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or not _can_speak(subject):
            return None
        return self._source(subject, verb.text)

    def for_figure(self, m: Mention) -> tuple[Source | None, str | None, Statement | None]:
        """(claimant, cue, statement) for the figure of ``m``."""
        statement = self.statement_at(m.trigger.idx)
        if statement is not None:
            self.current = (statement.speaker, statement.cue)
            return statement.speaker, statement.cue, statement
        counted = self.counted_by(m) or self.verified_by(m)
        if counted is not None:
            self.current = counted
            return counted[0], counted[1], None
        if self.previous is not None and not self.quoting_others:
            self.current = self.previous
            return self.previous[0], self.previous[1], None
        if self.block is not None and not self.quoting_others:
            return self.block[0], self.block[1], None  # a first-person account after "X said:"
        return None, None, None

    def counted_by(self, m: Mention) -> tuple[Source, str] | None:
        """The source named as subject of a counting or speech verb governing the figure
        ("officials put the toll at 21"; a headline's "Niger says 17 soldiers killed"),
        or as agent of one in its sentence ("announced by the General Staff")."""
        figure = m.trigger.doc[m.figure_at] if m.figure_at is not None else m.trigger
        victims = {t.i for t in m.victim_words}
        child = figure
        for token in figure.ancestors:
            misattached = child.dep_ == "conj" and any(c.dep_ == "auxpass" for c in child.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            claims = token.lemma_ in CLAIM_VERBS and (child.dep_ in ("ccomp", "dobj", "xcomp") or misattached) or \
                token.lemma_ in ACCUSING_VERBS and child.dep_ in ("prep", "dobj") or \
                token.lemma_ in WITNESS_VERBS and child.dep_ in ("ccomp", "dobj", "xcomp")
            if token.pos_ in ("VERB", "AUX") and (token.lemma_ in COUNTING_VERBS or claims):
                if token.lemma_ in ACCUSING_VERBS and child.dep_ == "dobj":
                    break  # "condemned the killings": the subject decries, it does not count
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i not in victims and _can_speak(subject):
                    return self._source(subject, token.text)
                break
            shared_complement = child.dep_ == "conj" and token.dep_ == "ccomp" and token.head.lemma_ in CLAIM_VERBS
            if child.dep_ in ("relcl", "advcl") or child.dep_ in ("conj", "appos") and child.pos_ in ("VERB", "AUX") \
                    and not shared_complement:
                break  # the figure sits in a clause of its own (a list of nouns, or "said they were
                #        held and beaten", where both clauses are said, does not)
            if child.dep_ == "acl" and token.head.lemma_ not in WITNESS_VERBS:
                break  # "saw [the men beating him]" is the seeing; other clauses on a noun are not
            child = token
        for token in m.trigger.sent:
            if token.dep_ == "agent" and token.head.lemma_ in COUNTING_VERBS | SPEECH_VERBS:
                agent = next((c for c in token.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return self._source(agent, f"{token.head.text} by")
        return None

    def verified_by(self, m: Mention) -> tuple[Source, str] | None:
        """A figure labelled with who checked it: "UN-verified civilian deaths",
        "Civilians killed (UN-verified): more than 10,000"."""
        for token in m.trigger.sent:
            if token.lower_ in VERIFYING_WORDS and token.i >= 2 and token.doc[token.i - 1].text == "-" \
                    and (token.doc[token.i - 2].pos_ in ("PROPN", "NOUN") or token.doc[token.i - 2].text[:1].isupper()):
                return self._source(token.doc[token.i - 2], f"{token.doc[token.i - 2].text}-{token.text}")
        return None

    def _source(self, head: Token, cue: str) -> tuple[Source, str] | None:
        phrase = head.doc[head.left_edge.i: head.right_edge.i + 1]
        source = self.resolver.resolve(phrase)
        return (source, cue) if source is not None else None
