"""Whose casualties and where: sides of victims and places of events.

Victims belong to a side named in their phrase ("Russian soldiers"), to the speaker's
side ("our comrades"), to the side that lost them ("Ukraine had lost …"), or, failing
that, to the side their claimant speaks for or where the article's events happen.
:class:`ArticleSides` holds what the whole article says about sides and places.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from toll.extract import lexicon as lx
from toll.extract.cues import is_speech_verb
from toll.extract.mentions import Mention, phrase_text
from toll.extract.victims import group_of, lemma, names_own_side, non_state_label, role_of, sides_named
from toll.dateline import read_dateline
from toll.nlp import entities_in
from toll.model import CasualtyClaim, Source, Victims
from toll.places import country_of_place, parties_in, party_of


LOCATIVE_PREPS = {"in", "near", "at", "across", "outside", "around", "inside", "on"}


def dateline_side(doc: Doc) -> str | None:
    """The country of a wire dateline ("MOSCOW, Sept 21 (Reuters) -"): where the
    correspondent filed from, and so usually where the events are."""
    dateline = read_dateline(doc.text)
    return dateline.country if dateline is not None and dateline.wire else None


CONFLICT_WORDS = {"war", "attack", "attacks", "strike", "strikes", "shelling", "fighting", "clashes", "ambush",
                  "airstrike", "airstrikes", "bombing", "offensive", "invasion", "militants", "rebels", "army",
                  "military", "insurgency", "gunmen", "massacre", "raid", "conflict", "missile", "drone", "shot"}
"""Words that show armed violence; an article without any reports a disaster or an
accident, whose victims are civilians."""


OFFICE_WORDS = ("minister", "ministry", "spokes", "governor", "president", "official", "commander", "general",
                "mayor", "head", "army", "military", "forces", "police", "government", "embassy", "ambassador")
"""Words of a role that make its holder speak for a side."""


WAR_DENSITY = 12
"""Mentions of armed forces per 1,000 words from which an article reports a war: there,
"people" killed in a sentence about fighting may be fighters or civilians (role
unknown); elsewhere victims not said to be armed are civilians (the annotation guide)."""


BORDERS = {"border", "frontier", "boundary"}

DATELINE_WEIGHT = 4.0
"""A dateline counts as four places named in the text: it is where the report was
filed, usually but not always where the events are (an NGO's regional office)."""


WATERS = re.compile(r"\b(?:gulf|bay|sea|strait|straits|coast|horn|bight)\s+of\s+(?:the\s+)?(?=\S*$)", re.I)
"""Waters and coasts named after a country ("the Gulf of Guinea", "the Horn of Africa"):
no country's territory."""


def _names_no_territory(ent: Span) -> bool:
    """"the Burkina Faso border", "the border with Burkina Faso", "the Gulf of Guinea"."""
    words = ent.text.split()
    before = ent.doc[max(0, ent.start - 4):ent.start].text_with_ws  # the words just before, not the whole text
    if WATERS.search(before + (words[-1] if words else "")) \
            or WATERS.search(ent.text):
        return True
    root = ent.root
    head = root.head.head if root.dep_ == "pobj" else root.head
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return head.lemma_ in BORDERS or (after is not None and after.lemma_ in BORDERS)


class ArticleSides:
    """Where the article's events happen: the side of victims nothing else places.

    Places in locative phrases ("in Kharkiv") and datelines weigh most; a country
    named as an actor ("a Russian missile") weighs least, since the attacker's
    country is rarely where the dead are.
    """

    def __init__(self, doc: Doc):
        self.dateline = dateline_side(doc)
        soldiers = sum(1 for t in doc if (t.pos_ == "NOUN" or t.tag_ == "NNPS") and lemma(t) in lx.MILITARY_NOUNS)
        self.armed_conflict = soldiers >= 3 or any(t.lower_ in CONFLICT_WORDS for t in doc)
        self.war = soldiers >= 5 and soldiers * 1000 >= WAR_DENSITY * len(doc)
        weights: dict[str, float] = {}
        places: dict[str, int] = {}
        self.context = [p for e in doc.ents if e.label_ in ("GPE", "NORP") for p in [party_of(e.text)] if p]
        """The countries the article names, which decide ambiguous place names."""
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
                places[ent.text] = places.get(ent.text, 0) + 1
            if ent.label_ not in ("GPE", "NORP", "LOC", "FAC"):
                continue
            party = party_of(ent.text) or next(iter(parties_in(ent.text)), None)
            if not party and ent.label_ in ("GPE", "LOC"):
                party = country_of_place(ent.text, self.context)  # "in Cibitoke", "Dayton, Ohio"
            if not party:
                continue
            weight = 0.5 if ent.label_ == "NORP" or ent.root.dep_ in ("compound", "amod") else 1.0
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
                weight = 2.0
            if ent.start_char < 300:
                weight *= 2
            if _names_no_territory(ent):
                continue  # "near the border with Burkina Faso", "the Gulf of Guinea": not the place
            weights[party] = weights.get(party, 0.0) + weight
        if self.dateline:
            weights[self.dateline] = weights.get(self.dateline, 0.0) + DATELINE_WEIGHT
        self.main_place = max(places, key=places.get) if places else None
        self.ranking = sorted(weights, key=weights.get, reverse=True)
        self.main = self.ranking[0] if self.ranking else None

    def other_than(self, side: str | None) -> str | None:
        """The article's leading side that is not ``side``: the enemy in a two-sided story."""
        return next((s for s in self.ranking if s != side), None)

    def of_source(self, source: Source | None) -> str | None:
        """The side a claimant speaks for: its stated affiliation, a party in its name or
        role, else, for an official, the country the article is about."""
        if source is None:
            return None
        official = source.kind in ("government", "military") or any(
            w in (source.role or "").lower() for w in OFFICE_WORDS)
        # A role names a side only for an official: "an analyst at an institute in
        # Vilnius" speaks for no one there; "Russia's defence minister" does.
        for text in (source.affiliation, source.name, source.role if official else None):
            found = parties_in(text or "")
            if found:
                return found[0]
        return self.dateline if official else None


def attached_place(trigger: Token, sent: Span) -> str | None:
    """Where it happened: a place named in a phrase attached to the trigger's clause."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for prep in list(clause.children) + list(trigger.children):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "at", "on", "around", "outside", "across"):
            for t in prep.subtree:
                if t.ent_type_ in ("GPE", "LOC", "FAC") and t.ent_iob_ == "B":
                    ent = next(e for e in entities_in(sent) if e.start == t.i)
                    if not _names_no_territory(ent):
                        return ent.text
    return None


def _place_in_sentence(sent: Span) -> str | None:
    """The first place the sentence names in a locative phrase ("in Kharkiv")."""
    for ent in entities_in(sent):
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS \
                and not is_speech_verb(ent.root.head.head) and not _names_no_territory(ent):  # not where it was said
            return ent.text
    return None


def place_of_event(m: Mention, sent: Span, previous: CasualtyClaim | None, sides: ArticleSides) -> str | None:
    """Where the casualties occurred: a place tied to the trigger, else named in the
    sentence, else where the claim before in the paragraph occurred, else the place
    the article mostly reports from."""
    return (attached_place(m.trigger, sent) or _place_in_sentence(sent)
            or (previous.location if previous is not None else None))


def _sentence_country(sent: Span, sides: ArticleSides) -> str | None:
    """The country of the first place the sentence names in a locative phrase."""
    name = _place_in_sentence(sent)
    return (party_of(name) or country_of_place(name, sides.context)) if name else None


def _loser(trigger: Token) -> str | None:
    """"Ukraine had lost 61,207 troops killed": the side whose losses these are."""
    token = trigger
    for _ in range(4):
        if token.lemma_ in ("lose", "suffer", "sustain", "incur"):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return next(iter(parties_in(" ".join(t.text for t in subject.subtree))), None)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _owner_side(words: list[Token]) -> str | None:
    """"Russia says 5,937 of its soldiers": the side named before the possessive."""
    possessive = next((t for t in words if t.dep_ == "poss"), None)
    if possessive is None:
        return None
    before = [t.text for t in possessive.sent if t.i < possessive.i]
    found = parties_in(" ".join(before))
    return found[-1] if found else None


def _role_in_context(trigger: Token, previous: Victims | None) -> str:
    """"nearly 950,000 casualties": whose, from the sentence ("Russia's army") or the
    claim before."""
    if lemma(trigger) in ("casualty", "loss", "fatality"):
        return "military"  # words of war reporting for armed forces; civilians are named as such
    if lemma(trigger) in lx.EVENT_NOUNS:
        return "unknown"  # "beatings by police": the sentence's armed nouns are the perpetrators
    role = role_of([t for t in trigger.sent if t.pos_ in ("NOUN", "PROPN", "ADJ")])
    if role == "unknown" and previous is not None:
        return previous.role
    return role


def _armed_context(sent: Span) -> bool:
    """A sentence that names armed forces or fighting: its unnamed dead may be either."""
    return any(t.pos_ == "NOUN" and lemma(t) in lx.MILITARY_NOUNS or t.lower_ in CONFLICT_WORDS for t in sent)


def victims_of(m: Mention, sent: Span, claimant: Source | None, sides: ArticleSides,
               previous: CasualtyClaim | None) -> Victims:
    """Victims with their side: named in the phrase, the speaker's own ("our comrades"),
    the side that lost them, where it happened, or as the claim before in the paragraph."""
    words = m.victim_words
    if not words and previous is not None and not m.side:
        before = previous.victims
        return Victims(before.text, before.affiliation, before.role, group_of(words))
    role = role_of(words)
    if role == "unknown" and any(t.lower_ in ("military", "army") and t.dep_ in ("amod", "compound") for t in words):
        role = "military"  # "military dead", "army casualties"
    if role == "unknown" and all(lemma(t) in lx.NOUNS or t.pos_ != "NOUN" for t in words):
        role = _role_in_context(m.trigger, previous.victims if previous is not None else None)
    claimant_side = sides.of_source(claimant)
    named = sides_named(words)
    location = attached_place(m.trigger, sent)
    place = (party_of(location) or country_of_place(location, sides.context)) if location else None
    if m.side:
        affiliation = m.side
    elif named:
        affiliation = named[0]
    elif names_own_side(words) and (claimant_side or _owner_side(words)):
        affiliation = claimant_side or _owner_side(words)
    elif _loser(m.trigger):
        affiliation = _loser(m.trigger)
    elif non_state_label(words):
        affiliation = non_state_label(words)
    elif any(lemma(t) in lx.ATTACKER_NOUNS for t in words):
        affiliation = None  # "100 assailants were neutralised": attackers nobody has named
    elif m.trigger.head.lemma_ == "inflict" and claimant_side:
        affiliation = sides.other_than(claimant_side)  # "inflicted heavy losses on the army"
    elif m.outcome == lx.CAPTURED:
        affiliation = claimant_side or sides.other_than(place)  # held somewhere, by someone else
    elif role == "military":
        affiliation = claimant_side or place or sides.main
    else:
        affiliation = place or _sentence_country(sent, sides) or claimant_side or sides.main
    if role == "unknown" and affiliation and party_of(affiliation) is None and affiliation.endswith("s"):
        role = "military"
    if role == "unknown" and not (sides.war and _armed_context(sent)):
        role = "civilian"  # people, victims, a name, "he": outside a war, anyone not said to be armed
    return Victims(text=phrase_text(words), affiliation=affiliation, role=role, group=group_of(words))
