"""Who the casualties are: role, demographic group and side, from the victims' words."""
from __future__ import annotations

import re

from spacy.tokens import Token

from toll.extract.lexicon import (ADULT_AGE, CHILD_NOUNS, CIVILIAN_NOUNS, MILITARY_NOUNS, NON_PERSON_NOUNS, NOUNS,
                                  OTHER_PERSON_NOUNS, PERSON_NOUNS, WOMEN_NOUNS)
from toll.places import ARMED_PARTIES, parties_in

AGE = re.compile(r"\b(\d{1,3})[- ](?:year|month|week|day)s?[- ]old\b", re.I)
AGE_IN_MONTHS = re.compile(r"\b\d{1,3}[- ](?:month|week|day)s?[- ]old\b", re.I)
IRREGULAR = {"servicemen": "serviceman", "policemen": "policeman", "gunmen": "gunman", "men": "man",
             "women": "woman", "children": "child", "guardsmen": "guardsman"}
NON_STATE_FIGHTERS = {"separatist", "rebel", "militant", "jihadist", "insurgent", "guerrilla"}
OWN_SIDE_POSSESSIVES = {"our", "its", "their", "his", "her", "my", "own"}


KNOWN_NOUNS = MILITARY_NOUNS | CIVILIAN_NOUNS | OTHER_PERSON_NOUNS | set(NOUNS)


def lemma(token: Token) -> str:
    """The token's lemma, also for capitalised plurals the tagger takes for names
    ("Revolutionary Guards")."""
    text = token.text.lower()
    base = IRREGULAR.get(text, token.lemma_.lower())
    if base not in KNOWN_NOUNS and base.endswith("s") and base[:-1] in KNOWN_NOUNS:
        return base[:-1]
    return base


PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "you", "who", "whom",
                   "himself", "herself", "themselves", "those", "others", "everyone", "somebody", "someone",
                   "anyone", "nobody", "one", "both"}
SINGLE_PRONOUNS = {"he", "she", "him", "her", "i", "me", "himself", "herself"}
"""Pronouns that stand for one person: the claim counts exactly one."""
NAMING_NOUNS = CIVILIAN_NOUNS | OTHER_PERSON_NOUNS
"""Nouns that make a compound a person: "aid worker", "human rights defender"."""
PERSON_SUFFIXES = ("ist", "ian", "ee", "eer", "man", "men", "woman", "women", "person", "people")


def is_person(token: Token) -> bool:
    """Whether ``token`` heads a phrase naming a person or people: a name, a people
    noun ("farmers", "a teacher"), a personal pronoun or a bare figure ("killed 12");
    not "the bill" of "killed the bill"."""
    low, lem = token.lower_, lemma(token)
    if token.pos_ == "PRON":
        return low in PERSON_PRONOUNS
    if lem in NON_PERSON_NOUNS:
        return False
    if token.like_num or token.ent_type_ in ("PERSON", "NORP"):
        return True
    if lem in PERSON_NOUNS:
        return True
    if any(c.dep_ == "compound" and lemma(c) in NAMING_NOUNS for c in token.children):
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "DATE", "PRODUCT",
                                                          "WORK_OF_ART", "EVENT", "LAW"):
        return True
    return token.pos_ == "NOUN" and lem.endswith(PERSON_SUFFIXES)


def role_of(words: list[Token]) -> str:
    """military, civilian or unknown from the nouns and modifiers naming the victims."""
    lemmas = {lemma(t) for t in words}
    text = " ".join(t.text.lower() for t in words)
    if "rights" in lemmas and "defender" in lemmas:
        return "civilian"
    if lemmas & MILITARY_NOUNS or "prisoners of war" in text or "armed forces" in text \
            or any(p in ARMED_PARTIES for p in parties_in(text)):
        return "military"
    if lemmas & CIVILIAN_NOUNS or AGE.search(text):
        return "civilian"
    return "unknown"


def group_of(words: list[Token]) -> str | None:
    """children or women, from the nouns or an age ("a 15-year-old girl")."""
    text = " ".join(t.text for t in words)
    lemmas = {lemma(t) for t in words}
    age = AGE.search(text)
    if age and (int(age.group(1)) < ADULT_AGE or AGE_IN_MONTHS.search(text)):
        return "children"
    if lemmas & CHILD_NOUNS - {"son", "daughter"}:
        return "children"
    if lemmas & WOMEN_NOUNS - {"girl", "daughter"}:
        return "women"
    return None


def sides_named(words: list[Token]) -> list[str]:
    """The countries or armed parties the victims' words name ("Russian soldiers" -> Russia)."""
    return parties_in(" ".join(t.text for t in words))


def non_state_label(words: list[Token]) -> str | None:
    """A side named only by what its fighters are called: "rebels", "separatists"."""
    for t in words:
        if lemma(t) in NON_STATE_FIGHTERS:
            return lemma(t) + "s"
    return None


def names_own_side(words: list[Token]) -> bool:
    """"our comrades", "its soldiers", "its own": the speaker's own side."""
    return any(t.lower_ in OWN_SIDE_POSSESSIVES and t.dep_ in ("poss", "amod", "nmod") for t in words)
