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
