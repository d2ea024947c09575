"""Text preparation: cleaning, article metadata, dates, paragraphs, sentences, language."""

from quotetrack.text.clean import prepare
from quotetrack.text.dates import find_dates, first_date
from quotetrack.text.lang import detect_language
from quotetrack.text.segment import Span, split_paragraphs, split_sentences

__all__ = [
    "Span",
    "detect_language",
    "find_dates",
    "first_date",
    "prepare",
    "split_paragraphs",
    "split_sentences",
]
