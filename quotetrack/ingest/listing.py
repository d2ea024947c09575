"""The article links of a listing page (an outlet's "latest news" or section page without a feed).

A listing page links to much besides articles: sections, tags, the home page, logins. An
article's address is told apart by its shape: on the page's own site, and with a long slug of
words ("/bupati-tinjau-jalan-desa") or a numeric id or date in its path ("/berita/2024/05/31/...",
"/read/812345"), and not under a section, tag or search path.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from quotetrack.errors import IngestError
from quotetrack.ingest.html import normalise_url

MAX_LINKS = 200  # a listing page is read for its newest links, not as a site map
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){3,}", re.IGNORECASE)  # four words or more
_NUMBER = re.compile(r"(?:^|[/_-])\d{4,}(?:[/_.-]|$)")
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|topik|topic|category|categories|kategori|kanal|section|search|cari|author|penulis|"
    r"page|halaman|login|register|masuk|daftar|feed|rss|indeks|index|video|foto|photo|gallery|galeri)(?:/|$)",
    re.IGNORECASE,
)
_NOT_PAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp3|mp4|zip|css|js|xml|rss)$", re.IGNORECASE)


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def looks_like_article(url: str, *, site: str) -> bool:
    """True for an http(s) address on `site` (or a subdomain) shaped like an article's."""
    parts = urlsplit(url)
    host = _site(parts.hostname or "")
    if parts.scheme not in ("http", "https") or not (host == site or host.endswith("." + site)):
        return False
    path = parts.path
    if _NOT_ARTICLE.search(path) or _NOT_PAGE.search(path):
        return False
    return bool(_SLUG.search(path) or _NUMBER.search(path))


def article_links(data: bytes, page_url: str, *, location: str) -> list[str]:
    """The article addresses a listing page links to, in page order, each once; IngestError
    when the page cannot be parsed or links to no article."""
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError(location, f"not an HTML page: {exc}") from exc
    base = next(iter(doc.xpath("//base/@href")), None)
    base_url = urljoin(page_url, str(base)) if base else page_url
    site = _site(urlsplit(page_url).hostname or "")
    own = normalise_url(page_url)
    links: list[str] = []
    seen = {own}
    for href in doc.xpath("//a/@href"):
        url = normalise_url(urljoin(base_url, str(href).strip()))
        if url in seen or not looks_like_article(url, site=site):
            continue
        seen.add(url)
        links.append(url)
        if len(links) >= MAX_LINKS:
            break
    if not links:
        raise IngestError(location, "the listing page links to no article (no link shaped like an article's address)")
    return links
