"""An HTML page to article text and metadata (title, author, date, site name, canonical URL).

trafilatura finds the main text. Its date is taken only from the page's own metadata
(meta tags, JSON-LD, <time>): its full search also reads dates out of the body, where an
election date is as likely as the publication date. With no metadata date the text's dateline
and byline decide (quotetrack.text.prepare), and so does a "Pewarta:" byline trafilatura ignores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from quotetrack.errors import IngestError

# Pages whose prose adds up to less than this are link lists, error pages or app shells.
MIN_ARTICLE_CHARS = 200
# libxml2 stops parsing at this depth (without XML_PARSE_HUGE): whatever lies deeper is lost.
_MAX_PARSED_DEPTH = 256
_PROSE_WORDS = 8
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(?:p|div|br|span|a|h[1-6]|article|section|strong|em|b|i)\b[^>]*>", re.IGNORECASE)
_CLOSING = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_BYLINE_LINE = re.compile(
    r"^\s*(?:pewarta|penulis|reporter|wartawan|kontributor|editor|penyunting|redaktur)\s*[:|]", re.IGNORECASE
)
_TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|amp)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What a page says about itself, and its main text with the title as the first line."""

    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    site_name: str | None = None
    url: str | None = None  # canonical URL when the page gives one


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset> or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def looks_like_html(text: str) -> bool:
    """True for a full HTML document, or a fragment dense with markup (scraped exports)."""
    head = text[:2000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def normalise_url(url: str) -> str:
    """The URL that identifies an article: no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def _check_complete(html: str, location: str) -> None:
    if _HTML_START.match(html[:2000]) and not _CLOSING.search(html[-4096:]):
        raise IngestError(location, "truncated HTML: the page ends before </body> or </html> (cut off?)")


def _depth(tree: object) -> int:
    """How deep the parsed tree's elements go (iterative: a recursive walk would overflow)."""
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _prose_chars(text: str) -> int:
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS)


def _page_byline(tree: Any) -> str | None:  # an lxml element (lxml ships no type hints)
    """A byline anywhere on the page ("Pewarta: Agus Hamdan"), read by the text parser."""
    from lxml import etree

    from quotetrack.text import prepare

    lines = [
        line.strip()
        for node in tree.iter("p", "div", "span", "small", "strong", "em", "li", "td")
        for line in [etree.tostring(node, method="text", encoding="unicode", with_tail=False)]
        if len(line) < 80 and _BYLINE_LINE.match(line)
    ]
    if not lines:
        return None
    # prepare() reads the first line as a title, so the byline lines go under a stand-in one.
    return prepare("bylines\n\n" + "\n".join(dict.fromkeys(lines)))[1].author


def _parse_date(value: str | None, retrieved: datetime | None) -> date | None:
    if not value:
        return None
    try:
        found = date.fromisoformat(value[:10])
    except ValueError:
        return None
    # A date after the retrieval is a page template's placeholder, not a publication date.
    latest = (retrieved or datetime.now().astimezone()).date() + timedelta(days=1)
    return found if date(1990, 1, 1) <= found <= latest else None


def extract_html(html: str, *, location: str, url: str | None = None, retrieved: datetime | None = None) -> HtmlArticle:
    """Main text and metadata of one page; IngestError when it holds no article."""
    from trafilatura import bare_extraction
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    _check_complete(html, location)
    tree = load_html(html)
    if tree is None:
        raise IngestError(location, "not an HTML page that can be parsed")
    found = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    # A Document, or None for an empty page: trafilatura's annotation adds the dict of as_dict=True.
    doc = found if isinstance(found, Document) else None
    body = (doc.text if doc is not None else "") or ""
    title = (doc.title or "").strip() if doc is not None else ""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]  # trafilatura repeats the <h1>; the title goes on its own line below
    text = "\n".join(lines)
    prose = _prose_chars(text)
    if prose < MIN_ARTICLE_CHARS and _depth(load_html(html)) >= _MAX_PARSED_DEPTH:
        raise IngestError(
            location,
            f"HTML too deeply nested: libxml2 reads elements only {_MAX_PARSED_DEPTH}"
            " levels deep, and the text lies deeper",
        )
    if doc is None or prose < MIN_ARTICLE_CHARS:
        raise IngestError(
            location, f"no article in the page: {prose} characters of prose (at least {MIN_ARTICLE_CHARS} needed)"
        )
    site_name = (doc.sitename or "").strip() or None
    author = (doc.author or "").strip() or None
    if author and site_name and author.casefold() == site_name.casefold():
        author = None  # many sites put their own name in <meta name=author>
    if author is None and not any(_BYLINE_LINE.match(line) for line in lines):
        author = _page_byline(load_html(html))  # bare_extraction prunes the tree it is given
    # A title line followed by a blank line is how article files are shaped, and what
    # quotetrack.text.prepare reads as the title.
    return HtmlArticle(
        text=f"{title}\n\n{text}" if title else text,
        title=title or None,
        author=author,
        published=_parse_date(doc.date, retrieved),
        site_name=site_name,
        url=doc.url or url,
    )
