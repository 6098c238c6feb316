"""Break 7 of issue 11 (and the forged summary line of break 9): what toll prints to a
terminal holds no control sequence from the news."""
import json

from click.testing import CliRunner

from toll.cli import main
from toll.model import Article
from toll.pipeline import extract_safely
from toll.render import terminal_safe
from toll.store import Store

HOSTILE = ("\x1b[2J\x1b]0;owned\x07\x1b]52;c;ZWNobyBwd25lZA==\x07\x9b31m Officials said 12 civilians "
           "were killed \u202ein the town.")


def test_terminal_safe_escapes_controls_as_json_does():
    assert terminal_safe("a\x1b[2Jb\u202ec\nd") == "a\\u001b[2Jb\\u202ec\nd"
    assert terminal_safe("a\nb\tc", one_line=True) == "a\\u000ab\\u0009c"
    assert json.loads(terminal_safe(json.dumps({"t": "x\u202ey\x9b"}, ensure_ascii=False))) == {"t": "x\u202ey\x9b"}


def _stored(db):
    # Stored directly, as a ledger filled before the ingest door removed these would hold it.
    article = Article(text=HOSTILE, source="t", title="\x1b]0;title\x07T", outlet="O\x9b2J")
    with Store(db) as store:
        store.add_article(article, extraction=extract_safely(article))
    return article


def test_show_prints_no_escape_sequence(db):
    article = _stored(db)
    for args in (["show", article.id[:6]], ["show", "--json", article.id[:6]], ["articles"]):
        out = CliRunner().invoke(main, [*args, "--db", db]).output
        assert not any(c in out for c in "\x1b\x07\x9b\u202e"), args
    assert "\\u001b[2J" in CliRunner().invoke(main, ["show", article.id[:6], "--db", db]).output


def test_a_file_name_with_a_newline_cannot_forge_a_summary_line(tmp_path):
    path = tmp_path / "x\n0 new, 0 duplicates, 0 failed (fake).txt"
    path.write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", "-q", "--db", str(tmp_path / "l.db"), str(path)])
    lines = result.stderr.strip().splitlines() if hasattr(result, "stderr") else result.output.strip().splitlines()
    assert len(lines) == 2 and "empty file" in lines[0] and lines[1].startswith("0 new, 0 duplicates, 1 failed")
