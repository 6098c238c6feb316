"""English words that are also the names of towns or regions: never read as places.

The gazetteer knows every town of 15,000 people or more, and many bear English words
("Mobile", "Reading", "Of" in Turkey, "Police" in Poland, "Man" in Ivory Coast) or
old spellings that are English words ("Limo" for Lima, "Soul" for Seoul).
:func:`toll.places.resolve_place` reads none of these names as a place, unless it is
asked for as a state or province ("Plateau State", "Rivers State"); a country's own
name ("Chad", "Turkey") is never in it.

The list is the overlap of the gazetteer's names with a word list of lower-case English
words, reviewed by hand: names whose everyday use is the place ("Shanghai",
"Wellington", "Oxford", "Muscat", "Afar") were taken out. Keys are lower case, with
accents dropped as the gazetteer folds them.
"""
from __future__ import annotations

COMMON_WORDS: frozenset[str] = frozenset({
    "acacias", "acre", "acreage", "agar", "airport", "alabaster", "ales", "alley",
    "alliance", "aloha", "along", "altos", "amen", "ampere", "anchorage", "anew", "angers",
    "angora", "annex", "antelope", "anthem", "antique", "apace", "apex", "arbutus",
    "archangel", "archway", "ascension", "ascot", "auburn", "awash", "bade", "badger",
    "bah", "bake", "bale", "balsas", "bane", "banes", "bani", "bank", "banning", "bar",
    "barium", "barking", "bath", "baud", "bay", "beaches", "bear", "begun", "bell", "bend",
    "bender", "best", "billings", "bimbo", "bled", "bolder", "bole", "bong", "bonito",
    "bonny", "boo", "boom", "borne", "boulder", "bountiful", "bow", "bra", "brad", "bras",
    "bray", "brick", "brusque", "buckeye", "buffalo", "burs", "bury", "bush", "butte",
    "butterfly", "buy", "cabanas", "cairns", "caller", "can", "canaries", "canning",
    "canton", "carpi", "cascade", "cascades", "cassia", "cat", "cayenne", "centennial",
    "central", "centurion", "chandler", "chaparral", "chin", "chino", "clay", "cloverleaf",
    "coast", "cocoa", "cognac", "coin", "colon", "colony", "columbine", "come",
    "commonwealth", "conception", "concord", "confederation", "converse", "cork", "corona",
    "cove", "crossings", "crystal", "cypress", "damask", "date", "davenport", "deal",
    "debar", "defiance", "deli", "delis", "delta", "derby", "dig", "dilly", "dire", "divas",
    "dole", "dome", "dour", "drama", "dyer", "eagle", "east", "eastern", "emporia",
    "encamp", "enterprise", "erode", "est", "eureka", "evergreen", "falcon", "fate",
    "federal", "felling", "fiche", "fiddlesticks", "fishers", "flagstaff", "fleet", "flint",
    "flora", "florin", "fords", "forest", "fountain", "free", "gap", "garland", "garner",
    "gay", "genes", "gent", "god", "goes", "gold", "golden", "gondola", "gore", "grad",
    "grapevine", "grays", "green", "grenade", "griffin", "grins", "groves", "gulf", "hail",
    "hale", "hammocks", "hang", "harrow", "hawthorn", "hays", "hem", "hermitage", "hexing",
    "hickory", "highland", "hillside", "hims", "hire", "hit", "ho", "holiday", "homestead",
    "honcho", "hook", "horde", "horn", "hosanna", "hove", "hub", "hue", "hull", "humble",
    "hurricane", "imperial", "independence", "jam", "jasper", "jingling", "kale",
    "keystone", "kilo", "lakes", "lancing", "lander", "largo", "lattes", "laurel", "leek",
    "leer", "lend", "lens", "lib", "liberal", "liberty", "lice", "lime", "limo", "linden",
    "lints", "lira", "lisle", "littoral", "lone", "lop", "lot", "luau", "luck", "magenta",
    "magnesia", "maidenhead", "male", "man", "manage", "manga", "mango", "manly",
    "mantilla", "maracas", "march", "marina", "marks", "martin", "mascara", "mascot",
    "mason", "mayo", "medias", "mentor", "meridian", "mesa", "mesquite", "meta", "metro",
    "midland", "midlands", "midstream", "midway", "mile", "mine", "mission", "mite",
    "mobile", "mocha", "mono", "moron", "moss", "most", "mountain", "much", "mustang",
    "name", "natal", "neath", "newton", "nice", "normal", "north", "northern", "ocher",
    "ode", "of", "officer", "ogre", "opportunity", "oral", "orange", "orchards", "overland",
    "pa", "pace", "paisley", "panda", "panorama", "papa", "papaya", "paradise", "paramount",
    "pare", "parole", "pastas", "peak", "pearl", "pecs", "peer", "pen", "perm", "pert",
    "pest", "pets", "phoenix", "pinto", "piranhas", "pita", "plantation", "plaque",
    "plateau", "plateaux", "plum", "plunge", "police", "pool", "pop", "portage", "posse",
    "pout", "pristine", "prosper", "providence", "pueblo", "puma", "punch", "quarto",
    "queens", "quiche", "reading", "republic", "reservoir", "retreat", "revere", "rho",
    "rich", "rivers", "riverside", "roan", "rogers", "roman", "roses", "rosette", "rouge",
    "rugby", "ruse", "rye", "saga", "sake", "saki", "sale", "salt", "samba", "same",
    "sandy", "sari", "saris", "savage", "savanna", "savannah", "save", "say", "seaside",
    "sedan", "semi", "shaping", "shone", "shoreline", "shush", "silvan", "sim", "simmering",
    "sine", "sire", "slough", "souse", "south", "southern", "sparks", "split", "spoken",
    "spring", "springs", "stains", "sterling", "stoke", "store", "stow", "sue", "sues",
    "sulphur", "summit", "sumo", "sunrise", "sunset", "superior", "surprise", "swords",
    "sycamore", "tamale", "tame", "tango", "tank", "tars", "tartar", "tempi", "temple",
    "tequila", "terrace", "than", "time", "tire", "to", "tome", "tooting", "torn",
    "torrent", "tors", "tour", "tours", "trident", "troy", "tucker", "tulle", "tunes",
    "tyros", "union", "unity", "university", "upland", "uptown", "valence", "valley", "van",
    "var", "vicar", "victor", "villages", "vine", "vineyard", "vise", "vista", "wadi",
    "walker", "walnut", "warder", "ware", "warren", "wedding", "weir", "welling", "west",
    "westerly", "western", "wetter", "wheeling", "woodland", "woodlands", "worms", "wright",
    "yap", "ye", "yoga", "young", "zeta",
})
"""Lower-case English words the gazetteer never reads as places."""
