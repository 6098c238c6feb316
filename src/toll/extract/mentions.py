"""Casualty mentions in one sentence: trigger, victims, figure, and their shape.

:func:`find_mentions` reads a sentence top to bottom: every trigger gives the victims'
noun phrase (found through the parse) and its figure; coordinated outcomes sharing a
figure become one ``casualties`` mention ("killed or wounded"); victims on several
sides become one mention per side; subsets ("including 14 children") become mentions
whose parent is the whole; and mentions that only restate another are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from toll.extract import lexicon as lx
from toll.extract.counts import parse_figure, vague_count
from toll.extract.figures import (FRONTED_HEDGES, TALLY_HEADS, figure_after_colon, figure_before_dash, figure_near,
                                  figure_of, figure_tokens, has_figure, is_proportion, tally_container,
                                  tally_figures, through_vague_head)
from toll.extract.triggers import is_denied, is_negated, outcome_of, perpetrators_victim
from toll.extract.victims import SINGLE_PRONOUNS, is_person, lemma, role_of, sides_named
from toll.model import Count
from toll.places import parties_in


SUBSET_PREPS = {"including", "include", "among"}


NOT_VICTIM_NOUNS = {"missile", "rocket", "drone", "shell", "bomb", "round", "strike", "attack", "kilometre",
                    "kilometer", "mile", "meter", "metre", "year", "month", "day", "hour", "week", "minute",
                    "percent", "dollar", "euro", "vehicle", "tank", "aircraft", "plane", "helicopter",
                    "building", "house", "home", "village", "town", "city", "time", "case", "incident",
                    "hospital", "school", "weapon", "gun", "truck"}


@dataclass
class Mention:
    """One casualty figure found in a sentence, before it becomes a claim."""
    outcome: str
    trigger: Token
    count: Count
    victim_words: list[Token] = field(default_factory=list)
    figure_at: int | None = None  # index of the figure's first token: two "five"s are two figures
    parent: Mention | None = None
    side: str | None = None  # set when one noun phrase names victims on several sides


def victim_head(trigger: Token) -> Token | None:
    """The head of the noun phrase naming the victims of ``trigger``."""
    kids = list(trigger.children)

    def child(*deps):
        """The first child with one of ``deps``, passing over a relative "that" when
        the parse gave the verb a real one too."""
        found = [c for c in kids if c.dep_ in deps]
        real = [c for c in found if c.lower_ not in ("that", "which")]
        return (real or found or [None])[0]

    lem = trigger.lemma_.lower()
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.like_num:
        return trigger.head.head  # "six of the wounded"
    previous = trigger.doc[trigger.i - 1] if trigger.i > trigger.sent.start else None
    if previous is not None and previous.like_num and trigger.lower_ in {*lx.ADJECTIVES, "killed"} \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != previous.i and not c.like_num for c in kids):
        return previous  # "47 missing", "157 wounded": the figure right before the predicate
    if lemma(trigger) == "captivity":  # "thousands remain in captivity"
        verb = trigger.head.head
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if trigger.pos_ in ("NOUN", "PROPN") or (trigger.pos_ == "ADJ" and trigger.dep_ in ("pobj", "dobj", "nsubj")
                                             and not child("nummod")):
        return noun_trigger_victims(trigger)
    if trigger.dep_ in ("relcl", "acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        own = child("nsubjpass", "dobj") if lem in lx.TRANSITIVE_VERBS else child("nsubjpass", "nsubj")
        if own is None or own.lower_ in ("who", "that", "which"):
            return trigger.head
    if lem == "lose" and not any(lemma(c) in ("life", "live") for c in kids):
        return child("dobj")
    if lem == "lay":
        return child("nsubj")
    if trigger.lower_ == "out":  # "put 55,110 soldiers out of action", "are out of action"
        verb = trigger.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None) or \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    shared = shared_object(trigger)
    if shared is not None:
        return shared  # "killed, disappeared and tortured opponents": one object for the three verbs
    if lem in ("drown", "disappear") and child("dobj") is not None:
        return child("dobj")  # "drowned them", "disappeared activists": the transitive use
    if lem in lx.INTRANSITIVE_VERBS or lem in ("come", "lose") or trigger.lower_ in ("dead", "missing", "unaccounted", "out"):
        subject = child("nsubj", "nsubjpass")
        verb = trigger
        while subject is None and verb.dep_ in ("acomp", "oprd", "xcomp", "attr", "advcl", "conj", "ccomp",
                                                  "pcomp", "prep") and verb.head.i != verb.i:
            if verb.dep_ == "ccomp":  # the reporting clause's subject is the speaker, not the dead
                subject = misparsed_subject(verb)
                break
            verb = verb.head  # "were missing", "are listed as missing"
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            subject = child("nummod", "npadvmod", "appos") or hedged_subject(verb)
        return subject
    if trigger.dep_ == "ccomp" and not child("nsubjpass", "nsubj", "dobj"):
        subject = misparsed_subject(trigger)
        if subject is not None:
            return subject
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or (
        trigger.tag_ == "VBN" and not any(c.dep_ in ("aux",) for c in kids) and child("dobj") is None)
    if passive:
        subject = child("nsubjpass", "nsubj")
        if subject is not None:
            return subject
        raised = raised_subject(trigger)
        if raised is not None:
            return raised
    else:
        obj = child("dobj")
        if obj is not None:
            return obj
        subject = child("nsubj")
        if subject is not None and (subject.like_num or has_figure(subject)):
            return subject  # "112 injured" parsed as subject of a participle
    among = next((c for c in kids + [k for g in kids if g.dep_ == "conj" for k in g.children]
                  if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is not None:
        return next((c for c in among.children if c.dep_ == "pobj"), None)
    if trigger.dep_ == "conj":
        return victim_head(trigger.head) if trigger.head.i != trigger.i else None
    number = child("nummod", "npadvmod", "appos")
    return number


RAISING_VERBS = {"say", "report", "believe", "fear", "feared", "think", "know", "confirm", "seem", "appear",
                 "presume", "understand", "allege", "claim", "thought"}


def raised_subject(trigger: Token) -> Token | None:
    """"200 students were said to have been kidnapped", "five are feared to have died":
    the victims are the subject of the reporting verb the trigger hangs on."""
    verb = trigger
    for _ in range(2):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if verb.lemma_.lower() in RAISING_VERBS and (passive or verb.lemma_.lower() in ("seem", "appear")):
            return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return None


def hedged_subject(verb: Token) -> Token | None:
    """"Over 112 of the schoolgirls are still missing": the parser may take a hedged
    figure opening the clause for a prepositional phrase; its number is the subject."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        number = next((g for g in prep.children if g.dep_ == "pobj" and g.like_num), None)
        if number is not None and prep.lower_ in FRONTED_HEDGES:
            return number
    return None


def misparsed_subject(clause: Token) -> Token | None:
    """"She said her brother and two nephews were shot dead": the parser often makes
    the reported clause's subject the object of "said", leaving the clause without one."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    reporting = clause.head
    return next((c for c in reporting.children if c.dep_ == "dobj" and c.i < clause.i), None)


def shared_object(verb: Token) -> Token | None:
    """The object that coordinated verbs share when only the last one carries it
    ("security forces killed, disappeared, and tortured opponents"); None when the verb
    has a subject or object of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain, todo = [], [first]
    while todo:  # every verb of the coordination, however the parser nested it
        v = todo.pop()
        chain.append(v)
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")
    later = sorted((v for v in chain if v.i > verb.i), key=lambda v: v.i)
    for v in later:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return None


def antecedent(token: Token) -> Token:
    """What a relative pronoun stands for: "a soldier who suffered" -> soldier."""
    if token.lower_ in ("who", "that", "which", "whom") and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ == "whose" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
        return token.doc[token.i - 1]
    if token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head  # "a Russian soldier – a tanker – who …": the soldier
    return token


def noun_trigger_victims(noun: Token) -> Token:
    """The victims of a noun trigger: itself ("civilian deaths"), or a linked phrase."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ in ("of", "among"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and lemma(pobj) not in NOT_VICTIM_NOUNS and not pobj.like_num:
                if is_person(through_vague_head(pobj)) or prep.lower_ == "among":
                    return pobj
    if lemma(noun) in lx.PERPETRATOR_NOUNS:
        return perpetrators_victim(noun)  # "the killer of an activist"
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and lemma(noun) in ("injury", "wound"):
        bearer = noun.head.head  # "men with pellet injuries"; "a boy is in hospital with a head injury"
        if bearer.pos_ in ("VERB", "AUX"):
            bearer = next((c for c in bearer.children if c.dep_ in ("nsubj", "nsubjpass")), bearer)
        if is_person(bearer):
            return bearer
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if lemma(noun) in lx.DISAPPEARANCE_WORDS:
        return antecedent(owner) if owner is not None else noun  # "Ngomirakiza's whereabouts"
    if owner is not None and lemma(noun) in lx.EVENT_NOUNS | {"death"} and owner.pos_ != "PRON" \
            and is_person(owner):
        return owner  # "the activist's murder", "Floyd's death": the owner is the victim
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "include":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("subject", "expose"):
        subject = next((c for c in head.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is not None:  # "the journalists were subjected to torture"
            return antecedent(subject)
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in ("treat", "hospitalise", "hospitalize"):
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if noun.dep_ == "pobj" and head.lower_ == "among":
        verb = head.head  # "listed 7,797 children among the dead": the object; "X were among": the subject
        named = [c for c in verb.children if c.i != head.i and c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
        named.sort(key=lambda c: ("dobj", "nsubjpass", "attr", "nsubj").index(c.dep_))
        return named[0] if named else noun
    if noun.dep_ == "dobj" and head.lemma_ in ("suffer", "sustain", "incur", "take"):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not has_figure(noun):
            return antecedent(subject)
    if noun.dep_ == "dobj" and head.lemma_ == "inflict":
        on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        target = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if target is not None:
            return target
    whose = next((c for c in noun.children if c.lower_ == "whose"), None)
    if whose is not None:
        return antecedent(whose)
    return noun


VICTIM_PREPS = {"on", "from", "of"}
"""Prepositions whose phrase is part of the victims' name: "soldiers on both sides",
"men from my platoon", "members of the Revolutionary Guards"."""


def victim_words(head: Token, count_tokens: list[Token]) -> list[Token]:
    """The victims' phrase: the head, its modifiers and a naming prepositional phrase;
    without the figure, subsets, relative clauses, appositions or coordinated nouns."""
    skip = {t.i for t in count_tokens}
    words = [head]
    for c in head.children:
        if c.dep_ in ("det", "punct", "cc", "conj", "appos", "relcl", "acl", "preconj") or c.i in skip:
            continue
        if c.i > head.i and not (c.dep_ == "prep" and c.lower_ in VICTIM_PREPS
                                  and not any(g.lower_ in ("them", "whom") for g in c.children)):
            continue
        words.extend(t for t in c.subtree if t.i not in skip and t.dep_ not in ("punct", "relcl", "appos")
                     and not (t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and role_of([t]) != role_of([head])))
    return sorted({t.i: t for t in words}.values(), key=lambda t: t.i)


def mentions_for(trigger: Token, outcome: str) -> list[Mention]:
    """The casualty figures ``trigger`` reports (usually one, several for a tally)."""
    if lemma(trigger) in lx.TALLY_NOUNS or lemma(trigger) in TALLY_HEADS:
        return [Mention(outcome, trigger, count, [], figure_at=n.i) for count, n in tally_figures(trigger)]
    head = victim_head(trigger)
    if head is not None:
        head = through_vague_head(head) if not head.like_num else head
        container = tally_container(head)
        if container is not None:
            figures = tally_figures(container)
            if figures:
                words = victim_words(head, [])
                return [Mention(outcome, trigger, count, words, figure_at=n.i) for count, n in figures]
    if trigger.dep_ == "amod" and head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.like_num:
        return []  # "112 of the kidnapped pupils": the participle describes a group counted before
    if not _victim_is_person(trigger, head):
        return []  # "killed the bill", "beat the odds", "captured the mood": figurative
    if head is not None and (lemma(head) in NOT_VICTIM_NOUNS or any(
            t.like_num and is_proportion(t) for t in head.subtree if t.i <= head.i)):
        return []  # "320 missiles", "one in six villagers were killed": not a head count
    if head is not None:
        head = antecedent(head)
    if head is not None and head.i != trigger.i and head.pos_ == "NOUN" and outcome_of(head):
        head = noun_trigger_victims(head)  # "whose dead bodies": the bodies' owners
    count = None
    tokens: list[Token] = []
    own = event_count(trigger)  # "a triple homicide": the event's own count, before its article's "a"
    if head is not None:
        count = (own if head.i == trigger.i else None) or figure_of(head)
        tokens = figure_tokens(head)
        if lemma(head) == "couple" and any(c.lower_ == "a" for c in head.children) \
                and not any(c.lower_ == "of" for c in head.children):
            count = Count(2, 2, "exact", "a couple")  # the victims are a couple: two people
        if head.lower_ == "both" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            count = count or Count(2, 2, "exact", head.text)  # "Both were shot dead"
        if head.pos_ == "PRON" and head.lower_ in SINGLE_PRONOUNS | {"his"}:
            count = count or Count(1, 1, "exact", head.text)  # "he was tortured": one person
        if head.pos_ == "PRON" and head.lower_ not in ("who",):
            count = count or vague_count()
    if count is None:
        count, tokens = figure_near(trigger)
    if count is None and (head is None or head.i == trigger.i or not head.like_num):
        nominal = trigger.pos_ in ("NOUN", "PROPN", "ADJ") and head is not None and head.i == trigger.i
        figures = (tally_figures(trigger) if nominal else []) or figure_after_colon(trigger) \
            or figure_before_dash(trigger)
        if figures:
            words = victim_words(head, []) if head is not None else []
            return [Mention(outcome, trigger, c, words, figure_at=n.i) for c, n in figures]
    if count is not None and lemma(trigger) == "grave" and head is not None and head.i == trigger.i:
        count = None  # "a mass grave": one grave, not one person
    if count is None:
        count = own or vague_count()
    if is_anaphoric(trigger, head, count) or is_remention(trigger, count) or is_hypothetical(trigger) \
            or is_legal_frame(trigger, head) or lemma(trigger) in lx.EVENT_NOUNS and (
                names_an_institution(trigger) or is_threatened(trigger) or is_verdict(trigger)):
        return []
    if outcome == lx.CAPTURED and trigger.pos_ in ("NOUN", "PROPN") and count.qualifier == "vague" \
            and count.low is None and lemma(trigger) != "captivity" and lemma(trigger) not in lx.EVENT_NOUNS:
        return []  # "the hostages", "prisoners" with no figure: who they are, not a count
    words = victim_words(head, tokens) if head is not None and not head.like_num else []
    if head is not None and head.like_num:
        words = []
    return [Mention(outcome, trigger, count, words, figure_at=tokens[0].i if tokens else None)]


def _victim_is_person(trigger: Token, head: Token | None) -> bool:
    """Violence verbs need a person as victim: "beat a protester", not "beat the odds";
    "killed 12" and "captured 40" count people even without a noun."""
    verb = trigger.pos_ in ("VERB", "AUX") or trigger.tag_ in ("VBN", "VBD", "VBG")
    lem = trigger.lemma_.lower()
    if not verb or lem not in {*lx.TRANSITIVE_VERBS, *lx.INJURING_VERBS, *lx.RELEASE_VERBS}:
        return True
    if head is None or head.i == trigger.i:
        return lem not in lx.INJURING_VERBS or any(c.dep_ == "auxpass" for c in trigger.children) \
            or trigger.dep_ in ("acl", "amod")
    named = antecedent(head)
    of = next((c for c in named.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and named.pos_ in ("PRON", "DET", "NUM", "ADJ"):  # "some of the hostages"
        named = next((c for c in of.children if c.dep_ == "pobj"), named)
    lenient = lem not in lx.INJURING_VERBS  # "killed 12 operatives", "injured 14 passers-by": a figure is people
    return is_person(through_vague_head(named)) or (lenient and has_figure(named)
                                                    and lemma(named) not in lx.NON_PERSON_NOUNS)


def event_count(trigger: Token) -> Count | None:
    """The count a nominal event carries itself: "424 killings" (a figure on the noun),
    "a triple homicide" (3), "four cases of torture", "three counts of murder"."""
    if lemma(trigger) not in lx.EVENT_NOUNS:
        return None
    for c in trigger.children:
        if c.lower_ in lx.EVENT_COUNTS:
            n = lx.EVENT_COUNTS[c.lower_]
            return Count(n, n, "exact", c.text)
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in lx.CASE_NOUNS:
        figure = figure_of(head.head)
        if figure is not None:
            return figure
    return None


HYPOTHETICAL_AUX = {"would", "could", "might", "may", "will", "shall", "should", "can", "'d", "'ll"}
INTENT_VERBS = {"threaten", "want", "plan", "try", "attempt", "vow", "promise", "intend", "seek", "fear",
                "risk", "aim", "warn", "dare"}


def is_hypothetical(trigger: Token) -> bool:
    """"they could shoot us", "if they beat us", "threatened to kill 17": what might
    happen, not what did (optional at most, by the guide)."""
    token = trigger
    for _ in range(3):
        kids = list(token.children)
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "lest") for c in kids):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_VERBS:
            return True
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def names_an_institution(trigger: Token) -> bool:
    """"the anti-kidnapping unit", "the Convention against Torture", "the special
    rapporteur on torture", "the Anti-Torture Act": an event noun naming a body or a
    law, not an event."""
    doc = trigger.doc
    if trigger.i >= 2 and doc[trigger.i - 1].text == "-" and doc[trigger.i - 2].lower_ == "anti" \
            or trigger.i >= 1 and doc[trigger.i - 1].lower_ in ("anti", "counter"):
        return True
    if trigger.ent_type_ in ("ORG", "LAW"):
        return True
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ in ("on", "against", "of") and \
        lemma(head.head) in lx.INSTITUTION_NOUNS


def is_legal_frame(trigger: Token, head: Token | None) -> bool:
    """A nominal event with no victim of its own framed as a charge, a law or an
    attempt: "charged with kidnapping", "held for abduction", "attempted murder",
    "the penal code punishes rape". Guide: charges and attempts are not counted."""
    if lemma(trigger) not in lx.EVENT_NOUNS or (head is not None and head.i != trigger.i):
        return False
    near = [trigger] + list(trigger.children) + list(trigger.ancestors)[:3]
    near += [c for a in list(trigger.ancestors)[:2] for c in a.children]
    return any(lemma(t) in lx.LEGAL_FRAME_WORDS or t.lemma_.lower() in lx.LEGAL_FRAME_WORDS for t in near)


def is_threatened(noun: Token) -> bool:
    """"threatened with the rape of his wife", "at risk of execution": harm that might
    come, not harm done."""
    head = noun.head
    return noun.dep_ == "pobj" and (head.lower_ == "with" and head.head.lemma_.lower() in ("threaten", "threat")
                                    or head.lower_ == "of" and lemma(head.head) in ("risk", "threat", "fear", "danger"))


def is_verdict(noun: Token) -> bool:
    """"The death was ruled a homicide", "it was a murder": the predicate classifies a
    death already counted."""
    return noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in ("be", "rule", "declare", "classify", "call")


def is_remention(trigger: Token, count: Count) -> bool:
    """"his death", "her murder", "cause of death", "sentenced to death": the death of
    someone already named (optional by the guide), or no death at all."""
    if trigger.pos_ not in ("NOUN", "PROPN") or count.qualifier != "vague" or count.text \
            or lemma(trigger) in lx.DISAPPEARANCE_WORDS:
        return False
    kids = list(trigger.children)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids):
        return True
    if lemma(trigger) == "death" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep")
                                             for c in kids):
        return True  # "cause of death", "sentenced to death", "death threats"
    return False


def is_anaphoric(trigger: Token, head: Token | None, count: Count) -> bool:
    """"the deaths", "the soldiers' bodies" with no figure: a mention of casualties
    already counted, not a new claim."""
    if count.qualifier != "vague" or count.text:
        return False
    if trigger.pos_ in ("VERB", "AUX") and head is not None and head.i != trigger.i:
        # "The children, aged 8, 12 and 17, died": victims already counted, named again
        return head.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("the", "these", "those") and c.dep_ == "det"
                                                     for c in head.children) and not any(
            c.dep_ in ("amod", "compound") for c in head.children)
    if trigger.pos_ not in ("NOUN", "PROPN", "ADJ") and not any(c.lower_ == "the" and c.dep_ == "det"
                                                                for c in trigger.children):
        return False
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("among", "of"):
        return False
    determiners = {c.lower_ for c in trigger.children if c.dep_ in ("det", "poss")}
    definite = determiners & {"the", "these", "those", "such"} or any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in trigger.children)
    named = head is not None and head.i != trigger.i
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "dead"]
    return bool(definite) and not named and not modifiers


def negative_idiom(token: Token) -> bool:
    """Reports of disappearance made with a negation: "never seen again", "whereabouts
    have not been revealed"; the negation is the report, not its denial."""
    return lemma(token) in lx.DISAPPEARANCE_WORDS or token.lemma_.lower() == "see"


def _merge_coordinated(mentions: list[Mention]) -> list[Mention]:
    """"killed or wounded", "killed and wounded" sharing one figure: one casualties
    claim. Torture, beatings or rape beside a killing ("tortured and killed four
    farmers") are harm of their own: two claims."""
    out: list[Mention] = []
    for m in mentions:
        partner = next((o for o in out if m.trigger.dep_ == "conj" and m.trigger.head.i == o.trigger.i
                        and {o.outcome, m.outcome} == {lx.KILLED, lx.INJURED}
                        and lemma(o.trigger if o.outcome == lx.INJURED else m.trigger) in lx.WOUNDING_WORDS), None)
        if partner is not None:
            own_figure = m.count.low is not None or m.count.high is not None
            shares_figure = (m.figure_at is None and not own_figure) or m.figure_at == partner.figure_at
            alternative = any(c.lower_ == "or" for c in partner.trigger.children if c.dep_ == "cc")
            if shares_figure and (partner.count.qualifier != "vague" or alternative):
                partner.outcome = lx.CASUALTIES
                continue
        out.append(m)
    return out


def _split_sides(mention: Mention, article_sides: Sequence[str]) -> list[Mention]:
    """One claim per side: "soldiers on both the Russian and Ukrainian sides"; "each
    side freed 390 people", "307 servicemen from each side" (the sides the sentence names)."""
    sides = sides_named(mention.victim_words)
    if not (len(sides) > 1 and any(t.lower_ == "both" for t in mention.victim_words)):
        if not _each_side(mention):
            return [mention]
        sides = parties_in(mention.trigger.sent.text)
        if len(sides) < 2:
            sides = list(article_sides)  # "the swap began when each side freed 390 people"
        if len(sides) < 2:
            return [mention]
    return [Mention(mention.outcome, mention.trigger, mention.count, mention.victim_words,
                    figure_at=mention.figure_at, parent=mention.parent, side=side) for side in sides[:2]]


def _each_side(mention: Mention) -> bool:
    """"each side", "per side", "from each side", "X and Y each released", "the two
    countries exchanged 115 prisoners each"."""
    text = " ".join(t.lower_ for t in mention.trigger.sent)
    return bool(re.search(r"\b(each|per|both) (side|sides|army|armies|country|countries|party|parties)\b"
                          r"|\bfrom each\b|\beach (released|freed|handed|returned|exchanged|lost)\b"
                          r"|\b(exchanged|swapped|released|freed|returned) [\d,]+ \w+ each\b", text))


def _ancestors(token: Token, stop: Token) -> list[Token]:
    """``token`` and its heads up to, not including, ``stop``."""
    chain = []
    while token.i != stop.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def people_counted_together(head: Token) -> tuple[list[Token], int] | None:
    """"her husband and two sons" (3), "a man and two children" (3): one person named
    first, then others with exact figures, all of one kind — a family or a group
    counted together. Groups of different kinds ("a soldier and two civilians") are
    separate claims."""
    members = [head]
    if head.dep_ in ("nsubj", "nsubjpass"):  # "A teacher, a nurse and a driver were killed":
        members += [c for c in head.head.children  # the parser may give the verb three subjects
                    if c.dep_ == head.dep_ and c.i > head.i and c.pos_ in ("NOUN", "PROPN")]
    for c in head.subtree:  # the coordination itself, not conjuncts inside a relative clause
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.head.i in {m.i for m in members}:
            members.append(c)
    if len(members) < 2:
        return None
    counts = [figure_of(m) or (Count(1, 1, "exact", m.text) if m.lower_ in SINGLE_PRONOUNS else None)
              for m in members]
    if any(c is None or c.qualifier != "exact" for c in counts) or counts[0].low != 1:
        return None  # "two girls and a boy" stays two claims: tried, and it lost on held-out text
    if not all(is_person(m) for m in members) or len({role_of([m]) for m in members} - {"unknown"}) > 1:
        return None
    return members, sum(c.low for c in counts)


def _coordinated_victims(mention: Mention, head: Token | None) -> list[Mention]:
    """"soldiers … as well as civilians": victims of different kinds, each its own claim;
    people named one by one ("a man and a boy") are one claim counting them all."""
    if head is None:
        return [mention]
    together = people_counted_together(head) if mention.count.qualifier in ("exact", "vague") else None
    if together is not None:
        people, total = together
        words = sorted({t.i: t for m in people for t in m.subtree if t.dep_ != "punct"}.values(), key=lambda t: t.i)
        text = head.doc[words[0].i: words[-1].i + 1].text
        return [Mention(mention.outcome, mention.trigger, Count(total, total, "exact", text),
                        words, figure_at=words[0].i)]
    conjs = [c for c in head.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and is_person(through_vague_head(c))
             and not any(a.dep_ == "appos" for a in _ancestors(c, head))
             and not any(outcome_of(t) for t in c.subtree)  # "and 525 people injured": a claim of its own
             and ((role_of([through_vague_head(c)]) != role_of([head]) and mention.count.qualifier == "vague")
                  or (figure_of(c) is not None and mention.count.qualifier != "vague"))]
    if not conjs:
        return [mention]
    first = [t for t in mention.victim_words if not any(t.i in {s.i for s in c.subtree} for c in conjs)
             and t.dep_ != "cc" and t.lower_ not in ("as", "well")]
    out = [Mention(mention.outcome, mention.trigger, mention.count, first, figure_at=mention.figure_at)]
    for c in conjs:
        named = through_vague_head(c)
        out.append(Mention(mention.outcome, mention.trigger, figure_of(named) or figure_of(c) or vague_count(),
                           victim_words(named, figure_tokens(named))))
    return out


def _subsets(mention: Mention, head: Token | None) -> list[Mention]:
    """Claims inside a claim: "352 civilians, including 14 children"; "75 wounded, 14 of them children"."""
    out = []
    anchors = [head] if head is not None else []
    clause = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
    if clause.pos_ in ("VERB", "AUX"):
        anchors.append(clause)
    if mention.figure_at is not None:  # "more than 10,000, including over 560 children"
        anchors.append(mention.trigger.doc[mention.figure_at])
    container = tally_container(head) if head is not None else None
    if container is not None and container.head.pos_ in ("VERB", "AUX"):
        anchors.append(container.head)  # "the number of dead rose to 35, including two children"
    anchors = list({a.i: a for a in anchors}.values())
    for prep in (c for a in anchors for c in a.children):
        if prep.dep_ == "prep" and prep.lower_ in SUBSET_PREPS | {"include"} or \
                (prep.dep_ in ("prep", "acl") and prep.lemma_ == "include"):
            for sub in (c for c in prep.children if c.dep_ == "pobj"):
                count = figure_of(sub)
                if count is None and sub.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in sub.children):
                    count = Count(1, 1, "exact", "a")
                if count is None:
                    continue
                out.append(Mention(mention.outcome, mention.trigger, count,
                                   victim_words(sub, figure_tokens(sub)), parent=mention))
                out.extend(_coordinated_subsets(sub, mention))
    if head is not None:  # "390 people - 270 soldiers and 120 civilians"
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                      and is_person(through_vague_head(c))):
            count = figure_of(appos)
            if count is not None and count.low == 1 and count.high == 1 and mention.count.low == 1:
                continue  # "Maria Ruiz, a teacher": the same person named twice
            if count is not None and count.low is not None:
                out.append(Mention(mention.outcome, mention.trigger, count,
                                   victim_words(appos, figure_tokens(appos)), parent=mention))
                out.extend(_coordinated_subsets(appos, mention))
    for number in (t for t in clause.subtree if t.like_num):  # "14 of them children"
        of = next((g for g in number.children if g.lower_ == "of"
                   and any(p.lower_ in ("them", "whom") for p in g.children)), None)
        if of is None or number.head.i == mention.trigger.i:
            continue
        noun = number.head if number.head.pos_ in ("NOUN", "PROPN") else None
        out.append(Mention(mention.outcome, mention.trigger,
                           parse_figure(" ".join(t.text for t in figure_tokens(number))) or vague_count(),
                           [noun] if noun is not None else [], parent=mention))
    return out


def _coordinated_subsets(noun: Token, parent: Mention) -> list[Mention]:
    """"including 64 children, 57 women": each coordinated figure is a subset too."""
    out = []
    for conj in (c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
        if any(outcome_of(t) for t in conj.subtree):
            continue  # "15 children, and 525 people injured": a claim of its own
        count = figure_of(conj)
        if count is not None and count.low is not None:
            out.append(Mention(parent.outcome, parent.trigger, count,
                               victim_words(conj, figure_tokens(conj)), parent=parent))
            out.extend(_coordinated_subsets(conj, parent))
    return out


def find_mentions(sent: Span, article_sides: Sequence[str] = ()) -> list[Mention]:
    """Every casualty figure in one sentence, in text order. ``article_sides``: the two
    sides the article is about, for "each side" when the sentence names none."""
    if sum(1 for t in sent if not (t.is_punct or t.is_space)) < 3:
        return []  # a heading such as "Missing" or "Overnight toll"
    found: list[Mention] = []
    heads: dict[int, Token | None] = {}
    seen_heads: set[tuple[int, str]] = set()
    for token in sent:
        outcome = outcome_of(token)
        if outcome is None or is_negated(token) and not is_denied(token) and not negative_idiom(token):
            continue
        for m in mentions_for(token, outcome):
            head = victim_head(token) if lemma(token) not in lx.TALLY_NOUNS else None
            key = ((head.i if head is not None else token.i), m.outcome, m.count.low, m.count.high)
            if head is not None and (key[0], m.outcome) in seen_heads and m.count.qualifier == "vague":
                continue
            if any(f.count == m.count and f.outcome == m.outcome and _same_phrase(f, m) for f in found):
                continue
            seen_heads.add((key[0], m.outcome))
            heads[id(m)] = head
            found.append(m)
    found = _merge_coordinated(found)
    shaped: list[Mention] = []
    for m in found:
        head = heads.get(id(m))
        for part in _coordinated_victims(m, head):
            shaped.extend(_split_sides(part, article_sides))
        shaped.extend(_subsets(m, head))
    return _drop_echoes(shaped)


def _same_phrase(a: Mention, b: Mention) -> bool:
    return bool(a.victim_words) and {t.i for t in a.victim_words} == {t.i for t in b.victim_words}


def _drop_echoes(mentions: list[Mention]) -> list[Mention]:
    """Drop what restates another claim of the sentence: a claim with no figure beside
    one with a figure for the same outcome ("5,937 soldiers were killed, … military
    deaths"), and a noun trigger that names the victims of another ("killed the hostages")."""
    victims_of_others = {t.i for m in mentions for t in m.victim_words if m.trigger.i != t.i}
    keep = []
    for m in mentions:
        unnumbered = m.count.low is None and m.count.high is None and m.parent is None
        if unnumbered and any(o is not m and (o.count.low is not None or o.count.high is not None)
                              and (o.outcome == m.outcome or lx.CASUALTIES in (o.outcome, m.outcome))
                              for o in mentions):
            continue
        if m.trigger.pos_ in ("NOUN", "PROPN") and m.trigger.i in victims_of_others and unnumbered:
            continue
        if unnumbered and m.outcome == lx.CASUALTIES and m.count.low is None and any(
                o is not m and o.outcome in (lx.KILLED, lx.INJURED) for o in mentions):
            continue  # "troops were killed, … admitted casualties among its army": the same losses
        keep.append(m)
    return keep


def phrase_text(words: list[Token]) -> str:
    if not words:
        return ""
    doc = words[0].doc
    return doc[min(t.i for t in words): max(t.i for t in words) + 1].text
