from toll.ingest.clean import OUTLET_LINE_MIN_ARTICLES
from toll.pipeline import ingest, store_article
from toll.model import Article, Extraction

FOOTER = "Reporting by the Example desk; editing by A. Editor"


def story(n: int) -> str:
    return f"Officials said {n + 2} people were killed when shelling hit district number {n} overnight."


def test_outlet_footer_is_learnt_and_dropped(store):
    for n in range(OUTLET_LINE_MIN_ARTICLES):
        assert store_article(store, Article(text=f"{story(n)}\n{FOOTER}", source=f"a{n}", outlet="Wire"))
    late = Article(text=f"{story(99)}\n{FOOTER}", source="late", outlet="Wire")
    other = Article(text=f"{story(98)}\n{FOOTER}", source="other", outlet="Other Outlet")
    assert store_article(store, late) and store_article(store, other)
    texts = {a["source"]: a["text"] for a in store.iter_articles(with_text=True)}
    assert texts["late"] == story(99)
    assert FOOTER in texts["other"]  # another outlet has not shown it to be boilerplate
    assert FOOTER in texts["a0"]


def test_rerun_after_learning_adds_nothing(store):
    for n in range(OUTLET_LINE_MIN_ARTICLES + 2):
        store_article(store, Article(text=f"{story(n)}\n{FOOTER}", source=f"a{n}", outlet="Wire"))
    before = store.count_articles()
    for n in range(OUTLET_LINE_MIN_ARTICLES + 2):
        assert not store_article(store, Article(text=f"{story(n)}\n{FOOTER}", source=f"a{n}", outlet="Wire"))
    assert store.count_articles() == before


def test_ingest_reports_each_problem_and_counts(store, tmp_path):
    (tmp_path / "good.txt").write_text(story(1))
    (tmp_path / "empty.txt").write_text("")
    problems = []
    done = []
    report = ingest([str(tmp_path / "good.txt"), str(tmp_path / "empty.txt")], store,
                    on_problem=lambda item, reason: problems.append(item), on_item=done.append)
    assert (report.new, report.duplicates, report.failed) == (1, 0, 1)
    assert problems == [str(tmp_path / "empty.txt")]
    assert len(done) == 2
    assert str(report) == "1 new, 0 duplicates, 1 failed"


def test_an_extractor_bug_fails_only_its_article(store, tmp_path, monkeypatch):
    import toll.pipeline

    def broken(article, doc=None):
        if "district number 1 " in article.text:
            raise ValueError("boom")
        return Extraction(article=article)

    monkeypatch.setattr(toll.pipeline, "extract", broken)
    (tmp_path / "a.txt").write_text(story(1))
    (tmp_path / "b.txt").write_text(story(2))
    problems = []
    report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store,
                    on_problem=lambda item, reason: problems.append((item, reason)))
    assert (report.new, report.failed) == (1, 1)
    assert problems == [(str(tmp_path / "a.txt"), "extraction failed (ValueError: boom)")]


def test_worker_processes_store_the_same_ledger(tmp_path):
    from toll.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(7):
        (folder / f"s{n}.txt").write_text(story(n) + f" The governor said {n + 1} soldiers were wounded.")
    results = {}
    for processes in (1, 2):
        with Store(str(tmp_path / f"p{processes}.db")) as store:
            report = ingest([str(folder)], store, processes=processes, batch_size=3)
            assert (report.new, report.failed) == (7, 0)
            results[processes] = sorted((a["id"], len(store.extraction_of(a["id"])["casualties"]))
                                        for a in store.iter_articles())
    assert results[1] == results[2]
