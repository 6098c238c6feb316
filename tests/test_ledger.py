"""The ledger: canonical sources, reconciliation, timelines, contradictions."""
import math

import pytest

from toll.ledger.figures import compatible, interval, point, summary
from toll.ledger.reconcile import ARTICLE_VOICE, Subject, reconcile
from toll.ledger.sources import SourceIndex, source_key
from toll.ledger.timeline import timeline


@pytest.mark.parametrize("a,b", [
    ("Russia's defence ministry", "Russia’s Defense Ministry"),
    ("Russia's defence ministry", "the Russian defence ministry"),
    ("Ukraine's General Staff", "Ukrainian General Staff"),
])
def test_institutions_written_differently_share_a_key(a, b):
    assert source_key(a, "government") == source_key(b, "government")


def test_people_are_keyed_by_surname_and_misspellings_meet():
    index = SourceIndex()
    k1 = index.add("Igor Konashenkov", "person")
    k2 = index.add("Konashenkova", "person")
    k3 = index.add("Igor Konashenkov", "person")
    assert k1 == k2 == k3
    assert index.name_of(k1) == "Igor Konashenkov"


def test_groups_of_officials_are_not_one_person():
    assert source_key("NATO officials", "person") != source_key("Ukrainian officials", "person")


def test_short_different_surnames_stay_apart():
    index = SourceIndex()
    assert index.add("Ann Lee", "person") != index.add("Bo Li", "person")


@pytest.mark.parametrize("count,expected", [
    ((352, 352, "exact"), (352, 352)), ((100, 100, "approx"), (90, 110)), ((10, None, "at_least"), (10, math.inf)),
    ((None, 10, "at_most"), (0, 10)), ((10, 15, "range"), (10, 15)), ((12, None, "vague"), (12, math.inf)),
    ((None, None, "vague"), (1, math.inf)),
])
def test_interval(count, expected):
    assert interval(*count) == pytest.approx(expected)


def test_compatibility():
    assert not compatible(interval(498, 498, "exact"), interval(5840, 5840, "exact"))
    assert compatible(interval(2086, None, "at_least"), interval(None, 3000, "at_most"))
    assert not compatible(interval(2086, None, "at_least"), interval(1500, 1500, "approx"))
    assert compatible(interval(1900, 1900, "approx"), interval(2000, 2000, "exact"))


def test_point_and_summary():
    assert point(10, 15, "range") == 12.5
    assert point(10, None, "at_least") is None
    assert summary([(498, 498, "exact"), (5840, 5840, "exact"), (7000, 15000, "range")]) == (498, 5840, 15000)
    assert summary([(100, None, "at_least")]) == (100, 100, 100)
    assert summary([]) == (None, None, None)


def test_subject_parsing():
    assert Subject.parse("killed/Russia/military") == Subject("killed", "Russia", "military", None)
    assert Subject.parse("injured/-/civilian/children") == Subject("injured", None, "civilian", "children")
    assert str(Subject("killed", None, "unknown")) == "killed/-/unknown"
    with pytest.raises(ValueError):
        Subject.parse("a/b/c/d/e")


def row(article, claim, claimant, low, high=None, qualifier="exact", day="2022-03-02", affiliation="Russia",
        stance="asserted", period=None, kind="government", outlet="Wire"):
    return {"article_id": article, "claim_id": claim, "claimant_name": claimant, "claimant_kind": kind,
            "claimant_affiliation": None, "outcome": "killed", "affiliation": affiliation, "role": "military",
            "victims_group": None, "low": low, "high": high if high is not None or qualifier != "exact" else low,
            "qualifier": qualifier, "stance": stance, "period_text": period, "reported_on": None,
            "published": day, "outlet": outlet, "url": None, "title": None, "sentence_text": f"{low} killed"}


RUSSIA = Subject("killed", "Russia", "military")


def test_restatements_are_one_figure_with_every_report():
    figures, sources = reconcile([
        row("a1", "c1", "Russia's defence ministry", 498),
        row("a2", "c3", "Russia’s Defense Ministry", 498, outlet="Other"),
        row("a2", "c4", None, 498),
    ])
    attributed = [f for f in figures if f.claimant != ARTICLE_VOICE]
    assert len(attributed) == 1 and len(attributed[0].reports) == 2
    assert {r.outlet for r in attributed[0].reports} == {"Wire", "Other"}
    assert any(f.claimant == ARTICLE_VOICE for f in figures)


def test_timeline_series_contradictions_and_summary():
    figures, sources = reconcile([
        row("a1", "c1", "Russia's defence ministry", 498, day="2022-03-02"),
        row("a1", "c2", "Ukraine's General Staff", 5840, qualifier="approx", high=5840, day="2022-03-02",
            kind="military"),
        row("a2", "c1", "Russia's defence ministry", 1351, day="2022-03-25"),
        row("a2", "c2", "NATO", 7000, 15000, "range", day="2022-03-25", kind="organization"),
        row("a3", "c1", "Russia's defence ministry", 11, day="2022-03-26", period="in the past 24 hours"),
    ])
    t = timeline(RUSSIA, figures)
    ministry = sources.add("Russia's defence ministry", "government")
    assert [f.low for f in t.series[ministry]] == [498, 1351]  # the 24-hour figure is no running total
    assert {(c.day, c.reason) for c in t.contradictions} == {("2022-03-02", "incompatible figures"),
                                                          ("2022-03-25", "incompatible figures")}
    last = t.summaries[-1]
    assert (last.day, last.low, last.high, last.claimants) == ("2022-03-25", 1351, 15000, 3)


def test_a_denial_of_the_same_figure_is_a_contradiction():
    figures, _ = reconcile([
        row("a1", "c1", "Gaza health ministry", 274, affiliation="Palestine"),
        row("a1", "c2", "Israeli military", 274, affiliation="Palestine", stance="denied", kind="military"),
    ])
    t = timeline(Subject("killed", "Palestine", "military"), figures)
    assert [c.reason for c in t.contradictions] == ["denied"]
