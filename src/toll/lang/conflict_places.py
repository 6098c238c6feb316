"""Places named in conflict news that :func:`toll.places.party_of` reads as their country.

``party_of`` answers for countries, demonyms, capitals and armed parties from a table
small enough to scan every word of an article with. These are the towns, regions and
battlefields it also knows by heart: places a wire story names as the side it is about
("shelling in Kharkiv", "Gaza's health ministry"). Everything else is left to the
GeoNames gazetteer behind :func:`toll.places.country_of_place`. Keys are lower case;
each names one place; values are names from :data:`toll.lang.countries.COUNTRIES`.
"""
from __future__ import annotations

CONFLICT_PLACES: dict[str, tuple[str, ...]] = {
    # country: lower-case names of its towns, regions and battlefields
    "China": ("inner mongolia", "xinjiang", "tibet"),
    "Colombia": ("catatumbo", "tibu", "tibú", "cucuta", "cúcuta"),
    "Democratic Republic of the Congo": ("goma", "north kivu", "south kivu", "ituri"),
    "Egypt": ("sinai",),
    "Ethiopia": ("tigray", "amhara", "oromia"),
    "India": ("kashmir", "manipur"),
    "Indonesia": ("papua",),
    "Iraq": ("mosul", "basra", "fallujah", "erbil"),
    "Israel": ("tel aviv",),
    "Libya": ("tripoli", "benghazi"),
    "Mozambique": ("cabo delgado",),
    "Myanmar": ("yangon", "rakhine"),
    "Niger": ("tillaberi", "tillabéri"),
    "Nigeria": ("borno", "maiduguri"),
    "Pakistan": ("karachi", "peshawar", "balochistan"),
    "Palestine": ("gaza", "west bank", "rafah", "khan younis", "jabalia", "nuseirat",
                  "deir al-balah", "gaza city", "jenin"),
    "Philippines": ("mindanao",),
    "Russia": ("belgorod", "kursk", "bryansk", "st. petersburg", "chechnya", "dagestan"),
    "Sudan": ("omdurman", "darfur", "el fasher", "el geneina", "geneina", "gezira", "wad madani",
              "kordofan", "al manaqil", "wad al-nourah"),
    "Syria": ("aleppo", "idlib", "homs", "raqqa", "deir ez-zor"),
    "Tanzania": ("dar es salaam", "mwanza", "ukara"),
    "Turkey": ("istanbul",),
    "Ukraine": ("kharkiv", "donetsk", "luhansk", "mariupol", "dnipro", "sumy", "odesa", "odessa",
                "kherson", "zaporizhzhia", "bakhmut", "avdiivka", "makiivka", "debaltseve",
                "okhtyrka", "kramatorsk", "lviv", "chernihiv", "cherniv", "mykolaiv", "kupiansk",
                "hroza", "irpin", "bucha", "kryvyi rih", "izium", "crimea", "vinnytsia", "poltava",
                "zhytomyr", "pokrovsk", "sloviansk", "shakhtarsk", "azovstal", "donbas", "artemivsk"),
    "Yemen": ("aden", "hodeidah"),
}
"""Towns and regions of conflict news, by country (kept from toll's first place table)."""
