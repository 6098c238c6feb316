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
    "capture": CAPTURED, "detain": CAPTURED, "abduct": CAPTURED, "kidnap": CAPTURED,
}
# Verbs whose subject are the victims.
INTRANSITIVE_VERBS = {
    "die": KILLED, "perish": KILLED, "drown": KILLED,
    "disappear": MISSING, "vanish": MISSING,
    "surrender": CAPTURED,
}
# Verbs that count people held, taken or handed back: only with a person as object.
RELEASE_VERBS = {"release", "free", "exchange", "swap", "return", "repatriate", "hand", "bring"}
# Adjectives and participles used as predicates or modifiers: "12 dead", "were missing".
ADJECTIVES = {"dead": KILLED, "missing": MISSING, "injured": INJURED, "wounded": INJURED,
              "unaccounted": MISSING}
# Nouns that are themselves the casualties ("227 civilian deaths", "70,000 casualties").
NOUNS = {
    "death": KILLED, "fatality": KILLED, "dead": KILLED, "body": KILLED, "corpse": KILLED,
    "casualty": CASUALTIES, "loss": CASUALTIES,
    "wounded": INJURED, "injured": INJURED, "injury": INJURED, "wound": INJURED,
    "prisoner": CAPTURED, "pow": CAPTURED, "pows": CAPTURED, "captive": CAPTURED, "hostage": CAPTURED,
    "detainee": CAPTURED, "abductee": CAPTURED,
}
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
ATTACKER_NOUNS = {"assailant", "attacker", "gunman", "gunmen", "raider", "kidnapper", "hijacker", "bomber"}
"""Victims named only as the attackers: their side is unknown unless the text names it."""
COLLECTIVE_NOUNS = {"army", "force", "unit", "brigade", "battalion", "regiment", "division", "militia", "police",
                    "personnel", "family", "crew", "military", "navy", "guard"}
"""Nouns for a body of people: "its army" is not one person."""
PEOPLE_NOUNS = {"people", "person", "individual", "victim", "other", "one", "life", "soul", "crew",
                "occupant", "those", "everyone", "anyone", "someone", "nobody", "name"}
CHILD_NOUNS = {"child", "children", "kid", "baby", "infant", "toddler", "boy", "girl", "teenager",
               "minor", "pupil", "schoolchild", "newborn", "son", "daughter"}
WOMEN_NOUNS = {"woman", "women", "mother", "wife", "sister", "daughter", "girl", "grandmother"}
ADULT_AGE = 18
