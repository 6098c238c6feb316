"""Casualty claims: every figure of people killed, injured, missing or captured.

The pipeline, per sentence, each step in its own module:

1. **Mentions** (:mod:`.mentions`): triggers in any form (:mod:`.triggers`: "killed",
   "dead", "deaths", "the death toll"), the victims' phrase found through the parse,
   its figure (:mod:`.figures`), and the mention's shape: coordinated outcomes sharing
   a figure, one mention per side, subsets ``part_of`` their parent.
2. **Who says so** (:mod:`.claimants`): the statement containing the figure, a counting
   verb's subject, or the source the text goes on reporting; else the article's voice.
3. **Whose and where** (:mod:`.sides`): the victims' side, role and group, and the
   place of the event.
4. **When and how sure** (here): the day the figure was given, the period it covers,
   and the stance (asserted, acknowledged, denied).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from toll.extract.claimants import Claimants
from toll.extract.cues import DENIAL_VERBS, Paragraphs
from toll.extract.mentions import Mention, find_mentions
from toll.extract.sides import ArticleSides, place_of_event, victims_of
from toll.extract.speakers import SpeakerResolver
from toll.extract.triggers import is_denied
from toll.extract.when import is_period, resolve_day
from toll.nlp import entities_in
from toll.model import Article, CasualtyClaim, Period, Source, Span as TextSpan, Statement


def _period(trigger: Token) -> str | None:
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for prep in list(trigger.children) + list(clause.children):
        if prep.dep_ == "prep":
            text = prep.doc[prep.left_edge.i: prep.right_edge.i + 1].text
            if is_period(text):
                return text
    return None


def _reported_on(statement: Statement | None, doc: Doc, published: str | None) -> str | None:
    if statement is None:
        return None
    sent = doc.char_span(statement.content.start, statement.content.end, alignment_mode="expand")
    if sent is None:
        return None
    sentence = sent.sent
    for ent in entities_in(sentence):
        if ent.label_ == "DATE" and not (statement.content.start <= ent.start_char < statement.content.end):
            day = resolve_day(ent.text, published)
            if day:
                return day
    return None


def build_claim(m: Mention, sent: Span, claimant: Source | None, cue: str | None,
                statement: Statement | None, sides: ArticleSides, article: Article,
                previous: CasualtyClaim | None) -> CasualtyClaim:
    victims = victims_of(m, sent, claimant, sides, previous)
    claimant_side = sides.of_source(claimant)
    cue_word = (cue or "").split()[0].lower() if cue else ""
    if is_denied(m.trigger) or any(cue_word.startswith(d[:-1]) for d in DENIAL_VERBS):
        stance = "denied"
    elif claimant_side and victims.affiliation == claimant_side and victims.role == "military":
        stance = "acknowledged"
    else:
        stance = "asserted"
    return CasualtyClaim(
        id="", outcome=m.outcome, count=m.count, victims=victims,
        sentence=TextSpan(sent.start_char, sent.end_char, sent.text),
        claimant=claimant, stance=stance,
        reported_on=_reported_on(statement, sent.doc, article.published),
        period=Period(text=_period(m.trigger)), location=place_of_event(m, sent, previous, sides))


def extract_casualties(doc: Doc, article: Article, resolver: SpeakerResolver,
                       statements: list[Statement]) -> list[CasualtyClaim]:
    """Every casualty claim in the article, in text order, ids c1, c2, …"""
    claimants = Claimants(statements, resolver)
    sides = ArticleSides(doc)
    claims: list[CasualtyClaim] = []
    previous: CasualtyClaim | None = None
    previous_paragraph = -1
    paragraphs = Paragraphs(doc.text)
    last_paragraph = 0
    for sent in doc.sents:
        paragraph = paragraphs.of(sent.start_char)
        claimants.next_sentence(sent, new_paragraph=paragraph != last_paragraph)
        last_paragraph = paragraph
        mentions = find_mentions(sent, sides.ranking[:2])
        ids: dict[int, str] = {}
        for m in mentions:
            claimant, cue, statement = claimants.for_figure(m)
            claim = build_claim(m, sent, claimant, cue, statement, sides, article,
                                previous if previous_paragraph == paragraph else None)
            if claim.victims.text and m.parent is None:  # a subset's victims are not the next figure's
                previous, previous_paragraph = claim, paragraph
            claim.id = f"c{len(claims) + 1}"
            ids[id(m)] = claim.id
            if m.parent is not None:
                claim.part_of = ids.get(id(m.parent))
            claims.append(claim)
    return claims
