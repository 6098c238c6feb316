"""Counts as people read them, shared by the CLI, the ledger and the pages."""
from __future__ import annotations


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
