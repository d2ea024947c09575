"""Stemming for the search index: Indonesian with PySastrawi, English with Snowball.

Statement text is indexed twice: as printed, and as a "stem" shadow text where every word is
replaced by its stem (same word order, so phrases still work). Queries then match a word
either exactly or by stem, so netral / netralitas / kenetralan meet, while a name the stemmer
would mangle (Pemalang -> malang, Bekasi -> bekas) still matches exactly and ranks first.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import snowballstemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from quotetrack.text.lexicon import fold, region_aliases

WORD = re.compile(r"\w+", re.UNICODE)
# Sastrawi keeps loanword nouns whole ("netralitas", "kondusivitas"); strip the Latin suffix
# when what is left is itself a root in its dictionary.
_LOAN_SUFFIXES = (("ivitas", "if"), ("itas", ""), ("isasi", ""))
_MIN_STEMMABLE = 4


@cache
def _sastrawi():
    return StemmerFactory().create_stemmer()


@cache
def _english() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def _protected() -> frozenset[str]:
    """Region words a stemmer must not touch (the shipped region table, one word each)."""
    words: set[str] = set()
    for alias, (canonical, _level) in region_aliases().items():
        words.add(alias)
        words.update(w.casefold() for w in WORD.findall(canonical))
    return frozenset(words)


@lru_cache(maxsize=200_000)
def stem_id(word: str) -> str:
    """Indonesian stem of one casefolded word."""
    if len(word) < _MIN_STEMMABLE or not word.isalpha() or fold(word) in _protected():
        return word
    delegated = _sastrawi().delegatedStemmer
    for suffix, replacement in _LOAN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            root = word[: -len(suffix)] + replacement
            if delegated.dictionary.contains(root):
                return root
    return _sastrawi().stem(word) or word


@lru_cache(maxsize=100_000)
def stem_en(word: str) -> str:
    """English (Snowball) stem of one casefolded word."""
    if len(word) < _MIN_STEMMABLE or not word.isalpha() or fold(word) in _protected():
        return word
    return _english().stemWord(word)


def is_root_word(word: str) -> bool:
    """Whether a casefolded word is a root in the Indonesian stemmer's dictionary."""
    return bool(_sastrawi().delegatedStemmer.dictionary.contains(word))


# A root with a prefix and the suffix -an or -kan around it is a common noun or verb: keadilan,
# penanggulangan, perikanan, pemberdayaan. One affix alone is not enough: Hadi, Tambunan,
# Pulungan, Pembayun and Sedana are names the stemmer would also cut.
_CONFIX_PREFIXES = ("ke", "pe", "be", "te", "me", "di", "se")


@lru_cache(maxsize=20_000)
def is_confixed(word: str) -> bool:
    """Whether a casefolded word is a dictionary root inside a prefix and -an/-kan: never a name."""
    if len(word) < 7 or not word.startswith(_CONFIX_PREFIXES) or not word.endswith("an") or is_root_word(word):
        return False
    root = stem_id(word)
    return len(word) - len(root) >= 4 and not root.endswith("an") and is_root_word(root)


def is_dictionary_word(word: str) -> bool:
    """Whether a casefolded word is in the Indonesian dictionary, as a root or made from one."""
    return is_root_word(word) or is_root_word(stem_id(word))


def stem_word(word: str, lang: str = "id") -> str:
    word = word.casefold()
    return stem_en(word) if lang == "en" else stem_id(word)


def query_stems(word: str) -> tuple[str, ...]:
    """Stems a typed word may have in the index: the query's language is not known.

    The Indonesian stem always comes first; the English one follows only when it changes the word.
    """
    word = word.casefold()
    first, english = stem_id(word), stem_en(word)
    return (first,) if english in (word, first) else (first, english)


def stem_text(text: str, lang: str = "id") -> str:
    """The shadow text of `text`: each word replaced by its stem, in order.

    A capitalised word inside a sentence is a name (Pemalang, Bekasi) and is kept as it is.
    """
    out = []
    sentence_start = True
    for match in WORD.finditer(text):
        word = match.group()
        before = text[match.start() - 2 : match.start()] if match.start() else ""
        sentence_start = sentence_start or match.start() == 0 or any(c in ".!?\n" for c in before)
        is_name = word[:1].isupper() and not sentence_start and not word.isupper()
        out.append(word.casefold() if is_name else stem_word(word, lang))
        sentence_start = False
    return " ".join(out)
