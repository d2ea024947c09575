"""The parts of watching that need no database: intervals, backoff, listing links, robots.txt,
conditional fetches."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from quotetrack.errors import QueryError
from quotetrack.ingest import FetchLimits, fetch
from quotetrack.ingest.fetch import Validators
from quotetrack.ingest.listing import article_links, looks_like_article
from quotetrack.ingest.robots import RobotsCache
from quotetrack.store.watched import format_every, parse_every
from quotetrack.watch.schedule import HostPacer, retry_after_seconds, retry_delay
from tests.watch.conftest import Feed, Site

LOCAL = FetchLimits(timeout=5, total_timeout=20, allow_private=True)


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("90s", 90), ("2h", 7200), ("1d", 86400), ("600", 600), (" 5 M ", 300)]
)
def test_intervals_as_people_write_them(text: str, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15 minutes", "-5m", "1.5h", "15w"])
def test_a_bad_interval_is_a_clear_error(text: str) -> None:
    with pytest.raises(QueryError, match="not an interval"):
        parse_every(text)


@pytest.mark.parametrize(("seconds", "text"), [(900, "15m"), (7200, "2h"), (90, "90s"), (86400, "1d")])
def test_intervals_are_printed_short(seconds: int, text: str) -> None:
    assert format_every(seconds) == text


def test_backoff_doubles_per_failure_up_to_a_day() -> None:
    delays = [retry_delay(failures=n, every_seconds=900) for n in range(8)]
    assert delays == [900, 1800, 3600, 7200, 14400, 28800, 57600, 86400]
    assert retry_delay(failures=30, every_seconds=900) == 86400
    assert retry_delay(failures=3, every_seconds=2 * 86400) == 2 * 86400  # never sooner than its interval


NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120),
        (" 0 ", 0),
        (format_datetime(NOW + timedelta(minutes=30), usegmt=True), 1800),
        ("Fri, 04 Dec 2026 09:00:45 GMT", 45),
        ("Friday, 04-Dec-26 10:00:00 GMT", 3600),  # the obsolete RFC 850 form servers still send
        ("Fri, 04 Dec 2026 08:00:00 GMT", 0),  # gone by: ask again now
        ("31536000", 86400),  # a year: capped at a day
        (format_datetime(NOW + timedelta(days=40), usegmt=True), 86400),
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_as_seconds_or_a_date_capped_at_a_day(header: str | None, seconds: int | None) -> None:
    assert retry_after_seconds(header, now=NOW) == seconds


def test_host_pacer_spaces_one_host_and_stops_waiting_when_asked() -> None:
    now = [100.0]
    stop = threading.Event()
    pacer = HostPacer(spacing=5, stop=stop, clock=lambda: now[0])
    assert pacer.wait("http://a.example/1")
    assert pacer.wait("http://b.example/1")  # another host: no wait
    stop.set()  # the wait for a.example's next turn is cut short
    assert not pacer.wait("http://a.example/2")


LISTING = b"""<html><head><base href="https://www.jurnal.example/"></head><body>
<nav><a href="/">Beranda</a> <a href="/kategori/politik">Politik</a> <a href="/daerah">Daerah</a></nav>
<a href="berita/2024/05/31/bupati-tinjau-jalan-desa">one</a>
<a href="/read/812345/gubernur-resmikan-pasar">two</a>
<a href="/berita/2024/05/31/bupati-tinjau-jalan-desa#komentar">one again</a>
<a href="https://other.example/berita/2024/05/31/lain-kali-saja-ya">elsewhere</a>
<a href="https://m.jurnal.example/berita/satu-dua-tiga-empat">mobile</a>
<a href="/tag/jalan-desa-rusak-parah">tag</a> <a href="/foto/2024/galeri-banjir-besar">photos</a>
<a href="javascript:void(0)">js</a> <a href="/files/laporan-tahunan-2024-final.pdf">pdf</a>
</body></html>"""


def test_a_listing_page_gives_its_article_links_once_in_order() -> None:
    links = article_links(LISTING, "https://www.jurnal.example/daerah", location="listing")
    assert links == [
        "https://www.jurnal.example/berita/2024/05/31/bupati-tinjau-jalan-desa",
        "https://www.jurnal.example/read/812345/gubernur-resmikan-pasar",
        "https://m.jurnal.example/berita/satu-dua-tiga-empat",
    ]


def test_a_listing_page_without_article_links_is_an_error() -> None:
    from quotetrack.errors import IngestError

    with pytest.raises(IngestError, match="links to no article"):
        article_links(b"<html><body><a href='/about'>About</a></body></html>", "https://x.example/", location="x")
    assert not looks_like_article("https://x.example/kanal/berita-terbaru-hari-ini", site="x.example")


def test_a_conditional_fetch_sends_the_validators_and_reads_a_304(feed: Feed) -> None:
    feed.add(1)
    first = fetch(feed.url, limits=LOCAL)
    assert first.status == 200 and first.validators.etag and first.validators.last_modified
    second = fetch(feed.url, limits=LOCAL, validators=first.validators)
    assert second.not_modified and second.data == b""
    _, headers = feed.site.requests[-1]
    assert headers["If-None-Match"] == first.validators.etag
    assert headers["If-Modified-Since"] == first.validators.last_modified
    feed.add(2)
    assert fetch(feed.url, limits=LOCAL, validators=Validators(etag=first.validators.etag)).status == 200


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(404, True), (410, True), (403, True), (500, False), (503, False)],
)
def test_robots_txt_missing_allows_all_and_unreachable_disallows_all(site: Site, status: int, allowed: bool) -> None:
    """RFC 9309: a 4xx robots.txt means no rules; a 5xx means the site may be struggling."""
    site.page("/robots.txt", "error", status=status)
    rules = RobotsCache(limits=LOCAL).rules(site.url("/feed.xml"))
    assert rules.allows(site.url("/feed.xml")) is allowed


def test_robots_txt_groups_and_crawl_delay_for_quotetrack(site: Site) -> None:
    site.page(
        "/robots.txt",
        "User-agent: *\nDisallow: /\n\nUser-agent: QuoteTrack\nAllow: /\nDisallow: /search\nCrawl-delay: 3\n",
        content_type="text/plain",
    )
    rules = RobotsCache(limits=LOCAL).rules(site.url("/"))
    assert rules.allows(site.url("/berita/1")) and not rules.allows(site.url("/search?q=x"))
    assert rules.crawl_delay() == 3.0
