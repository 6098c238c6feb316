"""Break 9 of issue 11: the smaller ones. UTF-16 text, folders that cannot be walked,
SIGINT, and outlet-line stripping that does not depend on timing."""
import codecs

from toll.ingest import Failure, read_inputs
from toll.model import Article

STORY = "Officials said 12 civilians were killed in the town on Monday."


def test_utf16_with_a_bom_is_text(tmp_path):
    for name, data in (("le.txt", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")),
                       ("be.txt", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"))):
        (tmp_path / name).write_bytes(data)
        [article] = [r for r in read_inputs([str(tmp_path / name)]) if isinstance(r, Article)]
        assert article.text == STORY


def test_utf16_noise_is_still_binary(tmp_path):
    (tmp_path / "noise.txt").write_bytes(codecs.BOM_UTF16_LE + "".join(map(chr, range(1, 31))).encode("utf-16-le") * 40)
    [failure] = read_inputs([str(tmp_path / "noise.txt")])
    assert "binary" in failure.reason


def test_symlink_loops_are_named_not_skipped(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(STORY)
    (folder / "sub" / "back").symlink_to(folder)  # a folder loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a file link to itself
    results = list(read_inputs([str(folder)]))
    failures = {f.item: f.reason for f in results if isinstance(f, Failure)}
    assert [a.source for a in results if isinstance(a, Article)] == [str(folder / "sub" / "a.txt")]
    assert "symlink" in failures[str(folder / "self.txt")]
    assert any("symlink loop" in reason for reason in failures.values())


def test_outlet_lines_do_not_depend_on_timing(tmp_path):
    import json

    from toll.pipeline import ingest
    from toll.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        (folder / f"s{n:02}.txt").write_text(f"Officials said {n + 2} civilians were killed in village {n}.\n\n"
                                             "Get the Example Daily app for breaking news\n\n"
                                             f"Rescuers searched the rubble of house {n} for hours on end.\n")
        (folder / f"s{n:02}.meta.json").write_text(json.dumps({"outlet": "Example Daily"}))
    texts = {}
    for processes in (1, 2):
        with Store(str(tmp_path / f"p{processes}.db")) as store:
            ingest([str(folder)], store, processes=processes, batch_size=2)
            texts[processes] = {a["id"]: a["text"] for a in store.iter_articles(with_text=True)}
    assert texts[1] == texts[2]
    kept = sum("Example Daily app" in t for t in texts[1].values())
    assert kept == 5  # seen in five earlier articles, the line is the outlet's: dropped from the sixth on


def test_sigint_prints_the_summary(tmp_path):
    import os
    import signal
    import socket
    import subprocess
    import sys
    import threading
    from pathlib import Path

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    connected = threading.Event()

    def hold():
        conn, _ = server.accept()
        connected.set()
        conn.recv(4096)
        threading.Event().wait(60)  # never answers

    threading.Thread(target=hold, daemon=True).start()
    (tmp_path / "a.txt").write_text(STORY)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    url = f"http://127.0.0.1:{server.getsockname()[1]}/story"
    run = subprocess.Popen([sys.executable, "-m", "toll", "ingest", "-q", "--timeout", "60", "--db",
                            str(tmp_path / "l.db"), str(tmp_path / "a.txt"), url],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert connected.wait(60)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130
    assert err.strip().splitlines()[-1].startswith("interrupted: 0 new, 0 duplicates, 0 failed")
    server.close()
