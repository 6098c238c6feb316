"""The one dateline reader: where a story was filed, and whose officials speak in it."""
from __future__ import annotations

import pytest

from toll.dateline import is_dateline, read_dateline
from toll.nlp import parse


@pytest.mark.parametrize("text, country, seat, wire", [
    ("OSLOVKA, Sept 3 (Wirenews) - Rain fell on the town.", None, None, True),
    ("KHARKIV, May 9 (Wirenews) - Sirens sounded twice.", "Ukraine", None, True),
    ("MOSCOW, March 2 - The ministry said the talks had ended.", "Russia", "Russia", True),
    ("ADRE, Chad — A camp has grown by the border.", "Chad", "Chad", False),
    ("Headline about something\nBEIRUT (Wirenews) — Ships waited offshore.", "Lebanon", "Lebanon", True),
    ("WASHINGTON — The senator spoke for an hour.", "United States", "United States", False),
])
def test_datelines_and_their_countries(text, country, seat, wire):
    dateline = read_dateline(text)
    assert dateline is not None
    assert (dateline.country, dateline.seat_country, dateline.wire) == (country, seat, wire)


@pytest.mark.parametrize("text", [
    "The ministry said on Monday that talks had ended.",
    "Kharkiv - a city under fire - waited.",
    "",
])
def test_no_dateline(text):
    assert read_dateline(text) is None


def test_token_datelines():
    doc = parse("KYIV, May 3 (Wirenews) - The army said.")
    dash = next(t.i for t in doc if t.text == "-")
    assert is_dateline(doc[:dash])
    assert not is_dateline(doc[dash + 1:])
