"""Issue 11: generated hostile articles through ingest into a ledger (SQLite, and
PostgreSQL when TOLL_TEST_POSTGRES is set). No exception escapes, every good article
is stored, and every bad one is named."""
import json
import uuid

from hypothesis import HealthCheck, given, settings, strategies as st

from toll.pipeline import ingest
from toll.store import Store

HOSTILE_CHARS = st.sampled_from(["\x00", "\ud800", "\udfff", "\u202e", "\u2066", "\x1b[2J", "\x07", "\x9b",
                                 "\r", "\n", "\t", "\ufeff", "\u2028", "é", "中", "🙂", "<script>", "'", "\\"])
NOISE = st.lists(st.one_of(HOSTILE_CHARS, st.text(max_size=8)), max_size=12).map("".join)
HUGE = st.sampled_from(["99999999999999999999", "10^9", "10 billion billion", "1e400", "12", "3,000,000,000,000"])
FIELD = st.one_of(st.none(), NOISE, st.integers(min_value=-10**30, max_value=10**30), st.booleans())

BAD_LINES = ['{', '[1, 2]', '"text"', '{"text": ""}', '{"text": "   \\u0000  "}', '{"title": "no text"}',
             '{"text": 5}', '{"text": "Related: another story"}', '{"text": "\\u202e\\u0000\\u2066"}']


@st.composite
def good_record(draw, marker: str, number: int) -> dict:
    figure = draw(HUGE)
    text = (f"{draw(NOISE)}\nOfficials said {figure} civilians were killed in village {marker}-{number}. "
            f"{draw(NOISE)}\n{draw(NOISE)}")
    record = {"text": text}
    for field in ("title", "outlet", "published", "url", "source"):
        if draw(st.booleans()):
            record[field] = draw(FIELD)
    return record


@st.composite
def batch(draw):
    marker = uuid.uuid4().hex[:12]
    kinds = draw(st.lists(st.one_of(st.just("good"), st.sampled_from(BAD_LINES)), min_size=1, max_size=8))
    lines, good = [], []
    for number, kind in enumerate(kinds):
        if kind == "good":
            record = draw(good_record(marker, number))
            record.pop("source", None) if not isinstance(record.get("source"), str) else None
            lines.append(json.dumps(record))
            good.append(f"{marker}-{number}")
        else:
            lines.append(kind)
    return marker, lines, good


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(batch())
def test_hostile_articles_never_stop_a_batch(any_db, tmp_path_factory, generated):
    marker, lines, good = generated
    path = tmp_path_factory.mktemp("in") / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = []
    with Store(any_db) as store:
        report = ingest([str(path)], store, on_problem=lambda item, reason: problems.append((item, reason)))
        stored = [a["text"] for a in store.iter_articles(with_text=True) if marker in a["text"]]
    assert report.new == len(good) == len(stored)
    assert all(any(f"village {g}." in text for text in stored) for g in good)
    failed_lines = {item for item, reason in problems if not reason.startswith("warning:")}
    bad_lines = {f"{path}:{n}" for n, line in enumerate(lines, 1) if not line.startswith('{"text": "')
                 or line in BAD_LINES}
    assert report.failed == len(failed_lines) == len(bad_lines)
