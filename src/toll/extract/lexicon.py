"""Words of casualty reporting: triggers per outcome, and what victims are called.

A plain data module: the casualty extractor's rules read these sets, tests check
them, and a newcomer extends them without touching the rules.
"""
from __future__ import annotations

KILLED, INJURED, CASUALTIES, MISSING, CAPTURED = "killed", "injured", "casualties", "missing", "captured"

# Verbs whose object (active) or subject (passive) are the victims.
TRANSITIVE_VERBS = {
    "kill": KILLED, "murder": KILLED, "massacre": KILLED, "slaughter": KILLED, "execute": KILLED,
    "assassinate": KILLED, "slay": KILLED, "behead": KILLED, "neutralise": KILLED, "neutralize": KILLED,
    "wound": INJURED, "injure": INJURED, "hurt": INJURED, "maim": INJURED,
    "lynch": KILLED, "decapitate": KILLED, "liquidate": KILLED, "seize": CAPTURED,
    "capture": CAPTURED, "abduct": CAPTURED, "kidnap": CAPTURED, "snatch": CAPTURED,
}
"""Arrests, detentions and jailings by authorities are not claims (annotation guide), so
"detain", "arrest" and "jail" are deliberately absent."""
# Verbs of violence done to a body: injured, or killed with a result phrase ("shot
# dead", "beaten to death", "stabbed to death"). Only with a person as the victim.
INJURING_VERBS = {
    "beat", "torture", "assault", "rape", "stab", "flog", "lash", "whip", "mutilate", "maltreat",
    "ill-treat", "abuse", "shoot", "batter", "brutalise", "brutalize", "burn", "hack", "stone", "club",
    "bludgeon", "strangle", "punch", "kick", "slap", "molest",
}
CAPTIVITY_WORDS = {"kidnap", "kidnapping", "kidnapper", "abduct", "abduction", "abductor", "hostage", "captive",
                   "captivity", "captor", "abductee", "ransom"}
"""Words that make a rescue or a release one of captives."""
TREATMENT_VERBS = {"treat", "hospitalise", "hospitalize"}
CARE_WORDS = {"hospital", "care", "icu", "clinic", "ward"}
""""in hospital", "in intensive care": where the injured are."""
GRAVE_CONDITIONS = {"critical", "serious", "grave", "stable", "severe"}
""""in critical condition": a state only the injured are described in."""
"""Verbs of medical care whose counted patients are the injured."""
DEATH_CONTEXT = {"bury", "burial", "grave", "cemetery", "remains", "massacre", "death", "dead", "coffin", "funeral", "mourn",
                 "exhume", "genocide", "memorial", "toll"}
"""Words that make a counted "victims" the dead."""
RECORDING_NOUNS = {"camera", "video", "film", "tape", "cctv", "footage", "photo", "picture"}
""""captured on camera": recorded, not taken captive."""
LEGAL_FRAME_WORDS = {"charge", "accuse", "suspicion", "suspect", "allege", "book", "arrest", "convict",
                     "indict", "prosecute", "penal", "code", "article", "law", "punish", "punishment",
                     "sentence", "offence", "offense", "crime", "attempt", "attempted", "threaten",
                     "threat", "wanted", "plead", "try", "trial", "count", "punishable"}
"""Words framing an act as a charge, a law or an attempt: "charged with kidnapping",
"the penal code punishes murder", "attempted murder" — no one counted as harmed."""
ILLNESS_WORDS = {"covid", "covid-19", "coronavirus", "cancer", "illness", "disease", "virus", "pandemic", "malaria",
                 "cholera", "ebola", "measles", "tuberculosis", "hiv", "aids", "flu", "influenza", "stroke",
                 "heart", "age", "natural", "causes", "complications", "pneumonia", "diabetes"}
"""Causes of a natural death, which is not a claim (annotation guide)."""
WOUNDING_WORDS = {"wound", "injure", "hurt", "wounded", "injured", "injury", "maim"}
"""The words of "killed and wounded": with a killing they make one casualties figure."""
INSTITUTION_NOUNS = {"rapporteur", "convention", "committee", "subcommittee", "act", "law", "unit", "squad",
                     "campaign", "day", "protocol", "treaty", "bill", "commission", "department", "office"}
"""Bodies and laws named after an act ("the rapporteur on torture", "the Convention
against Torture"): the act in their name is no event."""
PERPETRATOR_NOUNS = {"killer": KILLED, "murderer": KILLED, "assassin": KILLED, "kidnapper": CAPTURED,
                     "abductor": CAPTURED, "captor": CAPTURED, "torturer": INJURED}
"""Nouns for who did it, whose "of" phrase or possessor names the victims: "the killer
of an activist", "the journalist's kidnapper"."""
LIFE_TAKING_VERBS = {"claim", "cost", "take"}
""""claimed hundreds of lives", "wars that cost millions of lives": deaths counted as lives."""
DISAPPEARANCE_WORDS = {"whereabouts", "whereabout", "fate"}
""""his whereabouts are unknown", "their fate remains unknown": missing."""
UNKNOWN_WORDS = {"unknown", "unclear", "reveal", "disclose", "know", "establish"}
MEANS_VERBS = {"shoot", "stab", "hack", "strangle", "burn", "stone", "club", "bludgeon", "gun"}
"""Injuring verbs that name how a killing was done: "shot and killed" is one death."""
KILLING_RESULTS = {"dead", "death"}
"""Result words that turn an injuring verb into a killing: "shot dead", "beaten to death"."""
# Verbs whose subject are the victims.
INTRANSITIVE_VERBS = {
    "die": KILLED, "perish": KILLED, "drown": KILLED,
    "disappear": MISSING, "vanish": MISSING,
    "surrender": CAPTURED,
}
# Verbs that count people held, taken or handed back: only with a person as object.
RELEASE_VERBS = {"release", "free", "exchange", "swap", "return", "repatriate", "hand", "bring", "rescue"}
# Adjectives and participles used as predicates or modifiers: "12 dead", "were missing".
ADJECTIVES = {"dead": KILLED, "missing": MISSING, "injured": INJURED, "wounded": INJURED,
              "unaccounted": MISSING}
# Nouns that are themselves the casualties ("227 civilian deaths", "70,000 casualties").
NOUNS = {
    "death": KILLED, "fatality": KILLED, "dead": KILLED, "body": KILLED, "corpse": KILLED,
    "casualty": CASUALTIES, "loss": CASUALTIES,
    "wounded": INJURED, "injured": INJURED, "injury": INJURED, "wound": INJURED,
    "prisoner": CAPTURED, "pow": CAPTURED, "pows": CAPTURED, "captive": CAPTURED, "hostage": CAPTURED,
    "abductee": CAPTURED,
    # Nominal events: the act named as a noun ("the killing of a teacher", "424
    # extrajudicial killings", "a triple homicide", "enforced disappearances").
    "killing": KILLED, "murder": KILLED, "assassination": KILLED, "execution": KILLED, "massacre": KILLED,
    "homicide": KILLED, "slaying": KILLED, "lynching": KILLED, "beheading": KILLED, "femicide": KILLED,
    "torture": INJURED, "beating": INJURED, "rape": INJURED, "ill-treatment": INJURED, "stabbing": INJURED,
    "abduction": CAPTURED, "kidnapping": CAPTURED, "kidnap": CAPTURED,
    "disappearance": MISSING,
}
EVENT_NOUNS = {"killing", "murder", "assassination", "execution", "massacre", "homicide", "slaying", "lynching",
               "beheading", "femicide", "torture", "beating", "rape", "ill-treatment", "stabbing", "abduction",
               "kidnapping", "kidnap", "disappearance"}
"""Nouns naming the act rather than the victims: their victims follow "of" or a possessive."""
EVENT_COUNTS = {"triple": 3, "double": 2, "quadruple": 4}
""""a triple homicide": the number of victims written into the event."""
CASE_NOUNS = {"case", "count", "incident", "instance", "act"}
""""four cases of torture", "three counts of murder": the count is the case noun's."""
WAR_PRISONER_WORDS = {"war", "exchange", "swap", "captivity", "hostage"}
"""A "prisoner" is a war captive only beside one of these; a jailed person is not a claim."""
# Nouns for a running total; the figure hangs off the verb: "the death toll rose to 35".
TALLY_NOUNS = {"toll": KILLED}
TALLY_VERBS = {"rise", "climb", "reach", "stand", "pass", "hit", "jump", "increase", "grow", "top",
               "exceed", "surpass", "put", "be", "remain", "mount", "soar", "near", "approach", "fall"}

# Military victims: armed forces, fighters, militants, rebels, security forces and police.
MILITARY_NOUNS = {
    "soldier", "troop", "serviceman", "servicemen", "servicewoman", "service member", "personnel", "army",
    "force", "fighter", "militant", "rebel", "separatist", "insurgent", "guerrilla", "jihadist",
    "terrorist", "combatant", "militiaman", "militia", "paratrooper", "marine", "sailor", "airman", "pilot",
    "officer", "general", "commander", "colonel", "major", "captain", "lieutenant", "sergeant", "private",
    "guard", "policeman", "policemen", "police", "gendarme", "recruit", "conscript", "reservist",
    "mercenary", "defender", "infantryman", "sniper", "crew member", "assailant", "attacker", "gunman",
    "gunmen", "comrade", "pow", "pows", "prisoner of war", "unit", "brigade", "battalion",
    "regiment", "division", "operative", "cadet", "trooper", "guardsman", "guardsmen",
}
CIVILIAN_NOUNS = {
    "civilian", "child", "children", "kid", "baby", "infant", "toddler", "boy", "girl", "woman", "women",
    "man", "men", "resident", "villager", "passenger", "worker", "miner", "journalist", "reporter",
    "activist", "refugee", "student", "pupil", "teacher", "doctor", "nurse", "medic", "patient",
    "pilgrim", "worshipper", "shopper", "farmer", "family", "mother", "father", "son", "daughter",
    "sister", "brother", "wife", "husband", "relative", "elderly", "pensioner", "teenager", "adult",
    "aid worker", "volunteer", "rescuer", "firefighter", "neighbour", "neighbor", "driver", "fisherman",
    "hostage", "festivalgoer", "guest", "mourner", "inhabitant", "citizen", "migrant",
    "leader", "protester", "demonstrator", "lawyer", "politician", "official", "couple",
}
OTHER_PERSON_NOUNS = {
    "editor", "cartoonist", "analyst", "blogger", "photographer", "cameraman", "writer", "author", "inmate",
    "detainee", "prisoner", "convict", "suspect", "missionary", "contractor", "employee", "staff", "colleague",
    "friend", "boyfriend", "girlfriend", "partner", "spouse", "fiancé", "fiancee", "cousin", "uncle", "aunt",
    "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "parent", "sibling",
    "member", "supporter", "opponent", "critic", "dissident", "unionist", "trade unionist", "syndicalist",
    "paralegal", "judge", "prosecutor", "magistrate", "mayor", "governor", "candidate", "councillor",
    "councilor", "senator", "lawmaker", "legislator", "minister", "cleric", "priest", "imam", "pastor", "nun",
    "monk", "bishop", "chief", "elder", "vendor", "trader", "merchant", "businessman", "businesswoman",
    "owner", "agent", "logger", "peasant", "herder", "herdsman", "labourer", "laborer", "schoolgirl",
    "schoolboy", "schoolchild", "youth", "youngster", "minor", "juvenile", "newborn", "survivor", "witness",
    "client", "customer", "tourist", "visitor", "traveller", "traveler", "asylum seeker", "immigrant",
    "indigenous", "muslim", "christian", "local", "homeowner", "tenant", "engineer", "scientist", "researcher",
    "professor", "lecturer", "academic", "physician", "surgeon", "paramedic", "health worker", "midwife",
    "singer", "artist", "musician", "actor", "poet", "comedian", "athlete", "footballer", "player", "coach",
    "police officer", "sheriff", "deputy", "constable", "informant", "crewman", "seafarer", "fisher", "hunter",
    "guide", "interpreter", "translator", "fixer", "correspondent", "presenter", "broadcaster", "anchor",
    "producer", "publisher", "columnist", "commentator", "human", "persons", "lgbt", "gay", "transgender",
    "lesbian", "homosexual", "lady", "gentleman",
}
"""People named by what they do or are to someone, beyond the civilian and military nouns:
with those, the nouns that make a victim a person (violence verbs need one)."""
NON_PERSON_NOUNS = {
    "bill", "proposal", "plan", "idea", "hope", "dream", "deal", "project", "mood", "moment", "spirit", "story",
    "journalism", "democracy", "freedom", "part", "voice", "engine", "motion", "amendment", "law", "chance",
    "momentum", "video", "photo", "picture", "image", "scene", "film", "attention", "imagination", "heart",
    "market", "economy", "business", "industry", "price", "record", "title", "game", "match", "seat", "vote",
    "conversation", "debate", "talk", "negotiation", "process", "initiative", "campaign", "effort", "time",
    "career", "reputation", "relationship", "marriage", "love", "rumour", "rumor", "buzz", "appetite", "joke",
    "rifle", "arm", "ammunition", "cache", "drug", "cocaine", "heroin", "cash", "money", "car", "ship", "vessel",
    "boat", "tanker", "cargo", "land", "territory", "document", "phone", "computer", "passport", "property",
}
"""Objects of "kill", "capture", "seize" or "beat" that make the use figurative or
material ("killed the bill", "captured the mood", "seized 40 rifles"): never a casualty."""
ATTACKER_NOUNS = {"assailant", "attacker", "gunman", "gunmen", "raider", "kidnapper", "hijacker", "bomber"}
"""Victims named only as the attackers: their side is unknown unless the text names it."""
COLLECTIVE_NOUNS = {"army", "force", "unit", "brigade", "battalion", "regiment", "division", "militia", "police",
                    "personnel", "family", "crew", "military", "navy", "guard"}
"""Nouns for a body of people: "its army" is not one person."""
PEOPLE_NOUNS = {"people", "person", "individual", "victim", "other", "one", "life", "soul", "crew",
                "occupant", "those", "everyone", "anyone", "someone", "nobody", "name"}
PERSON_NOUNS = MILITARY_NOUNS | CIVILIAN_NOUNS | PEOPLE_NOUNS | OTHER_PERSON_NOUNS
"""Every noun that names a person or people: the union of the lists above, made once."""
SINGLE_PERSON_NOUNS = {"person", "individual", "victim"}
"""People nouns that, singular, name one person ("a victim of torture", "the person")."""
CHILD_NOUNS = {"child", "children", "kid", "baby", "infant", "toddler", "boy", "girl", "teenager",
               "minor", "pupil", "schoolchild", "newborn", "son", "daughter"}
WOMEN_NOUNS = {"woman", "women", "mother", "wife", "sister", "daughter", "girl", "grandmother"}
ADULT_AGE = 18
