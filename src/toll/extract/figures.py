"""The figure of a casualty mention: where its words are and what they count.

A figure sits in front of the victims' noun ("at least 2,086 people"), is the noun
itself ("1,129 dead"), hangs off the verb of a running total ("the death toll rose to
35") or follows a colon in a list of key figures. Each place has its reader here; all
of them end in one grammar, :func:`toll.extract.counts.parse_figure`.
"""
from __future__ import annotations

from spacy.tokens import Token

from toll.extract import lexicon as lx
from toll.extract.counts import parse_figure, vague_count
from toll.extract.victims import NAMING_NOUNS, is_person, lemma
from toll.model import Count
from toll.lang.punctuation import DASHES
from toll.places import country_of_place, party_of




VAGUE_HEADS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "tens",
               "number", "numbers", "lot", "lots", "handful", "couple", "million", "millions"}


PUT_VERBS = {"put", "place", "estimate", "set", "fix"}
"""Verbs that state a total as "put X at N"."""


PASSING_VERBS = {"pass", "exceed", "top", "surpass", "cross"}
"""A total that has gone past a figure is at least that figure."""


HEDGE_WORDS = {"few", "several", "couple", "about", "some", "nearly", "around", "roughly", "almost", "approximately", "over", "under",
               "more", "less", "fewer", "least", "at", "up", "to", "as", "many", "no", "than", "between",
               "estimated", "an", "a", "just", "close", "upwards", "of", "and", "or", "most", "above",
               "below", "another", "further", "excess", "in", "total", "only"}
"""Words that can belong to a figure: "at least", "some", "between … and", "a further"."""


FRONTED_HEDGES = {"over", "about", "around", "nearly", "almost", "under"}
"""Hedges the parser takes for a preposition when they open a clause ("Over 112 of …")."""


PARTITIVE_HEADS = VAGUE_HEADS | {"total", "group", "batch"}
"""Heads whose "of" phrase names the victims: "a total of 5,937 soldiers"."""


TALLY_HEADS = {"number", "toll", "tally", "count", "figure"}
"""Heads of a running total whose figure hangs off the verb: "the number of dead rose to 35"."""


def has_figure(token: Token) -> bool:
    return token.like_num or any(c.dep_ in ("nummod", "quantmod") or c.like_num or
                                 c.lower_ in ("many", "several", "dozens", "hundreds", "thousands", "a", "an")
                                 for c in token.children) or lemma(token) in VAGUE_HEADS


def through_vague_head(token: Token) -> Token:
    """"dozens of terrorists" -> terrorists; "tens of thousands of soldiers" -> soldiers."""
    seen = 0
    while lemma(token) in PARTITIVE_HEADS and seen < 4:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        token, seen = pobj, seen + 1
    return token


LEADING_DETERMINERS = {"the", "these", "those", "all", "its", "their", "our", "his", "her", "my", "your"}


def figure_tokens(head: Token) -> list[Token]:
    """The words of the figure of a phrase headed by ``head``: "at least 2,086" of "at
    least 2,086 people", "Seventeen" of "Seventeen Nigerien soldiers" — the longest
    run of words in front of the noun that the figure grammar reads."""
    if head.like_num or head.pos_ == "NUM":
        if is_proportion(head):
            return []
        after = [t for c in head.children if c.dep_ in ("conj", "cc") and c.i > head.i for t in c.subtree]
        before = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"
                  and (t.i == head.i or t.like_num or t.lower_ in HEDGE_WORDS)]
        prep = head.head
        if head.dep_ == "pobj" and prep.i == head.i - 1 and prep.lower_ in FRONTED_HEDGES and prep.i < prep.head.i:
            before = [prep] + before  # "Over 112 of … are missing" parsed as a fronted prepositional phrase
        ranged = _with_between(before + [t for t in after if t.like_num or t.dep_ == "cc"])
        return ranged if parse_figure(" ".join(t.text for t in ranged)) else before
    left = _with_between([t for t in head.doc[head.left_edge.i: head.i] if not t.is_punct and not t.is_space])
    while left and left[0].lower_ in LEADING_DETERMINERS:
        left = left[1:]
    for k in range(len(left), 0, -1):
        follower = head.doc[left[k - 1].i + 1]
        if is_proportion(left[k - 1]) or (left[k - 1].like_num and is_age_or_year(left[k - 1])):
            continue  # "one in six", "the 1995 massacre": a share or a year, not a head count
        if follower.text == "-" and not follower.whitespace_ and not left[k - 1].whitespace_:
            continue  # "nine-month-old", "15-year-old": an age, not a head count
        if parse_figure(" ".join(t.text for t in left[:k])) is not None:
            return left[:k]
    return []


def is_proportion(number: Token) -> bool:
    """"one in six", "three out of four", "40 percent": a share, not a head count."""
    doc, i = number.doc, number.i
    after = [t.lower_ for t in doc[i + 1: i + 4]]
    return bool(after) and (after[0] in ("percent", "per", "%") or after[:1] == ["in"] and len(after) > 1
                            and doc[i + 2].like_num or after[:2] == ["out", "of"])


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
    if not tokens and any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in head.children):
        return Count(2, 2, "exact", "both")  # "both men were killed"
    if not tokens:
        if head.tag_ == "NNP" and (head.ent_type_ == "PERSON" or head.ent_type_ in MISREAD_NAME_TYPES
                                   and _names_someone(head)):
            return Count(1, 1, "exact", "")  # "Ana Reyes was shot dead": one named person
        if head.tag_ in ("NN", "NNP") and is_person(head) and lemma(head) not in NOT_ONE_PERSON \
                and (head.pos_ == "NOUN" or lemma(head) in NAMING_NOUNS) \
                and not head.lower_.endswith("s"):  # "Twelve-Year-Old Girl Dies" in a headline: one girl
            return Count(1, 1, "exact", "")  # "whose son", "the toddler", "his boyfriend": one person
        return None
    words = " ".join(t.text for t in tokens)
    count = parse_figure(words)
    if count and count.low == 1 and count.qualifier == "exact" and head.tag_ in ("NNS", "NNPS") \
            and words.lower() in ("a", "an"):
        return None
    return count


NOT_ONE_PERSON = lx.COLLECTIVE_NOUNS | (lx.PEOPLE_NOUNS - lx.SINGLE_PERSON_NOUNS)
"""Singular nouns that name a body or a crowd, not one person: "the army", "the crew"."""


MISREAD_NAME_TYPES = {"", "ORG", "WORK_OF_ART", "PRODUCT", "FAC"}
"""Entity types the small model often gives people's names ("Elena Tijamo" as ORG)."""


def _names_someone(head: Token) -> bool:
    """A capitalised name in a victim's place (subject or object of the violence, or of
    "of": "the murder of Fabel") that names no place or party: a person."""
    name = head.doc[head.left_edge.i: head.i + 1].text
    return head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj") and lemma(head) not in lx.PERSON_NOUNS \
        and head.lower_ not in lx.PERSON_NOUNS and not head.lower_.endswith("s") \
        and party_of(head.text) is None and country_of_place(name) is None


def tally_figures(trigger: Token) -> list[tuple[Count, Token]]:
    """Figures of a running total: "the death toll rose to 35", "put the toll at 21, then 31"."""
    figures: list[tuple[Count, Token]] = []
    for c in trigger.children:  # headline style: "toll under 100"
        if c.dep_ == "prep" and c.lower_ in ("under", "over", "of", "at", "near", "above"):
            for n in c.children:
                if n.like_num:
                    figures.append((parse_figure(f"{c.text} {n.text}") or vague_count(), n))
    verb = trigger.head if trigger.dep_ in ("nsubj", "dobj", "nsubjpass") else None
    if verb is None or figures:
        return figures
    numbers = []
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for c in (child for v in verbs for child in v.children):
        if c.like_num and c.dep_ in ("dobj", "attr", "npadvmod", "advmod", "nummod") \
                and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children):
            numbers.append(c)  # not "remains one of the gangs' sources": a share of something else
        if c.dep_ in ("acomp", "advmod") and c.lower_ in ("close", "near", "nearly", "about"):
            for p in (g for g in c.children if g.dep_ == "prep"):  # "is close to 55,110"
                for n in (x for x in p.children if x.dep_ == "pobj" and x.like_num):
                    figures.append((parse_figure(f"{c.text} {p.text} {n.text}") or vague_count(), n))
        if c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "up"):
            preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"]
            for p in preps:
                if p.lower_ in ("to", "at", "from", "of", "past", "above", "beyond", "near", "around", "under"):
                    numbers.extend(n for n in p.children if n.dep_ == "pobj" and n.like_num)
                    if p.lower_ == "at" and verb.lemma_ in PUT_VERBS:  # "put the dead at 14,500 children"
                        numbers.extend(n for pobj in p.children if pobj.dep_ == "pobj" and not pobj.like_num
                                       for n in [pobj] + [x for x in pobj.children if x.dep_ == "conj"]
                                       if figure_of(n) is not None)
    if verb.lemma_ in PUT_VERBS and not numbers:  # "put the number of militants killed at some 13,000"
        numbers.extend(n for t in trigger.subtree if t.dep_ == "prep" and t.lower_ == "at"
                       for n in t.children if n.dep_ == "pobj" and n.like_num)
    expanded = []
    for n in numbers:
        expanded.append(n)
        expanded.extend(t for t in n.subtree if t.dep_ == "conj" and t.like_num)
    for n in expanded:
        if n.like_num and is_age_or_year(n):
            continue
        count = figure_of(n) if not n.like_num else parse_figure(" ".join(t.text for t in figure_tokens(n)))
        if count is not None and count.qualifier == "exact" and n.head.lemma_ in PASSING_VERBS:
            count = Count(count.low, None, "at_least", count.text)  # "deaths pass 10,000"
        if count is not None:
            figures.append((count, n))
    return figures


def figure_after_colon(trigger: Token) -> list[tuple[Count, Token]]:
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


def figure_before_dash(trigger: Token) -> list[tuple[Count, Token]]:
    """"920 — Militants killed, the military's final tally": a list of key figures,
    each line a figure set off by a dash before what it counts."""
    words = [t for t in trigger.sent if not t.is_space]
    if words and words[0].text in DASHES and words[0].i > 0:
        words.insert(0, trigger.doc[words[0].i - 1])  # the parser may end a sentence at the figure
    if len(words) < 3 or words[1].text not in DASHES or trigger.i <= words[1].i or not words[0].like_num \
            or is_age_or_year(words[0]):
        return []
    count = parse_figure(words[0].text)
    return [(count, words[0])] if count else []


def tally_container(head: Token) -> Token | None:
    """"the number of people killed": the running total whose verb carries the figure."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and lemma(head.head.head) in TALLY_HEADS:
        return head.head.head
    return None


def is_age_or_year(number: Token) -> bool:
    """"a 64-year-old", "Twelve-Year-Old Girl", "the 1994 murder": an age or a year, not
    a head count."""
    doc, i = number.doc, number.i
    after = [t.lower_ for t in doc[i + 1: i + 3]]
    if after[:1] == ["-"] and len(after) > 1 and after[1] in ("year", "years", "month", "months", "week", "day"):
        return True
    text = number.text
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def figure_near(trigger: Token) -> tuple[Count | None, list[Token]]:
    """A number attached straight to the trigger: "1,129 dead", "112 injured", "47 missing"."""
    for c in trigger.children:
        if c.like_num and c.dep_ in ("nummod", "nsubj", "npadvmod", "appos", "dobj", "nsubjpass", "quantmod") \
                and not is_age_or_year(c):
            tokens = figure_tokens(c)
            return parse_figure(" ".join(t.text for t in tokens)), tokens
    if trigger.head.like_num and trigger.dep_ in ("amod", "acl"):
        tokens = figure_tokens(trigger.head)
        return parse_figure(" ".join(t.text for t in tokens)), tokens
    return None, []
