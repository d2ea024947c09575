"""UI text in English and Indonesian, and the language a request is served in."""

from __future__ import annotations

import datetime as dt

from starlette.requests import Request

LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"
COOKIE = "qt_lang"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "tagline": "What public officials said, with the source to prove it.",
        "home": "Home",
        "officials": "Officials",
        "articles": "Articles",
        "topics": "Topics",
        "search": "Search",
        "search_placeholder": "Search statements, e.g. netralitas ASN",
        "latest_statements": "Latest statements",
        "statement": "Statement",
        "statements": "statements",
        "direct": "direct quote",
        "indirect": "reported speech",
        "unknown_speaker": "unknown speaker",
        "source": "Source",
        "said_on": "Date",
        "in_context": "In context",
        "cite": "Cite this statement",
        "copy": "Copy",
        "copied": "Copied",
        "article": "Article",
        "published": "Published",
        "outlet": "Outlet",
        "author": "Author",
        "place": "Place",
        "roles": "Roles",
        "acting": "acting",
        "also_printed_as": "Also printed as",
        "results_for": "results for",
        "no_results": "No statements match this search.",
        "previous": "Previous",
        "next": "Next",
        "not_found": "Not found",
        "bad_request": "Bad request",
        "server_error": "Something went wrong on our side",
        "back_home": "Back to the home page",
        "confidence": "confidence",
        "low_confidence": "low confidence: awaiting review",
        "language": "Language",
        "api": "API",
        "retrieved": "Retrieved",
        "view_article": "Read the whole article",
        "totals": "{articles} articles, {statements} statements, {officials} officials",
        "most_quoted": "Most quoted officials",
        "statement_count": "Statements",
        "topic": "Topic",
    },
    "id": {
        "tagline": "Apa kata pejabat publik, lengkap dengan sumbernya.",
        "home": "Beranda",
        "officials": "Pejabat",
        "articles": "Artikel",
        "topics": "Topik",
        "search": "Cari",
        "search_placeholder": "Cari pernyataan, mis. netralitas ASN",
        "latest_statements": "Pernyataan terbaru",
        "statement": "Pernyataan",
        "statements": "pernyataan",
        "direct": "kutipan langsung",
        "indirect": "kutipan tidak langsung",
        "unknown_speaker": "pembicara tidak diketahui",
        "source": "Sumber",
        "said_on": "Tanggal",
        "in_context": "Dalam konteks",
        "cite": "Kutip pernyataan ini",
        "copy": "Salin",
        "copied": "Tersalin",
        "article": "Artikel",
        "published": "Terbit",
        "outlet": "Media",
        "author": "Penulis",
        "place": "Tempat",
        "roles": "Jabatan",
        "acting": "penjabat",
        "also_printed_as": "Juga ditulis sebagai",
        "results_for": "hasil untuk",
        "no_results": "Tidak ada pernyataan yang cocok dengan pencarian ini.",
        "previous": "Sebelumnya",
        "next": "Berikutnya",
        "not_found": "Tidak ditemukan",
        "bad_request": "Permintaan tidak valid",
        "server_error": "Terjadi kesalahan di sisi kami",
        "back_home": "Kembali ke beranda",
        "confidence": "keyakinan",
        "low_confidence": "keyakinan rendah: menunggu tinjauan",
        "language": "Bahasa",
        "api": "API",
        "retrieved": "Diambil",
        "view_article": "Baca artikel lengkap",
        "totals": "{articles} artikel, {statements} pernyataan, {officials} pejabat",
        "most_quoted": "Pejabat yang paling sering dikutip",
        "statement_count": "Pernyataan",
        "topic": "Topik",
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
}


def request_language(request: Request) -> str:
    """?lang= first, then the remembered cookie, then Accept-Language, then English."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def translate(lang: str, key: str, **values: object) -> str:
    text = MESSAGES.get(lang, MESSAGES[DEFAULT_LANGUAGE]).get(key) or MESSAGES[DEFAULT_LANGUAGE].get(key, key)
    return text.format(**values) if values else text


def format_date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    return f"{value.day} {MONTHS.get(lang, MONTHS['en'])[value.month - 1]} {value.year}"
