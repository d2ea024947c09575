"""UI text of the browsing pages (charts, officials list, about, error reports), merged into
i18n.MESSAGES; kept apart so that each area's text can grow without conflicting edits."""

from __future__ import annotations

PAGES_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "chart_title": "Statements by {name} per month",
        "chart_bar": "{month}: {n} statements",
        "topic_shares": "Topics of these {n} statements",
        "topic_shares_note": "A statement can have several topics, so shares add up to more than 100%.",
        "topic_share": "{n} of {total} ({percent}%)",
        "all_topics_link": "All topics",
    },
    "id": {
        "chart_title": "Pernyataan {name} per bulan",
        "chart_bar": "{month}: {n} pernyataan",
        "topic_shares": "Topik dari {n} pernyataan ini",
        "topic_shares_note": "Satu pernyataan bisa punya beberapa topik, jadi jumlah persentase bisa lebih dari 100%.",
        "topic_share": "{n} dari {total} ({percent}%)",
        "all_topics_link": "Semua topik",
    },
}
