"""The HTML reader: main text, metadata, charsets and bad markup.

Pages are small and written here; each story paragraph is long enough for trafilatura
to treat it as text rather than as a caption or a link.
"""
from __future__ import annotations

import pytest

from toll.ingest.html import (article_from_html, decode_html, declared_charset, looks_like_menu,
                              read_html_file)
from toll.ingest.items import IngestError, Limits, Notice
from toll.model import Article

STORY = [
    "Shelling of the eastern market town of Valdora killed at least seven civilians on Tuesday "
    "morning, the regional governor said in a statement posted shortly after noon.",
    "Rescue crews worked through the afternoon to clear the rubble of two apartment buildings, "
    "and the health ministry said another nineteen people were taken to hospital with injuries.",
    "Residents described a series of loud explosions just after the market opened, when the "
    "square was crowded with shoppers and traders setting up their stalls for the day.",
    "The army denied any involvement in the attack and said its units had not fired on the town, "
    "calling the accusations a deliberate attempt to mislead the international community.",
]

NAV = """<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
</ul></nav></header>"""

FOOTER = """<footer><p><a href="/about">About Gazette Group</a> | <a href="/privacy">Privacy policy</a></p>
<p>Gazette Group Ltd is registered in Valdora under company number 99887766.</p></footer>"""


def page(body: str, head: str = "<title>Seven killed in Valdora market shelling</title>") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def story_page(paragraphs=STORY, head: str | None = None) -> str:
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    body = f"{NAV}<main><article><h1>Seven killed in Valdora market shelling</h1>{article}</article></main>{FOOTER}"
    return page(body) if head is None else page(body, head)


def test_main_text_is_extracted_without_navigation_and_footer():
    article = article_from_html(story_page(), source="t.html")
    for paragraph in STORY:
        assert paragraph in article.text
    lines = article.text.split("\n")
    for boilerplate in ("Home", "Weather", "Privacy policy", "company number 99887766"):
        assert not any(boilerplate in line for line in lines), boilerplate
    assert article.source == "t.html"


def test_metadata_comes_from_open_graph_and_article_tags():
    head = """<title>Valdora shelling | Gazette</title>
      <meta property="og:title" content="Seven killed in Valdora market shelling">
      <meta property="og:site_name" content="The Valdora Gazette">
      <meta property="article:published_time" content="2023-03-14T09:30:00+02:00">"""
    article = article_from_html(story_page(head=head), source="t.html",
                                url="https://gazette.example/world/valdora-shelling")
    assert article.outlet == "The Valdora Gazette"
    assert article.published == "2023-03-14"
    assert article.title == "Seven killed in Valdora market shelling"
    assert article.url == "https://gazette.example/world/valdora-shelling"


CYRILLIC = [
    "Во вторник утром в результате обстрела рынка в городе Вальдора погибли по меньшей мере семь "
    "мирных жителей, сообщил губернатор области в своём заявлении.",
    "Спасатели весь день разбирали завалы двух жилых домов, а министерство здравоохранения "
    "сообщило, что ещё девятнадцать человек доставлены в больницу с ранениями.",
]
FRENCH = [
    "Le bombardement du marché de Valdora a tué au moins sept civils mardi matin, a déclaré le "
    "gouverneur régional dans un communiqué publié peu après midi.",
    "Les secouristes ont dégagé les décombres de deux immeubles tout l’après-midi, et le ministère "
    "de la Santé a indiqué que dix-neuf blessés avaient été hospitalisés.",
]


def legacy_page(paragraphs, declaration: str) -> str:
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{declaration}<title>Valdora</title></head>"
            f"<body><article>{article}</article></body></html>")


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1251">',
                                         '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'])
def test_page_declared_windows_1251_is_decoded(declaration):
    data = legacy_page(CYRILLIC, declaration).encode("cp1251")
    article = article_from_html(data, source="ru.html")
    for paragraph in CYRILLIC:
        assert paragraph in article.text


def test_page_declared_iso_8859_1_is_read_as_windows_1252(tmp_path):
    # The apostrophe in "l’après-midi" is 0x92: only windows-1252 has it, which is what
    # browsers use for pages labelled ISO-8859-1.
    data = legacy_page(FRENCH, '<meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">')
    path = tmp_path / "fr.html"
    path.write_bytes(data.encode("cp1252"))
    results = list(read_html_file(path, Limits()))
    assert not [r for r in results if isinstance(r, Notice)]
    (article,) = results
    for paragraph in FRENCH:
        assert paragraph in article.text


def test_undeclared_invalid_utf8_is_read_with_a_notice(tmp_path):
    data = legacy_page(FRENCH, "").encode("cp1252")
    path = tmp_path / "fr.html"
    path.write_bytes(data)
    results = list(read_html_file(path, Limits()))
    notices = [r for r in results if isinstance(r, Notice)]
    assert len(notices) == 1 and "invalid UTF-8" in notices[0].message
    article = next(r for r in results if isinstance(r, Article))
    assert "bombardement du march\ufffd de Valdora" in article.text


def test_valid_utf8_wins_over_a_wrong_declaration():
    data = legacy_page(CYRILLIC, '<meta charset="iso-8859-1">').encode("utf-8")
    text, warning = decode_html(data)
    assert warning is None
    assert CYRILLIC[0] in text


@pytest.mark.parametrize("declaration, codec", [
    (b'<meta charset="windows-1251">', "cp1251"),
    (b"<meta charset=koi8-r>", "koi8_r"),
    (b'<meta content="text/html; charset=latin1" http-equiv="Content-Type">', "cp1252"),
    (b'<meta charset="utf-16">', "utf_8"),
    (b'<meta charset="no-such-charset">', None),
    (b"<p>no declaration</p>", None),
])
def test_declared_charset(declaration, codec):
    assert declared_charset(b"<html><head>" + declaration + b"</head>") == codec


def test_story_split_by_an_ad_slot_is_read_whole():
    # Outlets cut long stories into several containers of one class with an ad between;
    # the second half is still the story.
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    second = "".join(f"<p>{p}</p>" for p in STORY[2:])
    body = (f"{NAV}<main><h1>Seven killed</h1>"
            f"<div class='grid'><div class='article-body'>{first}</div><aside class='rail'></aside></div>"
            f"<div class='ad-row'><span>Advertisement</span></div>"
            f"<div class='grid'><div class='article-body'>{second}</div></div>"
            f"</main>{FOOTER}")
    article = article_from_html(page(body), source="t.html")
    for paragraph in STORY:
        assert paragraph in article.text
    assert article.text.index(STORY[1]) < article.text.index(STORY[2])


def test_same_class_blocks_under_headings_keep_their_order():
    items = []
    for name, paragraphs in (("Northern district", STORY[:2]), ("Southern district", STORY[2:])):
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        items.append(f"<div class='item'><h2>{name}</h2></div><div class='item'><div class='text'>{inner}</div></div>")
    article = article_from_html(page(f"<article>{''.join(items)}</article>"), source="t.html")
    text = article.text
    assert text.index("Northern district") < text.index(STORY[0]) < text.index("Southern district") \
        < text.index(STORY[2])


def test_paragraph_that_is_only_a_link_is_dropped():
    promo = "<p><a href='/other'>Minister resigns after budget row in capital</a></p>"
    inline = ("<p>The governor told <a href='/gov'>reporters in the capital</a> that the death toll was "
              "likely to rise as rescue crews reached the collapsed buildings.</p>")
    article_html = "".join(f"<p>{p}</p>" for p in STORY[:2]) + promo + inline + \
        "".join(f"<p>{p}</p>" for p in STORY[2:])
    article = article_from_html(page(f"<article>{article_html}</article>"), source="t.html")
    assert "Minister resigns" not in article.text
    assert "reporters in the capital that the death toll" in article.text


def test_looks_like_menu():
    menu = "\n".join(["Home", "World", "Sport", "Weather", "Contact us"] * 5 + STORY[:1])
    assert looks_like_menu(menu)
    assert not looks_like_menu("\n".join(STORY))
    assert not looks_like_menu("\n".join(["Killed: 7", "Injured: 19"] * 3 + STORY))


BROKEN = [
    story_page()[:len(story_page()) // 2],                       # cut off mid-story
    story_page()[:-400],                                         # cut off in the footer
    "<html><body><article><p>" + STORY[0] + "<div><p>" + STORY[1] + "</span></td></article>",
    "<<<<>>>></html><body><p " + STORY[0],
    "<html><head><title>x</title></head><body>" + "<div>" * 5000 + STORY[0] + "</div>" * 10,
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + STORY[0] + "</p></body></html>",
    "<html><body><p>" + STORY[0] + "\x00\x01\x02 </p><p>" + STORY[1] + "</body>",
    "<svg><script>alert(1)</script></svg>" + STORY[0],
    "\ufeff<html><body><table><tr><td>" + STORY[0] + "</table></p></tr></body>",
]


@pytest.mark.parametrize("html", BROKEN)
@pytest.mark.parametrize("as_bytes", [False, True])
def test_broken_html_gives_an_article_or_ingest_error(html, as_bytes):
    data = html.encode("utf-8") if as_bytes else html
    try:
        article = article_from_html(data, source="broken.html")
    except IngestError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(article, Article) and article.text.strip()


def test_truncated_page_keeps_the_story_before_the_cut():
    html = story_page()
    cut = html[:html.index(STORY[3]) + 40]
    article = article_from_html(cut, source="cut.html")
    assert STORY[0] in article.text and STORY[2] in article.text


@pytest.mark.parametrize("html", [
    "",
    "   \n ",
    b"",
    "<html><head><title>Nothing here</title></head><body></body></html>",
    page(NAV),
    page("<script>var story = 'Seven killed in Valdora';</script>"),
])
def test_page_without_main_text_raises(html):
    with pytest.raises(IngestError):
        article_from_html(html, source="empty.html")


def test_read_html_file_refuses_empty_and_binary_files(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    with pytest.raises(IngestError, match="empty"):
        list(read_html_file(empty, Limits()))
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(IngestError, match="binary"):
        list(read_html_file(binary, Limits()))
