"""Punctuation that news text uses in more than one way, named once.

>>> "—" in DASHES and "-" in DASHES
True
"""
from __future__ import annotations

DASHES = frozenset({"-", "--", "–", "—", "―"})
"""Hyphen-minus, double hyphen, en dash, em dash and horizontal bar: the tokens that
set off a dateline ("KYIV, March 3 —"), an aside ("the town — a railway hub — fell") or
a figure in a list ("920 — militants killed")."""
