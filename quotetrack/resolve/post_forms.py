"""The printed forms of one post in one form, for telling whether two posts are one: a body
spelled out or short ("Kepala BPBD" and "Kepala Badan Penanggulangan Bencana Daerah"), a head
spelled out or short ("Kalaksa" and "Kepala Pelaksana", "Dandim" and "Komandan Kodim"), and a
body shortened to its initials or first syllables ("Ketua Dewan Komisioner OJK", "Direktur ...
Kemenkeu")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quotetrack.resolve import gazetteer

# Words inside a post that the press prints spelled out or short, in one form ("Kabid Humas
# Kepolisian Daerah Papua" and "Kabid Humas Polda Papua"; "Menteri Koordinator Bidang
# Perekonomian" and "Menteri Koordinator Perekonomian"; "Direktur Lalu Lintas" and "Direktur
# Lantas"; "Kalaksa BPBD" and "Kepala Pelaksana BPBD"). Bodies orgs.tsv lists are added to these.
_UNIFY = {
    "kepolisian resor kota besar": "polrestabes",
    "kepolisian resor kota": "polresta",
    "kepolisian resor": "polres",
    "kepolisian daerah": "polda",
    "kepolisian sektor": "polsek",
    "menteri koordinator bidang": "menteri koordinator",
    "menko bidang": "menko",
    "lalu lintas": "lantas",
    "hubungan masyarakat": "humas",
    # heads printed as one word
    "kalaksa": "kepala pelaksana",
    "kasat": "kepala satuan",
    "kabag": "kepala bagian",
    "kabiro": "kepala biro",
    "kapus": "kepala pusat",
    "kalapas": "kepala lapas",
    "karutan": "kepala rutan",
    "sekjen": "sekretaris jenderal",
    "sekcam": "sekretaris kecamatan",
    "sekdes": "sekretaris desa",
    "dirjen": "direktur jenderal",
    "irjen": "inspektur jenderal",
    "dirut": "direktur utama",
    "jubir": "juru bicara",
    "dandim": "komandan kodim",
    "danrem": "komandan korem",
    "danlanud": "komandan lanud",
    "danlantamal": "komandan lantamal",
    "pangdam": "panglima kodam",
    "kasad": "kepala staf angkatan darat",
    "kasal": "kepala staf angkatan laut",
    "kasau": "kepala staf angkatan udara",
    # military commands and correctional bodies spelled out
    "komandan distrik militer": "komandan kodim",
    "komando distrik militer": "kodim",
    "komandan resor militer": "komandan korem",
    "komando resor militer": "korem",
    "komando daerah militer": "kodam",
    "lembaga pemasyarakatan": "lapas",
    "rumah tahanan negara": "rutan",
    "rumah tahanan": "rutan",
    "pemilihan umum": "pemilu",
    "satuan tugas": "satgas",
    "kantor wilayah": "kanwil",
    # one seat or one lead by either word, printed as the article prints it ("Komisioner KPU" and
    # "Anggota KPU"; "Pemimpin" and "Pimpinan" of one body)
    "komisioner": "anggota",
    "pemimpin": "pimpinan",
}

# A country's name after a national post ("Jaksa Agung Republik Indonesia", "Ketua DPR RI").
_NATIONAL_TAIL = re.compile(r" (?:republik indonesia|ri)$")

# Punctuation and the conjunction a post's body may print or leave out ("Badan Meteorologi,
# Klimatologi, dan Geofisika"; "Menteri Pendidikan dan Kebudayaan" filed without "dan").
_NOISE = re.compile(r"[.,]|\s(?:dan|&)(?=\s)")

# A region's own body is printed with "Daerah" closing its name or not, and with its level word
# after it or not ("Kepala Badan Kepegawaian Daerah Provinsi" + "DKI Jakarta" and "Kepala Badan
# Kepegawaian" + "DKI Jakarta"): one post. ("Sekretaris Daerah" keeps its word: no body's.)
_REGIONAL_DAERAH = re.compile(r"\b((?:badan|dinas|kantor|inspektorat)(?: (?!daerah\b)\w+){1,5}) daerah\b")
_LEVEL_TAIL = re.compile(r"(?<!\bwali)(?<!\bwalikota) (?:provinsi|kabupaten|kota)$")


def _without_region_words(phrase: str) -> str:
    """A post's words without "daerah" closing a regional body and a level word ending the post."""
    return _LEVEL_TAIL.sub("", _REGIONAL_DAERAH.sub(r"\1", phrase)) if len(phrase.split()) > 2 else phrase


@cache
def _unify_pattern() -> tuple[dict[str, str], re.Pattern[str]]:
    table = dict(_UNIFY)
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_UNIFY, key=len, reverse=True))) + r")\b")
    for short, long in gazetteer.org_forms():
        phrase = " ".join(_NOISE.sub("", long.casefold()).split())
        if len(phrase.split()) >= 2:
            table.setdefault(phrase, short.casefold())
            # (and as its words are unified: "Badan Pengawas Pemilu" is "Badan Pengawas Pemilihan Umum")
            table.setdefault(words.sub(lambda m: _UNIFY[m.group()], phrase), short.casefold())
            # (and without "Daerah": "Badan Kepegawaian" of a province is its BKD)
            table.setdefault(_REGIONAL_DAERAH.sub(r"\1", phrase), short.casefold())
    # longest first: "dewan perwakilan rakyat daerah" before "dewan perwakilan rakyat"
    alternatives = sorted(table, key=len, reverse=True)
    return table, re.compile(r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")\b")


@lru_cache(maxsize=4096)
def unified(key: str) -> str:
    """A casefolded post in one form for its printed variants (see _UNIFY)."""
    table, pattern = _unify_pattern()
    plain = _without_region_words(_NATIONAL_TAIL.sub("", " ".join(_NOISE.sub("", key).split())))
    # (applied twice: "kalaksa badan penanggulangan ..." -> "kepala pelaksana bpbd")
    return pattern.sub(lambda m: table[m.group()], pattern.sub(lambda m: table[m.group()], plain))


# Words a post may print between its head and its body, or not ("Direktur Jenderal
# Ketenagalistrikan pada Kementerian ESDM"), and the words an acronym skips.
_LINKS = frozenset({"pada", "di", "dari"})
_SKIPPED = frozenset({"dan", "of", "and", "the", "for", "untuk", "&"})


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether `short` is made of a non-empty head of each word in turn (the words an acronym
    skips aside): "ojk" of Otoritas Jasa Keuangan, "kemenkeu" of Kementerian Keuangan,
    "satgas" of Satuan Tugas, "bappenas" of Badan Perencanaan Pembangunan Nasional."""
    content = [w for w in words if w not in _SKIPPED]
    if len(content) < 2 or not short.isalpha() or len(short) < len(content):
        return False

    def fits(at: int, k: int) -> bool:
        if k == len(content):
            return at == len(short)
        word = content[k]
        # the last word may give more letters than the others; each gives at least one
        longest = min(len(word), len(short) - at - (len(content) - k - 1))
        return any(short[at : at + n] == word[:n] and fits(at + n, k + 1) for n in range(longest, 0, -1))

    return fits(0, 0)


# An Indonesian post as English-language copy prints it ("Finance Minister" is the Menteri
# Keuangan, "West Java Governor" the Gubernur): the words of heads and portfolios, longest first.
_ENGLISH_POST_WORDS = {
    "coordinating minister": "menteri koordinator",
    "deputy minister": "wakil menteri",
    "vice minister": "wakil menteri",
    "minister": "menteri",
    "deputy governor": "wakil gubernur",
    "vice governor": "wakil gubernur",
    "governor": "gubernur",
    "deputy regent": "wakil bupati",
    "vice regent": "wakil bupati",
    "regent": "bupati",
    "deputy mayor": "wakil wali kota",
    "mayor": "wali kota",
    "vice president": "wakil presiden",
    "president": "presiden",
    "acting": "pj",
    "finance": "keuangan",
    "home affairs": "dalam negeri",
    "foreign affairs": "luar negeri",
    "foreign": "luar negeri",
    "health": "kesehatan",
    "education": "pendidikan",
    "defense": "pertahanan",
    "defence": "pertahanan",
    "religious affairs": "agama",
    "trade": "perdagangan",
    "industry": "perindustrian",
    "agriculture": "pertanian",
    "manpower": "ketenagakerjaan",
    "social affairs": "sosial",
    "tourism": "pariwisata",
    "transportation": "perhubungan",
    "transport": "perhubungan",
    "state-owned enterprises": "bumn",
    "soe": "bumn",
    "economic affairs": "perekonomian",
    "maritime affairs": "kemaritiman",
    "energy and mineral resources": "esdm",
    "law and human rights": "hukum ham",
    "state secretary": "sekretaris negara",
    "cabinet secretary": "sekretaris kabinet",
}
_ENGLISH_POST_PATTERN = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_ENGLISH_POST_WORDS, key=len, reverse=True))) + r")\b"
)
_UNORDERED_SKIPPED = _SKIPPED | _LINKS


def _in_indonesian(words: list[str]) -> tuple[bool, list[str]]:
    """(whether any English post word was read, the words with those in Indonesian, sorted)."""
    text = " ".join(words)
    read = _ENGLISH_POST_PATTERN.sub(lambda m: _ENGLISH_POST_WORDS[m.group()], text)
    return read != text, sorted(w for w in read.split() if w not in _UNORDERED_SKIPPED)


def same_words(a: list[str], b: list[str]) -> bool:
    """Two posts' words (casefolded, in one form) are one post: equal once link words are left
    out, or equal but for one word of one that abbreviates the other's words in its place, or one
    printed in English and the other in Indonesian ("Finance Minister", "Menteri Keuangan")."""
    a = [w for w in a if w not in _LINKS]
    b = [w for w in b if w not in _LINKS]
    if a == b:
        return True
    (english_a, read_a), (english_b, read_b) = _in_indonesian(a), _in_indonesian(b)
    if english_a != english_b and read_a == read_b:
        return True
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    rest_a, rest_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if head == 0 or len(rest_a) + len(rest_b) < 3:
        return False  # the post's head must agree; an acronym stands for two words or more
    if len(rest_a) == 1:
        return _abbreviates(rest_a[0], rest_b)
    if len(rest_b) == 1:
        return _abbreviates(rest_b[0], rest_a)
    return False
