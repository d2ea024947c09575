"""The fast forms of extraction's patterns and pre-filters find exactly what the plain forms find.

Each pattern below was rewritten only so the regex engine can skip ahead (a pattern that opens
with a set of characters is scanned for them; one that opens with a repeat, an alternation or
\\b is tried at every character), or is guarded by a cheap test for what any match must contain.
The plain form is kept here as the specification and compared on invented text and on random
strings over the characters the patterns care about.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from quotetrack.extract import around, cues, dating, mentions, pipeline, quotes, reported, speakers
from quotetrack.extract import words as words_module
from quotetrack.extract.words import lexicon
from quotetrack.text import clean, lang, segment
from quotetrack.text import lexicon as lexicon_module
from quotetrack.text.lexicon import word_list

_SAMPLES = 20_000
_ALPHABET = "aAbBnNyYsSMrLdDzZ .,!?\n\t\"“”„'’‘()[]:;-0123456789İıſ"
_INVENTED = [
    'Bupati Sukamaju Ahmad Fauzi mengatakan, "Kami siap." Ia menambahkan.\nKatanya, jalan itu rusak.',
    "''Kita lihat nanti,'' ujarnya. Mr. John Smith said on Monday. Ms Jane Doe (Janed) replied.",
    "PresidenJoko datang.Warga menyambut! HadimuljonoBuka acara?  KetuaKPUMochammad hadir.",
    "“Harga naik,” kata Gubernur. Lalu... Dr. A. Rahman berkata: “Tidak!” (Kamis, 3/10).",
]


def _random_strings(seed: int, alphabet: str = _ALPHABET) -> list[str]:
    rng = random.Random(seed)
    # Whole words too, so patterns that read words (weekdays, "dari", "Pj.") meet them.
    pieces = [*alphabet, "Senin", "Sabtu", "Sunday", "Jum’at", "Pj.", "dari ", " dan ", "Prof.", "kata", "’s"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(_SAMPLES)] + _INVENTED


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (
            around._SENTENCE_END,
            r"(?:(?<![\s.][A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)"
            r"(?<!\bLt)(?<!\bSt)(?<!\bHj)(?<!\bIr)(?<!\bKH)(?<!\bDrs)(?<!\bDra)(?<!\bTgk)(?<!\bPdt)(?<!\bProf)(?<!\bdr)"
            r"\.|[!?])[\"”’]?\s+(?=[\"“”]?[A-Z])|\n",
        ),
        (quotes._DOUBLE, r"(?:''|[\"“”„])+"),
        (segment._BOUNDARY, r"[.!?]+[\"”’')\]]*(?=\s+[\"“”‘'(\[]?[A-Z0-9])"),
        (
            dating._WEEKDAY,
            r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)",
        ),
        (
            speakers._CAPITALISED_RUN,
            rf"(?:[{speakers._CAPITAL}][\w.’'-]*|Pj\.\w+)"
            r"(?:(?:[ \t]+|,[ \t]+)(?:(?:dari|of|the|for|and|dan|de)\s+){0,2}"
            rf"(?:[{speakers._CAPITAL}][\w.’'-]*))*",
        ),
    ],
    ids=["sentence end", "double quote marks", "sentence boundary", "weekday", "capitalised run"],
)
def test_rewritten_patterns_match_the_same_spans(fast: re.Pattern[str], plain: str) -> None:
    reference = re.compile(plain)
    for text in _random_strings(1):
        assert _spans(fast, text) == _spans(reference, text), text
        # Bounded windows too: the callers search inside a stretch of the text.
        assert _spans(fast, text[3:-3]) == _spans(reference, text[3:-3]), text


def test_unglue_splits_the_same_words_as_with_every_capitalised_word_tried(monkeypatch) -> None:
    plain = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}(?:[A-Z][a-z]+)?[a-z]*\b")
    rng = random.Random(2)
    parts = [
        "Presiden",
        "Budi",
        "Joko",
        "Hadi",
        "muljono",
        "buka",
        "Subianto",
        "Prabowo",
        "KPU",
        "Wahid",
        "melapor",
        "x",
    ]
    lines = [
        " ".join(rng.choice(parts) + rng.choice(["", "", "Ab", "mu", "Dan", "Rudy"]) for _ in range(6))
        for _ in range(3000)
    ]
    lines += _random_strings(3, "abcdefgABCDEFG ().") + _INVENTED
    fast = [clean.unglue(line, *clean.words_seen(line)) for line in lines]
    monkeypatch.setattr(clean, "_LONG_CAPITALISED", plain)
    assert fast == [clean.unglue(line, *clean.words_seen(line)) for line in lines]


def test_guards_hold_what_every_match_needs() -> None:
    for text in _random_strings(4, "nyaNYAkt ,.MrsLdiy"):
        if reported._NYA_LEAD.search(text):
            assert "nya" in text and "," in text
        if speakers._GENDER_TITLE.search(text):
            assert any(title in text for title in speakers._GENDER_TITLES)
    assert speakers._GENDER_TITLE.search("kata Mrs Brown") and "Mr" in speakers._GENDER_TITLES


def test_casefold_maps_whitespace_and_separators_only_to_themselves() -> None:
    """What folding a whole stretch before splitting it (may_have_post, detect_language) rests on."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = char.casefold()
        if char.isspace() or char in ",()\n":
            assert folded == char
        else:
            assert not any(c.isspace() or c in ",()\n" for c in folded), hex(code)


def test_folded_forms_agree_with_folding_word_by_word() -> None:
    roles = lexicon("id").roles
    for text in [*_random_strings(5, "aBİıſ ,()\nK"), "Kata Bupati, (Gubernur) dan WALI  kota", "ǅemal (ẞ) İl"]:
        words = text.split()
        assert around.may_have_post(text, len(text), len(text), lexicon("id")) == any(
            w.strip(",()").casefold() in roles for w in text[max(0, len(text) - 200) :].split()
        )
        assert "\n".join(words).casefold().split("\n") == [w.casefold() for w in words] or not words


def test_detect_language_counts_as_word_by_word() -> None:
    def plain(text: str) -> str:
        id_words = lang.word_set("quotetrack.text", "stopwords_id.txt")
        en_words = lang.word_set("quotetrack.text", "stopwords_en.txt")
        id_hits = en_hits = 0
        for word in re.findall(r"[^\W\d_]+", text[: lang._SAMPLE_CHARS]):
            id_hits += word.casefold() in id_words
            en_hits += word.casefold() in en_words
        return "en" if en_hits > id_hits else "id"

    rng = random.Random(6)
    vocabulary = ["the", "THE", "and", "yang", "Dan", "DI", "İni", "itu", "said", "is", "adalah", "x", "ſo", ""]
    for _ in range(3000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 30)))
        assert lang.detect_language(text) == plain(text), text


def test_word_evidence_reads_capitalised_words_as_the_pattern_does() -> None:
    capitalised = re.compile(r"[A-Z][a-z]")
    for text in _random_strings(7, "AaZzÀàbB kata di (Pamulang) ,."):
        for word in lexicon_module.TOKEN.findall(text):
            assert ("A" <= word[0] <= "Z" and "a" <= word[1:2] <= "z") == bool(capitalised.match(word))


def test_capitalised_runs_are_the_same_with_one_word_runs_skipped() -> None:
    """Runs of one word hold no "role + name": skipping them before they are cut changes nothing."""
    registry = speakers.Registry(lexicon("id"))

    def plain(text: str) -> list[tuple[int, str]]:
        runs = []
        for run in speakers._CAPITALISED_RUN.finditer(text):
            start = run.start()
            for piece in speakers._sentences_of(run.group()):
                for part_start, part in registry._people_in(piece):
                    if " " in part.strip():
                        lead = len(part) - len(part.lstrip())
                        runs.append((start + part_start + lead, part.lstrip()))
                start += len(piece)
        return runs

    text = "Kepala Dinas Kesehatan Budi Santoso hadir. Budi mengatakan jalan rusak. Warga Setuju."
    assert [printed for _, printed in registry._runs(text)] == ["Kepala Dinas Kesehatan Budi Santoso", "Warga Setuju."]
    for text in [*_random_strings(8, "AbCde d,.\t\nPj"), "Gubernur X dan Wali Kota Yanto. Recently Ab\tCd"]:
        assert registry._runs(text) == plain(text), text


def test_masked_windows_blank_what_the_character_loop_blanked() -> None:
    def plain(text: str, lo: int, hi: int) -> str:
        chunk = list(text[lo:hi])
        inside = False
        for i, ch in enumerate(chunk):
            if ch in dating._QUOTES:
                if i == 0 or i == len(chunk) - 1:
                    continue
                inside = not inside
                continue
            if inside:
                chunk[i] = " "
        return "".join(chunk)

    for text in _random_strings(9, 'ab "“”„«»,.'):
        for lo, hi in ((0, len(text)), (2, len(text) - 1), (1, 3), (5, 4)):
            assert dating._masked(text, lo, hi) == plain(text, lo, hi), (text, lo, hi)


def test_sentences_are_the_spans_of_the_plain_split() -> None:
    for text in _random_strings(10, 'Ab .!?"”(H\n1'):
        spans = segment.split_sentences(text)
        assert all(text[s.start : s.end] == text[s.start : s.end].strip() != "" for s in spans)
        # What lies between consecutive sentences is white space only.
        gaps = [text[a.end : b.start] for a, b in zip(spans, spans[1:], strict=False)]
        assert all(not gap.strip() for gap in gaps), text


def test_letter_words_are_the_pattern_s_words() -> None:
    plain = re.compile(r"[^\W\d_]+")
    texts = _random_strings(11, "ab CD_1²½é\u0301İ’'-,.\n\t\u00a0ŉǅ٣")
    for text in [*texts, "Kata Bupati, “kami siap” pukul 10.30 WIB_x ²3 ǅemal"]:
        assert sorted(lexicon_module.letter_words(text)) == sorted(plain.findall(text)), text


def test_the_lexicon_is_built_once_per_language() -> None:
    # Caches keyed on the lexicon (parsed mentions, posts) hit only when it is the same object:
    # a lexicon rebuilt per article made extraction 2.6 times slower.
    assert lexicon("id") is lexicon("id") and lexicon("en") is lexicon("en")


_ROOTS = word_list("quotetrack.extract", "speech_roots_id.txt")
_WORD_LISTS = {
    "speech verbs": word_list("quotetrack.extract", "speech_verbs_id.txt"),
    "speech roots": _ROOTS,
    "-nya cues": tuple(w if w.endswith("nya") and len(w) > 5 else w + "nya" for w in _ROOTS),  # "tanya": tanyanya
    "English verbs, as if case-blind": word_list("quotetrack.extract", "speech_verbs_en.txt"),
}


@pytest.mark.parametrize("name", list(_WORD_LISTS))
def test_word_patterns_find_what_the_plain_alternation_finds(name: str) -> None:
    words = _WORD_LISTS[name]
    fast = words_module.word_pattern(words)
    plain = re.compile(rf"\b(?:{words_module._alternation(words)})\b", re.IGNORECASE)
    rng = random.Random(12)
    # Whole words in every case, cut words, and what sits around words: letters the case-blind
    # match also takes (K, İ, ı, ſ), word characters that are not letters, spaces and breaks.
    several = [w for w in words if " " in w]  # "memberikan keterangan": white space inside
    pieces = [
        *rng.sample(words, min(12, len(words))),
        *several[:6],
        "kata",
        "ber",
        "me",
        "s",
        "K",
        "\u212a",
        "İ",
        "ı",
        "ſ",
    ]
    pieces += [*" ,.\n_1éx", "  ", "nya"]
    texts = ["Ia mengatakan, kata Budi. Katanya he SAID it; she told them. Dikatakan Berkata"]
    for _ in range(_SAMPLES // 4):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        texts.append("".join(c.upper() if rng.random() < 0.2 else c for c in text))
    found = 0
    for text in texts:
        assert _spans(fast, text) == _spans(plain, text), text
        found += len(_spans(plain, text))
        lo, hi = rng.randint(0, len(text)), rng.randint(0, len(text))
        assert [m.span() for m in fast.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]
        assert [fast.match(text, at, hi) and fast.match(text, at, hi).span() for at in range(len(text))] == [
            plain.match(text, at, hi) and plain.match(text, at, hi).span() for at in range(len(text))
        ], text
        assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text)), text
    assert found > len(texts) // 10  # the strings hold words to find, not only near misses


def test_case_blind_letters_are_the_two_cases_and_the_extras() -> None:
    """What word_pattern's set of first letters rests on: no other character matches a Latin
    letter under re.IGNORECASE."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    found = {chr(code) for code in range(sys.maxunicode + 1) if letter.fullmatch(chr(code))}
    assert found == {*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", *words_module._CASE_EXTRAS}


def test_the_indonesian_lexicon_uses_the_fast_word_patterns() -> None:
    lex = lexicon("id")
    assert lex.verb_re.pattern == words_module.word_pattern(_WORD_LISTS["speech verbs"]).pattern
    assert lex.root_re.pattern == words_module.word_pattern(_ROOTS).pattern
    assert lex.nya_re.pattern == words_module.word_pattern(_WORD_LISTS["-nya cues"]).pattern
    with pytest.raises(ValueError):
        words_module.word_pattern(["kata", "’s"])


def test_english_has_no_nya_cue() -> None:
    nya = lexicon("en").nya_re
    assert not any(nya.search(text) for text in [*_random_strings(13, "xXnya ."), "x", "xx", "katanya"])


def test_word_evidence_is_what_a_loop_over_every_token_reads() -> None:
    lex = lexicon("id")
    evidence = around._evidence_words(lex)

    def plain(text: str) -> around.WordEvidence:
        words = lexicon_module.TOKEN.findall(text)
        places, short = set(), set()
        for i, word in enumerate(words):
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            alone = not (after[:1].isupper() or after == "(")
            if re.match(r"[A-Z][a-z]", word):
                if alone and before.casefold() in evidence.place_triggers:
                    places.add(word.casefold())
                if (alone and before.casefold() in evidence.roots) or (
                    after.casefold() in evidence.verbs and not (before[:1].isupper() or before == ",")
                ):
                    short.add(word.casefold())
            elif re.fullmatch(r"[A-Z]{2,6}", word) and (
                (before.islower() and alone) or (before == "(" and after == ")")
            ):
                places.add(word.casefold())
        return around.WordEvidence(frozenset(places), frozenset(short), frozenset(filter(str.islower, words)))

    texts = ["Warga di Pamulang, kata Hifdzil. Pihak PLN menyebut (BKN) Haedar menambahkan di Ab CD"]
    rng = random.Random(14)
    pieces = ["di ", "kata ", "menambahkan", "Pamulang", "PLN", "Ab", "(", ")", ",", " ", "É", "x1", "ABCDEFG", "\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(_SAMPLES // 2)]
    results = [around.word_evidence(text, lex) for text in texts]
    assert results == [plain(text) for text in texts]
    assert sum(bool(r.places) for r in results) > 300 and sum(bool(r.short_names) for r in results) > 300


@pytest.mark.parametrize("lookback", [400, 6])
def test_sentence_starts_read_from_the_whole_text_are_the_window_s(monkeypatch, lookback: int) -> None:
    monkeypatch.setattr(around, "_SENTENCE_LOOKBACK", lookback)
    texts = [*_random_strings(15, 'ab C.!?\n "“”’')[:4000], *_INVENTED]
    fast_paths = 0
    for text in texts:
        for position in range(len(text) + 1):
            expected = around._sentence_start_in_window(text, position)
            assert around.sentence_start(text, position) == expected, (text, position)
            fast_paths += expected != max(0, position - lookback)
    assert fast_paths > 2_000  # many positions had a sentence end to find


def test_no_response_guard_lets_every_match_through() -> None:
    texts = ["Ia belum merespons. He declined to comment; she HAS NOT replied", "İa tıdak dikonfirmaſi"]
    rng = random.Random(16)
    pieces = ["belum ", "TIDAK ", "tak ", "merespons", "menjawab", "declined to comment", "has not replied"]
    pieces += ["Did not respond", "could not be reached", "ha", " ", ",", "İ", "ı", "ſ", "\u212a", "x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES)]
    hits = 0
    for text in texts:
        for start, end in ((0, len(text)), (2, len(text) - 3)):
            expected = speakers._NO_RESPONSE.search(text, start, end) is not None
            assert speakers._says_no_response(text, start, end) == expected, (text, start, end)
            hits += expected
    assert hits > 1000


def test_list_joiners_are_cut_as_without_the_guard(monkeypatch) -> None:
    registry = speakers.Registry(lexicon("id"))
    texts = ["Gubernur X dan Wali Kota Y", "Menteri Sosial X, Gubernur Banten Y", *_random_strings(17, "Ab ,\t")]
    texts += _random_strings(18, "dan Bupati ,serta Gubernur Wali Kota")
    fast = [registry._people_in(text) for text in texts]
    monkeypatch.setattr(speakers, "_LIST_JOINER_WORDS", ("",))  # every piece goes to the pattern
    assert fast == [registry._people_in(text) for text in texts]
    assert fast[0] == [(0, "Gubernur X"), (15, "Wali Kota Y")]


def test_the_word_before_a_dot_is_what_the_search_finds() -> None:
    texts = [*_random_strings(19, "aB1_.\n -’é"), "Pj. Bupati H. Imran Dr.\n. x"]
    for text in texts:
        for dot in range(len(text) + 1):
            match = segment._WORD_BEFORE.search(text, max(0, dot - 20), dot)
            assert segment._word_before(text, dot) == (match.group(1) if match else None), (text, dot)


def test_relative_day_words_are_the_plain_pattern_s() -> None:
    plain = re.compile(
        r"\b(kemarin|yesterday|last night|tadi malam|hari ini|today(?!\s+(?:programme|program|show)))\b", re.IGNORECASE
    )
    rng = random.Random(20)
    pieces = ["kemarin", "Yesterday", "HARI INI", "hari  ini", "today", "\u212aemarin", "ı", "x", " ", "_", "1", ","]
    pieces += ["Last night", "tadi malam", " programme", "last  night"]
    texts = ["Kata dia kemarin, yesterday and TODAY; hari ini juga", *_random_strings(21, "kemarin todayHKT ")]
    texts += ["said last night, on the Today programme", "tadi malam; today show"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES // 2)]
    found = 0
    for text in texts:
        for at in (0, 1, 3):
            spans = [m.span() for m in plain.finditer(text, at)]
            assert [m.span() for m in dating._RELATIVE_WORD.finditer(text, at)] == spans, (text, at)
            found += len(spans)
    assert found > 1000


def test_inline_junk_is_dropped_as_by_the_whole_line_substitution() -> None:
    rng = random.Random(22)
    pieces = [
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "SCROLL",
        "ADVERTISEMENTS",
        " ",
        "  ",
        "\t",
        "x",
        "é",
        ",",
        "\u00a0",
        "\u2003",
    ]
    lines = ["Kata Bupati ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT jalan rusak.", "xADVERTISEMENT x"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(_SAMPLES)]
    for line in lines:
        if "ADVERTISEMENT" in line or "SCROLL" in line:
            assert clean._drop_inline_junk(line) == clean._INLINE_JUNK.sub(" ", line), line


def test_trailing_initials_need_a_closing_bracket_at_the_end() -> None:
    for text in [*_random_strings(23, "ab (/) .\n\t"), "Jalan rusak. (abc/de) ", "(ab)\n"]:
        if clean._TRAILING_INITIALS.search(text):
            assert text.rstrip().endswith(")"), text
    assert clean._TRAILING_INITIALS.search("Jalan itu rusak. (ant/ab) ")


def test_nickname_clause_is_cut_as_by_the_plain_substitution() -> None:
    rng = random.Random(24)
    pieces = ["disapa", "DISAPA", "dipanggil", "alias", "a.k.a.", "a.k.a", "dikenal", "lebih", "known", "KNOWN"]
    pieces += ["better", "as", "atau", "yang", "akrab", " ", ",", "\t", "\n", "x", "R", "\u212anown", "ſ", "İ", "("]
    pieces += ["dİsapa", "dısapa", "aliaſ", "DİKENAL", "\u212aNOWN", "a.\u212a.a", "’", "é", "dipanggİl"]
    texts = ["Bupati Mekarsari Rudi Hartawan yang akrab disapa Kang Rudi", "Dewi Lestari, better known as Dee"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(_SAMPLES)]
    cut = 0
    for text in texts:
        plain = mentions._NICKNAME_CLAUSE.sub("", text)
        assert mentions._without_nickname_clause(text) == plain, text
        cut += plain != text
    assert cut > 1000


def test_every_name_then_relative_post_holds_the_clause_its_guard_finds() -> None:
    rng = random.Random(25)
    slots = [
        ["", "x", "Rudi", "Rudi Hartawan", "Dewi  Al-Amin", "kata", "\n"],
        ["", ",", " ", "\t", "  "],
        ["yang", "Yang", "yan", ""],
        [" ", "\t", "", "\n", " juga ", " kini ", " juga  kini "],
        ["merupakan", "menjabat", "menjabatnya", "", "juga"],
        ["", " Ketua", "x", ".", "_"],
    ]
    texts = ["Rudi Hartawan yang juga merupakan Ketua", "Dewi, yang kini menjabat wakil bupati", "yang merupakan"]
    texts += ["".join(rng.choice(slot) for slot in slots * rng.randint(1, 2)) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        if speakers._NAME_THEN_RELATIVE.search(text):
            assert speakers._RELATIVE_POST_CLAUSE.search(text), text
            found += 1
    assert found > 200


def test_documents_issued_are_found_as_by_the_plain_pattern() -> None:
    rng = random.Random(26)
    slots = [
        ["", "x", "said", "within", "\u212a", "İ"],
        [" ", "\n", "", "  "],
        ["in", "IN", "published", "Released", "issued", "ın", "publiſhes", "x"],
        [" ", "\t", "", "-"],
        ["a", "its", "THEIR", "an", "ıts", "the"],
        [" ", " new ", " annual audit ", " long-awaited ", ""],
        ["report", "study", "Review", "paper", "AUDIT", "assessment", "papers", "ſtudy", "audıt", "x"],
        ["", ".", " on", "s"],
    ]
    texts = ["The charity said in a report on Monday", "Mekarsari council published its annual audit"]
    texts += ["".join(rng.choice(slot) for slot in slots * rng.randint(1, 2)) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        plain = [(m.start(), m.group(1).casefold()) for m in pipeline._ISSUED_IN.finditer(text)]
        assert pipeline._issued_in(text) == plain, text
        found += len(plain)
    assert found > 300


@pytest.mark.parametrize("cue", ["katanya", "kata", "said", "Menurut", "aa", "ujar Bupati", "x-y"])
def test_cues_are_found_where_the_case_blind_pattern_finds_them(cue: str) -> None:
    rng = random.Random(27)
    pieces = [cue, cue.upper(), cue.capitalize(), "katanyaa", "aaa", "x", "-", " ", "\n", ",", "_", "1", "é"]
    pieces += ["İ", "ı", "ſ", "\u212a", "kata nya", "SAID"]
    texts = ["Rudi Hartawan katanya, kata Dewi. Menurut Bupati Mekarsari, said Dewi"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES // 4)]
    found = 0
    for text in texts:
        plain = [m.span() for m in dating._cue_pattern(cue).finditer(text)]
        assert [m.span() for m in dating._cues_in(cue, text)] == plain, text
        found += len(plain)
    assert found > 200


def test_a_post_s_ordinal_is_found_as_by_the_search_of_the_whole_reach() -> None:
    rng = random.Random(28)
    slots = [["", "x ", "Kata ", "\n"], ["Presiden", "Wakil Ketua", "Bupati Mekarsari", "rudi", ""], [" ", "  ", "\t"]]
    slots += [["ke-7", "ke-12", "ke-", "ke-123", "Ke-7", "ke7"], [" ", "", "\n"], ["RI Rudi Hartawan", "Dewi", ""]]
    texts = ["Presiden ke-7 RI Rudi Hartawan", "x" * 70 + " Bupati ke-2 Dewi"]
    texts += ["".join(rng.choice(slot) for slot in slots * rng.randint(1, 3)) for _ in range(_SAMPLES // 4)]
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            plain = speakers._POST_ORDINAL_BEFORE.search(text, max(0, start - 60), start)
            fast = speakers._post_ordinal_before(text, start)
            assert (fast and fast.span()) == (plain and plain.span()), (text, start)
            found += plain is not None
    assert found > 1000


def test_state_names_are_found_as_by_the_pattern_opening_with_a_word_boundary() -> None:
    names = sorted(words_module.state_names() - {"Washington"}, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b(?![ \t]+[A-Z])")
    rng = random.Random(29)
    pieces = ["Ohio", "New York", "North Carolina", "Carolina", "Virginia", "West Virginia", "Kansas", "Arkansas"]
    pieces += ["xOhio", "_", "1", "é", " ", "\t", "\n", "State", "Cardinals", ",", ".", "-", "'s", "Washington"]
    texts = ["Gov. Rudi Hartawan of Ohio said the Arizona Cardinals and Ohio State University"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        spans = _spans(plain, text)
        assert _spans(pipeline._state_names(), text) == spans, text
        found += len(spans)
    assert found > 5000


def test_every_unnamed_group_with_a_place_holds_the_place_word_its_guard_finds() -> None:
    rng = random.Random(30)
    slots = [["", "Republican ", "the ", "Some "], ["lawmakers", "officials", "aides", "MPs", "x"]]
    slots += [[" ", "  ", "\t", "\n", ""], ["in", "from", "at", "In", "inat", "x"], [" ", "\t", "", "  "]]
    slots += [["Washington", "Mekarsari", "New York City", "x", "Sukamaju Baru Raya"], ["", " ", ".", " said"]]
    texts = ["Republican lawmakers in Washington", "officials from Mekarsari"]
    texts += ["".join(rng.choice(slot) for slot in slots) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        if mentions._UNNAMED_WHERE.search(text):
            assert mentions._WHERE_WORD.search(text), text
            found += 1
    assert found > 1000


def test_police_forces_and_owners_hold_what_their_guards_test() -> None:
    rng = random.Random(31)
    pieces = ["police", "Police", "POLICE", "polİce", "polıce", "the", "Mekarsari", "County", "x", "'s", "’", "s'"]
    pieces += [" ", "\t", "\n", "Rudi", "Hartawan", "Dewi's", "-", "."]
    texts = ["Mekarsari County police", "the police", "Dewi Lestari's Rudi Hartawan"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES)]
    forces = owners = 0
    for text in texts:
        stripped = text.strip()
        if mentions._POLICE_FORCE.fullmatch(stripped):
            assert not stripped[-6:].isascii() or stripped[-6:].lower() == "police", text
            forces += 1
        if mentions._OWNER_FIRST.match(text):
            assert "'" in text or "’" in text, text
            owners += 1
    assert forces > 1000 and owners > 50


def test_gender_titles_are_found_as_by_the_pattern_opening_with_a_word_boundary() -> None:
    plain = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)")
    rng = random.Random(32)
    pieces = ["Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Misses", "xMr", "Mr.", ".", " ", "\n"]
    pieces += ["Rudi", "Hartawan", "Dewi", "O'Hara", "a", "_", "1", "é", "Ms Dewi"]
    texts = ["Mr Rudi Hartawan and Mrs. Dewi Lestari met Lady Mekarsari", "AMr X, Sir John"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        matches = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in speakers._GENDER_TITLE.finditer(text)] == matches, text
        found += len(matches)
    assert found > 1000


def test_mention_words_split_as_the_non_space_pattern_found_them() -> None:
    """A mention's words are read with str.split(), which cuts at the same white space as \\S+
    (both ask Py_UNICODE_ISSPACE), the unusual kinds included."""
    spaces = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
    rng = random.Random(33)
    pieces = [*spaces, "Rudi", "Hartawan", "(28)", ",", "a", "\u200b", "\ufeff", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES)]
    for text in texts:
        assert text.split() == re.findall(r"\S+", text), repr(text)


def test_mention_guards_hold_what_every_match_needs() -> None:
    rng = random.Random(34)
    pieces = ["(", ")", "28", "1", "'s", "’s", "s", "'", "\n", " ", "\t", "Dinas", "itu", "tersebut", "ini", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES)]
    texts += ["(" + "".join(rng.choice("0123)") for _ in range(rng.randint(0, 5))) for _ in range(1000)]
    ages = possessives = bodies = 0
    for text in texts:
        if mentions._AGE.fullmatch(text):
            assert text[:1] == "(", text
            ages += 1
        if mentions._POSSESSIVE_END.search(text):
            assert text.endswith(mentions._POSSESSIVE_END_SHAPES), repr(text)
            possessives += 1
        if mentions._BODY_EPITHET_ID.fullmatch(text.strip()):
            assert text.strip().endswith(mentions._BODY_EPITHET_ENDS), text
            bodies += 1
    assert ages > 100 and possessives > 1000 and bodies > 50


def test_balinese_names_start_where_every_start_was_tried() -> None:
    def plain(tokens: list[str], end: int) -> int | None:
        for k in range(max(0, end - mentions._MAX_NAME_TOKENS - 2), end - 1):
            if not all(t[:1].isupper() for t in tokens[k + 1 : end]):
                continue
            if tokens[k] in ("I", "Ni") and k < end - 2 and mentions._key(tokens[k + 1]) in mentions._BALINESE_ORDER:
                return k
            if tokens[k] in mentions._BALINESE_CASTE_WORDS or (
                k < end - 2 and (tokens[k], tokens[k + 1]) in mentions._BALINESE_CASTE_TITLES
            ):
                return k
        return None

    rng = random.Random(35)
    pieces = ["I", "Ni", "Wayan", "Luh", "Ida", "Bagus", "Anak", "Agung", "Cokorda", "Sutarja", "kata", "dan", ""]
    found = 0
    for _ in range(_SAMPLES):
        tokens = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
        for end in range(len(tokens) + 1):
            start = plain(tokens, end)
            assert mentions._balinese_name_start(tokens, end) == start, (tokens, end)
            found += start is not None
    assert found > 1000


def test_a_word_after_the_first_token_is_found_where_the_loop_found_it() -> None:
    def by_loop(tokens: list[str], word: str) -> int | None:
        return next((k for k, t in enumerate(tokens) if k and t == word), None)

    rng = random.Random(36)
    pool = ["kepada", "yang", "Kepada", "Andi", "Wartawan", "Bupati", "yang,", ""]
    samples = [[rng.choice(pool) for _ in range(rng.randint(0, 6))] for _ in range(_SAMPLES)]
    for tokens in samples + [["kepada"], ["kepada", "kepada"], ["Rina", "Wulandari", "kepada", "wartawan"]]:
        for word in ("kepada", "yang"):
            assert mentions.index_after_first(tokens, word) == by_loop(tokens, word), (tokens, word)


def test_quote_then_back_pairs_are_every_closing_quote_before_every_head() -> None:
    pairs = {f"{q} {head}" for q in reported.CLOSING_QUOTES[:2] for head in reported.BACK_HEADS}
    assert set(pipeline._QUOTE_THEN_BACK) == pairs
    assert '" Hal ' in pipeline._QUOTE_THEN_BACK and "” Demikian " in pipeline._QUOTE_THEN_BACK


def test_wide_gaps_are_found_where_the_look_behind_form_found_them() -> None:
    plain = re.compile(r"(?<=[^\W\d_]) {2,}(?=[A-Z])")
    rng = random.Random(361)
    pieces = [" ", "  ", "   ", "a", "A", "é", "É", "9", "_", ".", "\n", "\t", "Budi", "kata"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES)]
    texts.append("kata Kabid Humas, Darma Wirasena  Darma Wirasena di lokasi.  Lalu 9  Budi _  Ani")
    assert clean._WIDE_GAP.pattern.startswith(" ")  # (scanned for spaces, not tried at every character)
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in clean._WIDE_GAP.finditer(text)] == spans, repr(text)
        found += len(spans)
    assert found > 500


def test_read_also_links_open_where_the_alternation_opened_them() -> None:
    plain = re.compile(r"(?:baca|simak|lihat|tonton)\s+(?:juga|pula)(?:\s+vid(?:e|i)o)?\s*:")
    rng = random.Random(362)
    pieces = ["baca", "simak", "lihat", "tonton", "bbaca", "a", "s", " ", "\n", "juga", "pula", " video", " vidio", ":"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(_SAMPLES)]
    assert clean._READ_ALSO_LOWERED.pattern.startswith("[bslt]")  # (scanned for the first letters)
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in clean._READ_ALSO_LOWERED.finditer(text)] == spans, repr(text)
        found += len(spans)
    assert found > 20


def test_a_nickname_at_a_mention_s_end_holds_one_of_the_two_verbs() -> None:
    rng = random.Random(363)
    pieces = ["disapa", "dipanggil", "Disapa", " ", '"', "“", "”", "'", "Kang", "Ujang", "x", "-", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        if mentions._NICKNAMED_LAST.search(text):
            assert "disapa" in text or "dipanggil" in text, repr(text)
            found += 1
    assert found > 100


def test_a_mention_without_either_verb_never_runs_the_nickname_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return plain.search(text)

    plain = mentions._NICKNAMED_LAST
    monkeypatch.setattr(mentions, "_NICKNAMED_LAST", Counted())
    lex = lexicon("id")
    assert mentions._parse_mention("Bupati Sukamaju Ahmad Fauzi", lex) is not None
    assert searched == []
    read = mentions._parse_mention("pria yang akrab disapa Kang Ujang", lex)
    assert searched and read is not None and read.pronoun


def test_clauses_start_where_the_alternation_of_sets_started_them() -> None:
    plain = re.compile(r"[.!?;](?=\s)\s*|[\"“”]\s*|\n")
    rng = random.Random(364)
    pieces = [".", "!", "?", ";", '"', "“", "”", "\n", " ", "\t", "a", "B", ",", "'", "said"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(_SAMPLES)] + _INVENTED
    assert cues._CLAUSE_START.pattern.startswith('[.!?;\\"“”\\n]')  # (one set of every opening mark, scanned for)
    found = 0
    for text in texts:
        for lo, hi in ((0, len(text)), (1, max(1, len(text) - 1))):
            spans = [m.span() for m in plain.finditer(text, lo, hi)]
            assert [m.span() for m in cues._CLAUSE_START.finditer(text, lo, hi)] == spans, repr(text)
            found += len(spans)
    assert found > 10_000


def test_a_member_s_post_after_a_name_ends_the_mention() -> None:
    plain = re.compile(r"[a-z][,]?\s+(MP|MSP|MS|MLA|MEP|TD|AM)$")
    assert mentions._MEMBER_AFTER_NAME.pattern == plain.pattern
    rng = random.Random(365)
    pieces = ["MP", "MSP", "MS", "MLA", "MEP", "TD", "AM", "M", "P", "Blythe", "a", ",", " ", "\n", "\t", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(_SAMPLES)]
    found = 0
    for text in texts:
        if plain.search(text):
            assert text.endswith(mentions._MEMBER_AFTER_ENDS), repr(text)
            found += 1
    assert found > 100


def test_an_article_is_read_for_nickname_hints_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    plain = speakers._hints_nickname

    def counted(text: str) -> bool:
        read.append(text)
        return plain(text)

    monkeypatch.setattr(speakers, "_hints_nickname", counted)
    text = 'Camat Sukaraja yang biasa disapa Pak Darto mengatakan, "Pasar dibuka bulan depan," kata Darto.'
    registry = speakers.Registry(lexicon("id"))
    registry.scan(text)
    assert plain(text)  # (the article does introduce a nickname: both readings are needed)
    assert read == [text]


def test_a_case_turn_is_found_in_the_lines_the_lower_case_first_form_found_it_in() -> None:
    plain = re.compile(r"[a-z][A-Z]")
    assert clean._CASE_TURN.pattern.startswith("[A-Z]")  # (scanned for capitals, the fewer)
    rng = random.Random(366)
    pieces = ["a", "z", "A", "Z", "é", "É", " ", "\n", "1", "kata", "Bupati", "KPU", "-"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(_SAMPLES)] + _INVENTED
    turns = 0
    for text in texts:
        assert (clean._CASE_TURN.search(text) is None) == (plain.search(text) is None), repr(text)
        turns += plain.search(text) is not None
    assert 1000 < turns < len(texts) - 1000
