"""Text preparation's fast forms give what their plain forms give.

Each was rewritten so the regex engine reads fewer characters (a pattern that opens with a set is
scanned for it; one that opens with a look-behind, \\b or a case-blind word is tried at every
character), or so one pass over the article serves several readers. The plain form is kept here
as the specification, and compared on invented text and on random strings over the characters
the forms care about.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date

from quotetrack.text import clean, dates, lexicon, segment
from quotetrack.text.lexicon import case_blind_finditer

_SAMPLES = 20_000
_INVENTED = [
    "Jakarta (ANTARA) - Bupati Sukamaju mengatakan, “Kami siap.”\nBaca juga: Harga Naik di PasarWarga resah",
    "Baca Juga:Pandemi Corona, Kondisi Kuda MemprihatinkanTerima 55.066 Paket\r\n\tSimak juga : x",
    "\ufeffKata\u00a0Gubernur\u200b hari ini, 20/10/2025.\x0b (ant/ab)",
]


def _random_strings(seed: int, alphabet: str, words: tuple[str, ...] = ()) -> list[str]:
    rng = random.Random(seed)
    pieces = [*alphabet, *words]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(_SAMPLES)] + _INVENTED


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_control_characters_are_the_plain_set() -> None:
    plain = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
    chars = [chr(code) for code in range(sys.maxunicode + 1)]
    assert [c for c in chars if plain.match(c)] == sorted(clean._CONTROL_CHARS)
    assert all(bool(clean._CONTROL.match(c)) == bool(plain.match(c)) for c in chars)


def test_normalising_is_the_plain_substitutions() -> None:
    def plain(raw: str) -> str:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        text = re.sub(r"[\u00a0\u2007\u202f\u3000\t]", " ", text)
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]", "", text)

    alphabet = "ab \r\n\t\u00a0\u2007\u202f\u3000\x00\x08\x0b\x1f\x7f\u200b\u200d\u2060\ufeff\u200e“"
    for text in _random_strings(1, alphabet):
        assert clean._normalise(text) == plain(text), text


def test_read_also_links_are_found_where_the_case_blind_pattern_finds_them() -> None:
    words = ("baca juga:", "Simak  PULA :", "LIHAT\tjuga:", "baca", "jUga", " : ", ":", "li", "hat ", "ſimak juga:")
    texts = _random_strings(2, "bsl aJ\n\t:İıſ\u212a_1é", words)
    found = 0
    for text in texts:
        expected = _spans(clean._READ_ALSO.finditer(text))
        assert _spans(case_blind_finditer(clean._READ_ALSO, clean._READ_ALSO_LOWERED, text)) == expected, text
        found += len(expected)
    assert found > 1000  # the strings hold links to find, not only near misses


def test_headline_glue_opens_where_the_look_behind_pattern_matches() -> None:
    """Callers read only where the first glue in a stretch is: the match's start."""
    plain = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=[a-z.!?])(?=[“\"]\w)")
    for text in _random_strings(3, 'aZ0.!?“" Bx'):
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 4):
                fast, expected = clean._HEADLINE_GLUE.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (fast and fast.start()) == (expected and expected.start()), (text, pos, endpos)


def _plain_find_dates(text: str, reference: date | None = None) -> list[dates.FoundDate]:
    """find_dates as a finditer of each shape over the whole text."""
    found = []
    year_in_text = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    for match in dates._NUMERIC.finditer(text):
        if dates._DATE_CONTEXT.search(text, max(0, match.start() - 14), match.start()):
            day, month, year = match.groups()
            if year is None and reference is None:
                years = sorted({int(y) for y in year_in_text.findall(text)}, reverse=True)
                inferred = dates._year_of_weekday(text, match.start(), int(month), int(day), years)
            else:
                inferred = dates._year(year, reference)
            value = dates._build(inferred, int(month), int(day))
            if value is not None:
                found.append(dates.FoundDate(match.start(), match.end(), value, year_given=year is not None))
    for match in dates._DAY_MONTH.finditer(text):
        month = dates.MONTHS.get(match.group(2).casefold())
        value = month and dates._build(int(match.group(3)), month, int(match.group(1)))
        if value:
            found.append(dates.FoundDate(match.start(), match.end(), value))
    for match in dates._DAY_YEAR.finditer(text):
        before = dates._MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
        month = dates.MONTHS.get(before.group(1).casefold()) if before else None
        value = month and dates._build(int(match.group(2)), month, int(match.group(1)))
        if before and value:
            found.append(dates.FoundDate(before.start(), match.end(), value))
    if reference is not None:
        taken = [(f.start, f.end) for f in found]
        for pattern, day_group, month_group in ((dates._DAY_MONTH_NO_YEAR, 1, 2), (dates._MONTH_DAY_NO_YEAR, 2, 1)):
            for match in pattern.finditer(text):
                month = dates.MONTHS.get(match.group(month_group).casefold())
                if month is None or any(lo < match.end() and match.start() < hi for lo, hi in taken):
                    continue
                value = dates._build(reference.year, month, int(match.group(day_group)))
                if value is not None:
                    taken.append(match.span())
                    found.append(dates.FoundDate(match.start(), match.end(), value, year_given=False))
    found.sort(key=lambda f: f.start)
    return found


_DATE_PIECES = (
    *("Senin ", "Rabu, ", "(", ")", "/", ".", "-", " ", ",", "\n", "Oct. ", "Mei ", "Desember ", "mar "),
    *("1", "2", "9", "12", "20", "31", "2025", "1999", "25", "2024 ", "th", "٣", "x", "Jum’at (", "Monday "),
    *("(20/10/2025)", "15/9", "Oct. 20, 2025", "30 Mei 2024", "20 Oktober", "Sept 3rd, 2024", "8.10.28"),
)


def test_dates_are_the_dates_a_finditer_of_each_shape_finds() -> None:
    rng = random.Random(4)
    texts = ["Jakarta, Senin (20/10/2025) - kata Budi. Oct. 20, 2025; 30 Mei 2024 dan Sabtu (15/9)."]
    texts += ["".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        for reference in (None, date(2025, 10, 21)):
            expected = _plain_find_dates(text, reference)
            assert dates.find_dates(text, reference) == expected, (text, reference)
            found += len(expected)
        first = next((d.value for d in _plain_find_dates(text) if not dates.weekday_contradicts(text, d)), None)
        assert dates.first_date(text) == first, text
    assert found > _SAMPLES // 2  # the strings hold dates, not only near misses


def test_years_in_the_text_are_the_look_behind_pattern_s() -> None:
    plain = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    for text in _random_strings(5, "0129 x٣", ("2025", "1999", "19", "20")):
        assert dates._YEAR_IN_TEXT.findall(text) == plain.findall(text), text


def test_tokens_read_chunk_by_chunk_are_the_patterns_tokens_and_words() -> None:
    tokens = re.compile(r"[^\W\d_][\w’'-]*|[(),.;:!?\"“”]")
    words = re.compile(r"[^\W\d_]+")
    texts = _random_strings(6, "ab CD_1²½é\u0301İ’'-,.()!?;:\"“”\n\t\u00a0ŉǅ٣", ("Jakarta,", "(PLN)", "“Kami", "x-"))
    for text in [*texts, "Kata Bupati, “kami siap” pukul 10.30 WIB_x ²3 ǅemal (PLN)."]:
        read = lexicon.tokens(text)
        assert list(read.tokens) == tokens.findall(text), text
        assert sorted(read.letter_words) == sorted(words.findall(text)), text
    assert lexicon.tokens(text) is lexicon.tokens(text)  # prepare's read serves extract


def test_unglue_in_one_pass_is_the_two_substitutions() -> None:
    acronym = re.compile(r"\b([A-Z][a-z]{3,})([A-Z]{2,6})([A-Z][a-z]{2,})")
    capitalised = re.compile(r"\b[A-Z][a-z]{3,}(?:[A-Z][a-z]+)?[a-z]*\b")

    def plain(line: str, names: frozenset[str], lower: frozenset[str], shorts: frozenset[str]) -> str:
        known = lexicon.word_set("quotetrack.text", "glued_words.txt")
        line = clean._GLUED_SHORT_FORM.sub(lambda m: clean._split_short_form(m, known, names, shorts), line)
        line = re.sub(r"\)(?=[A-Z][a-z])", ") ", line)
        line = acronym.sub(lambda m: " ".join(m.groups()) if m.group(1).casefold() in known else m.group(), line)
        return capitalised.sub(lambda m: clean._unglue_word(m.group(), known, names, lower), line)

    words = ("Ketua", "KPU", "Mochammad", "Presiden", "Joko", "Hardjosoewarno", "buka", "Budi", "Ab", "DPR", "Walid")
    texts = _random_strings(7, "aBxK ()1_.", words)
    texts += ["KetuaKPUMochammad hadir, PresidenJokoWiranggono. (OIKN)Basuki Hardjosoewarnobuka KetuaKPUMochammadBudi"]
    changed = 0
    for text in texts:
        seen = clean.words_seen(text)
        assert clean.unglue(text, *seen) == plain(text, *seen), text
        changed += clean.unglue(text, *seen) != text
    assert changed > 1000


def test_sentences_without_exclamation_or_question_marks_split_where_the_boundary_pattern_does(
    monkeypatch,
) -> None:
    texts = _random_strings(8, 'Ab .!?"”’)(H\n1', ("Dr. ", "Pj. Bupati", "kata. Ia", "A. Rahman"))
    bounds = [(0, None), (2, -3)]
    fast = [segment.split_sentences(t, lo, len(t) + hi if hi else None) for t in texts for lo, hi in bounds]
    monkeypatch.setattr(segment, "_BOUNDARY_AT_STOP", segment._BOUNDARY)
    assert fast == [segment.split_sentences(t, lo, len(t) + hi if hi else None) for t in texts for lo, hi in bounds]
    assert sum(len(spans) > 1 for spans in fast) > 1000


def test_guards_of_datelines_credits_and_nya_cues_hold_what_every_match_needs() -> None:
    rng = random.Random(31)
    slots = [
        ["", "kata Rudi.", "x", "timpal", "jelas"],
        ["", " ", "  ", "\n", "nya"],
        ["Mekarsari", "Sukamaju Baru", "(ab)", "(ab/cd)", "", "Sementara"],
        [" ", "", "\t"],
        ["(ANTARA)", "(Antara)", "(AP)", "(AFP)", "(Reuters)", "(antara)", "Editor", "Penulis", "editor", "(x)"],
        [" - ", " — ", "", ":", " : ", "nyaKata"],
        ["Bupati", "Rudi Hartawan", "x", ""],
    ]
    texts = ["Harga naik. Mekarsari (ANTARA) - Bupati Dewi", "jalan rusak. (dl) Editor: Dewi", "timpalnyaSementara"]
    texts += ["".join(rng.choice(slot) for slot in slots * rng.randint(1, 2)) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        if clean._MID_DATELINE.search(text):
            assert clean._names_a_wire(text), text
            found += 1
        if clean._CREDIT_INSIDE.search(text):
            assert clean._names_a_credit(text), text
            found += 1
        if clean._GLUED_NYA_CUE.search(text):
            assert clean._NYA_GLUED.search(text), text
            found += 1
    assert found > 1000
