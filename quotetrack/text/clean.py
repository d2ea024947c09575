"""Turn a raw article file into the stored article text and the metadata its lines carry.

Metadata (title, dateline, date, byline) is read before the lines that carry it are dropped;
the returned text is the one every statement offset refers to.
"""

from __future__ import annotations

import re
from datetime import date

import ftfy

from quotetrack.text.dates import MONTHS, WEEKDAYS, FoundDate, find_dates, first_found_date, weekday_contradicts
from quotetrack.text.lang import detect_language
from quotetrack.text.lexicon import case_blind_finditer, letter_words, word_set
from quotetrack.text.meta import ArticleMeta
from quotetrack.text.stem import is_dictionary_word

# Characters dropped, and spaces made plain: each is looked for with `in` (a fast search for one
# character) rather than by a pattern, whose set is tested at every character of the article.
_CONTROL_CHARS = "".join(
    map(chr, (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x200B, 0x200E), 0x2060, 0xFEFF))
)
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
_SPACES = "\u00a0\u2007\u202f\u3000\t"
_JUNK_LINE = re.compile(
    r"^\s*(?:baca\s+juga\s*:?|simak\s+juga|lihat\s+juga\s*:|scroll\s+to\s+continue|advertisement|"
    # A video's title after the article ("Lihat juga Video Prabowo Hormat ke Guru ...").
    r"(?:lihat|tonton|simak|saksikan)\s+(?:juga\s+)?(?:video|vidio)\b|"
    r"iklan\s*$|\d+\s+komentar|posting\s+komentar|komentar\s*$|share\s*:|bagikan\s*:|"
    r"foto\s*:|\(?foto\s*:|ilustrasi\s*[:(]|caption\s*:|tags?\s*:|topik\s*:|photo\s*:|"
    # ("Keterangan foto: Petani memanen padi ... 'Harga turun,' keluh seorang petani.")
    r"keterangan\s+(?:foto|gambar)\s*:|"
    # (a related link's label, a photo's credit or caption: "Related Story ...", "Image copyright
    # Getty Images", "Image caption ...", "Media caption ...")
    r"related\s+stor(?:y|ies)\b|image\s+(?:copyright|caption)\b|media\s+caption\b|"
    # A gallery's caption, numbered: "1 of 2. A general view of Gartnavel General Hospital ..."
    r"\d{1,2}\s+of\s+\d{1,2}\.\s|"
    r"enter\s+your\s+email|sign\s+up\s+for|follow\s+us|related\s*:|read\s+more\s*:|"
    # A related article's headline with its link's label: "Brackett hails foreign policy shift on
    # surprise visit to US troops in Iraq Read more"
    r"[^\n\"“”]{10,200}\s(?-i:Read more)\s*$|"
    # ("(Subscribe to POLITICO's Off Message podcast with Glenn Thrush.)": a promotion in brackets)
    r"\((?:subscribe|listen|sign\s+up|follow|watch|read|download)\b[^()]*\)\s*$|"
    # The editors' note on a change to the story, and a video's title in brackets: nobody's words
    # ("CLARIFICATION: The first sentence has been clarified to reflect that ...", "[Video: FULL
    # SPEECH: President Obama Speech at ...]")
    r"(?:clarification|correction|editor['’]?s['’]?\s+note)\s*:|\[(?:video|watch|photo|image)\s*:[^\]]*\]\s*$|"
    # A photo's caption that ends with its credit ("Wakapolri Tinjau Dapur Umum ... (Foto: Dok. Istimewa)")
    # or opens with it ("KOMPAS.com/ADHYASTA DIRGANTARA Menko PMK Pratikno saat mengecek ...")
    r"[^\"“”]{0,300}\((?:foto|dok\.?|dokumentasi|ilustrasi)\b[^()]*\)\s*$|"
    r"[\w-]+\.(?:com|co\.id|id|net)/(?-i:[A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]*)*)\s)",
    re.IGNORECASE,
)
# A photo's credit glued to the end of a paragraph by the scraper, right after its full stop
# ("... akan digelar pekan depan.(Foto: Dok. KPU Jabar)"): a caption sets it off with a space.
_GLUED_PHOTO_CREDIT = re.compile(r"[.!?][\"”]?\((?i:foto|dok\.?|dokumentasi|ilustrasi)\b[^()]*\)$")
# A script a scraper kept from the page ("function nwsLetterSubmit() {", 'window.location.href =
# "https://...";', "}else{", "googletag.cmd.push(...);"): a line of code ends with ; { or }, and
# opens with a keyword, a dotted name assigned or called, or a brace.
_CODE_LINE = re.compile(
    r"(?:\}\s*)?(?:(?:var|let|const|function|return|if|else|for|while)\b|[A-Za-z_$][\w$]*(?:\.[\w$]+)+\s*[=(])"
    r"[^\n]*[;{}]$|[{}();\s]+$"
)
# A photo caption ends with its credit: "... Minggu (19/11/2023). SERAMBINEWS.COM/NAME",
# "(ANTARA FOTO/Name)", "KOMPAS.com/Name", "(Dok. Humas Polres)/Istimewa". Its date is the
# photo's, and it says nothing anyone said.
_CAPTION_CREDIT = re.compile(
    r"(?i:\b[a-z0-9]+\.(?:com|co\.id|id)|\bantara foto|\bantara|\bdok\.?(?: [^/\n]{1,40})?)/[A-Z][\w .'’/-]{1,60}\)?$"
)


def _is_caption(line: str) -> bool:
    """Whether a line ends with a photo credit. Most lines holding "/" hold a date ("(19/11)"):
    the pattern is tried only on the end of a line whose last "/" is followed by a capitalised
    name without digits (scanning each such line whole was 7% of extraction)."""
    line = line.rstrip()
    slash = line.rfind("/")
    after = line[slash + 1 :]
    if not after[:1].isupper() or len(after) > 60 or any(ch.isdigit() for ch in after):
        return False
    return _CAPTION_CREDIT.search(line, max(0, slash - 60)) is not None


# A paragraph that quotes someone, then the wire's photo or agency credit in brackets after its
# last sentence ('... ," katanya. (ANTARA/Yudi)'): the credit goes, the paragraph stays.
# (A quote closes after its punctuation: the apostrophe of "Jum'at" in a caption opens nothing.)
_QUOTED_THEN_CREDIT = re.compile(r"[,.!?][\"”’']+\s*[a-z][^\"”“]{0,60}[.!?]\s+\([^()]{2,60}\)\s*$")


def _without_caption(line: str) -> str:
    """A caption line blanked (it says nothing anyone said), or, from a paragraph that quotes
    someone, its bracketed credit alone cut off."""
    quoted = _QUOTED_THEN_CREDIT.search(line)
    return line[: line.rindex("(")].rstrip() if quoted is not None else ""


_BYLINE = re.compile(
    r"^\s*(?P<label>pewarta|penulis|reporter|wartawan|kontributor|laporan(?:\s+(?:wartawan|reporter)[^:|,]*)?"
    r"|editor|penyunting|redaktur|sumber|by)\s*[:|,]?\s+(?P<name>[^\n]{2,60})$",
    re.IGNORECASE,
)
# Tribun's byline glued to the dateline of the first paragraph: "Laporan Wartawan Tribunnews.com,
# Imanuel Nicolas Manafe TRIBUNNEWS.COM, JAKARTA - Presiden ..." (the name, then the outlet in capitals).
_BYLINE_GLUED = re.compile(
    r"\s*Laporan\s+(?:Wartawan|Reporter|Koresponden)\s+[^,\n]{2,40},\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][a-z][\w.'’-]*){0,4})\s+(?=[A-Z0-9]{2,}[A-Z0-9.]*\s*,)"
)
# "By Aminu Garko Kano State Governor, Abdullahi Ganduje has explained ...": an English byline
# run into the lede, the writer's name (two to four capitalised words) then the lede's first word.
_BYLINE_RUN_ON = re.compile(r"By((?:\s+[A-Z][a-z][\w'’-]*){2,5})\s+[A-Z]")
_BYLINE_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def _glued_byline(line: str, text: str) -> tuple[str, int] | None:
    """The writer's name a lede opens with after "By", and where it ends in `line`: the
    capitalised words, from the first, that the article prints nowhere else (a writer is not in
    the story; "Kano" and "Ganduje" are)."""
    run = _BYLINE_RUN_ON.match(line)
    if run is None:
        return None
    name: list[re.Match[str]] = []
    for word in list(_BYLINE_WORD.finditer(line, run.start(1), run.end(1)))[:4]:
        key = word.group().casefold()
        if key in WEEKDAYS or key in MONTHS:
            break  # "By Sunday Speaker X said": when, no one's name
        if len(re.findall(rf"\b{re.escape(word.group())}\b", text)) > 1:
            break
        name.append(word)
    return (" ".join(w.group() for w in name), name[-1].end()) if len(name) >= 2 else None


_AUTHOR_LABELS = ("pewarta", "penulis", "reporter", "wartawan", "kontributor", "laporan", "by")
# The writer's initials or name in brackets after the last sentence: "(ant/wsn)", and after a
# full stop or a closing quote also a capitalised one, "(Ari)".
_TRAILING_INITIALS = re.compile(
    r"\s*\((?P<tag>[a-z]{2,5}(?:/[a-z]{2,5})*|(?<=[.!?\"”] \()[A-Z][a-z]{1,9}(?:/[A-Za-z]{2,10})*)\)\s*$"
)
# "Subang, JMI - ", "JAKARTA, KOMPAS — ", "Jakarta (ANTARA) - ", "BOGOR - "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z0-9.]*(?:\s[A-Z][A-Za-z.]*){0,3})\s*"
    # (an American wire's state after the town, other towns after a slash: "WEST PALM BEACH,
    # Fla./WASHINGTON (Reuters) - ", "FERGUSON, Mo. (AP) - ", "NEW YORK/LONDON (Reuters) - ")
    r"(?:,\s*(?:[A-Z][a-z]{1,5}\.|[A-Z]\.(?:[A-Z]\.)+)(?=\s*[/(]))?(?:/[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})*\s*"
    # ("CLEVELAND, July 19 (UPI) — ": an English wire's day before the agency)
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?=[(\-–—]))?"
    r"(?:,\s*(?P<outlet>[A-Za-z][\w.]{1,25}(?:\s[A-Z][\w.]*)?)|\((?P<outlet2>[A-Za-z][\w. ]{1,25})\))?"
    # The dash before the lede, or glued to it after a name in capitals ("GENTAONLINE.COM-Bupati"),
    # or glued to the lede after a space ("BATAM, KOMPAS.COM -Pemerintah").
    r"\s*(?:[-–—]{1,2}\s+(?=\S)|(?<=[A-Z])[-–—](?=[A-Z][a-z])|(?<=\s)[-–—]{1,2}(?=[A-Z][a-z]))"
)
# A wire's dateline inside the first paragraph, after a pull-quote the scrape glued before it:
# "... solidaritas serta persatuan Jakarta (ANTARA) - Anggota Komisi III DPR RI ...".
_WIRES = ("ANTARA", "Antara", "Reuters", "AP", "AFP")
_MID_DATELINE = re.compile(
    rf"(?<=[\w.,?!\"”)])\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})\s+\((?P<outlet>{'|'.join(_WIRES)})\)"
    r"\s*[-–—]\s+(?=[A-Z])"
)
_LATE_DATELINE_LINES = 3  # lines before the one that may still open with a dateline in capitals
# The writer's initials and the editor's credit run on after the last paragraph: "(Lim) Editor: X".
_CREDITS = ("Editor", "Penulis", "Reporter", "Redaktur")
_CREDIT_INSIDE = re.compile(rf"\s*\([A-Za-z]{{2,6}}(?:/[A-Za-z]{{2,6}})?\)\s*(?:{'|'.join(_CREDITS)})\s*:.*$")
# A wire's dateline in capitals with nothing after it but the lede: a town of two words or more, two
# towns ("WASHINGTON/HAVANA"), or one long word ("WASHINGTON"); short words are as often a body's
# short form ("UNICEF Director ..."). English copy only: Indonesian ledes open with bodies in
# capitals ("DPRD DKI Jakarta mengesahkan ..."). A party and a member's post in capitals open a
# lede, no town: "BJP MLA Suresh Yadav said", "DUP MLA ...", "SNP MSP ...".
_SHOUTED_DATELINE = re.compile(
    r"(?P<place>[A-Z]{3,}(?:[ /][A-Z]{2,}){1,3}(?<! MP)(?<! MLA)(?<! MLC)(?<! MPP)(?<! MSP)(?<! MEP)(?<! TD)"
    r"(?=\s[A-Z](?:[a-z]|\s))|[A-Z]{7,}(?=\s[A-Z](?:[a-z]|\s)))\s+"
    r"(?=[A-Z](?:[a-z]|\s))"  # ("HONG KONG A Hong Kong-based ...": the lede may open with "A")
)
# A town in capitals and a colon before the lede, as Malaysian, Indian and Pakistani papers print
# their datelines: "KOTA KINABALU: The state government ...", "NEW DELHI: ...", "KARACHI: ...".
# (A desk's label in capitals names no town: "UPDATE: ...", "EDITOR'S NOTE: ...".)
_COLON_DATELINE = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2}):\s+(?=[A-Z\"“‘'])")
_DESK_LABELS = frozenset(
    {"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "CORRECTION", "CLARIFICATION", "WATCH", "LISTEN"}
    | {"READ", "ALSO READ", "READ MORE", "NOTE", "ANALYSIS", "OPINION", "COMMENT", "LIVE", "VIDEO", "PHOTO"}
    | {"PHOTOS", "REVIEW", "INTERVIEW", "FACT CHECK", "EDITORIAL", "FULL SPEECH", "TRANSCRIPT", "WARNING", "NEW"}
)
# A dateline left alone on its line, before the lede: "Jakarta -", "Bandung Barat -".
_DATELINE_ALONE = re.compile(r"([A-Z][A-Za-z]+(?:\s[A-Z][a-z]+){0,2})\s*[-–—]")
# A town in capitals right after an outlet's dateline: "JAKARTA. ", "JAKARTA - ", "BANDUNG, ".
_TOWN_AFTER_OUTLET = re.compile(
    r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}(?=\.\s|,\s|\s*[-–—]\s)|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=\s[-–—]\s))"
    r"(?:\.\s+|,\s+|\s*[-–—]\s+)(?=[A-Z])"
)
# ".(1/4/2022).Balita" or "tinggi.Warga": a paragraph break the scraper lost.
_RUN_TOGETHER = re.compile(
    r"(?:(?<=[a-z]{2})|(?<=[A-Z]{3})|(?<=\)))\.(?=[\"“”]?[A-Z][a-z]{2,})|(?<=[a-z]{4})\.(?=[A-Z][a-z])"
    r"|(?<=\d{2})\.(?=[A-Z][a-z]{3,})"  # "... Pemilu 2024.Direktur Riset SMRC X": a year ends the sentence
)
_DOT_CAPITAL = re.compile(r"\.[\"“”]?[A-Z]")
# A sentence whose full stop the scrape lost before an Indonesian opener that takes a comma and is
# never capitalised inside a sentence: '... ," jelas Pilar Diketahui, Pemkot Tangsel ...'.
_LOST_STOP_OPENERS = (
    "Diketahui",
    "Sebelumnya",
    "Sementara itu",
    "Selain itu",
    "Adapun",
    "Sedangkan",
    "Selanjutnya",
    "Oleh karena itu",
    "Untuk diketahui",
    "Di sisi lain",
    "Lebih lanjut",
)
_LOST_STOP = re.compile(rf"(?<=[\w)]) (?=(?:{'|'.join(_LOST_STOP_OPENERS)}),)")
_LOST_STOP_ANYWHERE = re.compile(rf" (?:{'|'.join(_LOST_STOP_OPENERS)}),")  # (opens with a space: fast)
# Boilerplate the scraper left inside a paragraph rather than on its own line.
_INLINE_JUNK = re.compile(r"\s*\b(?:ADVERTISEMENT\s*)?SCROLL TO CONTINUE WITH CONTENT\b\s*|\s*\bADVERTISEMENT\b\s*")
_OUTLET_FIRST = re.compile(r"\.(?:com|co\.id|id|net|org)$", re.IGNORECASE)
_SHOUTED_PLACE = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,})*$")
# A capitalised word long enough to hide two ("Hadimuljonobuka", "PresidenJoko"), and a bracket
# glued to the next word ("(OIKN)Basuki").
# Both open with "\b[A-Z]" written as [A-Z](?<!\w[A-Z]) (no word character before the capital):
# a pattern opening with the letter is scanned for it, one opening with \b is tried everywhere.
# The look-ahead keeps only the words _unglue_word may change (a second capital after three
# letters or more, or nine letters or more): the others came back unchanged, one call each.
_LONG_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])(?=[a-z]{3,}[A-Z]|[A-Za-z]{8})[a-z]{3,}(?:[A-Z][a-z]+)?[a-z]*\b")
_GLUED_BRACKET = re.compile(r"\)(?=[A-Z][a-z])")
# An office, a body's short form and a name run together: "KetuaKPUMochammad".
_GLUED_ACRONYM = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{3,})([A-Z]{2,6})([A-Z][a-z]{2,})")
# _GLUED_ACRONYM or _LONG_CAPITALISED, in one pattern: both open at a capital with no word character
# before it, and each was tried at every such capital (0.2 M instructions an article a pass).
# _GLUED_ACRONYM's matches are those where the group "acronym" takes part: neither pattern finds
# a match that opens inside one of the other's, and _LONG_CAPITALISED finds none where
# _GLUED_ACRONYM matches (tests/text/test_fast_text.py).
_GLUED_WORD = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:(?P<acronym>[a-z]{3,}[A-Z]{2,6}[A-Z][a-z]{2,})"
    r"|(?=[a-z]{3,}[A-Z]|[A-Za-z]{8})[a-z]{3,}(?:[A-Z][a-z]+)?[a-z]*\b)"
)
_MIN_PART = 4
# A lower-case letter, then a capital: read from the capital, looking back at the letter (capitals
# are few; a pattern opening with [a-z] stops at almost every character: twice as slow). Only
# whether a line holds one is asked.
_CASE_TURN = re.compile(r"[A-Z](?<=[a-z][A-Z])")
# An Indonesian speech verb glued to the capitalised post or name after it.
_GLUED_CUE = re.compile(r"\b([a-z]{4,6})(?=[A-Z][a-z])")
_GLUED_CUES = frozenset(
    {"kata", "ujar", "tutur", "ucap", "jelas", "ungkap", "tegas", "terang", "imbuh", "tambah", "sebut"}
)


def _split_cue(match: re.Match[str]) -> str:
    word = match.group(1)
    return f"{word} " if word in _GLUED_CUES else word


# '," timpalnyaSementara Kapolsek ...': a closing "-nya" cue, the next sentence glued to it.
_GLUED_NYA_CUE = re.compile(r"\b([a-z]{3,9})nya(?=[A-Z][a-z])")
# What every _GLUED_NYA_CUE match holds: a test that opens with a word, found by string search
# (the pattern opens with \b and is tried at every character: 0.4 ms a line that holds "nya").
_NYA_GLUED = re.compile(r"nya[A-Z][a-z]")
_NYA_CUE_ROOTS = _GLUED_CUES | {"timpal", "pungkas", "sambung", "lanjut", "papar", "tandas", "kilah", "akhir"}


def _split_nya_cue(match: re.Match[str]) -> str:
    return f"{match.group()}. " if match.group(1) in _NYA_CUE_ROOTS else match.group()


_CAMEL = re.compile(r"^([A-Z][a-z]{3,})([A-Z][a-z]{2,})$")


# A word glued after a name that the article does not print on its own is taken as a word when
# it is an affixed verb of the dictionary this long ("Nasutionmengunggah"): shorter tails, and
# bare roots, are too often the end of a longer name ("Wijayakusuma", "Setiawan").
_AFFIXED_TAIL = 8


# ... and after a name the article never prints on its own ("PresidenPrasetyo Subagyomeluncurkan
# logo", a link's text run into the words around it) when longer still: no name ends in an affixed
# verb of ten letters.
_AFFIXED_TAIL_UNSEEN = 10


def _an_affixed_word(tail: str, shortest: int) -> bool:
    return len(tail) >= shortest and tail.startswith(("me", "di", "ber", "ter")) and is_dictionary_word(tail)


def _a_word(tail: str, lower: frozenset[str]) -> bool:
    """Whether the lower-case part of a glued word is a word: printed on its own in the article,
    or a long affixed word of the dictionary ("mengunggah", "menyampaikan")."""
    if tail in lower:
        return True
    return _an_affixed_word(tail, _AFFIXED_TAIL)


def _unglue_word(word: str, known: frozenset[str], names: frozenset[str], lower: frozenset[str]) -> str:
    """ "PresidenJoko" -> "Presiden Joko", "Hardjosoewarnobuka" -> "Hardjosoewarno buka"; else unchanged.

    `names` and `lower`: capitalised and lower-case words the article prints on their own, the
    evidence that "SubiantoPrabowo" is two names and "Wahidmelapor" a name and a verb.
    """
    camel = _CAMEL.match(word)
    if camel:
        left, right = camel.group(1).casefold(), camel.group(2).casefold()
        if right in known and left not in known:
            # "Menko Polkam Ad InterimMensesneg Prasetyo Hadi menjelaskan": a subheading glued to
            # the paragraph that opens with an office
            return f"{camel.group(1)}\n{camel.group(2)}"
        if left in known or left in names or right in names:
            return f"{camel.group(1)} {camel.group(2)}"
    if len(word) < 2 * _MIN_PART + 1:
        return word  # too short to hide a name and a word of four letters or more
    folded = word.casefold()
    for cut in range(_MIN_PART + 1, len(word) - _MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not tail.islower() or head[-1:].isupper():
            continue
        if folded[cut:] in known or (folded[:cut] in names and len(tail) >= _MIN_PART and _a_word(tail, lower)):
            return f"{head} {tail}"
        if len(tail) >= _AFFIXED_TAIL_UNSEEN and head[:1].isupper() and _an_affixed_word(tail, _AFFIXED_TAIL_UNSEEN):
            return f"{head} {tail}"
    return word


# "Pelaksana tugas Wali Kota Solo X": the acting prefix printed in lower case, before a post.
_ACTING_LOWER = re.compile(r"\b([Pp]elaksana\s+)(tugas|harian)\b(?=\s+[A-Z])")


# A short form run into the word before or after it when a link's spaces were lost: "Mantan
# DirutBJB", "Anggota Komisi III DPRFraksi NasDem".
_GLUED_SHORT_FORM = re.compile(r"\b(?:([A-Z][a-z]{2,})([A-Z]{2,6})|([A-Z]{2,6})([A-Z][a-z]{2,}))\b")


def _split_short_form(
    match: re.Match[str], known: frozenset[str], names: frozenset[str], shorts: frozenset[str]
) -> str:
    """Split where the article prints the short form on its own, and the word beside it on its own
    too (or it is an office, or, after the short form, a word of the dictionary): "KemenPUPR" and
    "JPMorgan" stay whole."""
    word, short = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    if short not in shorts:
        return match.group()
    folded = word.casefold()
    if folded in names or folded in known or (match.group(3) and is_dictionary_word(folded)):
        return f"{match.group(1)} {short}" if match.group(1) else f"{short} {word}"
    return match.group()


def unglue(
    line: str,
    names: frozenset[str] = frozenset(),
    lower: frozenset[str] = frozenset(),
    shorts: frozenset[str] = frozenset(),
) -> str:
    """Split words that lost the space between a name and the word before or after it.

    `names`, `lower`, `shorts`: the capitalised words, lower-case words and short forms in capitals
    the article prints on its own (words_seen)."""
    known = word_set("quotetrack.text", "glued_words.txt")
    if shorts:
        line = _GLUED_SHORT_FORM.sub(lambda m: _split_short_form(m, known, names, shorts), line)
    line = _GLUED_BRACKET.sub(") ", line)
    if _CASE_TURN.search(line):  # (most lines hold no lower-case letter before a capital)
        line = _GLUED_CUE.sub(_split_cue, line)  # "kataKapolrestabes Medan": the speech verb, then the post
        if _NYA_GLUED.search(line):
            line = _GLUED_NYA_CUE.sub(_split_nya_cue, line)
    changes_acronym = False

    def split(match: re.Match[str]) -> str:
        nonlocal changes_acronym
        if match.group("acronym") is None:
            return _unglue_word(match.group(), known, names, lower)
        glued = _GLUED_ACRONYM.match(line, match.start())  # the same span, with its parts
        changes_acronym = changes_acronym or (glued is not None and glued.group(1).casefold() in known)
        return match.group()

    # One pass for both substitutions below; they are made one after the other only for the rare
    # line where the first changes something ("KetuaKPUMochammad").
    unglued = _GLUED_WORD.sub(split, line)
    if not changes_acronym:
        return unglued
    line = _GLUED_ACRONYM.sub(lambda m: " ".join(m.groups()) if m.group(1).casefold() in known else m.group(), line)
    return _LONG_CAPITALISED.sub(lambda m: _unglue_word(m.group(), known, names, lower), line)


def words_seen(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Capitalised words (casefolded), lower-case words and short forms in capitals (two to six
    letters) the text prints on their own; the last only where a word runs a short form into the
    word beside it ("DirutBJB"): else there is nothing for them to split, and unglue looks for
    none."""
    words = set(letter_words(text))  # each distinct word tested once: articles repeat theirs
    lower = frozenset(filter(str.islower, words))
    # A lower-case word never opens with a capital: only the others are tested for one.
    others = words - lower
    names = frozenset(w.casefold() for w in others if w[:1].isupper() and w[1:].islower())
    if not any(_GLUED_SHORT_FORM.fullmatch(w) for w in others if not w[1:].islower() and not w.isupper()):
        return names, lower, frozenset()
    return names, lower, frozenset(w for w in others if 2 <= len(w) <= 6 and w.isupper())


# Markdown a scraper wrote the article in: an image with its caption as alt text ("![Gubernur ...
# meninjau posko ...](https://...)"), a link's text and address, bold or italic marks.
_MARKDOWN_IMAGE = re.compile(r"^[ \t]*!\[[^\]\n]*\](?:\([^)\n]*\)?)?[^\n]*$", re.MULTILINE)
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")


def _without_markdown(text: str) -> str:
    """The text with the Markdown above taken out; as it is when it holds none (the usual case)."""
    if "![" in text:
        text = _MARKDOWN_IMAGE.sub("", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    return _MARKDOWN_EMPHASIS.sub("", text) if "**" in text or "__" in text else text


# The first characters of UTF-8 read as Latin-1 or Windows-1252: "PeÃ±a" for "Peña", "â€™" for "’".
_MOJIBAKE_MARKS = ("Ã", "â€", "Â")


def _normalise(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if any(mark in text for mark in _MOJIBAKE_MARKS):
        # "Enrique PeÃ±a Nieto": text decoded twice, which ftfy undoes (only that: quotes, widths
        # and ligatures stay as printed); the name then matches its other spellings.
        text = ftfy.fix_encoding(text)
    for space in _SPACES:
        text = text.replace(space, " ")
    text = _without_markdown(text)
    if '\\"' in text:
        text = text.replace('\\"', '"')  # '\"Yang paling pokok ...\"': quote marks left escaped by an export
    if "''" in text:
        if "'''" in text:
            # "... with 'We'll bomb them,''' said Senator X": a quote inside a quote, closing with
            # it ("'''We ..." opens both)
            text = _THREE_APOSTROPHES_CLOSING.sub("'\"", _THREE_APOSTROPHES_OPENING.sub("\"'", text))
        text = _TWO_APOSTROPHES.sub('"', text)  # "''We didn't know,'' Mr. VandeHei said": a quote mark typed twice
    if "‘‘" in text or "’’" in text or "``" in text:
        # "‘‘We kept our word,’’ she said", "``We kept our word,'' she said": a double quote mark
        # typed as two single ones (typeset copy and treebank exports)
        text = text.replace("‘‘", "“").replace("’’", "”").replace("``", "“")
    if "  " in text:
        text = _without_doubled_names(text)
    # Most articles hold no control character: one pattern pass only for those that do.
    return _CONTROL.sub("", text) if any(char in text for char in _CONTROL_CHARS) else text


_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")
_THREE_APOSTROPHES_CLOSING = re.compile(r"(?<=[^\s'])'''(?!')")
_THREE_APOSTROPHES_OPENING = re.compile(r"(?<![^\s(])'''(?=[^\s'])")
# A verb right after a name: it opens a sentence ("Jonan mengatakan", "Smith said").
_VERB_AFTER_NAME = re.compile(r" (?:me[mnr]?\w+|menge\w+|ber\w+|said|says|told|added)\b")
# A letter, a wide gap, a capital: a name again? (Written to open with the gap's first space, the
# letter before it looked back at: a pattern opening with a look-behind is tried at every character.)
_WIDE_GAP = re.compile(r" (?<=[^\W\d_] ) +(?=[A-Z])")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*$")


def _without_doubled_names(text: str) -> str:
    """ "kata Kabid X, M Tonang  M Tonang di lokasi": a name the page printed twice, across a wide
    gap, is printed once."""
    parts, pos = [], 0
    for gap in _WIDE_GAP.finditer(text):
        name = _NAME_WORDS_BEFORE.search(text, max(0, gap.start() - 60), gap.start())
        if name is None:
            continue
        # The shortest run of capitalised words before the gap that the text repeats after it.
        words = name.group().split()
        for k in range(len(words) - 1, -1, -1):
            run = " ".join(words[k:])
            after = gap.end() + len(run)
            if text.startswith(run, gap.end()) and (after == len(text) or not text[after].isalnum()):
                if _VERB_AFTER_NAME.match(text, after):
                    # '"...," ujar Jonan   Jonan mengatakan, ...': the name ends one paragraph and
                    # opens the next, whose subject it is; the gap is the lost paragraph break
                    parts.append(text[pos : gap.start()] + "\n")
                    pos = gap.end()
                    break
                parts.append(text[pos : gap.start()])
                pos = after
                break
    parts.append(text[pos:])
    return "".join(parts)


# A first line this long that ends its sentence is the lede, not a headline: body-only copy
# opens with it ("Menteri Keuangan X menilai ...", 166 characters); headlines that print a full
# stop ("Obama says Brackett modeling policies on Putin.") are far shorter.
_LEDE_MIN = 100
# Indonesian headlines print no full stop: a short first line that does, in Indonesian, is a lede.
_ID_SENTENCE_WORDS = frozenset({"yang", "di", "dan", "pada", "untuk", "dengan", "dari", "ini", "itu", "akan", "telah"})


def _is_subheading(line: str) -> bool:
    """A short line of capitalised words with no sentence mark, between paragraphs ("Ultimatum
    Prabowo", "Kronologi Kejadian"): a subheading, which says nothing anyone said."""
    words = line.split()
    return (
        1 <= len(words) <= _SUBHEADING_WORDS
        and line[-1:].isalpha()
        and not any(mark in line for mark in '"“”:;,()')
        and all(w[:1].isupper() or w.casefold() in _HEADLINE_LOWER for w in words)
    )


def looks_like_title(lines: list[str], index: int) -> bool:
    """Whether line `index` is the article's headline, as prepare reads it."""
    line = lines[index].strip()
    if not line or len(line) > 200 or _DATELINE.match(line):
        return False
    if line.endswith((".", '."', ".”")) and (
        len(line) >= _LEDE_MIN or len(_ID_SENTENCE_WORDS.intersection(line.casefold().split())) >= 2
    ):
        return False  # a lede's sentence; a headline with a full stop is short, and English
    next_blank = index + 1 < len(lines) and not lines[index + 1].strip()
    return next_blank or not line.endswith((".", '"', "”"))


def _byline_author(match: re.Match[str]) -> str | None:
    label = match.group("label").casefold()
    if not label.startswith(_AUTHOR_LABELS):
        return None
    name = re.split(r"\s*[|/(]|\s+-\s+", match.group("name"), maxsplit=1)[0].strip(" .,")
    return name or None


# _MID_DATELINE and _CREDIT_INSIDE open with a look-behind or \s*, tried at every character of a
# line (0.1 ms and 45 us a paragraph); every match holds a bracketed wire or a credit's label.
def _names_a_wire(line: str) -> bool:
    return any(f"({wire})" in line for wire in _WIRES)


def _names_a_credit(line: str) -> bool:
    return "(" in line and any(credit in line for credit in _CREDITS)


def _drop_inline_junk(line: str) -> str:
    """_INLINE_JUNK.sub(" ", line) for a line holding "ADVERTISEMENT" or "SCROLL". Every match
    opens with the white space right before one of those words, so the pattern is matched only
    there, once for each of the words: searched for, it opens with \\s* and is tried at every
    character (a third of a millisecond on a long line, and the rest of the line after the first
    word was still searched so: 0.9 ms a line at first sight)."""
    kept: list[str] = []
    copied = at = 0  # the line is kept up to `copied`; the words are looked for from `at`
    while (word := _next_junk_word(line, at)) >= 0:
        junk = _INLINE_JUNK.match(line, max(copied, len(line[:word].rstrip())))
        if junk is None:
            at = word + 1  # ("ADVERTISEMENTS": a word of the text)
            continue
        kept += (line[copied : junk.start()], " ")
        copied = at = junk.end()
    return "".join(kept) + line[copied:]


def _next_junk_word(line: str, at: int) -> int:
    """Where the next "ADVERTISEMENT" or "SCROLL" opens from `at`; -1 when neither is there."""
    found = [where for where in (line.find("ADVERTISEMENT", at), line.find("SCROLL", at)) if where >= 0]
    return min(found, default=-1)


def _split_run_together(line: str) -> list[str]:
    if not _DOT_CAPITAL.search(line):  # the usual case, checked with a cheap pattern first
        return [line]
    parts, begin = [], 0
    # Every run-together dot is a dot before a capital: _RUN_TOGETHER is tried only at those,
    # instead of scanning the line with its look-behinds at every character.
    for dot in _DOT_CAPITAL.finditer(line):
        match = _RUN_TOGETHER.match(line, dot.start())
        if match is None:
            continue
        word = line[max(0, match.start() - 30) : match.start()].rsplit(None, 1)[-1]
        if word.casefold() in word_set("quotetrack.text", "abbreviations.txt"):  # "Kab.Subang", "Pj.Bupati"
            continue
        if word[-1:].isalpha() and ("/" in word or "." in word):
            continue  # "757/Pdt.G/2022/PT.Jkt.Pst": a case number's parts, no sentence
        parts.append(line[begin : match.end()])
        begin = match.end()
    parts.append(line[begin:])
    return parts


def _place(raw: str) -> str:
    return raw.title() if _SHOUTED_PLACE.match(raw) else raw


# "Baca juga: <headline>" links a scraper left inside a paragraph, often glued to the text around
# them ("Baca Juga:Pandemi Corona, Kondisi Kuda Delman MemprihatinkanTerima 55.066 Paket ...").
# ("Lihat juga video: <title>": a video's title, the same way)
_READ_ALSO = re.compile(r"\b(?:baca|simak|lihat|tonton)\s+(?:juga|pula)(?:\s+vid(?:e|i)o)?\s*:\s*", re.IGNORECASE)
# Where a match of _READ_ALSO may open, read in the lower-cased paragraph (see case_blind_finditer).
# (Its words opened by their first letters, each then read on: a pattern opening with an
# alternation is tried at every character, one opening with a set of letters is scanned for them.)
_READ_ALSO_LOWERED = re.compile(
    r"[bslt](?:(?<=b)aca|(?<=s)imak|(?<=l)ihat|(?<=t)onton)\s+(?:juga|pula)(?:\s+vid(?:e|i)o)?\s*:"
)
# A video player's marker left in the text: "[Gambas:Video 20detik]", "[Gambas:Video CNN]".
_EMBED_MARKER = re.compile(r"\s*\[Gambas:[^\]]{0,60}\]")
# Where a glued headline ends: a lower-case letter or digit, then a capitalised word or an opening quote.
# (?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z.!?])(?=[“"]\w) read from the capital or the quote mark it
# looks ahead to, the match's start: a pattern opening with a look-behind is tried at every character.
# A capital glued to the word before it: "HukumKasad", "RSPADKadispenad" (an acronym, then a word).
_HEADLINE_GLUE = re.compile(
    r"[A-Z“\"](?:(?<=[a-z0-9][A-Z])(?=[a-z])|(?<=[A-Z]{2}[A-Z])(?=[a-z]{2})|(?<=[a-z.!?][“\"])(?=\w))"
)
_HEADLINE_WORD = re.compile(r"\S+")
# A quote opening after a space inside a headline's reach: running text when its words are no headline's.
_SPACED_QUOTE = re.compile(r"[ \t][“\"](?=[A-Z])")
# Headlines capitalise every word but these.
_HEADLINE_LOWER = frozenset(
    {"di", "ke", "dan", "dari", "yang", "untuk", "dengan", "pada", "oleh", "atau", "vs", "hingga", "soal", "of", "the"}
)
_HEADLINE_MAX = 240
# A link on a line of its own whose headline ends in lower case ("... Tidak Asal bicara") is no
# sentence glued after it: running text goes on for at least this many words.
_RUNNING_WORDS = 5
_SUBHEADING_WORDS = 5
# A subheading the scrape glued to its paragraph with two spaces and no sentence mark: "Don't hold
# your breath  Just when we thought ...". A line's opening words, then the spaces and a capital.
_GLUED_SUBHEADING = re.compile(r"([^\n]{1,80}?[\w'’?!])[^\S\n]{2,}(?=[A-Z“\"])")
_GLUED_SUBHEADING_WORDS = 6
# An Indonesian subheading glued to its paragraph by one space: "Memutus penularan Menurut
# epidemiolog ...". Mid-sentence "menurut" is never capitalised, so a line whose few opening words
# run into a capitalised "Menurut" opened with a subheading.
_GLUED_BEFORE_MENURUT = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,5} (?=Menurut )")


# Inside one word, where a glued capitalised word starts: "HukumKasad", "RSPADKadispenad".
_GLUED_CAPITAL = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")


def _opens_sentence(words: list[re.Match[str]], k: int) -> bool:
    """Whether the lower-case word at `k` opens running text after a headline: a headline leaves
    some small words in lower case ("Posting agar Rezim Segera Tumbang"), never two in a row."""
    word = words[k].group()
    if not word[:1].islower() or word.strip(",.").casefold() in _HEADLINE_LOWER:
        return False
    following = words[k + 1].group() if k + 1 < len(words) else ""
    return word.endswith(",") or not following or following[:1].islower()


def _headline_like(segment: str) -> bool:
    words = segment.split()
    if not words or len(words) > 24 or ". " in segment:
        return False
    titled = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w.casefold() in _HEADLINE_LOWER)
    return titled >= 0.8 * len(words)


def _headline_end(line: str, start: int, *, opens_line: bool) -> int | None:
    """Where the headline that starts at `start` (after "Baca juga:") ends, and any headlines glued
    after it; None when no end is found close enough to tell. A link that opens its line and shows
    no end of its own, nor a sentence opening after it ("... Covid-19 Ia menjelaskan, ..."), takes
    the line, as a link on a line of its own does."""
    limit = min(len(line), start + _HEADLINE_MAX)
    ends = [e for e in (line.find("  ", start, limit), line.find("\t", start, limit)) if e > start]
    glue = _HEADLINE_GLUE.search(line, start + 1, limit)
    if glue:
        ends.append(glue.start())
    stop = min(ends) if ends else limit
    words = list(_HEADLINE_WORD.finditer(line, start, stop))
    for k in range(1, len(words)):
        if _opens_sentence(words, k) and not (
            opens_line and not ends and len(line[words[k].start() :].split()) < _RUNNING_WORDS
        ):
            # A sentence opens here: "... di Jambi Di samping itu": at the capitalised word before,
            # or where a headline glued to it ends inside that word ("dari RSPADKadispenad menjelaskan").
            before = words[k - 1]
            if before.group()[:1].isupper():
                junction = _GLUED_CAPITAL.search(before.group(), 1)
                stop = before.start() + (junction.start() if junction else 0)
            else:
                stop = words[k].start()
            break
    else:
        if opens_line and not ends:
            return len(line)
        if not ends and limit < len(line):
            return None
    quote = _SPACED_QUOTE.search(line, start + 1, stop)
    if quote is not None and not _headline_like(" ".join(line[quote.end() :].split()[:6])):
        stop = quote.start() + 1  # "... Makin Gemar Menabung "Progres kebijakan ini ...," ujarnya": a quote after it
    while glue and stop == glue.start():
        # Related headlines listed one after another, glued: each as titled as a headline, the
        # last one up to the end of the line.
        glue = _HEADLINE_GLUE.search(line, stop + 1, min(len(line), stop + _HEADLINE_MAX))
        following = line[stop : glue.start()] if glue else line[stop:]
        if not _headline_like(following):
            break
        stop = glue.start() if glue else len(line)
    return stop


def _without_read_also(line: str) -> list[str]:
    """The parts of a paragraph around the "Baca juga: <headline>" links inside it."""
    parts, pos = [], 0
    for found in case_blind_finditer(_READ_ALSO, _READ_ALSO_LOWERED, line):
        if found.start() < pos:
            continue
        end = _headline_end(line, found.end(), opens_line=not line[: found.start()].strip())
        if end is None:
            continue
        parts.append(line[pos : found.start()])
        pos = end
    parts.append(line[pos:])
    return [part for part in parts if part.strip()]


# A date the article schedules rather than reports ("yang akan digelar Rabu, 6 Mei 2020", "will be
# held on May 6"), or a document's or a period's ("surat Nomor ..., tanggal 30 April 2020", "sejak 1
# Mei 2020", "dated May 1"): no publication date, however early in the text it stands.
_OTHER_DAY = re.compile(
    r"(?:\b(?:akan|bakal|will\s+be|is\s+to\s+be)\s+(?:di\w+|berlangsung|dimulai|held|staged)\s+"
    r"(?:(?:pada|on)\s+)?(?:(?:hari\s+)?[A-Z][a-z’']+,?\s*)?\(?"
    r"|(?:,\s*|\b(?:ter|ber))tanggal\s+|\b(?:sejak|semenjak|dated|since)\s+(?:tanggal\s+)?)$"
)
# A line above the dateline that is a sentence, not a time stamp: the photo's caption or a teaser.
_CAPTION_WORDS = 8


def _other_day(text: str, found: FoundDate) -> bool:
    return bool(_OTHER_DAY.search(text, max(0, found.start - 60), found.start)) or weekday_contradicts(text, found)


def _caption_above(lines: list[str], before: int, at: int) -> bool:
    """Whether lines[at] opens with a dateline in capitals ("SERAMBINEWS.COM - ", "GARUT, KOMPAS.com
    - ") under a line that is a sentence, not a time stamp."""
    dateline = _DATELINE.match(lines[at].strip())
    if dateline is None or len(lines[before].split()) < _CAPTION_WORDS:
        return False
    outlet = dateline.group("outlet") or dateline.group("outlet2") or ""
    return dateline.group("place").isupper() or "." in outlet


_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def _unquoted(line: str) -> str:
    """`line` with its quoted stretches blanked (same length)."""
    if '"' not in line and "“" not in line:
        return line
    return _QUOTED.sub(lambda m: " " * len(m.group()), line)


def _publication_date(lines: list[str]) -> date | None:
    """The date the article was published, as its first lines give it: the dateline's paragraph
    and those after it before a caption set above it ("Mahfud menyebut ..., Minggu (1/10/2023).",
    then "SERAMBINEWS.COM - ..."), never a day it schedules or a document's date."""
    content = [i for i, line in enumerate(lines) if line.strip()][:4]
    dateline = next((i for before, i in zip(content, content[1:], strict=False) if _caption_above(lines, before, i)), 0)
    for window in (lines[dateline : dateline + 8], lines[:dateline], lines):
        # (a day inside a quote is the speaker's: '"... tiba di Medan, Sabtu (18/10/2025) kemarin,"
        # kata X di Medan, Selasa (21/10/2025)' was published on the 21st)
        text = "\n".join(_unquoted(line) for line in window if line.strip())
        first = first_found_date(text)
        if first is not None and _other_day(text, first):
            # the first date is scheduled or a document's: the first one that is neither
            value = next((found.value for found in find_dates(text) if not _other_day(text, found)), None)
        else:
            value = first.value if first else None
        if value is not None:
            return value
    return None


def prepare(raw: str) -> tuple[str, ArticleMeta]:
    """Clean raw article text; return (stored text, metadata read from the text)."""
    lines = _normalise(raw).split("\n")
    names, lower, shorts = words_seen("\n".join(lines))
    title = place = outlet = author = None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and looks_like_title(lines, first):
        title = lines[first].strip()
        lines[first] = ""
    lines = [_without_caption(line) if "/" in line and _is_caption(line) else line for line in lines]
    published = _publication_date(lines)
    kept: list[str] = []
    # Read-also links inside a paragraph go before the line checks: what they leave is text.
    lines = [_EMBED_MARKER.sub("", line) if "[Gambas:" in line else line for line in lines]
    lines = [part for line in lines for part in (_without_read_also(line) if ":" in line else (line,))]
    for line in lines:
        stripped = (_drop_inline_junk(line) if "ADVERTISEMENT" in line or "SCROLL" in line else line).strip()
        if stripped.endswith(")") and (glued := _GLUED_PHOTO_CREDIT.search(stripped)) is not None:
            stripped = stripped[: glued.start() + 1]  # "... akan digelar pekan depan.(Foto: Dok. KPU)": the paragraph
        if not stripped or _JUNK_LINE.match(stripped) or (stripped[-1] in ";{}" and _CODE_LINE.match(stripped)):
            continue
        if not kept and (alone := _DATELINE_ALONE.fullmatch(stripped)) is not None:
            place = _place(alone.group(1))  # "Jakarta -" on a line of its own, the lede on the next
            continue
        byline = _BYLINE.match(stripped)
        if byline and len(stripped) < 80:
            author = author or _byline_author(byline)
            continue
        if not kept and stripped.startswith("Laporan") and (glued := _BYLINE_GLUED.match(stripped)) is not None:
            author, stripped = author or glued.group("name"), stripped[glued.end() :]
        elif not kept and stripped.startswith("By ") and (run_on := _glued_byline(stripped, raw)) is not None:
            author, stripped = author or run_on[0], stripped[run_on[1] :].lstrip()
        if kept and _is_subheading(stripped):
            continue  # "Ultimatum Prabowo": a subheading between paragraphs names no speaker
        glued = _GLUED_SUBHEADING.match(stripped) if kept and "  " in stripped else None
        if glued is not None and len(glued.group(1).split()) <= _GLUED_SUBHEADING_WORDS:
            stripped = stripped[glued.end() :]  # "Cheers, Ms. Yellen  The Federal Reserve chair, ..."
        elif kept and " Menurut " in stripped and (heading := _GLUED_BEFORE_MENURUT.match(stripped)):
            stripped = stripped[heading.end() :]
        if not kept and place is None and _names_a_wire(stripped) and (glued := _MID_DATELINE.search(stripped)):
            # the pull-quote before the dateline repeats what the article says: the lede starts after it
            place, outlet, stripped = glued.group("place"), glued.group("outlet"), stripped[glued.end() :]
        if not kept or (place is None and len(kept) < _LATE_DATELINE_LINES and stripped[:3].isupper()):
            # (a newsletter's promotion may come first: "Spotlight PA is an independent ... //
            # HARRISBURG — The top Republican ...")
            dateline = _DATELINE.match(stripped)
            if dateline and len(dateline.group("place")) <= 30:
                place = _place(dateline.group("place").strip())
                outlet = dateline.group("outlet") or dateline.group("outlet2")
                if outlet and _OUTLET_FIRST.search(place):  # "Liputan6.com, Banyuwangi - "
                    place, outlet = _place(outlet.strip()), place
                elif _OUTLET_FIRST.search(place):  # "GENTAONLINE.COM-": the outlet alone, no place
                    place = None
                stripped = stripped[dateline.end() :]
                if outlet is None and place is None and (town := _TOWN_AFTER_OUTLET.match(stripped)) is not None:
                    # "KONTAN.CO.ID - JAKARTA. Presiden ...", "KRjogja.com - JAKARTA - Menteri ...":
                    # the outlet's dateline, then the town's in capitals
                    place, stripped = _place(town.group("place")), stripped[town.end() :]
            elif (
                not kept
                and (shouted := _SHOUTED_DATELINE.match(stripped)) is not None
                and detect_language(stripped) == "en"
            ):
                # "WASHINGTON Vice President Joe Biden said ...", "WASHINGTON/HAVANA President ...": a
                # wire's dateline whose "(Reuters) -" the copy lost
                place, stripped = _place(shouted.group("place").split("/")[0]), stripped[shouted.end() :]
            elif (
                not kept
                and (colon := _COLON_DATELINE.match(stripped)) is not None
                and colon.group("place") not in _DESK_LABELS
                and detect_language(stripped) == "en"
            ):
                place, stripped = _place(colon.group("place")), stripped[colon.end() :]
        if _names_a_credit(stripped) and (credit := _CREDIT_INSIDE.search(stripped)) is not None:
            stripped = stripped[: credit.start()]  # '... jelas Gubernur. (Lim) Editor: Tomi S ...': the desk's credit
        if "elaksana " in stripped:
            stripped = _ACTING_LOWER.sub(lambda m: m.group(1) + m.group(2).capitalize(), stripped)
        if _LOST_STOP_ANYWHERE.search(stripped):
            stripped = _LOST_STOP.sub(". ", stripped)
        kept.extend(
            part.strip() for part in _split_run_together(unglue(stripped, names, lower, shorts)) if part.strip()
        )
    if kept:
        # Only a line ending with a bracket can end with initials: the pattern opens with \s*,
        # tried at every character of the last line.
        initials = _TRAILING_INITIALS.search(kept[-1]) if kept[-1].rstrip().endswith(")") else None
        if initials:
            author = author or initials.group("tag")
            kept[-1] = kept[-1][: initials.start()].rstrip()
            if not kept[-1]:
                kept.pop()
    text = "\n".join(kept)
    meta = ArticleMeta(
        title=title,
        place=place,
        outlet_tag=outlet.strip() if outlet else None,
        published=published,
        author=author,
        language=detect_language(text),
    )
    return text, meta
