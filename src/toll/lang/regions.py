"""English names of regions that the ISO 3166-2 subdivision table spells otherwise.

The gazetteer reads states, provinces and regions from ISO 3166-2 (through pycountry),
which gives local or transliterated names ("Tigrai", "Nīnawá", "Sud-Kivu",
"Maguindanao del Sur"). News writes these in English; this table gives the English
names of regions that appear in conflict news. Keys are lower case.
"""
from __future__ import annotations

REGIONS: dict[str, str] = {
    # lower-case English name of a region -> country
    "tigray": "Ethiopia",
    "amhara": "Ethiopia",
    "oromia": "Ethiopia",
    "afar": "Ethiopia",
    "north kivu": "Democratic Republic of the Congo",
    "south kivu": "Democratic Republic of the Congo",
    "maguindanao": "Philippines",
    "sulu": "Philippines",
    "nineveh": "Iraq",
    "anbar": "Iraq",
    "kurdistan region": "Iraq",
    "darfur": "Sudan",
    "north darfur": "Sudan",
    "kordofan": "Sudan",
    "donbas": "Ukraine",
    "donbass": "Ukraine",
    "crimea": "Ukraine",
    "cabo delgado": "Mozambique",
    "balochistan": "Pakistan",
    "baluchistan": "Pakistan",
    "khyber pakhtunkhwa": "Pakistan",
    "kashmir": "India",
    "rakhine": "Myanmar",
    "west bank": "Palestine",
    "gaza strip": "Palestine",
    "sinai": "Egypt",
    "catatumbo": "Colombia",
}
"""Regions by their English names (not always an administrative unit: "Donbas")."""
