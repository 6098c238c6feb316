"""Break 6 of issue 11: only regular files are read, every read is bounded, and a
fetch ends at its deadline whatever the server does."""
import os
import socket
import threading
import time

import pytest

from toll.ingest import Article, Failure, Limits, read_inputs

STORY = "Officials said 12 civilians were killed in the town on Monday."


def _failures(results):
    return {r.item: r.reason for r in results if isinstance(r, Failure)}


def _read_with_deadline(items, seconds=20, **limits):
    """read_inputs in a thread, so a hang fails the test instead of stopping the suite."""
    found = []
    worker = threading.Thread(target=lambda: found.extend(read_inputs(items, Limits(**limits))), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the read hung"
    return found


def test_a_fifo_named_like_a_story_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    (tmp_path / "y.txt").write_text(STORY)
    results = _read_with_deadline([str(fifo), str(tmp_path / "y.txt")])
    assert "not a regular file (a FIFO)" in _failures(results)[str(fifo)]
    assert [a.source for a in results if isinstance(a, Article)] == [str(tmp_path / "y.txt")]


@pytest.mark.parametrize("name", ["zero.txt", "zero.jsonl", "zero.warc", "zero.html"])
def test_a_link_to_a_device_is_refused(tmp_path, name):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    assert "not a regular file (a device)" in _failures(_read_with_deadline([str(link)]))[str(link)]


def test_a_fifo_sidecar_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    os.mkfifo(tmp_path / "a.meta.json")
    reason = _failures(_read_with_deadline([str(tmp_path / "a.txt")]))[str(tmp_path / "a.txt")]
    assert "sidecar" in reason and "not a regular file" in reason


def _dripping_server():
    """A server that sends an HTTP response's headers one byte every 0.2 seconds."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve():
        conn, _ = server.accept()
        with conn:
            conn.recv(4096)
            try:
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"a" * 200:
                    conn.send(bytes([byte]))
                    time.sleep(0.2)
            except OSError:
                pass

    threading.Thread(target=serve, daemon=True).start()
    return server


def test_a_server_dripping_its_headers_is_cut_off_at_the_timeout():
    server = _dripping_server()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/story"
    started = time.monotonic()
    results = _read_with_deadline([url], seconds=15, timeout=1.0)
    assert time.monotonic() - started < 5
    assert "timed out" in _failures(results)[url] or "took longer" in _failures(results)[url]
    server.close()
