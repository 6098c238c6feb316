"""Casualty claims, rule by rule, on sentences written for these tests."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from toll.extract import extract
from toll.model import GROUPS, OUTCOMES, QUALIFIERS, ROLES, SOURCE_KINDS, STANCES, STATEMENT_KINDS, Article


def claims(text: str, published: str = "2022-03-06"):
    return extract(Article(text=text, source="test", published=published)).casualties


def figures(text: str):
    return [(c.outcome, c.count.low, c.count.high, c.count.qualifier) for c in claims(text)]


# ---------------------------------------------------------------- triggers in every form

@pytest.mark.parametrize("text,expected", [
    ("The shelling killed 12 people.", [("killed", 12, 12, "exact")]),
    ("Artillery hit the market, killing 12.", [("killed", 12, 12, "exact")]),
    ("Twelve civilians were killed in the attack.", [("killed", 12, 12, "exact")]),
    ("Twelve people died when the bridge collapsed.", [("killed", 12, 12, "exact")]),
    ("The attack left 12 dead.", [("killed", 12, 12, "exact")]),
    ("The death toll rose to 35 on Monday.", [("killed", 35, 35, "exact")]),
    ("The strike caused 227 civilian deaths.", [("killed", 227, 227, "exact")]),
    ("Six people lost their lives in the fire.", [("killed", 6, 6, "exact")]),
    ("Rescuers recovered the bodies of nine people.", [("killed", 9, 9, "exact")]),
    ("At least 40 people were wounded.", [("injured", 40, None, "at_least")]),
    ("The blast injured 14 passers-by.", [("injured", 14, 14, "exact")]),
    ("Five firefighters were hurt.", [("injured", 5, 5, "exact")]),
    ("The army suffered 300 casualties.", [("casualties", 300, 300, "exact")]),
    ("Forty-two people are missing after the flood.", [("missing", 42, 42, "exact")]),
    ("Seven fishermen disappeared off the coast.", [("missing", 7, 7, "exact")]),
    ("Rebels captured 90 soldiers.", [("captured", 90, 90, "exact")]),
    ("Ninety servicemen were taken prisoner.", [("captured", 90, 90, "exact")]),
    ("The two sides exchanged 200 prisoners of war.", [("captured", 200, 200, "exact")]),
])
def test_trigger_forms(text, expected):
    assert figures(text) == expected


def test_killed_and_injured_with_own_figures_are_two_claims():
    assert figures("Officials said 11 soldiers had been killed and 41 wounded.") == [
        ("killed", 11, 11, "exact"), ("injured", 41, 41, "exact")]


def test_killed_and_injured_without_figures_are_two_claims():
    found = claims("“Unfortunately, there are killed and injured among our comrades,” the general said.")
    assert [(c.outcome, c.count.qualifier) for c in found] == [("killed", "vague"), ("injured", "vague")]
    assert all(c.victims.role == "military" for c in found)


def test_killed_or_wounded_sharing_a_figure_is_casualties():
    assert figures("Thousands of troops had been killed or wounded, he claimed.") == [
        ("casualties", 1000, None, "vague")]


def test_among_the_dead():
    found = claims("Among the dead were three children.")
    assert [(c.outcome, c.count.low, c.victims.group) for c in found] == [("killed", 3, "children")]


def test_grisly_wounds_of_a_single_soldier():
    found = claims("The paper interviewed a Russian soldier who suffered grisly wounds.")
    assert [(c.outcome, c.count.low, c.count.qualifier, c.victims.affiliation) for c in found] == [
        ("injured", 1, "exact", "Russia")]


# ---------------------------------------------------------------- figures

@pytest.mark.parametrize("phrase,low,high,qualifier", [
    ("some 3,500", 3500, 3500, "approx"), ("about 3,500", 3500, 3500, "approx"),
    ("nearly 3,500", 3500, 3500, "approx"), ("at least 10", 10, None, "at_least"),
    ("more than 10", 10, None, "at_least"), ("up to 10", None, 10, "at_most"),
    ("as many as 10", None, 10, "at_most"), ("between 10 and 15", 10, 15, "range"),
    ("dozens of", 12, None, "vague"), ("hundreds of", 100, None, "vague"),
    ("tens of thousands of", 10000, None, "vague"), ("several", 3, None, "vague"),
    ("forty-two", 42, 42, "exact"), ("many", None, None, "vague"),
])
def test_hedges(phrase, low, high, qualifier):
    [claim] = claims(f"Officials said {phrase} soldiers were killed.")
    assert (claim.count.low, claim.count.high, claim.count.qualifier) == (low, high, qualifier)


def test_a_single_victim_is_exactly_one():
    [claim] = claims("A soldier was killed by a sniper.")
    assert (claim.count.low, claim.count.high, claim.count.qualifier) == (1, 1, "exact")


# ---------------------------------------------------------------- victims

def test_subset_is_part_of_its_parent():
    found = claims("The ministry said 352 Ukrainian civilians, including 14 children, had been killed.")
    parent, child = found
    assert (parent.count.low, parent.victims.affiliation, parent.victims.role) == (352, "Ukraine", "civilian")
    assert (child.count.low, child.victims.group, child.part_of) == (14, "children", parent.id)


def test_both_sides_make_two_claims():
    found = claims("The war has killed soldiers on both the Russian and Ukrainian sides as well as civilians.")
    assert [(c.victims.affiliation, c.victims.role) for c in found] == [
        ("Russia", "military"), ("Ukraine", "military"), ("Ukraine", "civilian")]


def test_our_comrades_are_the_speakers_side():
    [claim] = claims("“We lost 30 of our comrades killed,” Russia's defence ministry said.")
    assert (claim.count.low, claim.victims.affiliation, claim.stance) == (30, "Russia", "acknowledged")


# ---------------------------------------------------------------- who says so, and how

def test_claimant_and_acknowledged_stance():
    [claim] = claims("Russia's defence ministry said on Sunday that 498 Russian servicemen had been killed.")
    assert claim.claimant.name == "Russia's defence ministry"
    assert claim.stance == "acknowledged"
    assert claim.reported_on == "2022-03-06"


def test_enemy_losses_are_asserted():
    [claim] = claims("Russia's defence ministry said 2,870 Ukrainian soldiers had been killed.")
    assert claim.stance == "asserted"


def test_denied():
    [claim] = claims("The army denied that its forces had suffered heavy casualties.")
    assert claim.stance == "denied"


def test_article_voice_has_no_claimant():
    [claim] = claims("Twelve civilians were killed in the attack on the market.")
    assert claim.claimant is None


def test_claimant_carries_to_the_next_sentence():
    found = claims("At least 20 people were killed, the office said. The tally includes 5 people who died in hospital.")
    assert [c.claimant.name if c.claimant else None for c in found] == ["office", "office"]


def test_period():
    [claim] = claims("The office said 2,000 civilians had been killed since the start of the war.")
    assert claim.period.text == "since the start of the war"


# ---------------------------------------------------------------- not casualties

@pytest.mark.parametrize("text", [
    "Russia fired 320 missiles at Ukrainian cities overnight.",
    "The United States deployed 3,000 troops to Poland.",
    "Russian forces are 30 kilometres from Kyiv.",
    "A 14-year-old boy was among those evacuated.",
    "The ministry pledged 500 million dollars in aid.",
    "Support for the war fell to 40 percent.",
    "The attack began on 24 February 2022 at 4:50.",
    "Call the hotline on 0800 123 456 for help.",
    "The spokesman did not say how many soldiers had died.",
    "Nobody was killed in the blast.",
])
def test_not_casualties(text):
    assert claims(text) == []


# ---------------------------------------------------------------- properties

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_raises_and_offsets_point_into_the_text(text):
    article = Article(text=text, source="prop")
    for claim in extract(article).casualties:
        assert text[claim.sentence.start:claim.sentence.end] == claim.sentence.text


WORDS = ["killed", "wounded", "dead", "12", "at least", "soldiers", "civilians", "said", "including",
         "the", "toll", "rose", "to", "“", "”", "\n", ",", ".", "Russian", "missing", "of", "them"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_never_raises_on_casualty_word_salad(words):
    text = " ".join(words)
    result = extract(Article(text=text, source="prop"))
    for claim in result.casualties:
        assert text[claim.sentence.start:claim.sentence.end] == claim.sentence.text
        assert claim.outcome in OUTCOMES and claim.count.qualifier in QUALIFIERS and claim.stance in STANCES
        assert claim.victims.role in ROLES and claim.victims.group in (*GROUPS, None)
        assert claim.claimant is None or claim.claimant.kind in SOURCE_KINDS
    for statement in result.statements:
        assert statement.kind in STATEMENT_KINDS and statement.speaker.kind in SOURCE_KINDS


@pytest.mark.parametrize("text,expected", [
    ("Officials put the toll at 21, then 31 and finally 34 by evening.",
     [("killed", 21, 21, "exact"), ("killed", 31, 31, "exact"), ("killed", 34, 34, "exact")]),
    ("UN-verified civilian deaths pass 10,000.", [("killed", 10000, None, "at_least")]),
    ("Deaths fell to a few hundred a year.", [("killed", 200, None, "vague")]),
    ("Six dead, 47 missing after mine collapse", [("killed", 6, 6, "exact"), ("missing", 47, 47, "exact")]),
    ("A couple and their nine-month-old baby had been shot dead.",
     [("killed", 2, 2, "exact"), ("killed", 1, 1, "exact")]),
])
def test_tallies_and_compact_figures(text, expected):
    assert sorted(figures(text)) == sorted(expected)


def test_disaster_victims_are_civilians():
    found = claims("Six people died when a coal mine collapsed in the north of the country, state media said.")
    assert [(c.count.low, c.victims.role) for c in found] == [(6, "civilian")]


WAR_REPORT = ("Soldiers and fighters clashed for a week. Troops, tanks and militia units pushed on. "
              "The army said its soldiers and officers held the line against rebel fighters.\n")


def test_people_in_a_war_stay_unknown():
    found = claims(WAR_REPORT + "Six people died when a missile hit the town near the soldiers, the governor said.")
    assert [(c.count.low, c.victims.role) for c in found] == [(6, "unknown")]


def test_people_outside_a_war_are_civilians():
    found = claims("Six people died when a gunman opened fire on a market, the governor said.")
    assert [(c.count.low, c.victims.role) for c in found] == [(6, "civilian")]


def test_verified_by_names_the_claimant():
    [claim] = claims("Key figures\nUN-verified civilian deaths pass 10,000")
    assert claim.claimant is not None and claim.claimant.name.startswith("UN")
    assert (claim.count.low, claim.count.qualifier) == (10000, "at_least")


def test_counting_verb_subject_is_the_claimant():
    found = claims("Officials had put the toll at 21, then 31 by evening.")
    assert [(c.count.low, c.claimant.name if c.claimant else None) for c in found] == [(21, "Officials"), (31, "Officials")]


def test_headline_claim_verb_names_the_claimant():
    [claim] = claims("Niger says 17 soldiers killed in ambush near border")
    assert (claim.claimant.name, claim.victims.affiliation, claim.stance) == ("Niger", "Niger", "acknowledged")


def test_a_border_does_not_place_the_dead():
    text = ("Soldiers killed in ambush near Burkina Faso border\n"
            "NIAMEY, Aug 16 (Wire) - Soldiers were attacked near the border with Burkina Faso. "
            "Dozens of soldiers have been killed in the region this year.")
    assert {c.victims.affiliation for c in claims(text)} == {"Niger"}


def test_unnamed_attackers_have_no_side():
    [claim] = claims("The army said more than 100 assailants had been neutralised.")
    assert (claim.count.low, claim.victims.affiliation, claim.victims.role) == (100, None, "military")


def test_a_proportion_is_not_a_count():
    assert claims("Roughly one in six villagers had been killed, the governor said.") == []


def test_close_to_a_figure_is_approximate():
    [claim] = claims("Ukraine's armed forces say their count of Russian military dead is close to 55,110.")
    assert (claim.count.low, claim.count.qualifier, claim.victims.role) == (55110, "approx", "military")


def test_a_later_figure_takes_the_whole_not_the_subset():
    found = claims("The governor said at least 50 people had been killed, including five children, "
                   "and that about 100 more had been wounded.")
    assert [(c.outcome, c.count.low, c.victims.group) for c in found] == [
        ("killed", 50, None), ("killed", 5, "children"), ("injured", 100, None)]
