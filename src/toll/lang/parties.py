"""Armed parties that are not states, and state forces news names without their state.

Casualty claims are compared by side, and a side is a country or an armed party. The
names here are the ones ledgers use ("Hamas", "Rapid Support Forces"); the words are
lower case and name that party only.
"""
from __future__ import annotations

ARMED_PARTIES: dict[str, tuple[str, ...]] = {
    # party: lower-case words that name it (its own name, lower-cased, is implied)
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
"""Non-state armed parties and the words for them."""

STATE_FORCES: dict[str, str] = {
    # forces and agencies named without their state: lower-case name -> country
    "idf": "Israel",
    "israel defense forces": "Israel",
    "revolutionary guards": "Iran",
    "irgc": "Iran",
}
"""A state's forces named alone ("the IDF said") stand for the state."""

CASED_ACRONYMS: dict[str, str] = {"US": "United States", "IS": "Islamic State"}
"""Acronyms that are ordinary words in lower case ("us", "is"): read only as written."""
