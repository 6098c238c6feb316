"""The dashboard in a real browser: headless Chromium (Debian's) driven by Playwright,
against `toll serve` on 127.0.0.1 over a ledger of examples/.

Every request the pages make is watched: anything not for 127.0.0.1 is aborted and
fails the test, so the pages are shown to work with no outside network. Skipped
when Chromium or Playwright is missing (.ci/run installs both).
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit
from urllib.request import urlopen

import pytest

from toll.model import Article
from toll.pipeline import ingest, store_article
from toll.store import Store

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HOSTILE = ("<script>alert(1)</script> Officials said 12 civilians were killed in the attack on Monday. "
           "<img src=x onerror=alert(2)><iframe src=\"https://example.com/\"></iframe> Nothing more.")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SUBJECT = "killed/Russia/military"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urlopen(url, timeout=10) as response:  # noqa: S310 - our own server on 127.0.0.1
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`toll serve` on a free port of 127.0.0.1, over examples/ and one hostile article."""
    db = str(tmp_path_factory.mktemp("ledger") / "ledger.db")
    with Store(db) as store:
        ingest([str(EXAMPLES)], store)
        store_article(store, Article(text=HOSTILE, source="hostile", outlet="Hostile Wire",
                                     title="<script>alert('title')</script>", published="2024-05-06"))
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "toll", "serve", "--db", db, "--host", "127.0.0.1",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            get_json(f"{base}/api/health")
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"toll serve exited: {process.stderr.read().decode()}")
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(10)


def launch(playwright, profile: Path, **options):
    """Chromium with a new, empty profile; every request outside 127.0.0.1 is aborted
    and recorded in the context's ``outside`` list."""
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 1000}, **options)
    context.outside = []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            context.outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return context


@pytest.fixture(scope="module")
def playwright():
    with sync_api.sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser_context(playwright, tmp_path_factory):
    context = launch(playwright, tmp_path_factory.mktemp("profile"))
    yield context
    context.close()


@pytest.fixture(scope="module")
def no_script_context(playwright, tmp_path_factory):
    """The same browser with JavaScript switched off."""
    context = launch(playwright, tmp_path_factory.mktemp("profile"), java_script_enabled=False)
    yield context
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser_context):
    """A fresh tab; afterwards, no dialog was opened, no error logged and nothing asked
    for outside 127.0.0.1."""
    tab = browser_context.new_page()
    trouble = []
    tab.on("dialog", lambda d: (trouble.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("pageerror", lambda err: trouble.append(f"page error: {err}"))
    tab.on("console", lambda m: m.type == "error" and trouble.append(f"console: {m.text}"))
    yield tab
    tab.close()
    assert browser_context.outside == [], "requests left 127.0.0.1"
    assert trouble == []


def test_dashboard_filters_by_a_facet(page, server, shots):
    page.goto(server + "/")
    page.screenshot(path=shots / "dashboard.png", full_page=True)
    injured = page.locator('section[data-facet="outcome"] li[data-value="injured"]')
    count = int(injured.get_attribute("data-count"))
    injured.locator("a").click()
    page.wait_for_url("**/?outcome=injured")
    outcomes = page.locator("tr.claim").evaluate_all("rows => rows.map(r => r.dataset.outcome)")
    assert outcomes == ["injured"] * count and count > 0
    assert page.locator('li.chosen[data-value="injured"]').count() == 1
    page.fill("#q", "Kramatorsk")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=Kramatorsk&outcome=injured")
    assert all("Kramatorsk" in t for t in page.locator("td.sentence a").all_inner_texts())


def test_claim_to_its_highlighted_sentence_and_back(page, server, shots):
    page.goto(server + "/?claimant=person%3Ashoigu")
    row_link = page.locator("a.to-sentence").first
    sentence = row_link.inner_text()
    row_link.click()
    page.wait_for_url("**/articles/*#t-c*")
    item = page.url.split("#t-")[1]
    highlighted = page.locator("#text mark.active")
    assert all(item in ids.split() for ids in highlighted.evaluate_all("ms => ms.map(m => m.dataset.items)"))
    assert "".join(highlighted.all_text_contents()).strip() == sentence.strip()  # the whole sentence, lit
    assert page.locator(f"#t-{item}").is_visible()
    page.screenshot(path=shots / "article.png", full_page=False)
    page.click(f"#t-{item}")  # the tag in the text -> the entry in the list
    assert page.url.endswith(f"#{item}")
    entry = page.locator(f"li#{item}")
    assert entry.evaluate("e => e.matches(':target')") and "Shoigu" in entry.inner_text()
    entry.locator("a.back").click()  # and back to the text
    assert page.url.endswith(f"#t-{item}")
    assert page.locator(f'#text mark.active[data-items~="{item}"]').count() >= 1


def test_timeline_chart_has_a_line_per_claimant_and_contradictions(page, server, shots):
    data = get_json(f"{server}/api/timeline?subject={quote(SUBJECT)}")
    page.goto(f"{server}/timeline?subject={quote(SUBJECT)}")
    page.wait_for_selector('#chart[data-drawn="true"]')
    series = page.locator("#chart svg g.series")
    assert series.count() == len(data["series"]) >= 2
    assert sorted(series.evaluate_all("gs => gs.map(g => g.dataset.claimant)")) == \
        sorted(s["claimant"] for s in data["series"])
    assert all(g.locator("path.line").count() == 1 for g in series.all())
    points = sum(len(s["figures"]) for s in data["series"])
    assert page.locator("#chart svg .point").count() == points
    marks = page.locator("#chart svg g.contradiction")
    assert marks.count() == len(data["contradictions"]) >= 1
    titles = marks.locator("title").all_text_contents()
    for c, title in zip(data["contradictions"], titles):
        assert c["day"] in title and c["a_name"] in title and c["b_name"] in title
    fill = marks.first.locator("path").evaluate("p => getComputedStyle(p).fill")
    assert fill == "rgb(198, 40, 40)"  # red
    legend = page.locator(".legend button")
    assert legend.count() == len(data["series"])
    page.screenshot(path=shots / "timeline.png", full_page=True)
    legend.first.click()
    assert "dimmed" in series.first.get_attribute("class")
    page.check(".scale-switch input")  # redrawn on a log scale, the hidden line still hidden
    assert page.locator("#chart svg g.series").count() == len(data["series"])
    assert page.locator("#chart svg g.contradiction").count() == len(data["contradictions"])
    assert "dimmed" in page.locator("#chart svg g.series").first.get_attribute("class")
    page.locator("#chart").screenshot(path=shots / "timeline-log.png")
    assert page.locator(".summary-table tbody tr").count() == len(data["summary"])


def test_untrusted_article_stays_inert(page, server, shots):
    articles = get_json(f"{server}/api/articles")
    hostile = next(a for a in articles if a["source"] == "hostile")
    response = page.goto(f"{server}/articles/{hostile['id']}")
    source = response.text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source and "<script>alert" not in source
    assert "<img src=x" not in source and "<iframe" not in source
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()  # shown as text
    assert page.locator("#text script, #text img, #text iframe").count() == 0
    assert page.title().startswith("<script>alert('title')</script>")
    assert page.locator("#text mark.claim").count() >= 1
    page.screenshot(path=shots / "hostile.png")
    page.wait_for_timeout(300)  # a dialog, had one been scripted, would have opened by now


def test_pages_work_with_the_outside_world_cut_off(page, server):
    for path in ("/", "/timeline", "/sources/person:shoigu"):
        page.goto(server + path)
        assert page.locator("header.top").evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(31, 58, 95)"
    page.goto(server + "/timeline")
    page.wait_for_selector('#chart[data-drawn="true"]')
    local = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert local and all(urlsplit(url).hostname == "127.0.0.1" for url in local)


def test_everything_but_the_chart_works_without_javascript(no_script_context, server):
    page = no_script_context.new_page()
    page.goto(server + "/")
    page.click('section[data-facet="role"] li[data-value="civilian"] a')
    page.wait_for_url("**/?role=civilian")
    assert set(page.locator("tr.claim").evaluate_all("rows => rows.map(r => r.dataset.role)")) == {"civilian"}
    page.fill("#q", "children")
    page.press("#q", "Enter")  # a plain GET form
    page.wait_for_url("**/?q=children&role=civilian")
    page.locator("a.to-sentence").first.click()
    page.wait_for_url("**/articles/*#t-c*")
    item = page.url.split("#t-")[1]
    assert page.locator(f"#t-{item}").evaluate("a => a.matches(':target')")
    page.click(f"#t-{item}")
    assert page.locator(f"li#{item}").evaluate("e => e.matches(':target')")
    page.goto(f"{server}/timeline?subject={quote(SUBJECT)}")
    assert page.locator("#chart svg").count() == 0  # no chart, but the figures are all there
    assert page.locator(".series-list").count() >= 2 and page.locator(".summary-table tbody tr").count() >= 1
    page.close()
    assert no_script_context.outside == []
