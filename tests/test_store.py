import sqlite3

from sqlalchemy import inspect

from toll.model import Article
from toll.store import Store, database_url, schema


def article(text="Four people were killed, officials said.", **kw):
    return Article(text=text, source="test", **kw)


def test_fresh_database_is_at_latest_version(db):
    with Store(db) as store:
        assert store.version == schema.LATEST
    con = sqlite3.connect(db)
    assert con.execute("select version from toll_schema").fetchone() == (schema.LATEST,)


def test_wal_mode(db):
    Store(db).close()
    assert sqlite3.connect(db).execute("pragma journal_mode").fetchone() == ("wal",)


def test_reopening_does_not_migrate_again(any_db):
    with Store(any_db) as store:
        store.add_article(article())
    with Store(any_db) as store:
        assert store.version == schema.LATEST
        assert store.count_articles() == 1


def run_sql(db: str, *statements: str) -> None:
    """Change a SQLite ledger behind toll's back, as an older or newer toll would have left it."""
    con = sqlite3.connect(db)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def test_old_database_is_migrated(db):
    run_sql(db, "create table toll_schema (version integer not null)", "insert into toll_schema values (0)")
    with Store(db) as store:
        assert store.version == schema.LATEST
        assert {"articles", "outlet_lines"} <= set(inspect(store.engine).get_table_names())


def test_newer_database_is_refused(db):
    run_sql(db, "create table toll_schema (version integer not null)", "insert into toll_schema values (999)")
    try:
        Store(db)
    except RuntimeError as err:
        assert "newer than this toll" in str(err)
    else:
        raise AssertionError("a newer schema must be refused")


def test_same_text_is_stored_once(store):
    assert store.add_article(article(outlet="A"))
    assert not store.add_article(article(outlet="B"))
    assert store.count_articles() == 1


def test_find_by_id_prefix(store):
    a = article()
    store.add_article(a)
    assert [r["id"] for r in store.find_article(a.id[:4])] == [a.id]
    assert store.find_article("zz%") == []


def test_outlet_line_counts_rise_per_article(store):
    store.add_article(article("one", outlet="Wire"), outlet_line_keys=["k1", "k2"])
    store.add_article(article("two", outlet="Wire"), outlet_line_keys=["k1"])
    store.add_article(article("three", outlet="Other"), outlet_line_keys=["k1"])
    assert store.outlet_line_counts("Wire", ["k1", "k2", "k3"]) == {"k1": 2, "k2": 1}


def test_database_url_from_path_or_url(monkeypatch):
    monkeypatch.delenv("TOLL_DB", raising=False)
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert database_url(None) == "sqlite:///toll.db"
    monkeypatch.setenv("TOLL_DB", "/tmp/env.db")
    assert database_url(None) == "sqlite:////tmp/env.db"


def test_claims_and_statements_round_trip(store):
    from toll.extract import extract

    a = article("“We lost 12 soldiers,” the general said. Russia's defence ministry said on Sunday "
                "that 498 Russian servicemen had been killed, including 3 officers.", published="2022-03-02")
    extraction = extract(a)
    assert store.add_article(a, extraction=extraction)
    stored = store.extraction_of(a.id)
    assert stored["casualties"] == [c.to_dict() for c in extraction.casualties]
    assert stored["statements"] == [s.to_dict() for s in extraction.statements]
    assert [c["id"] for c in stored["casualties"]] == ["c1", "c2", "c3"]


def test_full_text_search_finds_articles_claims_and_statements(any_db):
    from toll.extract import extract

    with Store(any_db) as store:
        a = article("“We lost many men,” the commander said. Shelling killed twelve villagers in Kramatorsk.",
                    title="Shelling hits Kramatorsk")
        store.add_article(a, extraction=extract(a))
        store.add_article(article("A quiet day on the front.", title="Calm"))
        hits = store.search("kramatorsk shelling")
        assert {h["kind"] for h in hits} >= {"article", "claim"}
        assert all(h["article_id"] == a.id for h in hits)
        assert any("[" in h["snippet"] for h in hits)
        assert "statement" in {h["kind"] for h in store.search("commander")}
        assert store.search('" OR 1=1 --') == [] and store.search("NEAR(") == []
        assert store.search("villager")  # stemmed: "villagers" matches


def test_search_index_is_built_for_an_older_ledger(db):
    with Store(db) as store:
        store.add_article(article("Twelve villagers were killed in Sumy."))
    run_sql(db, "DROP TABLE search_index", "UPDATE toll_schema SET version = 2")
    with Store(db) as store:
        assert store.version == schema.LATEST
        assert store.search("Sumy")
