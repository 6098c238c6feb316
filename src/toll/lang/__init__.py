"""Language and place data, kept apart from the code that reads it (as spaCy keeps ``lang/``).

- :mod:`toll.lang.countries`: the 197 sovereign countries under the names toll uses,
  with ISO codes, demonyms, other names, capitals and seats of power.
- :mod:`toll.lang.parties`: non-state armed parties and state forces named alone.
- :mod:`toll.lang.conflict_places`: towns and regions of conflict news read as their
  country by :func:`toll.places.party_of`.
- :mod:`toll.lang.regions`: English names of regions that the ISO 3166-2 table spells
  otherwise ("Tigray", "Maguindanao"), for the gazetteer.
- :mod:`toll.lang.common_words`: English words that are also names of towns, which the
  gazetteer never reads as places ("Mobile", "Reading").

Every key is lower case and appears once; ``tests/test_places.py`` checks each list.
The code that reads these tables is :mod:`toll.places`.
"""
