"""Which words report casualties, and whether the report is negated or denied.

A trigger is a verb ("killed"), an adjective ("dead", "missing"), a noun ("deaths",
"casualties") or a phrase ("lost their lives", "taken prisoner", "out of action").
Ambiguous words ("losses", "bodies", "released") count only in a casualty context.
"""
from __future__ import annotations

from spacy.tokens import Token

from toll.extract import lexicon as lx
from toll.extract.cues import DENIAL_VERBS
from toll.extract.figures import VAGUE_HEADS, has_figure, through_vague_head
from toll.extract.victims import is_person, lemma


def outcome_of(token: Token) -> str | None:
    """The outcome ``token`` reports, or None when it is not a casualty trigger."""
    lem, low, pos = token.lemma_.lower(), token.lower_, token.pos_
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN") and not is_person(token.head) \
            and lemma(token.head) not in lx.NOUNS and not token.head.like_num:
        return None  # "a dead end", "the missing link", "a captive legal system": said of no one
    if _natural_death(token):
        return None  # "died from COVID-19": illness is not violence (guide)
    if pos in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        if lem in ("wound", "injure") and any(c.lower_ in ("fatally", "mortally") for c in token.children):
            return lx.KILLED
        if lem == "lay" and any(c.lower_ in ("arms", "weapons") for c in token.children if c.dep_ == "dobj"):
            return lx.CAPTURED
        if lem in lx.INJURING_VERBS:
            if any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in token.children) and lem != "beat":
                return None  # "shot down" an aircraft, "burned up"
            return injuring_outcome(token)
        if lem == "gun" and any(c.lower_ == "down" for c in token.children):
            return lx.KILLED  # "gunned down"
        if lem == "capture" and any(c.dep_ == "prep" and any(lemma(g) in lx.RECORDING_NOUNS for g in c.children)
                                    for c in token.children):
            return None  # "captured on camera": filmed, not taken
        if lem in lx.TRANSITIVE_VERBS or low in ("wounded", "injured", "killed"):
            return lx.TRANSITIVE_VERBS.get(lem) or lx.TRANSITIVE_VERBS.get(low.rstrip("ed"), None) \
                or (lx.INJURED if low in ("wounded", "injured") else lx.KILLED)
        if lem in lx.INTRANSITIVE_VERBS:
            if any(c.dep_ == "dobj" and not (is_person(c) and lem in ("disappear", "drown")) for c in token.children):
                return None  # "surrendered his powers": not the intransitive sense ("drowned them" is)
            if _subject_is_thing(token):
                return None  # "the bill died in committee", "the theory refuses to die"
            return lx.INTRANSITIVE_VERBS[lem]
        if lem == "lose" and any(lemma(c) in ("life", "live") for c in token.children if c.dep_ == "dobj"):
            return lx.KILLED
        if lem == "lose" and _object_is_personnel(token) and not _object_has_trigger(token):
            return lx.CASUALTIES
        if lem in lx.LIFE_TAKING_VERBS and any(c.dep_ == "dobj" and lemma(through_vague_head(c)) in ("life", "live")
                                               for c in token.children):
            return lx.KILLED  # "claiming hundreds of lives"
        if lem == "see" and _never_seen_again(token):
            return lx.MISSING  # "he was never seen again"
        if lem == "lose" and any(c.dep_ == "dobj" and is_person(c) and c.pos_ != "PRON" for c in token.children) \
                and not _object_has_trigger(token):
            return lx.KILLED  # "she lost her husband and two sons", "lost a loved one"
        if lem == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in token.children) \
                and _object_is_people(token):
            return lx.CAPTURED  # "dozens of men were taken away by soldiers"
        if lem == "bury" and _patients_with_figure(token) and any(
                lemma(t) in lx.DEATH_CONTEXT for t in token.subtree if t.i != token.i):
            return lx.KILLED  # "280 people had been buried in mass graves"
        if lem == "be" and _in_medical_care(token):
            return lx.INJURED  # "a three-year-old boy is still in intensive care"
        if lem in lx.TREATMENT_VERBS and _patients_with_figure(token):
            return lx.INJURED  # "34 people are still being treated", "about 150 were hospitalised"
        if lem == "take" and any(c.lower_ in ("prisoner", "prisoners", "hostage", "hostages", "captive")
                                 for c in token.children):
            return lx.CAPTURED
        if lem == "rescue" and not any(lemma(t) in lx.CAPTIVITY_WORDS or participle_lemma(t) in lx.CAPTIVITY_WORDS
                                       for t in token.sent):
            return None  # rescued from rubble or a sinking ferry: not from captivity
        if lem in lx.RELEASE_VERBS and _object_is_people(token):
            return lx.CAPTURED
        if lem == "come" and any(c.lower_ == "home" for c in token.children) and _subject_is_people(token):
            return lx.CAPTURED
        if low in lx.ADJECTIVES:
            return lx.ADJECTIVES[low]
        return None
    verb = participle_lemma(token)
    if verb is not None:  # "two abducted pilots" tagged as an adjective: the verb's outcome
        return lx.TRANSITIVE_VERBS.get(verb) or lx.INJURED
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
        if lem == "victim":
            return victim_noun_outcome(token)
        if lem in lx.PERPETRATOR_NOUNS:
            return lx.PERPETRATOR_NOUNS[lem] if perpetrators_victim(token) is not None else None
        if lem in lx.DISAPPEARANCE_WORDS and _unknown(token):
            return lx.MISSING  # "her whereabouts are unknown"
        if lem == "grave" and any(c.lower_ == "mass" for c in token.children):
            return lx.KILLED  # "a mass grave of Islamic State victims"
        if lem == "shooting" and any(c.lower_ in ("fatal", "deadly") for c in token.children):
            return lx.KILLED  # "the fatal shootings of two men"
        if lem == "body" and not (low == "bodies" or any(c.lower_ == "count" for c in token.head.subtree)
                                  or _of_person(token) or _found_body(token)):
            return None
        if lem == "loss" and not (low == "losses" and _loss_of_people(token)):
            return None
        if lem in ("injury", "wound") and not _suffered(token):
            return None
        if lem == "prisoner" and not _war_captive(token):
            return None  # a jailed person: another kind of event (annotation guide)
        if lem in lx.NOUNS:
            return lx.NOUNS[lem]
        if low in ("pow", "pows", "dead", "wounded", "injured"):
            return lx.NOUNS[low]
    return None


def victim_noun_outcome(noun: Token) -> str | None:
    """"136 more victims", "kidnapping victims", "victims of the massacre": a counted
    victim noun reports what its modifier or of-phrase names, else a death where the
    sentence speaks of death or burial."""
    for c in noun.children:
        named = c if c.dep_ in ("compound", "amod") else next(
            (g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "of" else None
        if named is not None and lemma(named) in lx.NOUNS and lemma(named) != "victim":
            return lx.NOUNS[lemma(named)]
        if named is not None and lemma(named) in lx.CAPTIVITY_WORDS:
            return lx.CAPTURED
    if not has_figure(noun):
        return None
    if any(lemma(t) in lx.DEATH_CONTEXT or outcome_is_killing(t) for t in noun.sent if t.i != noun.i):
        return lx.KILLED
    return None


def outcome_is_killing(token: Token) -> bool:
    return token.lemma_.lower() in lx.TRANSITIVE_VERBS and lx.TRANSITIVE_VERBS[token.lemma_.lower()] == lx.KILLED


def _found_body(noun: Token) -> bool:
    """"a body was found", "I saw another body floating": one dead person, found or seen."""
    return any(c.lower_ in ("a", "another") for c in noun.children) and (
        noun.head.lemma_ in ("find", "see", "discover", "recover", "dump", "pull", "wash")
        or any(c.lemma_ in ("find", "discover", "recover") for c in noun.head.children if c.dep_ == "conj")
        or noun.dep_ == "nsubjpass" and noun.head.lemma_ in ("find", "discover", "recover", "dump"))


def _of_person(noun: Token) -> bool:
    """"the body of a teenage girl": a body named as someone's."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and is_person(g) for g in c.children)
               for c in noun.children)


def _in_medical_care(verb: Token) -> bool:
    """"X is (still) in intensive care / in hospital / in critical condition", said of
    a person: injured."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_person(through_vague_head(subject)) or subject.pos_ == "PRON":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for t in prep.subtree:
            if lemma(t) == "condition":
                if any(c.lower_ in lx.GRAVE_CONDITIONS for c in t.children):
                    return True  # "in critical condition"; "in good condition" is no injury
            elif lemma(t) in lx.CARE_WORDS:
                return True
    return False


def _patients_with_figure(verb: Token) -> bool:
    """People counted as treated or hospitalised: the injured of the sentence."""
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and verb.tag_ == "VBN"):
            head = through_vague_head(c)
            if (c.like_num or has_figure(head)) and (c.like_num or is_person(head)):
                return True
    return False


def injuring_outcome(verb: Token) -> str | None:
    """Violence done to a body: killed with a result phrase ("shot dead", "beaten to
    death", "fatally stabbed"), else injured. None where the verb is only the means of
    a killing coordinated with it ("shot and killed two men"); an injury in its own
    right stays one ("tortured and killed": both)."""
    kids = list(verb.children)
    if any(c.lower_ in lx.KILLING_RESULTS and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj", "ccomp")
           for c in kids) or any(c.lower_ in ("fatally", "mortally") for c in kids) or _to_death(verb):
        return lx.KILLED
    linked = [c for c in kids if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    if verb.lemma_.lower() in lx.MEANS_VERBS and any(
            outcome_is_killing(t) or t.lemma_.lower() in lx.INJURING_VERBS and _to_death(t) for t in linked):
        return None
    return lx.INJURED


def _to_death(verb: Token) -> bool:
    """"beaten to death", "stabbed to death": the result phrase of a killing."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)


def _subject_is_thing(verb: Token) -> bool:
    """The subject of "die" or "disappear", or of the verb it depends on, names no
    person: "the proposal died", "the theory refuses to die", "his voice died down"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "drowned them": the transitive use names its victims as object
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else verb):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.pos_ in ("NOUN", "PROPN") and not is_person(through_vague_head(subject)) \
                and not has_figure(subject)
    return False


def participle_lemma(token: Token) -> str | None:
    """The violence verb of a past participle the tagger took for an adjective
    ("abducted", "kidnapped", "tortured" as JJ), or None."""
    low = token.lower_
    if token.tag_ != "JJ" or not low.endswith("ed") or token.dep_ != "amod":
        return None
    for verb in (low[:-1], low[:-2], low[:-3]):  # "tortured", "abducted", "kidnapped"
        if verb in lx.TRANSITIVE_VERBS or verb in lx.INJURING_VERBS:
            return verb
    return None


def _natural_death(token: Token) -> bool:
    """A death from illness or old age: "died of cancer", "deaths from COVID-19"."""
    if token.lemma_.lower() not in ("die", "death", "dead", "kill", "fatality"):
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        if any(t.lower_ in lx.ILLNESS_WORDS or t.lemma_.lower() in lx.ILLNESS_WORDS for t in prep.subtree):
            return True
    return False


def _war_captive(noun: Token) -> bool:
    """"prisoners of war", "a prisoner exchange", "a prisoner swap": war captives."""
    return any(lemma(t) in lx.WAR_PRISONER_WORDS for t in noun.sent)


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
            head = through_vague_head(c)
            if lemma(head) in lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.PEOPLE_NOUNS | set(lx.NOUNS) \
                    and lemma(head) not in ("life", "one", "name", "body"):
                return has_figure(head) or has_figure(c) or c.like_num
    return False


def _subject_is_people(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and lemma(c) in lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.PEOPLE_NOUNS
               and has_figure(c) for c in verb.children)


def _loss_of_people(noun: Token) -> bool:
    """"heavy losses", "personnel losses", "losses among troops" — not "financial losses"."""
    words = {lemma(t) for t in noun.sent}
    mods = {c.lower_ for c in noun.children}
    if mods & {"financial", "economic", "territorial", "revenue", "crop", "job", "material", "equipment"}:
        return False
    return bool(mods & {"heavy", "human", "personnel", "military", "huge", "significant", "serious"}) \
        or bool(words & lx.MILITARY_NOUNS)


def _suffered(noun: Token) -> bool:
    """Injuries someone has: suffered, sustained, treated for, or had ("a man with
    pellet injuries", "with serious injuries")."""
    head = noun.head
    return head.lemma_ in ("suffer", "sustain", "receive", "treat", "endure") or \
        (head.dep_ == "prep" and head.head.lemma_ in ("treat", "hospitalise", "hospitalize")) or \
        (noun.dep_ == "pobj" and head.lower_ == "with" and (is_person(head.head) or head.head.pos_ in ("VERB", "AUX")))


def perpetrators_victim(noun: Token) -> Token | None:
    """The victim a perpetrator noun names: "the killer of an activist" (of-phrase), "the
    journalist's kidnapper" (possessor); None for a perpetrator named alone."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            victim = next((g for g in c.children if g.dep_ == "pobj"), None)
            if victim is not None and is_person(victim):
                return victim
        if c.dep_ == "poss" and c.pos_ != "PRON" and is_person(c):
            return c
    return None


def _unknown(noun: Token) -> bool:
    """"whereabouts are unknown", "whereabouts have not been revealed"."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if verb.lemma_.lower() in lx.UNKNOWN_WORDS and (any(c.dep_ == "neg" for c in verb.children)
                                                    or verb.lemma_.lower() in ("unknown", "unclear")):
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in ("unknown", "unclear") for c in verb.children)


def _never_seen_again(verb: Token) -> bool:
    """"He was never seen again", "has not been seen since": missing."""
    kids = {c.lower_ for c in verb.children}
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and ("never" in kids or "not" in kids or "n't" in kids) and bool(kids & {"again", "since"})


CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "acl", "amod",
                "attr", "acomp", "relcl", "oprd", "compound", "appos", "nummod"}


def is_negated(trigger: Token) -> bool:
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


def is_denied(trigger: Token) -> bool:
    token = trigger
    for _ in range(5):
        if token.lemma_ in DENIAL_VERBS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
