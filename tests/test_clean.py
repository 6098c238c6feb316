import json

import pytest

from conftest import DEV, SEEDS, SHARED
from toll.ingest.clean import (OUTLET_LINE_MIN_ARTICLES, clean_text, is_boilerplate, line_key,
                               outlet_line_keys, strip_outlet_lines)

QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def norm(text: str) -> str:
    return " ".join(text.translate(QUOTES).split()).casefold()


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def removed_lines(raw: str) -> list[str]:
    cleaned = clean_text(raw).split("\n")
    return [line for line in raw.split("\n") if line.strip() and line.strip() not in cleaned]


def test_fiscal_times_seed_loses_only_promo_lines():
    removed = removed_lines(seed("000_67f78a27baced398.txt"))
    assert len(removed) == 4
    assert all(line.startswith(("Related:", "Top Reads from")) for line in removed)


def test_daily_beast_seed_loses_linked_headline_and_prompts():
    raw = seed("004_8975be117d81a278.txt")
    removed = removed_lines(raw)
    assert removed[0] == "Ukrainians Want to Know Why They Were Not Prepped for War With Russia"
    assert removed[1].startswith("Get the Daily Beast")
    assert removed[2].startswith("Stay informed")
    assert len(removed) == 3
    cleaned = clean_text(raw)
    assert "Sign up now" not in cleaned and "Subscribe now" not in cleaned


@pytest.mark.parametrize("name", ["000_67f78a27baced398.txt", "004_8975be117d81a278.txt"])
def test_seeds_have_no_promo_lines(name):
    cleaned = clean_text(seed(name))
    assert "Related:" not in cleaned
    assert "Top Reads" not in cleaned


def gold_pairs():
    for gold_dir, text_dir in ((SHARED / "gold", SEEDS), (DEV / "gold", DEV / "articles")):
        for path in sorted(gold_dir.glob("*.json")):
            yield path, text_dir


@pytest.mark.parametrize("gold_path,text_dir", list(gold_pairs()), ids=lambda p: getattr(p, "stem", ""))
def test_every_annotated_sentence_survives_cleaning(gold_path, text_dir):
    gold = json.loads(gold_path.read_text())
    cleaned = norm(clean_text((text_dir / gold["article"]).read_text(encoding="utf-8")))
    for item in gold.get("casualties", []) + gold.get("statements", []):
        assert norm(item["anchor"]) in cleaned, item["id"]


@pytest.mark.parametrize("line", [
    "Related: Ten killed in shelling of market",
    "RELATED COVERAGE | Ceasefire talks stall",
    "Read more: What the deal says",
    "See also - The front line in maps",
    "Top Reads from The Example Times:",
    "Sign up for our weekly newsletter.",
    "Get the best of our reporting delivered straight to your inbox. Sign up now.",
    "Subscribe now",
    "Share this article",
    "Follow us on Twitter",
    "Advertisement",
    "© 2024 Example Media. All rights reserved.",
])
def test_promo_and_prompt_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Men aged 18 to 60 were ordered to register.",
    "He urged supporters to subscribe to the army's fundraising appeal, which has raised millions.",
    "Related fighting in the north killed 12 soldiers, the ministry said.",
    "Readers wrote in to share their stories of the siege.",
    "The governor said 14 people were killed.",
    "Follow-up strikes hit the same area an hour later, killing two rescuers.",
])
def test_story_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


PARA = "The ministry said on Sunday that the shelling had continued through the night across the region."


def test_lone_title_case_line_between_paragraphs_is_dropped():
    text = f"{PARA}\nWhy the Front Line Keeps Moving South\n{PARA}"
    assert "Why the Front" not in clean_text(text)


def test_headline_on_first_line_is_kept():
    text = f"Thirty Killed in Strike on Market Town\n{PARA}"
    assert clean_text(text).startswith("Thirty Killed")


def test_title_case_subhead_not_between_paragraphs_is_kept():
    text = f"{PARA}\nWhat We Know So Far\nShort line."
    assert "What We Know So Far" in clean_text(text)


def test_promo_tail_after_last_sentence_is_cut():
    text = f"{PARA} Read more: How the army counts its dead"
    assert clean_text(text) == PARA


def test_whitespace_is_normalised():
    assert clean_text("One line.\r\n\r\n\r\n\r\nTwo line.  \n") == "One line.\n\nTwo line."


def test_outlet_lines_seen_often_enough_are_stripped():
    footer = "Reporting by the Example desk; editing by A. Editor"
    text = f"{PARA}\n{footer}"
    keys = outlet_line_keys(text)
    assert line_key(footer) in keys
    assert strip_outlet_lines(text, {line_key(footer): OUTLET_LINE_MIN_ARTICLES}) == PARA
    assert strip_outlet_lines(text, {line_key(footer): OUTLET_LINE_MIN_ARTICLES - 1}) == text


def test_long_lines_are_never_outlet_boilerplate():
    long_line = " ".join(["word"] * 40) + "."
    assert line_key(long_line) not in outlet_line_keys(long_line)
    assert strip_outlet_lines(long_line, {line_key(long_line): 100}) == long_line


@pytest.mark.parametrize("line", [
    "DON'T MISS: The front line in maps",
    "SEE MORE: Ceasefire talks stall",
    "Also on example.com: Five things to know",
    "Like this story? Share it with a friend!",
    "Have a tip? The reporter may be reached at desk@example.com.",
    "Follow her on Twitter @reporter.",
    "Updated at 1:23 p.m.",
])
def test_more_promo_lines(line):
    assert is_boilerplate(line)
