"""The casualty word lists (toll.extract.lexicon), checked entry by entry: lower case,
no word in two lists that mean different things, and every list's words where the
rules expect them."""
from __future__ import annotations

import pytest

from toll.extract import lexicon as lx

WORD_LISTS = {name: value for name, value in vars(lx).items()
              if name.isupper() and isinstance(value, (set, frozenset, dict))}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_entries_are_lower_case_words(name):
    assert all(isinstance(w, str) and w == w.lower() and w.strip() == w and w for w in WORD_LISTS[name]), name


def test_person_lists_do_not_repeat_each_other():
    assert not lx.OTHER_PERSON_NOUNS & (lx.CIVILIAN_NOUNS | lx.MILITARY_NOUNS | lx.PEOPLE_NOUNS)


def test_event_nouns_have_an_outcome():
    assert lx.EVENT_NOUNS <= set(lx.NOUNS)
    assert set(lx.EVENT_COUNTS.values()) <= set(range(2, 10))


def test_figurative_objects_are_not_people():
    assert not lx.NON_PERSON_NOUNS & (lx.CIVILIAN_NOUNS | lx.MILITARY_NOUNS | lx.OTHER_PERSON_NOUNS)


def test_outcomes_are_the_five_of_the_spec():
    outcomes = {lx.KILLED, lx.INJURED, lx.CASUALTIES, lx.MISSING, lx.CAPTURED}
    for table in (lx.TRANSITIVE_VERBS, lx.INTRANSITIVE_VERBS, lx.ADJECTIVES, lx.NOUNS, lx.PERPETRATOR_NOUNS):
        assert set(table.values()) <= outcomes


def test_injuring_verbs_are_not_also_plain_transitive_verbs():
    """An injuring verb decides killed or injured by its result phrase; listing it as a
    plain transitive verb too would bypass that."""
    assert not lx.INJURING_VERBS & set(lx.TRANSITIVE_VERBS)
    assert lx.MEANS_VERBS <= lx.INJURING_VERBS | {"gun"}
