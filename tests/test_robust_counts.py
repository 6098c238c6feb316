"""Break 1 of issue 11: a figure no count can be must neither crash the store nor be misread."""
import pytest

from toll.guard import guarded
from toll.model import Article
from toll.numbers import MAX_COUNT, misread_in_context, parse_number
from toll.pipeline import extract_safely, ingest
from toll.store import Store


@pytest.mark.parametrize("text", ["10 billion billion", "thousand thousand", "two thousand three million",
                                  "5 million million"])
def test_doubled_or_rising_scale_words_are_refused(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,value", [("a hundred thousand", 100_000), ("two million five thousand", 2_005_000),
                                        ("three hundred thousand", 300_000), ("7 billion", 7_000_000_000)])
def test_ordinary_scales_still_read(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("number,context,expected", [
    ("10", "said 10^9 people", True), ("10", "said 10 ** 9 people", True), ("1", "said 1e9 people", True),
    ("5", "some 5 x 10^3 people", True), ("10 billion", "said 10 billion billion people", True),
    ("12", "12 million fled", True), ("10", "said 10 people", False), ("10", "10 elephants", False),
    ("12", "12 died and 12 thousand fled", False), ("1", "a 1,000 strong unit", False)])
def test_part_of_a_larger_number_is_seen(number, context, expected):
    assert misread_in_context(number, context) is expected


def _figures(text):
    extraction = extract_safely(Article(text=text, source="t"))
    return [(c.count.low, c.count.high, c.count.text) for c in extraction.casualties], extraction.warnings


def test_a_huge_figure_is_kept_as_text_with_a_warning():
    figures, warnings = _figures("Officials said 99999999999999999999 civilians were killed.")
    assert figures == [(None, None, "99999999999999999999")]
    assert len(warnings) == 1 and "beyond" in warnings[0]


@pytest.mark.parametrize("text", ["Officials said 10^9 civilians were killed.",
                                  "Officials said 10 billion billion civilians were killed."])
def test_part_of_a_larger_number_is_not_read_as_the_figure(text):
    figures, warnings = _figures(text)
    assert figures and all(low is None for low, _, _ in figures)
    assert warnings


def test_figures_up_to_the_bound_are_stored(any_db):
    text = "Officials said 9 billion civilians were killed."
    with Store(any_db) as store:
        report = ingest([], store)  # nothing, but proves the store opens at the latest schema
        assert report.new == 0
        extraction = guarded(extract_safely(Article(text=text, source="t")))
        assert extraction.casualties[0].count.low == 9_000_000_000 <= MAX_COUNT
        assert store.add_article(extraction.article, extraction=extraction)
        assert [r["low"] for r in store.iter_claims()] == [9_000_000_000]


def test_a_huge_figure_does_not_stop_the_batch(any_db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said 99999999999999999999 civilians were killed.\n")
    (folder / "b.txt").write_text("Officials said 12 civilians were killed in the town.\n")
    problems = []
    with Store(any_db) as store:
        report = ingest([str(folder)], store, on_problem=lambda item, reason: problems.append(reason))
        assert (report.new, report.failed, report.warnings) == (2, 0, 1)
        assert sorted((r["low"] is None, r["count_text"]) for r in store.iter_claims()) == [
            (False, "12"), (True, "99999999999999999999")]
    assert "beyond" in problems[0]
