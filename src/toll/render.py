"""Counts as people read them, shared by the CLI, the ledger and the pages."""
from __future__ import annotations

import re

TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What a terminal must never receive from the news: control characters (escape
sequences clear the screen, set the window title, write the clipboard), bidi
controls (reorder the line) and lone surrogates (cannot be encoded)."""

ONE_LINE_UNSAFE = re.compile(TERMINAL_UNSAFE.pattern[:-1] + "\t\n]")


def terminal_safe(text: str, one_line: bool = False) -> str:
    """``text`` with every unsafe character shown as ``\\uXXXX``; with ``one_line``,
    line breaks and tabs too (a name holding a newline cannot forge a second line).
    The escapes are JSON's own, so JSON stays valid and means the same."""
    pattern = TERMINAL_UNSAFE if not one_line else ONE_LINE_UNSAFE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)



def figure_text(low: int | None, high: int | None, qualifier: str, words: str = "") -> str:
    """"352", "≥ 2,086", "≤ 100", "10–15", "~3,500"; vague counts by their words ("dozens")."""
    if qualifier == "range":
        return f"{low:,}–{high:,}"
    if qualifier == "at_least":
        return f"≥ {low:,}"
    if qualifier == "at_most":
        return f"≤ {high:,}"
    if qualifier == "vague":
        return words or (f"≥ {low:,}" if low is not None else "unspecified")
    if low is None:
        return words or "unspecified"
    return ("~" if qualifier == "approx" else "") + f"{low:,}"
