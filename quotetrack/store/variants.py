"""Which of an official's stored aliases are ways of printing a name ("Dr. Imran", "Ms Hollister",
"Pj. Bupati Subang Imran"), as opposed to what the resolver also keeps as aliases to link
mentions: pronouns ("Ia", "She"), speech verbs ("Tegasnya"), and clauses ("Pada kesempatan
tersebut, PJ. Bupati Subang, Dr. Imran"). Pages and the API show only the first kind.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from quotetrack.resolve.gazetteer import honorifics, posts, pronouns
from quotetrack.text.lexicon import fold

# Lower-case words that belong inside names (Rick de Lisio, Ahmad bin Ali, Ludwig van Beethoven).
_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "den", "da", "dos", "la", "le", "al", "el", "ibn"})
_WORD = re.compile(r"[^\s,;:()\"]+")
MAX_WORDS = 8


def _word_list(package: str, name: str) -> frozenset[str]:
    text = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@cache
def _not_name_words() -> frozenset[str]:
    """Pronouns, speech verbs and clause openers, from the extractor's and resolver's own lists."""
    words = set(pronouns())
    for name in (
        "pronouns_id.txt",
        "pronouns_en.txt",
        "speech_verbs_id.txt",
        "speech_verbs_en.txt",
        "speech_roots_id.txt",
        "discourse.txt",
        "adverbs.txt",
    ):
        words |= _word_list("quotetrack.extract", name)
    return frozenset(words)


def is_name_variant(alias: str) -> bool:
    """Whether `alias` prints a name: every word capitalised (or an honorific, a post, a name
    particle), none of them a pronoun, speech verb or clause opener, and not a sentence's length."""
    words = _WORD.findall(alias)
    if not words or len(words) > MAX_WORDS:
        return False
    not_names = _not_name_words()
    named = False
    for i, raw in enumerate(words):
        word = raw.strip(".'\u2019-")
        if not word:
            continue
        lower = word.lower()
        if word in {"I", "Ni"} and i + 1 < len(words):  # Balinese I Wayan, Ni Luh: not the pronoun
            continue
        if lower in not_names or (lower.endswith("nya") and len(lower) > 5):  # tegasnya, ujarnya
            return False
        if fold(raw) in honorifics() or fold(raw) in posts():
            continue
        if word[0].isdigit() or (word[0].islower() and lower not in _PARTICLES):
            return False
        named = True
    return named
