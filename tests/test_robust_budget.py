"""Break 2 of issue 11: what one article may cost is capped before the parse, and said."""
from toll.ingest import Failure, Notice, read_inputs
from toll.ingest.door import admit, budget
from toll.ingest.items import DEFAULT_MAX_CHARS, Limits
from toll.model import Article
from toll.nlp import MAX_CHARS, parse

STORY = "Officials said 12 civilians were killed in the town."


def test_text_within_budget_is_untouched():
    assert budget(STORY + "\n" + STORY, Limits()) == (STORY + "\n" + STORY, None)


def test_too_many_lines_keeps_the_first_ones():
    text, reason = budget("a\n" * 50, Limits(max_lines=10))
    assert text == "\n".join(["a"] * 10) and "over 10 lines" in reason


def test_too_many_characters_cuts_at_a_line():
    text, reason = budget((STORY + "\n") * 100, Limits(max_chars=1000))
    assert len(text) <= 1000 and text.endswith(STORY) and "over the limit of 1,000" in reason


def test_too_many_sentences_keeps_whole_sentences():
    text, reason = budget(" ".join([STORY] * 30), Limits(max_sentences=5))
    assert text.count(".") == 5 and text.endswith(".") and "over 5 sentences" in reason


def test_no_text_is_past_the_parser_unread():
    """The door's character budget is below the parser's limit, so nothing admitted is
    cut silently (before, text past 2,000,000 characters was simply not extracted)."""
    assert DEFAULT_MAX_CHARS <= MAX_CHARS


def test_a_long_file_is_read_in_part_with_a_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY + "\n" + "More words here.\n" * 500)
    results = list(read_inputs([str(path)], Limits(max_chars=2000)))
    notices = [r for r in results if isinstance(r, Notice)]
    articles = [r for r in results if isinstance(r, Article)]
    assert len(notices) == 1 and "text cut" in notices[0].message
    assert len(articles) == 1 and articles[0].text.startswith(STORY) and len(articles[0].text) <= 2000


def test_a_million_tiny_lines_is_parsed_within_budget(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("a\n" * 1_000_000)
    results = list(read_inputs([str(path)]))
    article = next(r for r in results if isinstance(r, Article))
    assert not any(isinstance(r, Failure) for r in results)
    assert article.text.count("\n") < Limits().max_lines
    doc = parse(article.text)
    assert sum(1 for _ in doc.sents) <= Limits().max_lines


def test_line_breaks_still_start_sentences():
    doc = parse("HEADLINE WITHOUT STOP\nOfficials said 12 were killed.\nNIAMEY, Aug 16 (Wire) - Seventeen died.")
    assert [s.text.strip() for s in doc.sents][:2] == ["HEADLINE WITHOUT STOP", "Officials said 12 were killed."]
    assert any(s.text.startswith("Seventeen") for s in doc.sents)


def test_the_door_names_what_it_cut():
    article, warnings = admit(Article(text="a\n" * 20, source="t"), Limits(max_lines=5))
    assert article.text == "\n".join(["a"] * 5) and len(warnings) == 1


def test_the_budgets_are_options_of_the_cli(tmp_path):
    from click.testing import CliRunner

    from toll.cli import main

    path = tmp_path / "lines.txt"
    path.write_text((STORY + "\n") * 10)
    result = CliRunner().invoke(main, ["extract", "--max-lines", "3", "--json", str(path)])
    assert "text cut" in result.output and "over 3 lines" in result.output
