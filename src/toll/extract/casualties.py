"""Casualty claims: every figure of people killed, injured, missing or captured.

Read top to bottom, per sentence:

1. **Triggers** (:func:`outcome_of`): a word that reports casualties, in any form:
   "killed" (verb), "dead" (adjective), "deaths" (noun), "the death toll" (tally).
2. **Victims and figure** (:func:`mentions_for`): the victims' noun phrase is found
   through the parse (object of "killing", subject of "were killed" or "died", head of
   "troops killed", the noun itself for "deaths"); the figure is read from the words
   in front of it by one grammar (:mod:`toll.extract.counts`).
3. **Shape** (:func:`find_mentions`): coordinated outcomes sharing one figure become
   one ``casualties`` claim ("killed or wounded"); victims on two sides become two
   claims; subsets ("including 14 children") become claims ``part_of`` their parent.
4. **Who says so** (:class:`Claimants`): the speaker of the statement that contains
   the figure, else the source the paragraph is still reporting, else the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from toll.extract import lexicon as lx
from toll.extract.counts import parse_figure, vague_count
from toll.extract.cues import DENIAL_VERBS, SPEECH_VERBS, is_speech_verb
from toll.extract.speakers import SpeakerResolver
from toll.extract.victims import (group_of, lemma, names_own_side, non_state_label, role_of,
                                  sides_named)
from toll.extract.when import is_period, resolve_day
from toll.model import Article, CasualtyClaim, Count, Period, Source, Span as TextSpan, Statement, Victims
from toll.places import party_of, parties_in

FIGURE_DEPS = {"nummod", "quantmod", "advmod", "amod", "det", "npadvmod", "compound", "nmod"}
VAGUE_HEADS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "tens",
               "number", "numbers", "lot", "lots", "handful", "couple", "million", "millions"}
PASSING_VERBS = {"pass", "exceed", "top", "surpass", "cross"}
"""A total that has gone past a figure is at least that figure."""
HEDGE_WORDS = {"few", "several", "couple", "about", "some", "nearly", "around", "roughly", "almost", "approximately", "over", "under",
               "more", "less", "fewer", "least", "at", "up", "to", "as", "many", "no", "than", "between",
               "estimated", "an", "a", "just", "close", "upwards", "of", "and", "or", "most", "above",
               "below", "another", "further", "excess", "in", "total", "only"}
"""Words that can belong to a figure: "at least", "some", "between … and", "a further"."""
PARTITIVE_HEADS = VAGUE_HEADS | {"total", "group", "batch"}
"""Heads whose "of" phrase names the victims: "a total of 5,937 soldiers"."""
TALLY_HEADS = {"number", "toll", "tally", "count", "figure"}
"""Heads of a running total whose figure hangs off the verb: "the number of dead rose to 35"."""
SUBSET_PREPS = {"including", "include", "among"}
NEGATIONS = {"not", "never", "no", "n't", "neither", "nor"}
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


# ------------------------------------------------------------------ 1. triggers

def outcome_of(token: Token) -> str | None:
    """The outcome ``token`` reports, or None when it is not a casualty trigger."""
    lem, low, pos = token.lemma_.lower(), token.lower_, token.pos_
    if pos in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        if lem in ("wound", "injure") and any(c.lower_ in ("fatally", "mortally") for c in token.children):
            return lx.KILLED
        if lem == "lay" and any(c.lower_ in ("arms", "weapons") for c in token.children if c.dep_ == "dobj"):
            return lx.CAPTURED
        if lem in lx.TRANSITIVE_VERBS or low in ("wounded", "injured", "killed"):
            return lx.TRANSITIVE_VERBS.get(lem) or lx.TRANSITIVE_VERBS.get(low.rstrip("ed"), None) \
                or (lx.INJURED if low in ("wounded", "injured") else lx.KILLED)
        if lem in lx.INTRANSITIVE_VERBS:
            return lx.INTRANSITIVE_VERBS[lem]
        if lem == "lose" and any(lemma(c) in ("life", "live") for c in token.children if c.dep_ == "dobj"):
            return lx.KILLED
        if lem == "lose" and _object_is_personnel(token) and not _object_has_trigger(token):
            return lx.CASUALTIES
        if lem == "take" and any(c.lower_ in ("prisoner", "prisoners", "hostage", "hostages", "captive")
                                 for c in token.children):
            return lx.CAPTURED
        if lem in lx.RELEASE_VERBS and _object_is_people(token):
            return lx.CAPTURED
        if lem == "come" and any(c.lower_ == "home" for c in token.children) and _subject_is_people(token):
            return lx.CAPTURED
        if low in lx.ADJECTIVES:
            return lx.ADJECTIVES[low]
        return None
    if pos == "ADJ" and low in lx.ADJECTIVES:
        return lx.ADJECTIVES[low]
    if low == "out" and token.i + 2 < len(token.doc) and token.doc[token.i + 2].lower_ == "action" \
            and token.doc[token.i + 1].lower_ == "of":
        return lx.CASUALTIES
    if token.dep_ == "compound" and pos in ("NOUN", "PROPN"):
        return None  # "death toll", "prisoner swap", "hostage raid": a modifier, not a count
    if low == "captivity" and token.dep_ == "pobj" and token.head.lower_ == "in":
        return lx.CAPTURED
    if pos in ("NOUN", "PROPN", "ADJ"):
        if lem in lx.TALLY_NOUNS or low == "toll":
            return lx.TALLY_NOUNS.get(lem, lx.KILLED)
        if lem == "body" and not (low == "bodies" or any(c.lower_ == "count" for c in token.head.subtree)):
            return None
        if lem == "loss" and not (low == "losses" and _loss_of_people(token)):
            return None
        if lem in ("injury", "wound") and not _suffered(token):
            return None
        if lem in lx.NOUNS:
            return lx.NOUNS[lem]
        if low in ("pow", "pows", "dead", "wounded", "injured"):
            return lx.NOUNS[low]
    return None


def _object_is_personnel(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and (lemma(c) in lx.MILITARY_NOUNS or lemma(c) in VAGUE_HEADS)
               for c in verb.children)


def _object_has_trigger(verb: Token) -> bool:
    """"lost 61,207 troops killed": the participle is the trigger, not "lost"."""
    return any(t.i != verb.i and t.lower_ in ("killed", "wounded", "injured", "captured", "dead")
               for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _object_is_people(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            head = _through_vague_head(c)
            if lemma(head) in lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.PEOPLE_NOUNS | set(lx.NOUNS) \
                    and lemma(head) not in ("life", "one", "name", "body"):
                return _has_figure(head) or c.like_num
    return False


def _subject_is_people(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and lemma(c) in lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.PEOPLE_NOUNS
               and _has_figure(c) for c in verb.children)


def _loss_of_people(noun: Token) -> bool:
    """"heavy losses", "personnel losses", "losses among troops" — not "financial losses"."""
    words = {lemma(t) for t in noun.sent}
    mods = {c.lower_ for c in noun.children}
    if mods & {"financial", "economic", "territorial", "revenue", "crop", "job", "material", "equipment"}:
        return False
    return bool(mods & {"heavy", "human", "personnel", "military", "huge", "significant", "serious"}) \
        or bool(words & lx.MILITARY_NOUNS)


def _suffered(noun: Token) -> bool:
    return noun.head.lemma_ in ("suffer", "sustain", "receive", "treat", "succumb", "die") or \
        (noun.head.dep_ == "prep" and noun.head.head.lemma_ in ("treat", "die", "succumb", "hospitalise"))


def _has_figure(token: Token) -> bool:
    return token.like_num or any(c.dep_ in ("nummod", "quantmod") or c.like_num or
                                 c.lower_ in ("many", "several", "dozens", "hundreds", "thousands", "a", "an")
                                 for c in token.children) or lemma(token) in VAGUE_HEADS


# ------------------------------------------------------------------ 2. victims and figure

def _through_vague_head(token: Token) -> Token:
    """"dozens of terrorists" -> terrorists; "tens of thousands of soldiers" -> soldiers."""
    seen = 0
    while lemma(token) in PARTITIVE_HEADS and seen < 4:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        token, seen = pobj, seen + 1
    return token


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
        return _noun_trigger_victims(trigger)
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
    if lem in lx.INTRANSITIVE_VERBS or lem in ("come", "lose") or trigger.lower_ in ("dead", "missing", "unaccounted", "out"):
        subject = child("nsubj", "nsubjpass")
        verb = trigger
        while subject is None and verb.dep_ in ("acomp", "oprd", "xcomp", "attr", "advcl", "conj", "ccomp",
                                                  "pcomp", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "were missing", "are listed as missing"
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            subject = child("nummod", "npadvmod", "appos")
        return subject
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or (
        trigger.tag_ == "VBN" and not any(c.dep_ in ("aux",) for c in kids) and child("dobj") is None)
    if passive:
        subject = child("nsubjpass", "nsubj")
        if subject is not None:
            return subject
    else:
        obj = child("dobj")
        if obj is not None:
            return obj
        subject = child("nsubj")
        if subject is not None and (subject.like_num or _has_figure(subject)):
            return subject  # "112 injured" parsed as subject of a participle
    among = next((c for c in kids + [k for g in kids if g.dep_ == "conj" for k in g.children]
                  if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is not None:
        return next((c for c in among.children if c.dep_ == "pobj"), None)
    if trigger.dep_ == "conj":
        return victim_head(trigger.head) if trigger.head.i != trigger.i else None
    number = child("nummod", "npadvmod", "appos")
    return number


def antecedent(token: Token) -> Token:
    """What a relative pronoun stands for: "a soldier who suffered" -> soldier."""
    if token.lower_ in ("who", "that", "which", "whom") and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ == "whose" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
        return token.doc[token.i - 1]
    return token


def _noun_trigger_victims(noun: Token) -> Token:
    """The victims of a noun trigger: itself ("civilian deaths"), or a linked phrase."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ in ("of", "among"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and lemma(pobj) not in NOT_VICTIM_NOUNS and not pobj.like_num:
                if lemma(pobj) in lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.PEOPLE_NOUNS or pobj.ent_type_ in ("NORP", "PERSON") or prep.lower_ == "among":
                    return pobj
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "include":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in ("treat", "hospitalise", "hospitalize"):
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if noun.dep_ == "pobj" and head.lower_ == "among":
        verb = head.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i != head.i), None)
        return subject if subject is not None else noun
    if noun.dep_ == "dobj" and head.lemma_ in ("suffer", "sustain", "incur", "take"):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not _has_figure(noun):
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


LEADING_DETERMINERS = {"the", "these", "those", "all", "its", "their", "our", "his", "her", "my", "your"}


def figure_tokens(head: Token) -> list[Token]:
    """The words of the figure of a phrase headed by ``head``: "at least 2,086" of "at
    least 2,086 people", "Seventeen" of "Seventeen Nigerien soldiers" — the longest
    run of words in front of the noun that the figure grammar reads."""
    if head.like_num or head.pos_ == "NUM":
        after = [t for c in head.children if c.dep_ in ("conj", "cc") and c.i > head.i for t in c.subtree]
        before = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"
                  and (t.i == head.i or t.like_num or t.lower_ in HEDGE_WORDS)]
        ranged = _with_between(before + [t for t in after if t.like_num or t.dep_ == "cc"])
        return ranged if parse_figure(" ".join(t.text for t in ranged)) else before
    left = _with_between([t for t in head.doc[head.left_edge.i: head.i] if not t.is_punct and not t.is_space])
    while left and left[0].lower_ in LEADING_DETERMINERS:
        left = left[1:]
    for k in range(len(left), 0, -1):
        follower = head.doc[left[k - 1].i + 1]
        if follower.text == "-" and not follower.whitespace_ and not left[k - 1].whitespace_:
            continue  # "nine-month-old", "15-year-old": an age, not a head count
        if parse_figure(" ".join(t.text for t in left[:k])) is not None:
            return left[:k]
    return []


def _with_between(tokens: list[Token]) -> list[Token]:
    """"between 10 and 15" where the parser hung "between" elsewhere."""
    if tokens and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ == "between":
        return [tokens[0].doc[tokens[0].i - 1]] + tokens
    return tokens


def figure_of(head: Token) -> Count | None:
    """The count of a victims' phrase, including "dozens of" and a lone "a"."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        number = head.head.head  # "5,937 of its soldiers"
        return parse_figure(" ".join(t.text for t in figure_tokens(number)))
    outer = head
    while outer.dep_ == "pobj" and outer.head.lower_ == "of" and lemma(outer.head.head) in VAGUE_HEADS:
        outer = outer.head.head
    tokens = figure_tokens(outer)
    if lemma(outer) in VAGUE_HEADS and not outer.like_num:
        words = " ".join(t.text for t in tokens + [outer])
        parsed = parse_figure(words) or parse_figure(outer.text)
        if parsed:
            return parsed
    if not tokens:
        if head.tag_ == "NNP" and head.ent_type_ == "PERSON":
            return Count(1, 1, "exact", "")
        if head.tag_ == "NN" and lemma(head) in lx.CIVILIAN_NOUNS | lx.MILITARY_NOUNS \
                and lemma(head) not in lx.COLLECTIVE_NOUNS and any(c.dep_ == "poss" for c in head.children):
            return Count(1, 1, "exact", "")  # "whose son", "his younger sister"
        return None
    words = " ".join(t.text for t in tokens)
    count = parse_figure(words)
    if count and count.low == 1 and count.qualifier == "exact" and head.tag_ in ("NNS", "NNPS") \
            and words.lower() in ("a", "an"):
        return None
    return count


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


def tally_figures(trigger: Token) -> list[tuple[Count, Token]]:
    """Figures of a running total: "the death toll rose to 35", "put the toll at 21, then 31"."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "dobj", "nsubjpass") else None
    figures: list[tuple[Count, Token]] = []
    if verb is None:
        for c in trigger.children:  # headline style: "toll under 100"
            if c.dep_ == "prep" and c.lower_ in ("under", "over", "of", "at", "near", "above"):
                for n in c.children:
                    if n.like_num:
                        figures.append((parse_figure(f"{c.text} {n.text}") or vague_count(), n))
        return figures
    numbers = []
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for c in (child for v in verbs for child in v.children):
        if c.like_num and c.dep_ in ("dobj", "attr", "npadvmod", "advmod", "nummod"):
            numbers.append(c)
        if c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "up"):
            preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"]
            for p in preps:
                if p.lower_ in ("to", "at", "from", "of", "past", "above", "beyond", "near", "around", "under"):
                    numbers.extend(n for n in p.children if n.dep_ == "pobj" and n.like_num)
    expanded = []
    for n in numbers:
        expanded.append(n)
        expanded.extend(t for t in n.subtree if t.dep_ == "conj" and t.like_num)
    for n in expanded:
        count = figure_of(n) if not n.like_num else parse_figure(" ".join(t.text for t in figure_tokens(n)))
        if count is not None and count.qualifier == "exact" and n.head.lemma_ in PASSING_VERBS:
            count = Count(count.low, None, "at_least", count.text)  # "deaths pass 10,000"
        if count is not None:
            figures.append((count, n))
    return figures


# ------------------------------------------------------------------ 3. shape

def mentions_for(trigger: Token, outcome: str) -> list[Mention]:
    """The casualty figures ``trigger`` reports (usually one, several for a tally)."""
    if lemma(trigger) in lx.TALLY_NOUNS or lemma(trigger) in TALLY_HEADS:
        return [Mention(outcome, trigger, count, [], figure_at=n.i) for count, n in tally_figures(trigger)]
    head = victim_head(trigger)
    if head is not None:
        head = _through_vague_head(head) if not head.like_num else head
        container = _tally_container(head)
        if container is not None:
            figures = tally_figures(container)
            if figures:
                words = victim_words(head, [])
                return [Mention(outcome, trigger, count, words, figure_at=n.i) for count, n in figures]
    if head is not None and lemma(head) in NOT_VICTIM_NOUNS:
        return []
    if head is not None:
        head = antecedent(head)
    count = None
    tokens: list[Token] = []
    if head is not None:
        count = figure_of(head)
        tokens = figure_tokens(head)
        if lemma(head) == "couple" and any(c.lower_ == "a" for c in head.children) \
                and not any(c.lower_ == "of" for c in head.children):
            count = Count(2, 2, "exact", "a couple")  # the victims are a couple: two people
        if head.pos_ == "PRON" and head.lower_ not in ("who",):
            count = count or vague_count()
    if count is None:
        count, tokens = _figure_near(trigger)
    if count is None and (head is None or head.i == trigger.i or not head.like_num):
        nominal = trigger.pos_ in ("NOUN", "PROPN", "ADJ") and head is not None and head.i == trigger.i
        figures = (tally_figures(trigger) if nominal else []) or _figure_after_colon(trigger)
        if figures:
            words = victim_words(head, []) if head is not None else []
            return [Mention(outcome, trigger, c, words, figure_at=n.i) for c, n in figures]
    if count is None:
        count = vague_count()
    if _is_anaphoric(trigger, head, count):
        return []
    if outcome == lx.CAPTURED and trigger.pos_ in ("NOUN", "PROPN") and count.qualifier == "vague" \
            and count.low is None and lemma(trigger) != "captivity":
        return []  # "the hostages", "prisoners" with no figure: who they are, not a count
    words = victim_words(head, tokens) if head is not None and not head.like_num else []
    if head is not None and head.like_num:
        words = []
    return [Mention(outcome, trigger, count, words, figure_at=tokens[0].i if tokens else None)]


def _figure_after_colon(trigger: Token) -> list[tuple[Count, Token]]:
    """"Civilians killed since 24 February (UN-verified): more than 10,000" — a figure
    given after a colon, as in lists of key figures."""
    sent = trigger.sent
    colon = next((t for t in sent if t.i > trigger.i and t.is_punct and ":" in t.text), None)
    if colon is None:
        return []
    rest = [t for t in sent if t.i > colon.i]
    first = next((t for t in rest if t.like_num), None)
    if first is None:
        return []
    count = parse_figure(" ".join(t.text for t in rest if t.i <= first.i))
    return [(count, first)] if count else []


def _tally_container(head: Token) -> Token | None:
    """"the number of people killed": the running total whose verb carries the figure."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and lemma(head.head.head) in TALLY_HEADS:
        return head.head.head
    return None


def _figure_near(trigger: Token) -> tuple[Count | None, list[Token]]:
    """A number attached straight to the trigger: "1,129 dead", "112 injured", "47 missing"."""
    for c in trigger.children:
        if c.like_num and c.dep_ in ("nummod", "nsubj", "npadvmod", "appos", "dobj", "nsubjpass", "quantmod"):
            tokens = figure_tokens(c)
            return parse_figure(" ".join(t.text for t in tokens)), tokens
    if trigger.head.like_num and trigger.dep_ in ("amod", "acl"):
        tokens = figure_tokens(trigger.head)
        return parse_figure(" ".join(t.text for t in tokens)), tokens
    return None, []


CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "acl", "amod",
                "attr", "acomp", "relcl", "oprd", "compound", "appos", "nummod"}


def _is_negated(trigger: Token) -> bool:
    """"did not say how many died", "no one was killed": nothing is claimed.

    Negation is looked for in the trigger's own clause and the clauses it is reported
    in, not across a coordination ("did not offer numbers, but claimed that …").
    """
    token = trigger
    for step in range(6):
        if any(c.dep_ == "neg" or (c.lower_ == "no" and c.dep_ == "det")
               or (c.lower_ in ("nobody", "none") and c.dep_ in ("nsubj", "nsubjpass")) for c in token.children):
            return True
        if any(c.lower_ == "how" and c.head.lower_ in ("many", "much") for c in token.subtree if c.i < trigger.i):
            return True
        if token.head.i == token.i or token.dep_ not in CLAUSE_LINKS or (token.dep_ == "conj" and step > 0):
            break
        token = token.head
    return False


def _is_anaphoric(trigger: Token, head: Token | None, count: Count) -> bool:
    """"the deaths", "the soldiers' bodies" with no figure: a mention of casualties
    already counted, not a new claim."""
    if count.qualifier != "vague" or count.text:
        return False
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


def _merge_coordinated(mentions: list[Mention]) -> list[Mention]:
    """"killed or wounded", "killed and wounded" sharing one figure: one casualties claim."""
    out: list[Mention] = []
    for m in mentions:
        partner = next((o for o in out if m.trigger.dep_ == "conj" and m.trigger.head.i == o.trigger.i
                        and {o.outcome, m.outcome} == {lx.KILLED, lx.INJURED}), None)
        if partner is not None:
            shares_figure = m.figure_at is None or m.figure_at == partner.figure_at
            alternative = any(c.lower_ == "or" for c in partner.trigger.children if c.dep_ == "cc")
            if shares_figure and (partner.count.qualifier != "vague" or alternative):
                partner.outcome = lx.CASUALTIES
                continue
        out.append(m)
    return out


def _split_sides(mention: Mention) -> list[Mention]:
    """One claim per side: "soldiers on both the Russian and Ukrainian sides"; "each
    side freed 390 people", "307 servicemen from each side" (the sides the sentence names)."""
    sides = sides_named(mention.victim_words)
    if not (len(sides) > 1 and any(t.lower_ == "both" for t in mention.victim_words)):
        if not _each_side(mention):
            return [mention]
        sides = parties_in(mention.trigger.sent.text)
        if len(sides) < 2:
            return [mention]
    return [Mention(mention.outcome, mention.trigger, mention.count, mention.victim_words,
                    figure_at=mention.figure_at, parent=mention.parent, side=side) for side in sides[:2]]


def _each_side(mention: Mention) -> bool:
    """"each side", "per side", "from each side", "X and Y each released"."""
    text = " ".join(t.lower_ for t in mention.trigger.sent)
    return bool(re.search(r"\b(each|per|both) (side|sides|army|armies|country|countries|party|parties)\b"
                          r"|\bfrom each\b|\beach (released|freed|handed|returned|exchanged|lost)\b", text))


def _ancestors(token: Token, stop: Token) -> list[Token]:
    """``token`` and its heads up to, not including, ``stop``."""
    chain = []
    while token.i != stop.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def _coordinated_victims(mention: Mention, head: Token | None) -> list[Mention]:
    """"soldiers … as well as civilians": victims of different kinds, each its own claim."""
    if head is None:
        return [mention]
    conjs = [c for c in head.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and not any(a.dep_ == "appos" for a in _ancestors(c, head))
             and not any(outcome_of(t) for t in c.subtree)  # "and 525 people injured": a claim of its own
             and ((role_of([_through_vague_head(c)]) != role_of([head]) and mention.count.qualifier == "vague")
                  or (figure_of(c) is not None and mention.count.qualifier != "vague"))]
    if not conjs:
        return [mention]
    first = [t for t in mention.victim_words if not any(t.i in {s.i for s in c.subtree} for c in conjs)
             and t.dep_ != "cc" and t.lower_ not in ("as", "well")]
    out = [Mention(mention.outcome, mention.trigger, mention.count, first, figure_at=mention.figure_at)]
    for c in conjs:
        named = _through_vague_head(c)
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
    container = _tally_container(head) if head is not None else None
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
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")):
            count = figure_of(appos)
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


def find_mentions(sent: Span) -> list[Mention]:
    """Every casualty figure in one sentence, in text order."""
    if sum(1 for t in sent if not (t.is_punct or t.is_space)) < 3:
        return []  # a heading such as "Missing" or "Overnight toll"
    found: list[Mention] = []
    heads: dict[int, Token | None] = {}
    seen_heads: set[tuple[int, str]] = set()
    for token in sent:
        outcome = outcome_of(token)
        if outcome is None or _is_negated(token) and not _denied(token):
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
            shaped.extend(_split_sides(part))
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
        keep.append(m)
    return keep


def _denied(trigger: Token) -> bool:
    token = trigger
    for _ in range(5):
        if token.lemma_ in DENIAL_VERBS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# ------------------------------------------------------------------ 4. who says so

COUNTING_VERBS = {"put", "estimate", "count", "record", "register", "document", "verify", "tally", "list",
                  "number", "report", "announce", "confirm", "give", "publish", "identify", "log"}
"""Verbs whose subject (or "by" agent) states the figure: "officials put the toll at 21",
"ACLED has recorded more than 16,000 deaths", "a figure announced by the General Staff"."""


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
        self.resolver = resolver
        self.previous: tuple[Source, str | None] | None = None  # figures' source, sentence before
        self.current: tuple[Source, str | None] | None = None
        self.quoting_others = False

    def statement_at(self, char: int) -> Statement | None:
        """The narrowest statement whose content contains ``char``."""
        inside = [s for s in self.statements if s.content.start <= char < s.content.end]
        return min(inside, key=lambda s: s.content.end - s.content.start, default=None)

    def next_sentence(self, sent: Span) -> None:
        self.previous, self.current = self.current, None
        self.quoting_others = any(sent.start_char <= s.content.start < sent.end_char for s in self.statements)

    def for_figure(self, m: Mention) -> tuple[Source | None, str | None, Statement | None]:
        """(claimant, cue, statement) for the figure of ``m``."""
        statement = self.statement_at(m.trigger.idx)
        if statement is not None:
            self.current = (statement.speaker, statement.cue)
            return statement.speaker, statement.cue, statement
        counted = self.counted_by(m)
        if counted is not None:
            self.current = counted
            return counted[0], counted[1], None
        if self.previous is not None and not self.quoting_others:
            self.current = self.previous
            return self.previous[0], self.previous[1], None
        return None, None, None

    def counted_by(self, m: Mention) -> tuple[Source, str] | None:
        """The source named as subject or agent of a counting verb around the figure."""
        figure = m.trigger.doc[m.figure_at] if m.figure_at is not None else m.trigger
        for token in (figure, *figure.ancestors):
            if token.lemma_ in COUNTING_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON"):
                    return self._source(subject, token.text)
                break
        for token in m.trigger.sent:
            if token.dep_ == "agent" and token.head.lemma_ in COUNTING_VERBS | SPEECH_VERBS:
                agent = next((c for c in token.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return self._source(agent, f"{token.head.text} by")
        return None

    def _source(self, head: Token, cue: str) -> tuple[Source, str] | None:
        phrase = head.doc[head.left_edge.i: head.right_edge.i + 1]
        source = self.resolver.resolve(phrase)
        return (source, cue) if source is not None else None


def paragraph_of(doc: Doc, sent: Span) -> int:
    return doc.text.count("\n", 0, sent.start_char)


# ------------------------------------------------------------------ claims

LOCATIVE_PREPS = {"in", "near", "at", "across", "outside", "around", "inside", "on"}


DATELINE = re.compile(r"^\s*([A-Z][A-Z'’.\- ]{2,40}),\s*(?:([A-Z][\w .'’\-]{2,30}),\s*)?"
                      r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})", re.M)


def dateline_side(doc: Doc) -> str | None:
    """The country of a wire dateline ("MOSCOW, Sept 21 (Reuters) -"): where the
    report was filed, and so usually whose officials speak in it."""
    m = DATELINE.search(doc.text[:1500])
    if m is None:
        return None
    return party_of(m.group(2) or "") or party_of(m.group(1).title()) or party_of(m.group(1))


class ArticleSides:
    """Where the article's events happen: the side of victims nothing else places.

    Places in locative phrases ("in Kharkiv") and datelines weigh most; a country
    named as an actor ("a Russian missile") weighs least, since the attacker's
    country is rarely where the dead are.
    """

    def __init__(self, doc: Doc):
        self.dateline = dateline_side(doc)
        weights: dict[str, float] = {}
        places: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
                places[ent.text] = places.get(ent.text, 0) + 1
            if ent.label_ not in ("GPE", "NORP", "LOC", "FAC"):
                continue
            party = party_of(ent.text) or next(iter(parties_in(ent.text)), None)
            if not party:
                continue
            weight = 0.5 if ent.label_ == "NORP" or ent.root.dep_ in ("compound", "amod") else 1.0
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
                weight = 2.0
            if ent.start_char < 300:
                weight *= 2
            weights[party] = weights.get(party, 0.0) + weight
        if self.dateline:
            weights[self.dateline] = weights.get(self.dateline, 0.0) + 4
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
        for text in (source.affiliation, source.name, source.role):
            found = parties_in(text or "")
            if found:
                return found[0]
        official = source.kind in ("government", "military") or any(
            w in (source.role or "").lower() for w in ("minister", "spokes", "governor", "president", "official",
                                                       "commander", "general", "mayor", "head"))
        return (self.dateline or self.main) if official else None


def _location(trigger: Token, sent: Span) -> str | None:
    """Where it happened: a place named in a phrase attached to the trigger's clause."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for prep in list(clause.children) + list(trigger.children):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "at", "on", "around", "outside", "across"):
            for t in prep.subtree:
                if t.ent_type_ in ("GPE", "LOC", "FAC") and t.ent_iob_ == "B":
                    ent = next(e for e in sent.ents if e.start == t.i)
                    return ent.text
    return None


def _place_in_sentence(sent: Span) -> str | None:
    """The first place the sentence names in a locative phrase ("in Kharkiv")."""
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS \
                and not is_speech_verb(ent.root.head.head):  # "In Kiev, the spokesman said …": where it was said
            return ent.text
    return None


def place_of_event(m: Mention, sent: Span, previous: CasualtyClaim | None, sides: ArticleSides) -> str | None:
    """Where the casualties occurred: a place tied to the trigger, else named in the
    sentence, else where the claim before in the paragraph occurred, else the place
    the article mostly reports from."""
    return (_location(m.trigger, sent) or _place_in_sentence(sent)
            or (previous.location if previous is not None else None))


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
    for ent in sentence.ents:
        if ent.label_ == "DATE" and not (statement.content.start <= ent.start_char < statement.content.end):
            day = resolve_day(ent.text, published)
            if day:
                return day
    return None


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
    role = role_of([t for t in trigger.sent if t.pos_ in ("NOUN", "PROPN", "ADJ")])
    if role == "unknown" and previous is not None:
        return previous.role
    if role == "unknown" and lemma(trigger) in ("casualty", "loss", "fatality"):
        return "military"  # words of war reporting for armed forces; civilians are named as such
    return role


def victims_of(m: Mention, sent: Span, claimant: Source | None, sides: ArticleSides,
               previous: CasualtyClaim | None) -> Victims:
    """Victims with their side: named in the phrase, the speaker's own ("our comrades"),
    the side that lost them, where it happened, or as the claim before in the paragraph."""
    words = m.victim_words
    if not words and previous is not None and not m.side:
        before = previous.victims
        return Victims(before.text, before.affiliation, before.role, group_of(words))
    role = role_of(words)
    if role == "unknown" and all(lemma(t) in lx.NOUNS or t.pos_ not in ("NOUN", "PROPN") for t in words):
        role = _role_in_context(m.trigger, previous.victims if previous is not None else None)
    claimant_side = sides.of_source(claimant)
    named = sides_named(words)
    location = _location(m.trigger, sent)
    place = party_of(location) if location else None
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
    elif m.trigger.head.lemma_ == "inflict" and claimant_side:
        affiliation = sides.other_than(claimant_side)  # "inflicted heavy losses on the army"
    elif m.outcome == lx.CAPTURED:
        affiliation = claimant_side or sides.other_than(place)  # held somewhere, by someone else
    elif role == "military":
        affiliation = claimant_side or place or sides.main
    else:
        affiliation = place or claimant_side or sides.main
    if role == "unknown" and affiliation and party_of(affiliation) is None and affiliation.endswith("s"):
        role = "military"
    return Victims(text=_phrase(words), affiliation=affiliation, role=role, group=group_of(words))


def build_claim(m: Mention, sent: Span, claimant: Source | None, cue: str | None,
                statement: Statement | None, sides: ArticleSides, article: Article,
                previous: CasualtyClaim | None) -> CasualtyClaim:
    victims = victims_of(m, sent, claimant, sides, previous)
    claimant_side = sides.of_source(claimant)
    cue_word = (cue or "").split()[0].lower() if cue else ""
    if _denied(m.trigger) or any(cue_word.startswith(d[:-1]) for d in DENIAL_VERBS):
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


def _phrase(words: list[Token]) -> str:
    if not words:
        return ""
    doc = words[0].doc
    return doc[min(t.i for t in words): max(t.i for t in words) + 1].text


def extract_casualties(doc: Doc, article: Article, resolver: SpeakerResolver,
                       statements: list[Statement]) -> list[CasualtyClaim]:
    """Every casualty claim in the article, in text order, ids c1, c2, …"""
    claimants = Claimants(statements, resolver)
    sides = ArticleSides(doc)
    claims: list[CasualtyClaim] = []
    previous: CasualtyClaim | None = None
    previous_paragraph = -1
    for sent in doc.sents:
        claimants.next_sentence(sent)
        mentions = find_mentions(sent)
        ids: dict[int, str] = {}
        for m in mentions:
            claimant, cue, statement = claimants.for_figure(m)
            paragraph = paragraph_of(doc, sent)
            claim = build_claim(m, sent, claimant, cue, statement, sides, article,
                                previous if previous_paragraph == paragraph else None)
            if claim.victims.text:
                previous, previous_paragraph = claim, paragraph
            claim.id = f"c{len(claims) + 1}"
            ids[id(m)] = claim.id
            if m.parent is not None:
                claim.part_of = ids.get(id(m.parent))
            claims.append(claim)
    return claims
