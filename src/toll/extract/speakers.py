"""Who a mention of a source is: one resolver for claimants and speakers alike.

News names a source in full once ("Ukrainian President Volodymyr Zelensky", "a senior
U.S. defense official") and then by surname, pronoun or role noun ("Zelensky", "he",
"the official"). :class:`SpeakerResolver` reads the article once, indexes the people
it names (with the titles and appositions that give their role) and the sources that
speak, and maps any later mention back to the fullest name the article gives.
Resolution looks only backwards from the mention, so the answer does not depend on
the order in which the extractors ask.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from toll.extract import cues
from toll.model import Source
from toll.dateline import is_dateline, read_dateline
from toll.lang.punctuation import DASHES
from toll.lang.countries import ALIASES, FORMER_STATES_AND_BLOCS
from toll.lang.countries import SEATS_OF_POWER as SEAT_NAMES
from toll.places import COUNTRY_NAMES, SEATS, party_of
from toll.places import DEMONYMS as COUNTRY_DEMONYMS

DEMONYMS: dict[str, str] = ({k: v for k, v in ALIASES.items() if " " not in k}
                             | COUNTRY_DEMONYMS
                             | {k: v for k, v in FORMER_STATES_AND_BLOCS.items() if " " not in k})
"""Adjectives and abbreviations of countries, for affiliations ("Russian" -> "Russia",
"U.S." -> "United States"), from the one country table in :mod:`toll.lang`."""

SEATS_OF_POWER: dict[str, str] = SEATS
"""Capitals and seats of government that news uses for their state ("Kyiv said")."""

SEAT_BUILDINGS: dict[str, str] = {k: v for k, v in SEAT_NAMES.items() if " " in k}
"""Seats of power of more than one word, found anywhere in a phrase ("State Department
spokeswoman")."""

COUNTRIES: dict[str, str] = COUNTRY_NAMES | {k: v for k, v in FORMER_STATES_AND_BLOCS.items() if " " in k}
"""Country names by their lower case, so that "Ukraine's ministry" is tied to Ukraine."""


def is_place(name: str) -> bool:
    """Whether a name is a country or a seat of government (never a person)."""
    return name.lower() in COUNTRIES or name.lower() in SEATS_OF_POWER

PERSON_NOUNS = frozenset({
    "official", "spokesperson", "spokesman", "spokeswoman", "minister", "president",
    "governor", "mayor", "general", "commander", "chief", "head", "director", "secretary",
    "ambassador", "envoy", "diplomat", "analyst", "expert", "witness", "resident",
    "doctor", "nurse", "medic", "source", "aide", "adviser", "advisor", "lawmaker",
    "senator", "representative", "candidate", "nominee", "leader", "chairman", "chair",
    "chairwoman", "officer", "soldier", "survivor", "mother", "father", "man", "woman",
    "worker", "volunteer", "researcher", "professor", "economist", "strategist",
    "pollster", "historian", "attorney", "lawyer", "judge", "prosecutor", "journalist",
    "reporter", "correspondent", "editor", "activist", "campaigner", "organizer",
    "manager", "staffer", "operative", "voter", "supporter", "critic", "observer",
    "member", "person", "people", "administrator", "coordinator", "investigator",
    "monitor", "prime", "premier", "king", "queen", "prince", "emir", "pope", "rabbi",
    "imam", "priest", "bishop", "teacher", "student", "farmer", "driver", "villager",
    "neighbour", "neighbor", "relative", "friend", "colleague", "rescuer", "paramedic",
    "surgeon", "physician", "commissioner", "deputy", "counselor", "counsellor",
    "negotiator", "mediator", "representative", "delegate", "inspector", "ombudsman",
    "speaker", "whip", "councillor", "councilman", "councilwoman", "governor",
    "admiral", "colonel", "captain", "sergeant", "lieutenant", "brother", "sister", "wife",
    "husband", "son", "daughter", "host", "anchor", "founder", "owner", "executive",
    "businessman", "businesswoman", "congressman", "congresswoman", "actor", "actress",
    "singer", "author", "writer", "columnist", "commentator", "pundit", "consultant",
})
"""Nouns naming people, so that "the official" is a person, not an organisation."""

TITLES = frozenset({"gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
                    "dr", "prof", "rev", "pres", "supt", "insp", "cmdr", "brig"})
"""Abbreviated titles before a name ("Lt. Gen.", "Sen.")."""

MILITARY_NOUNS = frozenset({
    "army", "military", "force", "forces", "troop", "command", "staff", "navy",
    "brigade", "battalion", "regiment", "division", "corps", "militia", "guard",
    "idf", "marines", "airforce", "unit",
})
GOVERNMENT_NOUNS = frozenset({
    "government", "ministry", "office", "administration", "authority", "authorities",
    "kremlin", "cabinet", "presidency", "department", "embassy", "state", "police",
    "council", "parliament", "legislature", "regime", "junta", "mission", "prosecutor",
    "service", "committee", "commission", "agency", "municipality", "governorate",
    "city", "region", "province", "oblast",
})
MEDIA_NOUNS = frozenset({
    "newspaper", "tv", "television", "broadcaster", "channel", "outlet", "media",
    "daily", "times", "post", "journal", "network", "radio", "news", "press", "tribune",
    "gazette", "herald", "magazine", "paper", "wire", "telegraph", "guardian",
})
WIRE_SERVICES = frozenset({
    "reuters", "ap", "a.p.", "afp", "associated press", "agence france-presse", "tass",
    "ria novosti", "interfax", "xinhua", "cctv", "bbc", "cnn", "al jazeera", "ukrinform",
    "efe", "dpa", "ansa", "kyodo", "yonhap", "anadolu", "wafa", "sana", "irna",
})
"""The news agencies and broadcasters most quoted worldwide, whose names carry no media
noun ("Reuters said")."""

SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
            "spokespeople": "spokesperson", "spokesmen": "spokesperson",
            "officials": "official", "authorities": "authority"}
"""Role nouns that name the same role, so "the spokesman" finds "a spokeswoman"."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "its", "their"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "another"})
TRIMMED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "advcl", "parataxis"})
"""Parts of a mention cut from its name: "X, a spokesperson, who ..." is named "X"."""

HONORIFICS = {"mr.": 1, "mr": 1, "mrs.": -1, "mrs": -1, "ms.": -1, "ms": -1, "miss": -1}
PRONOUN_GENDER = {"he": 1, "him": 1, "his": 1, "himself": 1,
                  "she": -1, "her": -1, "hers": -1, "herself": -1}
"""Votes for "he" (+1) or "she" (-1)."""


PRONOUN_WINDOW = 600
"""How far back (in tokens, about three paragraphs) a pronoun looks for its source."""

EPITHET_WINDOW = 250
"""How far back (in tokens, a paragraph or two) an epithet ("the spokesman") looks for
the person it stands for when no earlier source has its words."""

OFFICES = frozenset({
    "president", "governor", "mayor", "senator", "minister", "secretary", "ambassador",
    "premier", "chancellor", "king", "queen", "emir", "pope", "judge", "prosecutor",
    "representative", "congressman", "congresswoman", "commissioner", "speaker",
})
"""Offices one person holds at a time: "the governor" is the person the article gave
that office, never just the last person who spoke."""

EPITHET_NOUNS = frozenset({
    "spokesperson", "official", "nominee", "candidate", "lawmaker", "leader", "commander",
    "chief", "strategist", "adviser", "advisor", "aide", "businessman", "businesswoman",
    "billionaire", "mogul", "politician", "diplomat", "envoy", "general", "officer",
    "director", "chairman", "chairwoman", "executive", "campaigner", "activist",
})
"""Roles news uses as epithets for a person it has just named ("the spokesman", "the
Republican nominee", "the billionaire")."""

NEUTRAL_MODIFIERS = frozenset({"top", "senior", "chief", "main", "official", "military", "'s", "’s",
                               "presidential"})
"""Words of an epithet that say nothing of who is meant ("the top official")."""

ABBREVIATED_OFFICES = {"sen": "senator", "gov": "governor", "rep": "representative",
                       "pres": "president", "amb": "ambassador", "sec": "secretary"}


@dataclass(frozen=True)
class Mention:
    """A source named in the article: where, as whom, and how salient: ``SPOKE`` for
    the subject of speech or of a main clause, ``SUBJECT`` for the subject of a
    subordinate clause, ``NAMED`` for any other mention. ``plural`` for a group
    ("officials", "Ukraine and Russia"), which "they" can mean and "he" cannot."""
    start: int
    source: Source
    head: str
    salience: int
    plural: bool = False
    group_only: bool = False  # a group named as the subject of any main clause


SPOKE, SUBJECT, NAMED = 2, 1, 0


def displaced_subject(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung on a phrase before it: "At a
    rally in Ohio, 62-year-old Jane Roe also railed against ..." (Roe read as the
    object of "in"), "At the club, Tom Berg, its president, suggested that ...". When
    the verb has no subject of its own, the noun phrase ending right before it
    (adverbs, auxiliaries and a comma between) inside a phrase the verb governs; of
    an apposition or coordination, the person it names."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(
            is_subject(c) for c in verb.children):
        return None
    doc, first = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > first and doc[i].head.i == verb.i and doc[i].dep_ in ("advmod", "aux", "auxpass", "neg"):
        i -= 1
    if i > first and doc[i].text == ",":
        i -= 1
    token = doc[i]
    if (token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("pobj", "appos", "conj")
            or token.ent_type_ in ("DATE", "TIME")):
        return None
    if not any(c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod")
               and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children):
        return None
    while (token.dep_ in ("conj", "appos") and token.ent_type_ != "PERSON"
           and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")):
        token = token.head
    while token.dep_ == "conj" and token.head.ent_type_ == "PERSON" and token.head.i < token.i:
        token = token.head  # people named together speak together
    return token


def salience_of(token: Token) -> int:
    """How likely a later pronoun is to mean this mention (see :class:`Mention`): the
    subject of a main clause (coordinated main clauses included) ranks first, also
    when the parser hung it elsewhere (:func:`displaced_subject`)."""
    if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.dep_ == "ROOT":
        return SUBJECT  # "Roe's advice earned her ...": the person the sentence is about
    if token.dep_ not in ("nsubj", "nsubjpass"):
        displaced = displaced_subject(token.sent.root)
        return SPOKE if displaced is not None and displaced.i == token.i else NAMED
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return SPOKE if clause.dep_ == "ROOT" else SUBJECT


def speaks(verb: Token) -> bool:
    """Whether a speech verb here reports speech: not negated, and not a verb of
    speech used for something else ("divers continued to pull bodies")."""
    return cues.is_speech_verb(verb) and not any(
        c.dep_ in ("neg", "xcomp") for c in verb.children)


def is_plural(token: Token) -> bool:
    """Whether a mention's head names a group: a plural noun, coordinated names, or
    "they"."""
    if token.lower_ in ("they", "them", "we"):
        return True
    if token.tag_ in ("NNS", "NNPS") and token.ent_type_ not in ("ORG", "GPE"):
        return True
    return any(c.dep_ == "conj" for c in token.children) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children)


def role_key(word: str) -> str:
    """The key under which a role noun is compared ("spokesmen" -> "spokesperson")."""
    word = word.lower()
    return SYNONYMS.get(word, word)


def is_pronoun(token: Token) -> bool:
    """Whether the token is a pronoun that can stand for a source."""
    return token.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS


MARKUP_CHARACTERS = "<>{};="
"""Characters of HTML, script or SQL that never occur in a person's or an office's name."""


def name_tokens(mention: Span) -> list[Token]:
    """The tokens that name a mention: its head's phrase within its paragraph, without
    appositions, relative clauses, trailing punctuation and a leading determiner."""
    root = mention.root
    cut = {t.i for child in root.children if child.dep_ in TRIMMED_DEPS and child.i > root.i
           for t in child.subtree}
    breaks = [t.i for t in mention if "\n" in t.text_with_ws]
    start = max((i + 1 for i in breaks if i < root.i), default=mention.start)
    end = min((i + 1 for i in breaks if i >= root.i), default=mention.end)
    comma = next((t.i for t in mention if t.i > root.i and t.text in (",", "(", "—", "–", "--")), None)
    if comma is not None:
        end = min(end, comma)  # "Critics of the plan, like ...", "Officials at X, a division of Y"
    tokens = [t for t in mention if start <= t.i < end and t.i not in cut]
    tokens = after_dateline(tokens)
    code = [t.i for t in tokens if any(ch in t.text for ch in MARKUP_CHARACTERS)]
    if code:  # "<script>…</script> Officials", "Robert'); DROP TABLE …": a name is never code
        tokens = [t for t in tokens if t.i > max(code)] if root.i > max(code) else []
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "case"):
        tokens.pop()
    return tokens


def past_dateline(mention: Span) -> Span:
    """A mention without the wire dateline the parser took into it: "WASHINGTON --
    President Obama, ..." and "Washington (Wire) – Jane Roe" are "President Obama, ..."
    and "Jane Roe"."""
    if not len(mention):
        return mention
    dash = next((t.i for t in mention[:12] if t.text in DASHES), None)
    if dash is None or dash + 1 >= mention.end:
        return mention
    before = mention.doc[mention.start:dash]
    if not is_dateline(list(before)):
        return mention
    return mention.doc[dash + 1:mention.end]


def offices_of(source: Source) -> set[str]:
    """The offices a source's role or name gives ("Sen." -> "senator"), without those
    of a vice or deputy ("Vice President" holds no presidency)."""
    words = [w.strip(".,").lower() for w in f"{source.role or ''} {source.name}".split()]
    found = set()
    for k, word in enumerate(words):
        word = ABBREVIATED_OFFICES.get(word, word)
        if word in OFFICES and not (k and words[k - 1] in ("vice", "deputy", "deputy-")):
            found.add(word)
    return found


def described(source: Source) -> set[str]:
    """The words an epithet may use of a source: those of its name and role, and its
    country by name and by adjective ("Russian" fits a source of Russia)."""
    found = {role_key(w.strip(".,()")) for w in f"{source.name} {source.role or ''}".split()}
    found |= {ABBREVIATED_OFFICES.get(w, w) for w in found}
    if source.affiliation:
        country = source.affiliation.lower()
        found |= {country} | {adj for adj, name in DEMONYMS.items() if name.lower() == country}
    return found


FUNCTIONARY_WORDS = frozenset({
    "spokesperson", "official", "minister", "governor", "mayor", "general", "commander",
    "admiral", "colonel", "major", "officer", "secretary", "head", "chief", "deputy",
    "ombudsman", "commissioner", "prosecutor", "adviser", "advisor", "aide", "envoy",
    "president", "premier", "chancellor", "lt", "col", "gen", "maj", "adm", "brig",
})
"""Words of a role whose holder speaks for a state or armed party."""

NATIONAL_OFFICES = FUNCTIONARY_WORDS - {"president", "premier", "chancellor", "envoy",
                                        "adviser", "advisor", "aide", "secretary"}

NON_STATE_WORDS = frozenset({"rebel", "rebels", "separatist", "separatists", "insurgent",
                             "militant", "militants", "opposition", "prime", "foreign"})
"""Words of a role that a dateline cannot place: a rebel spokesman or a prime minister
quoted from a war zone may well be of the other side."""
"""Functionaries whom a dateline can place: a story filed from a country quotes its
ministers, governors and officers (but often a foreign president or envoy)."""


def role_words(person: Source) -> set[str]:
    return {role_key(w.strip(".,’'")) for w in (person.role or "").split()}


def is_functionary(person: Source) -> bool:
    """Whether a person's role makes them speak for a state or armed party."""
    return bool(role_words(person) & FUNCTIONARY_WORDS)


def is_national_official(person: Source) -> bool:
    words = role_words(person)
    return bool(words & NATIONAL_OFFICES) and not words & NON_STATE_WORDS


def dateline_party(doc: Doc) -> str | None:
    """The side whose officials a wire dateline lets speak: "MOSCOW, Sept 21 (Wire) -"
    -> Russia; a town in a war zone ("KHARKIV -") -> None, either side may speak from it."""
    dateline = read_dateline(doc.text)
    return dateline.seat_country if dateline is not None else None


def after_dateline(tokens: list[Token]) -> list[Token]:
    """The tokens after a dateline the parser took into the mention ("WASHINGTON —
    President Obama", "KYIV, May 3 (Reuters) - The army")."""
    dash = next((k for k, t in enumerate(tokens[:12]) if t.text in DASHES), None)
    if dash is None or not is_dateline(tokens[:dash]):
        return tokens
    return tokens[dash + 1:]


def text_of(tokens: list[Token]) -> str:
    """The article text the tokens cover, from the first to the last."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text.strip()


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "around", "across"})


def affiliation_of(tokens: list[Token]) -> str | None:
    """The country or armed party a phrase ties its source to: "Russia's defense
    ministry", "a senior U.S. official", "Ukrainian President", "Gaza's health ministry",
    "officials in Kharkiv" -> the party's name. A place only says where an institution
    sits ("the UN mission in Ukraine" is not Ukraine's), and a place that is no party's
    ("Vilnius") gives none."""
    if any(t.lower_ in INTERNATIONAL for t in tokens):
        return None  # "the UN mission in Ukraine", "UNICEF's director for Sudan"
    text = " ".join(t.lower_ for t in tokens)
    for seat, country in SEAT_BUILDINGS.items():
        if seat in text:
            return country  # "State Department spokeswoman"
    for token in tokens:
        key = token.lower_
        if not (token.ent_type_ in ("GPE", "NORP") or key in DEMONYMS or key in COUNTRIES
                or party_of(token.text)):
            continue
        if located_only(token) or only_a_topic(token) or located_non_official(token):
            continue
        ent = entity_of(token)
        text = ent.text if ent is not None and ent.label_ in ("GPE", "NORP") else token.text
        text = text.removesuffix("’s").removesuffix("'s")
        found = (party_of(text) or DEMONYMS.get(text.lower()) or SEATS_OF_POWER.get(text.lower())
                 or COUNTRIES.get(text.lower()))
        if found:
            return found
    return None


INTERNATIONAL = frozenset({
    "un", "u.n.", "nations", "unicef", "unhcr", "unrwa", "ocha", "ohchr", "who", "icrc",
    "nato", "osce", "iom", "wfp", "msf", "amnesty", "hrw", "iaea", "interpol", "imf",
})
"""Words naming international organisations, whose people speak for no one country."""

TOPIC_NOUNS = frozenset({
    "analyst", "expert", "researcher", "correspondent", "specialist", "scholar",
    "observer", "historian", "economist", "journalist", "reporter", "editor", "programme",
    "program", "desk", "director", "professor", "fellow", "watcher", "coordinator",
})
"""Nouns a place name can qualify as a subject of study or work ("a Russia analyst",
"the Ukraine programme director"), not as a side."""


def only_a_topic(token: Token) -> bool:
    """Whether a place qualifies a noun as its topic: "Iran analyst"."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in TOPIC_NOUNS


def _locative_holder(token: Token) -> Token | None:
    """What a place in a locative phrase is attached to: "the mission" of "the mission
    in Ukraine", "analysts" of "analysts in Vilnius"; None outside such a phrase."""
    head = token
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return None
    return head.head.head


def located_only(token: Token) -> bool:
    """Whether a place token only locates an institution ("the mission in Ukraine"),
    rather than people of that place ("officials in Kharkiv")."""
    holder = _locative_holder(token)
    return holder is not None and not (holder.pos_ == "NOUN" and role_key(holder.lemma_) in PERSON_NOUNS)


def located_non_official(token: Token) -> bool:
    """Whether a place token only says where people are who do not speak for it:
    "analysts in Vilnius" are no side, "officials in Kharkiv" are Ukraine's."""
    holder = _locative_holder(token)
    return holder is not None and holder.pos_ == "NOUN" and role_key(holder.lemma_) not in FUNCTIONARY_WORDS


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any (without listing all entities)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and token.ent_iob_ != "B" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def split_title(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """A name the tagger did not mark as a person, cut into title and name: "Governor
    Ana Ruiz" -> ("Governor", "Ana Ruiz"); ([], []) when it is not a titled name."""
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i - 1].lower_ in PERSON_NOUNS or tokens[i - 1].lower_.rstrip(".") in TITLES:
            name = tokens[i:]
            if all(t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON") and is_name_word(t)
                   for t in name):
                return tokens[:i], name
            break
    return [], []


NAME_ENTITY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
"""Entity types the tagger gives titled names it did not recognise as people."""


def is_title(token: Token) -> bool:
    """Whether a token is a title before a name: "Spokeswoman", "Gen.", "minister"."""
    return token.lower_ in PERSON_NOUNS or token.lower_.rstrip(".") in TITLES


def is_name_word(token: Token) -> bool:
    """Whether a token can be part of a person's name: a capitalised proper noun that
    is not itself a title, an institution's noun or a country."""
    text = token.text
    return (token.pos_ == "PROPN" and text[:1].isupper() and any(c.islower() for c in text)
            and not is_title(token) and token.lower_ not in GOVERNMENT_NOUNS | MILITARY_NOUNS
            and token.lower_ not in DEMONYMS and not is_place(text))


def titled_name(ent: Span) -> Span | None:
    """The name in an entity the tagger did not take for a person but a title marks as
    one: "Spokeswoman Jane Roe" (tagged as an organisation) -> "Jane Roe"."""
    doc = ent.doc
    titles = [t.i for t in ent if is_title(t)]
    start = titles[-1] + 1 if titles else ent.start
    if not titles and not (ent.start > 0 and is_title(doc[ent.start - 1])):
        return None
    name = doc[start:ent.end]
    if len(name) < 2 or not all(is_name_word(t) for t in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def person_spans(doc: Doc) -> list[Span]:
    """Where the article names people: its person entities, and titled names the
    tagger took for something else."""
    spans = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start = ent.start
            while start < ent.end - 1 and is_title(doc[start]) and is_name_word(doc[start + 1]):
                start += 1  # "Spokeswoman Jane Roe" taken whole
            spans.append(hyphenated(Span(doc, start, ent.end, label="PERSON")))
        elif ent.label_ in NAME_ENTITY_LABELS:
            name = titled_name(ent)
            if name is not None:
                spans.append(hyphenated(name))
    return spans


def hyphenated(name: Span) -> Span:
    """A name with the second half of a double-barrelled surname the tagger left out:
    "Jane Holloway" + "-Brightwater"."""
    doc, end = name.doc, name.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].pos_ == "PROPN"):
        end += 2
    return name if end == name.end else Span(doc, name.start, end, label="PERSON")


def kind_of(tokens: list[Token]) -> str:
    """What kind of source a name is, from its entity type and head noun."""
    if not tokens:
        return "unknown"
    text = text_of(tokens).lower()
    head = tokens[-1]
    root = min(tokens, key=lambda t: (t.head.i in {x.i for x in tokens}, t.i))
    heads = {role_key(head.lower_), role_key(root.lemma_), root.lemma_.lower()}
    if text in WIRE_SERVICES or heads & MEDIA_NOUNS:
        return "media"
    if is_place(text):
        return "government"
    if heads & PERSON_NOUNS or root.ent_type_ == "PERSON" or (
            root.pos_ == "PROPN" and not root.ent_type_ and len(tokens) <= 3):
        return "person"
    if heads & MILITARY_NOUNS:
        return "military"
    if heads & GOVERNMENT_NOUNS or root.ent_type_ == "GPE":
        return "government"
    if root.ent_type_ in ("ORG", "NORP"):
        return "organization"
    return "unknown"


def last_name(name: str) -> str:
    """The last word of a name: "Linda Thomas-Greenfield" -> "Thomas-Greenfield"."""
    return name.split()[-1] if name.split() else name


def surname_matches(a: str, b: str) -> bool:
    """Whether two surnames are one name, allowing the slips news makes with foreign
    names: an inflected ending ("Konashenkova") or one letter off ("Greeenfield"), and
    a double-barrelled name given by its last part ("Thomas-Greenfield", "Greenfield")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if ("-" in a) != ("-" in b):
        a, b = a.rsplit("-", 1)[-1], b.rsplit("-", 1)[-1]
        if len(a) < 5 or len(b) < 5:
            return False
        if a == b:
            return True
    if min(len(a), len(b)) < 5:
        return False
    if a.startswith(b) or b.startswith(a):
        return abs(len(a) - len(b)) <= 2
    return abs(len(a) - len(b)) <= 1 and edit_distance_at_most_one(a, b)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """Whether one insertion, deletion or substitution turns ``a`` into ``b``."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def clean_name(text: str) -> str:
    """A person's name without a possessive ending."""
    return text.strip().removesuffix("’s").removesuffix("'s").strip()


def description_words(tokens: list[Token], root: Token) -> set[str]:
    """The words of a description as roles are compared: the head noun singular."""
    return {role_key(t.lemma_ if t.i == root.i else t.text) for t in tokens if not t.is_punct}


def first_names_agree(a: str, b: str) -> bool:
    """Whether two names of one surname can be one person: one lacks a first name or
    both have the same one ("Clinton" fits "Bill Clinton"; "Hillary Clinton" does not)."""
    a_words, b_words = a.split(), b.split()
    return len(a_words) == 1 or len(b_words) == 1 or a_words[0].lower() == b_words[0].lower()


def is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


class SpeakerResolver:
    """Resolves mentions of sources in one article to the fullest name it gives."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._quoted = cues.quoted_tokens(doc, cues.article_quotes(doc))
        self._mentions: list[Mention] = []
        self._starts: list[int] = []
        self._people: dict[int, Source] = {}  # name start -> the person it names
        self._person_at: dict[int, int] = {}  # token of a person's name -> name start
        self._genders: dict[str, str] = {}  # fullest name -> "he" or "she"
        self._descriptions: dict[str, set[str]] = {}  # fullest name -> words of all its roles
        self._index_people()
        self._index_speakers()
        self._affiliate_from_context()

    # ------------------------------------------------------------------ indexing

    def _add(self, mention: Mention) -> None:
        """Record a mention, keeping the list in text order."""
        i = bisect_right(self._starts, mention.start)
        self._starts.insert(i, mention.start)
        self._mentions.insert(i, mention)

    def _index_people(self) -> None:
        """Every person the article names, each under the fullest form of the name it
        gives, with the first role and affiliation any mention of them gives. Names in
        quotes count for the fullest name; only names outside quotes can be what a
        later pronoun means."""
        found = []  # (name span, name, role, affiliation)
        for span in person_spans(self.doc):
            name = clean_name(span.text)
            if any(c.isalpha() for c in name) and not is_place(name):
                found.append((span, name, *self._role_of(span)))
        names = [name for _, name, _, _ in found]
        for span, name, _, _ in found:
            full = self._fullest(name, names)
            same = [(role, aff) for _, other, role, aff in found
                    if other == full or other == name
                    or (surname_matches(last_name(other), last_name(full))
                        and first_names_agree(other, full))]
            person = Source(name=full, kind="person",
                            role=next((role for role, _ in same if role), None),
                            affiliation=next((aff for _, aff in same if aff), None))
            self._descriptions.setdefault(full, set()).update(
                role_key(w.strip(".,()")) for role, _ in same if role for w in role.split())
            self._people[span.start] = person
            for i in range(span.start, span.end):
                self._person_at[i] = span.start
            if not self._quoted[span.start]:
                self._add(Mention(span.start, person, "", salience_of(span.root)))
        named = [(span.start, span.root) for span, _, _, _ in found if not self._quoted[span.start]]
        named += self._index_untagged_names()
        self._genders = self._learn_genders(named)

    def _index_untagged_names(self) -> list[tuple[int, Token]]:
        """Names of people the article has named that the tagger did not mark as people
        this time ("Schiff called on ...", tagged a place): every proper noun outside
        quotes that gives the surname of a known person. A subject among them is a
        mention a later pronoun can mean. Returns (name start, head) of each."""
        doc, found = self.doc, []
        if not self._people:
            return found
        named_outside = {p.name for at, p in self._people.items() if not self._quoted[at]}
        surnames = {last_name(name).lower() for name in named_outside}
        for token in doc:
            if (token.pos_ != "PROPN" or token.i in self._person_at or self._quoted[token.i]
                    or not is_name_word(token)
                    or (token.dep_ == "compound" and token.head.pos_ == "PROPN")):
                continue
            if clean_name(token.text).lower() not in surnames and not any(
                    surname_matches(clean_name(token.text), s) for s in surnames):
                continue
            start = token.i
            while (start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i
                   and is_name_word(doc[start - 1])):
                start -= 1
            person = self._known_person(doc[start:token.i + 1].text, token.i)
            if person is None or person.name not in named_outside:
                continue
            found.append((start, token))
            if token.dep_ in ("nsubj", "nsubjpass"):
                self._add(Mention(start, person, "", salience_of(token)))
            self._people.setdefault(start, person)
        return found

    def person_at(self, token: Token) -> Source | None:
        """The person whose name ``token`` is part of, if any."""
        start = self._person_at.get(token.i)
        return None if start is None else self._people[start]

    def _learn_genders(self, named: list[tuple[int, Token]]) -> dict[str, str]:
        """Whether the article calls each person "he" or "she", from its own words: an
        honorific ("Mr.", "Ms."), a gendered role ("spokeswoman"), and the pronouns of
        sentences that name that person and no other (``named``: where the article names
        people outside quotes, name start and head)."""
        votes: dict[str, int] = {}
        by_sentence: dict[int, set[str]] = {}
        for start, head in named:
            if head.dep_ == "compound" and head.head.pos_ == "NOUN":
                continue  # "the Roe campaign" speaks of the campaign, not of Roe
            person = self._people[start]
            before = self.doc[start - 1].lower_ if start else ""
            role = (person.role or "").lower()
            votes[person.name] = votes.get(person.name, 0) + HONORIFICS.get(before, 0) + (
                -1 if "woman" in role else 1 if role.endswith("man") else 0)
            by_sentence.setdefault(head.sent.start, set()).add(person.name)
        for start, names in by_sentence.items():
            if len(names) == 1:
                name = next(iter(names))
                sent = self.doc[start].sent
                votes[name] += sum(PRONOUN_GENDER.get(t.lower_, 0) for t in sent
                                   if not self._quoted[t.i])
        return {name: "he" if v > 0 else "she" for name, v in votes.items() if v}

    @staticmethod
    def _fullest(name: str, names: list[str]) -> str:
        """The fullest form of a person's name among all the names in the article; a
        bare surname shared by several people goes to the one named most often."""
        surname = last_name(name)
        longer = [other for other in names if len(other.split()) > 1
                  and surname_matches(last_name(other), surname)
                  and first_names_agree(other, name)]
        if not longer:
            return name
        most = max(longer.count(other) for other in longer)
        frequent = [other for other in longer if longer.count(other) == most]
        return max(frequent, key=lambda other: (len(other.split()), len(other), -longer.index(other)))

    def _role_of(self, ent: Span) -> tuple[str | None, str | None]:
        """The role a person's mention gives: an apposition ("X, a spokesperson for
        ...", "the head of ..., X") or a title before the name ("U.S. Deputy Secretary
        of State X")."""
        root = ent.root
        appos = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
        if appos:
            tokens = name_tokens(self.doc[appos[0].left_edge.i:appos[0].right_edge.i + 1])
        elif (root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN"
              and role_key(root.head.lemma_) in PERSON_NOUNS | EPITHET_NOUNS):
            head = root.head
            own = {t.i for t in root.subtree}
            tokens = [t for t in name_tokens(self.doc[head.left_edge.i:head.right_edge.i + 1])
                      if t.i < ent.start and t.i not in own]
        else:
            tokens = [t for t in self.doc[root.left_edge.i:ent.start]
                      if t.dep_ not in ("det", "poss", "case", "punct")
                      and t.ent_type_ in ("", "GPE", "NORP", "ORG")]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in DETERMINERS):
            tokens.pop()
        affiliation = affiliation_of(tokens)
        if not appos and affiliation and tokens and tokens[0].ent_type_ in ("GPE", "NORP"):
            tokens = [t for t in tokens if t.ent_type_ not in ("GPE", "NORP")] or tokens
        while tokens and (tokens[0].dep_ == "case" or tokens[0].is_punct):
            tokens.pop(0)
        if not any(t.is_alpha for t in tokens):
            return None, affiliation
        return text_of(tokens), affiliation

    def _affiliate_from_context(self) -> None:
        """A side for the people who speak for one without the article saying so by
        their name: a spokesperson or officer in a paragraph about one country's
        institution ("Russia's defence ministry gave its figure. Major General Jane Roe
        told reporters ..."), an official with a national title in a story datelined
        in that country's territory. Nothing is guessed when the context names
        institutions of several sides."""
        dateline = dateline_party(self.doc)
        for mention in self._mentions:
            person = mention.source
            if person.kind != "person" or person.affiliation or mention.salience != SPOKE \
                    or mention.plural or not is_functionary(person):
                continue
            sides = self._institution_sides(mention.start)
            if len(sides) == 1:
                person.affiliation = sides.pop()
            elif not sides and dateline and is_national_official(person):
                person.affiliation = dateline

    def _institution_sides(self, start: int) -> set[str]:
        """The sides of the institutions ("Russia's defence ministry", "the Ukrainian
        army") named in the paragraph before token ``start``."""
        doc = self.doc
        first = start
        while first > 0 and "\n" not in doc[first - 1].text_with_ws:
            first -= 1
        sides = set()
        for token in doc[first:start]:
            if token.pos_ in ("NOUN", "PROPN") and role_key(token.lemma_) in GOVERNMENT_NOUNS | MILITARY_NOUNS \
                    and not self._quoted[token.i]:
                side = affiliation_of([t for t in token.subtree if t.i <= token.i])
                if side:
                    sides.add(side)
        return sides

    def _index_speakers(self) -> None:
        """Every source that speaks, resolved in text order, so that "the official",
        "it" and "he" find the source that spoke before (a pronoun resolved here is
        what the next pronoun finds): subjects of speech verbs and the objects of
        "according to"."""
        for token in self.doc:
            if self._quoted[token.i]:
                continue
            if cues.is_according_to(token):
                to = token.nbor(1)
                for obj in (c for c in to.children if c.dep_ == "pobj"):
                    self._index_speaker(obj)
            elif speaks(token):
                trailing = cues.trailing_attribution(token)
                if trailing is not None:
                    phrase = self.doc[trailing[0]:trailing[1]]
                    self._index_speaker(phrase.root, phrase)
                    continue
                for child in token.children:
                    if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl" \
                            and token.head.pos_ in ("NOUN", "PROPN") and not self._quoted[token.head.i]:
                        self._index_speaker(token.head)  # "Jane Roe, who said ..."
                    elif child.dep_ == "nsubj" or (child.dep_ == "nsubjpass"
                                                   and cues.lemma(token) in cues.PASSIVE_SPEECH):
                        self._index_speaker(child)
                displaced = displaced_subject(token)
                if displaced is not None and not self._quoted[displaced.i]:
                    self._index_speaker(displaced)
            elif (token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN")
                  and is_plural(token) and salience_of(token) == SPOKE):
                self._index_speaker(token, group=True)  # "Critics ... sent a letter. “...,” they wrote."

    def _index_speaker(self, head: Token, phrase: Span | None = None, group: bool = False) -> None:
        source = self.resolve(phrase or self.doc[head.left_edge.i:head.right_edge.i + 1])
        if source is not None:
            self._add(Mention(head.i, source, role_key(head.lemma_), SPOKE,
                              is_plural(head) and not is_pronoun(head), group))

    # ------------------------------------------------------------------ resolving

    def resolve(self, mention: Span) -> Source | None:
        """The source a mention names, or None for an empty mention.

        A person's name gives the fullest form of it in the article with role and
        affiliation; a pronoun or a definite role noun ("the spokesperson", "the
        office", "the Vermont senator") the source it refers back to; anything else
        its own description, determiner dropped ("a senior U.S. defense official" ->
        "senior U.S. defense official").
        """
        mention = past_dateline(mention)
        tokens = name_tokens(mention)
        if not tokens:
            return None
        if len(tokens) == 1 and is_pronoun(tokens[0]):
            return self._antecedent(mention.start, tokens[0]) or Source(name=tokens[0].text)
        named = self._named_in_apposition(mention.root)
        if named is not None:
            return named
        together = self._coordinated_people(mention.root)
        if together:
            return Source(name=" and ".join(p.name for p in together), kind="person")
        if self._is_anaphoric(mention, tokens):
            words = description_words(tokens, mention.root)
            found = (self._by_role(mention.start, words, role_key(mention.root.lemma_))
                     or self._by_epithet(mention.start, mention.root, words))
            if found is not None:
                return found
        return self._describe(mention, tokens)

    def _describe(self, mention: Span, tokens: list[Token]) -> Source:
        """A source from the mention's own words: a person by the fullest name the
        article gives (also when a description comes first: "its director, Jane Roe"),
        anything else by its description."""
        root = mention.root
        if root.dep_ != "poss":
            person = self.person_at(root)
            if person is not None:
                return person
        if all(t.pos_ == "PROPN" for t in tokens) and len(tokens) <= 3:
            known = self._known_person(text_of(tokens), mention.start)
            if known is not None:
                return known
        title, name = split_title(tokens)
        if title and name:
            return Source(name=text_of(name), role=text_of(title), kind="person",
                          affiliation=affiliation_of(title))
        text = text_of(tokens)
        affiliation = affiliation_of(tokens) or SEATS_OF_POWER.get(text.lower())
        before = tokens[0].doc[tokens[0].i - 1] if tokens[0].i else None
        if (len(tokens) == 1 and tokens[0].pos_ == "NOUN" and before is not None
                and before.lower_ in ("a", "an", "another") and before.i >= mention.start):
            text = f"{before.text} {text}"  # "a source" and "another source" are two people
        return Source(name=text, kind=kind_of(tokens), affiliation=affiliation)

    def _coordinated_people(self, root: Token) -> list[Source]:
        """The people a coordination names, each by the fullest name ("Obama and
        Clinton said" -> Barack Obama and Hillary Clinton); empty unless every member
        is a person the article names."""
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in root.subtree
                   if c.head.dep_ == "conj" or c.head.i == root.i):
            return []
        members, token = [root], root
        while True:
            token = next((c for c in token.children if c.dep_ == "conj"), None)
            if token is None:
                break
            members.append(token)
        people = []
        for member in members:
            person = self.person_at(member)
            if person is None and member.pos_ == "PROPN":
                person = self._known_person(member.text, member.i)
            if person is None or person in people:
                return []
            people.append(person)
        return people if len(people) > 1 else []

    def _named_in_apposition(self, root: Token) -> Source | None:
        """The person a description names in apposition: "Its executive director,
        Jane Roe, said" is Jane Roe."""
        if root.pos_ != "NOUN" or is_plural(root):
            return None
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i:
                person = self.person_at(child)
                if person is not None:
                    return person
        return None

    def _known_person(self, name: str, start: int) -> Source | None:
        """The person the article names by ``name`` (a surname the tagger did not mark
        as a person: "Antonov said"), the latest before ``start`` if several."""
        name = clean_name(name)
        found = [(at, person) for at, person in self._people.items()
                 if surname_matches(last_name(person.name), last_name(name))
                 and first_names_agree(person.name, name)]
        before = [pair for pair in found if pair[0] < start]
        return max(before or found, key=lambda pair: pair[0] if before else -pair[0],
                   default=(0, None))[1]

    @staticmethod
    def _is_anaphoric(mention: Span, tokens: list[Token]) -> bool:
        """Whether a mention points back rather than naming: "the spokesperson", "the
        Vermont senator", "the office", not "the Kremlin" or "Russia"."""
        return (mention[0].lower_ in ("the", "this", "that") and mention.root.pos_ == "NOUN"
                and not any(t.ent_type_ == "PERSON" for t in tokens) and len(tokens) <= 5)

    def _earlier(self, start: int, reach: int = PRONOUN_WINDOW):
        """Mentions before token ``start`` within ``reach`` tokens, nearest first."""
        for k in range(bisect_left(self._starts, start) - 1, -1, -1):  # no copy of the list before
            mention = self._mentions[k]
            if start - mention.start > reach:
                return
            yield mention

    def _antecedent(self, start: int, pronoun: Token) -> Source | None:
        """The source a pronoun stands for: for "he"/"she" the most salient recent
        person not known to be of the other gender; for "it" the latest institution
        that spoke, for "they" the latest group or institution."""
        if pronoun.lower_ in PERSONAL_PRONOUNS:
            return self._salient_person(start, "he" if pronoun.lower_ in ("he", "him", "his") else "she")
        group = pronoun.lower_ in ("they", "them", "their")
        if group:  # a group before an institution spoken of as "they"
            chosen = next((m for m in self._earlier(start) if m.salience == SPOKE and m.plural), None)
            if chosen is not None:
                return chosen.source
        chosen = next((m for m in self._earlier(start) if m.salience == SPOKE and not m.group_only
                       and m.source.kind != "person" and not (m.plural and not group)), None)
        return chosen.source if chosen else None

    def _salient_person(self, start: int, gender: str | None,
                        reach: int = PRONOUN_WINDOW) -> Source | None:
        """The person a pronoun or epithet at ``start`` means, skipping groups and those
        known to be of the other gender: the subject of the latest sentence with a
        person as subject (the speaker over other subjects in it), as news carries one
        person on from sentence to sentence ("Jane Roe arrived early. “...,” she said");
        a person the text names only as an object when no subject is near."""
        people = [m for m in self._earlier(start, reach) if m.source.kind == "person"
                  and not m.plural
                  and (gender is None or self._genders.get(m.source.name, gender) == gender)]
        subjects = [m for m in people if m.salience >= SUBJECT]
        if subjects:  # the subjects of the latest sentence that has any
            sentence = self.doc[subjects[0].start].sent.start
            people = [m for m in subjects if self.doc[m.start].sent.start == sentence]
        chosen = max(people, key=lambda m: m.salience, default=None)
        return chosen.source if chosen else None

    def _by_role(self, start: int, words: set[str], head: str = "") -> Source | None:
        """The latest earlier source described by all of ``words``: "the senior
        defense official" is "a senior U.S. defense official", "the spokesman" the
        person whose role is "spokesperson for ...". Roles last the whole article. A
        noun ``head`` that names no person ("the campaign", "the state") is never a
        person whose role merely mentions it ("a campaign aide", "secretary of state")."""
        institution = bool(head) and head not in PERSON_NOUNS | EPITHET_NOUNS | OFFICES
        for mention in self._earlier(start, reach=len(self.doc)):
            source = mention.source
            if institution and source.kind == "person" and mention.head != head:
                continue
            known = {role_key(w) for w in f"{source.name} {source.role or ''}".split()}
            if words <= known | {mention.head}:
                return source
        return None

    def _by_epithet(self, start: int, head: Token, words: set[str]) -> Source | None:
        """The person an epithet refers back to when no earlier source has all its
        words: "the spokesman" after "Major General Jane Roe told reporters", "the
        governor" in an article that gave one person that office. Whatever else the
        epithet says of the person ("the Florida senator", "the former president",
        "the Russian leader") must agree with what the article gave them; a role anyone
        may have ("the spokesman", "the nominee") takes the most salient person of the
        last few paragraphs."""
        noun = role_key(head.lemma_)
        if is_plural(head) or noun not in EPITHET_NOUNS | OFFICES:
            return None
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == head.i - 1 for c in head.children) \
                and noun == "general":
            return None  # "the attorney general" is an office, not a general
        modifiers = {w for w in words if w != noun and w not in NEUTRAL_MODIFIERS}
        gender = "she" if head.lower_.endswith("woman") else "he" if head.lower_.endswith("man") else None
        if noun in OFFICES:
            holders = {m.source.name: m.source for m in self._earlier(start, reach=len(self.doc))
                       if m.source.kind == "person" and not m.plural and noun in offices_of(m.source)}
            person = next(iter(holders.values())) if len(holders) == 1 else None
        else:
            person = self._salient_person(start, gender, reach=EPITHET_WINDOW)
        if person is None or not modifiers <= described(person) | self._descriptions.get(person.name, set()):
            return None
        return person
