"""The main text and metadata of a news page, by trafilatura.

trafilatura finds the story; this module decodes the page, mends two layouts its
container search gets wrong, and chooses between its passes:

- charset: trafilatura tries UTF-8 and then guesses statistically; it never reads the
  charset the page declares. A legacy page (windows-1251, ISO-8859-1) says what it is in a
  ``<meta>``, which is more reliable than a guess on a short story, so that is used;
  undeclared bytes that are not UTF-8 are decoded with replacements and a notice.
- split bodies: outlets cut the story into several containers of the same class with an
  ad slot between them; trafilatura keeps the first container only, so a long story
  lost everything after its first ad. Such runs are joined before extraction.
- link-only paragraphs: a paragraph that is nothing but one link is a promo for another
  story ("TRUMP SAYS …" between paragraphs); it goes before extraction, where the markup
  still shows it is a link.
- passes: trafilatura's own algorithm first. Its fallbacks (readability, jusText) grab
  bigger blocks, which on news pages means teaser lists and repeated microdata, so
  they are used only when the own pass finds nothing or finds a menu.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from toll.ingest.dates import iso_date
from toll.ingest.files import decode, is_binary, read_bytes
from toll.ingest.items import IngestError, Limits, Notice
from toll.model import Article

DECLARATION_BYTES = 32 * 1024
"""How far into the page to look for a ``<meta>`` charset; heads with inline CSS and
scripts push it past the 1 KB a browser prescans."""

META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)

WEB_ALIASES = {"iso8859_1": "cp1252", "ascii": "cp1252", "iso8859_9": "cp1254", "iso8859_11": "cp874"}
"""Labels browsers read as a superset (WHATWG Encoding): a page that says ISO-8859-1
means windows-1252, and its curly quotes are in 0x80-0x9F."""

PARAGRAPH_WORDS = 10
"""Words a paragraph needs to count as story text when looking for a split body."""

MAX_GAP_WORDS = 12
"""Text allowed between two parts of a split body: an "Advertisement" label, not a heading
or a paragraph, which would mean the parts are separate items of a list."""

SKIPPED_TAGS = {"script", "style", "noscript", "template"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

MENU_MIN_LINES = 20
MENU_SHARE = 0.6
"""An extraction with at least this many lines, this share of them menu-sized, is a
navigation block rather than a story."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset the page declares in a ``<meta>``, if any and known."""
    match = META_CHARSET.search(data[:DECLARATION_BYTES])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf_16", "utf_32")):
        return "utf_8"  # a declaration readable as ASCII cannot be UTF-16 (WHATWG)
    return WEB_ALIASES.get(name, name)


def decode_html(data: bytes) -> tuple[str, str | None]:
    """The page as text, and a warning when bytes had to be replaced.

    Valid UTF-8 wins over the declaration: pages that declare a legacy charset and are
    served as UTF-8 are common, the reverse passing as valid UTF-8 is not.
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    charset = declared_charset(data)
    if charset and charset != "utf_8":
        try:
            return data.decode(charset), None
        except UnicodeDecodeError:
            if charset == "cp1252":  # five bytes cp1252 leaves undefined; latin-1 maps all
                return data.decode("latin_1"), None
            text = data.decode(charset, errors="replace")
            return text, (f"invalid {charset} bytes for the declared charset; "
                          f"{text.count(chr(0xFFFD))} character(s) replaced")
    return decode(data)


def _story_paragraphs(element: HtmlElement) -> int:
    return sum(1 for child in element
               if child.tag == "p" and len(child.text_content().split()) >= PARAGRAPH_WORDS)


def _gap_is_filler(order: list[HtmlElement], start: int, end: int) -> bool:
    """True when the elements ``order[start:end]`` hold no heading, paragraph or real text."""
    words = 0
    for element in order[start:end]:
        if element.tag in SKIPPED_TAGS:
            continue
        if element.tag in HEADINGS or element.tag == "p":
            if element.text_content().strip():
                return False
        words += len((element.text or "").split())
        if words > MAX_GAP_WORDS:
            return False
    return True


def join_split_bodies(tree: HtmlElement) -> None:
    """Move the parts of a story split over same-class containers into the first one.

    Only containers with two or more story paragraphs each, in different parents (same-class
    siblings are found together anyway), and with nothing but filler between them.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in tree.iter("div", "section"):
        cls = " ".join((element.get("class") or "").split())
        if cls and "comment" not in cls.lower() and _story_paragraphs(element) >= 2:
            groups.setdefault((element.tag, cls), []).append(element)
    groups = {key: parts for key, parts in groups.items() if len(parts) >= 2}
    if not groups:
        return
    order = [e for e in tree.iter() if isinstance(e.tag, str)]
    index = {e: i for i, e in enumerate(order)}
    for parts in groups.values():
        parents = [part.getparent() for part in parts]  # held, so their ids stay distinct
        if len({id(p) for p in parents}) < len(parts):
            continue
        spans = []
        for part in parts:
            *_, last = part.iter()
            spans.append((index[part], index[last]))
        if not all(end < next_start and _gap_is_filler(order, end + 1, next_start)
                   for (_, end), (next_start, _) in zip(spans, spans[1:])):
            continue
        first = parts[0]
        for part in parts[1:]:
            first.extend(list(part))
            part.getparent().remove(part)


def drop_link_paragraphs(tree: HtmlElement) -> None:
    """Remove paragraphs of three or more words that are entirely one link."""
    for paragraph in list(tree.iter("p")):
        text = " ".join(paragraph.text_content().split())
        if len(text.split()) < 3:
            continue
        links = list(paragraph.iter("a"))
        if len(links) == 1 and " ".join(links[0].text_content().split()) == text:
            paragraph.drop_tree()  # keeps the tail text, which is not in the link


def _menu_lines(text: str) -> tuple[int, int]:
    """How many of the text's non-empty lines are menu-sized, and how many there are."""
    lines = [line for line in (x.strip() for x in text.split("\n")) if line]
    return sum(1 for line in lines if len(line.split()) < 4 and len(line) < 25), len(lines)


def looks_like_menu(text: str) -> bool:
    """True for text that is mostly menu-sized lines: a site's navigation, not a story."""
    short, total = _menu_lines(text)
    return total > 0 and (short == total or (total >= MENU_MIN_LINES and short >= MENU_SHARE * total))


def _extract(tree: HtmlElement, url: str | None, fast: bool, with_metadata: bool):
    return trafilatura.bare_extraction(
        tree, url=url, fast=fast, with_metadata=with_metadata, include_comments=False,
        include_tables=True, date_extraction_params=set_date_params(True))


def article_from_html(html: str | bytes, source: str, url: str | None = None) -> Article:
    """The page's story as an :class:`Article`; title, date and outlet from its metadata.

    Bytes are decoded by :func:`decode_html`. Raises IngestError when the page has no
    main text (an index page, a paywall stub, markup too broken to parse).
    """
    if isinstance(html, bytes):
        html, _ = decode_html(html)
    if not html.strip():
        raise IngestError("empty HTML page")
    try:
        tree = load_html(html)
        if tree is None:
            raise IngestError("unparseable HTML")
        join_split_bodies(tree)
        drop_link_paragraphs(tree)
        doc = _extract(tree, url, fast=True, with_metadata=True)
        text = (doc.text or "") if doc is not None else ""
        if not text.strip() or looks_like_menu(text):
            fallback = _extract(tree, url, fast=False, with_metadata=doc is None)
            if fallback is not None and (fallback.text or "").strip() and not looks_like_menu(fallback.text):
                text = fallback.text
                doc = doc or fallback
    except IngestError:
        raise
    except Exception as err:  # lxml and trafilatura raise many types on broken markup
        reason = " ".join(str(err).split())[:200]
        raise IngestError(f"unparseable HTML ({type(err).__name__}: {reason})") from None
    if doc is None or not text.strip():
        raise IngestError("no main text found in the HTML")
    short, total = _menu_lines(text)
    if short == total:
        raise IngestError("no main text found in the HTML, only links and labels")
    return Article(text=text, source=source, outlet=doc.sitename or doc.hostname,
                   title=doc.title, published=iso_date(doc.date), url=url or doc.url)


def read_html_file(path: Path, limits: Limits) -> Iterator[Article | Notice]:
    data = read_bytes(path, limits.max_bytes)
    if is_binary(data):
        raise IngestError("binary file, not HTML")
    html, warning = decode_html(data)
    if warning:
        yield Notice(str(path), warning)
    yield article_from_html(html, source=str(path))
