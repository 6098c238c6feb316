"""Statements: quotes as typography writes them, reported speech, cues, offsets.

Every example is written for these tests; none is taken from the shared corpora.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toll.extract import cues
from toll.extract.cues import find_quotes
from toll.extract.speakers import SpeakerResolver
from toll.extract.statements import extract_statements
from toll.nlp import parse


def statements(text: str):
    doc = parse(text)
    return extract_statements(doc, SpeakerResolver(doc))


def only(text: str):
    found = statements(text)
    assert len(found) == 1, [s.content.text for s in found]
    return found[0]


def check_offsets(text: str, found) -> None:
    for s in found:
        assert 0 <= s.content.start <= s.content.end <= len(text)
        assert s.content.text == text[s.content.start:s.content.end]


# ---------------------------------------------------------------- quotation marks

def test_curly_and_straight_marks_are_quotes():
    text = 'He said "ready now" and “later too”.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["ready now", "later too"]


def test_doubled_apostrophes_are_quotation_marks():
    text = "''We are ready,'' the envoy said."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["We are ready"]


def test_quote_left_open_is_continued_by_the_next_paragraph():
    text = "“First part of it.\n“Second part of it.”"
    first, second = find_quotes(text)
    assert not first.closed and second.continues and second.closed


def test_odd_number_of_marks_never_fails():
    for text in ['"', '“', '”', '“a” ”b', '"a" "', "''", "“\n”\n“"]:
        for quote in find_quotes(text):
            assert 0 <= quote.start <= quote.end <= len(text)


# ---------------------------------------------------------------- direct speech

def test_trailing_attribution():
    s = only("“We will rebuild the bridge by spring,” Maria Lopez said.")
    assert (s.kind, s.speaker.name, s.cue) == ("direct", "Maria Lopez", "said")
    assert s.content.text == "We will rebuild the bridge by spring"


def test_inverted_attribution_with_apposition():
    s = only("“We will rebuild the bridge by spring,” said Maria Lopez, the mayor of Dorva.")
    assert s.speaker.name == "Maria Lopez"
    assert s.speaker.role == "mayor of Dorva"


def test_colon_introduction():
    s = only("Marta Lindqvist told reporters: “The river has risen two metres overnight.”")
    assert s.kind == "direct" and s.speaker.name == "Marta Lindqvist"
    assert s.cue == "told reporters"
    assert s.content.text.startswith("The river has risen")


def test_quote_split_by_attribution_is_two_statements_of_one_speaker():
    first, second = statements("“The dam held,” Lopez said, “but the roads are gone.”")
    assert first.content.text == "The dam held"
    assert second.content.text.startswith("but the roads are gone")
    assert first.speaker.name == second.speaker.name == "Lopez"


def test_quote_running_over_paragraphs_is_one_statement_per_paragraph():
    found = statements("Marta Lindqvist said: “The first paragraph of her words goes here.\n"
                       "“The second paragraph of her words follows it.”")
    assert [s.content.text for s in found] == ["The first paragraph of her words goes here.",
                                               "The second paragraph of her words follows it."]
    assert {s.speaker.name for s in found} == {"Marta Lindqvist"}


def test_quote_attributed_only_at_its_last_paragraph():
    found = statements("“The first paragraph of her words goes here.\n"
                       "“The second paragraph follows,” Marta Lindqvist said.")
    assert len(found) == 2 and {s.speaker.name for s in found} == {"Marta Lindqvist"}


def test_missing_closing_mark_with_the_attribution_inside():
    text = ("“The shelling went on all night and into the morning, Governor Ana Ruiz told "
            "reporters. We counted forty explosions before dawn.\nThe city is quiet now.")
    first, second = statements(text)
    assert first.content.text == "The shelling went on all night and into the morning"
    assert second.content.text == "We counted forty explosions before dawn."
    assert first.speaker.name == second.speaker.name == "Ana Ruiz"
    assert first.speaker.role == "Governor"


def test_single_quotes_inside_double_stay_in_the_content():
    s = only("“They shouted ‘go home’ at us all night,” Ruiz said.")
    assert s.content.text == "They shouted ‘go home’ at us all night"


def test_straight_marks():
    s = only('"We are ready for talks at any time," the foreign minister said.')
    assert s.kind == "direct" and s.speaker.name == "foreign minister"


def test_unattributed_quote_follows_the_speaker_before_it():
    first, second = statements("Marta Lindqvist said the levee would hold. "
                               "“We have sandbags for every street in the lower town.”")
    assert second.kind == "direct" and second.speaker.name == "Marta Lindqvist"


def test_scare_quotes_are_not_statements():
    assert statements("Officials called it a “special operation” in the east.") == []


def test_quote_signed_with_a_dash():
    s = only("“The shelters are full and the winter is coming early this year.” ― Jack Ashley")
    assert (s.speaker.name, s.cue, s.kind) == ("Jack Ashley", "―", "direct")


def test_transcript_lines():
    found = statements("Mike Pence spoke.\n\"WALLACE: Let us start with the news about the "
                       "debate tonight.\n\"PENCE: Well, look, this is America, Chris.")
    assert [(s.speaker.name, s.kind) for s in found] == [("WALLACE", "direct"),
                                                          ("Mike Pence", "direct")]
    assert found[1].content.text == "Well, look, this is America, Chris"


# ---------------------------------------------------------------- reported speech

def test_that_clause():
    s = only("The ministry said that 12 soldiers were wounded in the attack.")
    assert (s.kind, s.content.text) == ("indirect", "12 soldiers were wounded in the attack")


def test_channel():
    s = only("The ministry said in a statement that 12 soldiers were wounded in the attack.")
    assert s.channel == "a statement"


def test_trailing_attribution_of_reported_speech():
    s = only("Twelve soldiers were wounded in the attack, the official said.")
    assert s.content.text == "Twelve soldiers were wounded in the attack"
    assert s.speaker.name == "official"


def test_according_to():
    s = only("Twelve soldiers were wounded in the attack, according to the regional governor.")
    assert (s.cue, s.speaker.name) == ("according to", "regional governor")
    assert s.content.text == "Twelve soldiers were wounded in the attack"


def test_mixed_quote_inside_reported_speech():
    s = only("The spokesman claimed that the army had suffered “minimal” losses in the fighting.")
    assert s.kind == "mixed"
    assert s.content.text == "the army had suffered “minimal” losses in the fighting"


def test_negated_speech_reports_nothing():
    assert statements("The ministry did not say how many soldiers died.") == []


def test_speech_noun_with_owner():
    s = only("Analysts doubted the general's claim that the bridge had been retaken.")
    assert s.speaker.name == "general" and s.content.text == "the bridge had been retaken"


def test_characterisation_with_as():
    s = only("Kremlin officials condemned the visit as a “provocation” that threatens peace.")
    assert s.kind == "mixed" and s.content.text.startswith("a “provocation”")


def test_nested_attribution_keeps_the_outer_source():
    found = statements("The commander ordered the troops to withdraw, state television said.")
    assert [s.speaker.name for s in found] == ["state television"]


def test_ids_in_text_order_and_offsets():
    text = ("Twelve soldiers were wounded, the official said. "
            "“We need more medics,” Dr. Anna Kovacs said.")
    found = statements(text)
    assert [s.id for s in found] == ["s1", "s2"]
    assert found[0].content.start < found[1].content.start
    check_offsets(text, found)


def test_trailing_attribution_after_a_heading_the_parser_misreads():
    s = only("Brova district: A drone strike on a farm injured four people, including a "
             "boy, regional governor Pavlo Hrytsenko said.")
    assert s.speaker.name == "Pavlo Hrytsenko"
    assert s.content.text.startswith("Brova district: A drone strike")


def test_directive_verbs_report_their_addressee_and_act():
    s = only("The agency urged both armies to let aid convoys into the valley.")
    assert s.content.text == "both armies to let aid convoys into the valley"
    s = only("The president called on the rebels to lay down their weapons.")
    assert s.content.text == "the rebels to lay down their weapons"


def test_charges_and_nominal_objects_are_statements():
    s = only("The ministry accused the militia of shelling the market.")
    assert s.content.text == "the militia of shelling the market"
    s = only("The army chief vowed a swift response to the attack.")
    assert s.content.text == "a swift response to the attack"


def test_nominal_report_inside_another_statement_is_not_separate():
    found = statements("The minister said critics had been predicting a collapse of the talks.")
    assert [s.speaker.name for s in found] == ["minister"]


def test_passive_speech_verb_has_no_speaker():
    assert statements("Forty people were confirmed dead in the flooding.") == []


# ---------------------------------------------------------------- cues

def test_cue_lexicon_is_wide_and_keyed_by_lemma():
    assert len(cues.SPEECH_VERBS) > 100
    assert {"say", "deny", "acknowledge", "tweet", "warn"} <= cues.SPEECH_VERBS
    assert cues.stance("deny") == "denied" and cues.stance("admit") == "acknowledged"
    assert cues.stance("say") == "asserted"


def test_is_speech_verb_reads_the_parse():
    doc = parse("The army denied the report and said nothing else.")
    assert [t.text for t in doc if cues.is_speech_verb(t)] == ["denied", "said"]


def test_according_to_and_channel_nouns():
    doc = parse("According to a post on Telegram, the bridge fell.")
    assert cues.is_according_to(doc[0])
    assert cues.is_channel_noun(doc[3]) and cues.is_channel_noun(doc[5])


# ---------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", '"""', "😀 “said” 😀",
                                  "x" * 5000, "“a”" * 300, "he said:\n“\n”\n“",
                                  "said, said, said: “” ''"])
def test_odd_texts_never_fail(text):
    check_offsets(text, statements(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["“", "”", '"', "‘", "’", "''", " said ", " he ", "\n",
                                 "Anna Berg", ", ", ". ", "according to", "😀", " that ",
                                 "the official", " told ", ":", "troops died"]),
                max_size=40))
def test_extraction_never_fails_and_offsets_hold(parts):
    text = "".join(parts)
    check_offsets(text, statements(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text(text):
    check_offsets(text, statements(text))


# ---------------------------------------------------------------- who speaks

def speakers_of(text: str) -> dict[str, str | None]:
    return {s.content.text: s.speaker.name if s.speaker else None for s in statements(text)}


def test_object_of_forced_to_admit_is_the_speaker():
    found = speakers_of("Senator Ana Ruiz forced Mr. Holm to admit that no senior managers "
                        "had been fired.")
    assert found == {"no senior managers had been fired": "Holm"}


def test_subject_hung_on_a_fronted_phrase_speaks():
    found = speakers_of("At the club, Tom Berg, its president, suggested that the new rules "
                        "were unfair to members.")
    assert found == {"the new rules were unfair to members": "Tom Berg"}


def test_headline_label_is_not_the_subject():
    found = speakers_of("The Latest: Berg urges voters to stay calm during the count.\n\n"
                        "More text follows here today.")
    assert found == {"voters to stay calm during the count": "Berg"}


def test_inverted_attribution():
    found = speakers_of("Ryan Holm, a tax lawyer, spoke first. Few agreed with the plan. "
                        "Said Holm: “The plan will fail, and everyone knows it.”")
    assert found == {"The plan will fail, and everyone knows it.": "Ryan Holm"}


def test_according_to_a_speech_names_the_speaker():
    found = speakers_of("The tax is meant to curb short-term trading, according to a speech "
                        "Jane Roe gave in Boston last year.")
    assert found == {"The tax is meant to curb short-term trading": "Jane Roe"}


def test_quote_set_off_by_dashes_after_a_name():
    found = speakers_of("Many disagreed, including the former governor Jane Roe -- “This is a "
                        "disgrace to the whole state” -- and two senators.")
    assert found == {"This is a disgrace to the whole state": "Jane Roe"}


def test_a_dateline_with_a_colon_is_no_speaker():
    """"TOWNSVILLE: Two people were hurt …" opens a story, not a transcript line; a
    name in capitals with a colon ("SMITH: Well, …") still is one."""
    from toll.extract import extract
    from toll.model import Article
    text = "Headline\n\nMOSCOW: Two people were hurt in a fire on Tuesday, the city said.\n\n" \
           "SMITHERS: Well, look, we will keep working on it every single day."
    speakers = [s.speaker.name for s in extract(Article(text=text, source="t")).statements]
    assert "MOSCOW" not in speakers and "SMITHERS" in speakers
