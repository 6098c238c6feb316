"""Countries, demonyms, capitals and armed parties: who a victim or a source belongs to.

Casualty claims are compared by the side the victims belong to ("Russia", "Ukraine",
"Hamas"), which news writes in many ways: "Russian soldiers", "Kyiv's forces", "the
Kremlin", "Nigerien troops", "in Kharkiv". This module maps those words to one name
per party. It is data plus two small look-ups, shared by extraction and the ledger.
"""
from __future__ import annotations

import re

# country: words that name it or its people (lower case; the country's own name implied)
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("afghan", "afghans", "kabul"),
    "Algeria": ("algerian", "algerians", "algiers"),
    "Armenia": ("armenian", "armenians", "yerevan"),
    "Azerbaijan": ("azerbaijani", "azerbaijanis", "azeri", "azeris", "baku"),
    "Bangladesh": ("bangladeshi", "bangladeshis", "dhaka"),
    "Belarus": ("belarusian", "belarusians", "minsk"),
    "Burkina Faso": ("burkinabe", "burkinabè", "ouagadougou"),
    "Cameroon": ("cameroonian", "cameroonians", "yaounde"),
    "Central African Republic": ("centrafrican", "bangui"),
    "Chad": ("chadian", "chadians", "n'djamena"),
    "China": ("chinese", "beijing", "inner mongolia", "xinjiang", "tibet"),
    "Colombia": ("colombian", "colombians", "bogota", "bogotá", "catatumbo", "tibu", "tibú", "cucuta", "cúcuta"),
    "Democratic Republic of the Congo": ("congolese", "drc", "dr congo", "kinshasa", "goma", "north kivu",
                                         "south kivu", "ituri"),
    "Egypt": ("egyptian", "egyptians", "cairo", "sinai"),
    "Eritrea": ("eritrean", "eritreans", "asmara"),
    "Ethiopia": ("ethiopian", "ethiopians", "addis ababa", "tigray", "amhara", "oromia"),
    "France": ("french", "paris"),
    "Georgia": ("georgian", "georgians", "tbilisi"),
    "Germany": ("german", "germans", "berlin"),
    "Haiti": ("haitian", "haitians", "port-au-prince"),
    "India": ("indian", "indians", "new delhi", "kashmir", "manipur"),
    "Indonesia": ("indonesian", "indonesians", "jakarta", "papua"),
    "Iran": ("iranian", "iranians", "tehran", "revolutionary guards", "irgc"),
    "Iraq": ("iraqi", "iraqis", "baghdad", "mosul", "basra", "fallujah", "erbil"),
    "Israel": ("israeli", "israelis", "jerusalem", "tel aviv", "idf", "israel defense forces"),
    "Jordan": ("jordanian", "jordanians", "amman"),
    "Kenya": ("kenyan", "kenyans", "nairobi"),
    "Lebanon": ("lebanese", "beirut"),
    "Libya": ("libyan", "libyans", "tripoli", "benghazi"),
    "Mali": ("malian", "malians", "bamako"),
    "Mexico": ("mexican", "mexicans", "mexico city"),
    "Mozambique": ("mozambican", "mozambicans", "maputo", "cabo delgado"),
    "Myanmar": ("burmese", "myanmar's", "burma", "naypyitaw", "yangon", "rakhine"),
    "Niger": ("nigerien", "nigeriens", "niamey", "tillaberi", "tillabéri"),
    "Nigeria": ("nigerian", "nigerians", "abuja", "borno", "maiduguri"),
    "North Korea": ("north korean", "north koreans", "pyongyang"),
    "Pakistan": ("pakistani", "pakistanis", "islamabad", "karachi", "peshawar", "balochistan"),
    "Palestine": ("palestinian", "palestinians", "gaza", "gazan", "gazans", "west bank", "rafah",
                  "khan younis", "jabalia", "nuseirat", "deir al-balah", "gaza city", "jenin", "ramallah",
                  "state of palestine", "palestinian territories"),
    "Philippines": ("filipino", "filipinos", "philippine", "manila", "mindanao"),
    "Poland": ("polish", "poles", "warsaw"),
    "Russia": ("russian", "russians", "moscow", "kremlin", "russian federation", "belgorod", "kursk",
               "bryansk", "st. petersburg", "chechnya", "dagestan"),
    "Rwanda": ("rwandan", "rwandans", "kigali"),
    "Saudi Arabia": ("saudi", "saudis", "riyadh"),
    "Somalia": ("somali", "somalis", "mogadishu"),
    "South Korea": ("south korean", "south koreans", "seoul"),
    "South Sudan": ("south sudanese", "juba"),
    "Sudan": ("sudanese", "khartoum", "omdurman", "darfur", "el fasher", "el geneina", "geneina", "gezira",
              "wad madani", "kordofan", "al manaqil", "wad al-nourah"),
    "Syria": ("syrian", "syrians", "damascus", "aleppo", "idlib", "homs", "raqqa", "deir ez-zor"),
    "Tanzania": ("tanzanian", "tanzanians", "dodoma", "dar es salaam", "mwanza", "ukara"),
    "Turkey": ("turkish", "turks", "ankara", "istanbul", "türkiye"),
    "Uganda": ("ugandan", "ugandans", "kampala"),
    "Ukraine": ("ukrainian", "ukrainians", "kyiv", "kiev", "kharkiv", "donetsk", "luhansk", "mariupol",
                "dnipro", "sumy", "odesa", "odessa", "kherson", "zaporizhzhia", "bakhmut", "avdiivka",
                "makiivka", "debaltseve", "okhtyrka", "kramatorsk", "lviv", "chernihiv", "cherniv",
                "mykolaiv", "kupiansk", "hroza", "irpin", "bucha", "kryvyi rih", "izium", "crimea",
                "vinnytsia", "poltava", "zhytomyr", "pokrovsk", "sloviansk", "shakhtarsk", "azovstal",
                "donbas", "artemivsk"),
    "United Kingdom": ("british", "britain", "uk", "u.k.", "london", "great britain"),
    "United States": ("american", "americans", "u.s.", "usa", "u.s.a.", "washington",
                      "the united states", "pentagon", "white house"),
    "Venezuela": ("venezuelan", "venezuelans", "caracas"),
    "Yemen": ("yemeni", "yemenis", "sanaa", "aden", "hodeidah"),
}

ARMED_PARTIES: dict[str, tuple[str, ...]] = {
    "Hamas": ("hamas", "qassam brigades", "al-qassam brigades"),
    "Hezbollah": ("hezbollah", "hizbollah", "hizbullah"),
    "Islamic State": ("islamic state", "isis", "isil", "daesh"),
    "al-Qaeda": ("al-qaeda", "al qaeda", "al-qaida", "aqap", "jnim"),
    "al-Shabaab": ("al-shabaab", "al shabaab", "shabaab"),
    "Taliban": ("taliban",),
    "Houthis": ("houthi", "houthis", "ansar allah"),
    "Rapid Support Forces": ("rapid support forces", "rsf"),
    "Wagner Group": ("wagner", "wagner group"),
    "FARC": ("farc",),
    "ELN": ("eln", "national liberation army"),
    "Boko Haram": ("boko haram",),
    "M23": ("m23",),
    "Donetsk People's Republic": ("donetsk people's republic", "dpr"),
    "Luhansk People's Republic": ("luhansk people's republic", "lpr"),
}

_LOOKUP: dict[str, str] = {}
for _name, _words in {**COUNTRIES, **ARMED_PARTIES}.items():
    _LOOKUP[_name.lower()] = _name
    for _w in _words:
        _LOOKUP.setdefault(_w, _name)

CASED_ACRONYMS = {"US": "United States", "IS": "Islamic State"}
"""Acronyms that are ordinary words in lower case ("us", "is")."""

MAX_WORDS = max(len(k.split()) for k in _LOOKUP)


def _key(text: str) -> str:
    text = text.lower().replace("’", "'").strip()
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def party_of(text: str) -> str | None:
    """The country or armed party a word or phrase names: "Russian" -> "Russia"."""
    if not text:
        return None
    if text.strip() in CASED_ACRONYMS:
        return CASED_ACRONYMS[text.strip()]
    key = _key(text)
    for candidate in (key, key.rstrip(".")):
        if candidate.startswith("the "):
            candidate = candidate[4:]
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
    return None


def parties_in(text: str) -> list[str]:
    """Every party named in ``text``, in order of first mention (longest words first)."""
    words = re.findall(r"[\w'’.\-]+", text.replace("’", "'"))
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            party = CASED_ACRONYMS.get(phrase) if n == 1 and phrase in CASED_ACRONYMS else party_of(phrase.lower())
            if party:
                if party not in found:
                    found.append(party)
                i += n
                break
        else:
            i += 1
    return found
