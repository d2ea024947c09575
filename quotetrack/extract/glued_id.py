"""Where an Indonesian post's body or place ends and the person's name begins when no comma
separates them ("Rektor Universitas Sebelas Maret X", "Camat Pangalengan X", "di Jalan Gatot
Soebroto"): word-shape tests over the words of a parsed mention, no article context."""

from __future__ import annotations

import re

# Number words, which name bodies ("Universitas Sebelas Maret", "Institut Teknologi Sepuluh
# Nopember", "Universitas Tujuh Belas Agustus") and never open a person's name. (The Sanskrit
# numerals that do open names, "Eka", "Dwi", "Tri", "Catur", "Panca", are not here.)
_NUMBER_WORDS = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"}
    | {"seratus", "seribu", "belas", "puluh", "ratus", "ribu"}
)
# Months (with the older spellings), the word a number names in a body's name after a date.
_MONTHS = frozenset(
    {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september"}
    | {"oktober", "nopember", "november", "desember"}
)
# Words a street's name follows ("di Jalan Gatot Soebroto", "Jl. Sudirman", "Gg. Melati"): what
# comes after is a place, though streets are named after people.
_STREET_WORDS = frozenset({"jalan", "jl", "jln", "gang", "gg", "lorong"})
# Words of a place's kind that its own name follows ("di Pasar Sentral", "di Kelurahan Sei X").
_PLACE_KINDS = (
    _STREET_WORDS
    | {"desa", "kelurahan", "kampung", "dusun", "nagari", "kecamatan", "kota", "kabupaten", "pasar", "terminal"}
    | {"pelabuhan", "perumahan", "kompleks", "komplek", "blok", "pulau", "sungai", "sei", "tanjung", "kawasan"}
)
# A post held over one village, district or police sector, whose place is printed right after it
# ("Camat Pangalengan X", "Kades Sukamaju X", "Kapolsek Cimenyan X").
_ONE_PLACE_POSTS = frozenset({"camat", "lurah", "kades", "kapolsek", "danramil", "sekcam", "sekdes", "kuwu"})
_ACTING = frozenset({"pj", "plt", "plh", "pjs"})
_ONE_PLACE_PAIRS = frozenset({("kepala", "desa"), ("kepala", "kelurahan"), ("kepala", "kampung")})


# The head of a unit, whose unit's short form always follows ("Kadis TPHBun", "Kabid P2P", "Kasi
# Pidsus", "Kasubbag Humas"): the word after it is the unit's, whatever its case.
_UNIT_HEAD_WORDS = frozenset(
    {"kadis", "kadin", "kabid", "kabag", "kasi", "kasie", "kasubbag", "kasubag", "kasubbid", "kasubid", "kasubdit"}
    | {"kasat", "kanit", "kasubsi", "kaur", "kaprodi", "kabiro"}
)


def _key(word: str) -> str:
    return word.casefold().rstrip(".,")


def numbered_body_words(role: str | None, words: list[str]) -> int:
    """How many words at the front of a name continue a body's name that a number word opens
    ("Sepuluh Nopember" + "Haryadi", "Tujuh Belas Agustus" + "X"): the number words and the month
    after them, or the month alone where the post ends with the number ("Rektor Universitas
    Sebelas" + "Maret X"). 0 when nothing says so or nothing would be left of the name."""
    cut = 0
    while cut < len(words) and _key(words[cut]) in _NUMBER_WORDS:
        cut += 1
    numbered = bool(cut) or _key((role or " ").split()[-1]) in _NUMBER_WORDS
    if numbered and cut < len(words) - 1 and _key(words[cut]) in _MONTHS:
        cut += 1
    return cut if cut and cut < len(words) else 0


def ends_with_numbered_name(role: str | None) -> bool:
    """Whether a parsed post ends with a body's name a number word opens ("Rektor Universitas
    Tujuh Belas Agustus", "... Sebelas Maret"), after which the body's town may follow."""
    words = [_key(w) for w in (role or "").split()]
    if len(words) >= 2 and words[-1] in _MONTHS:
        return words[-2] in _NUMBER_WORDS
    return bool(words) and words[-1] in _NUMBER_WORDS


def place_after_locative(role: str | None) -> bool:
    """Whether a parsed post ends where a place's name begins, so that the capitalised words read
    as a name after it are the place's: a street word ("Pedagang di Jalan" + "Gatot Soebroto"), or
    "di" and only words of a place's kind ("Warga di Kelurahan Sei" + "Sikambing", "Pedagang di
    Pasar" + "Sentral")."""
    words = [_key(w) for w in (role or "").split()]
    if not words:
        return False
    if words[-1] in _STREET_WORDS:
        return True
    if "di" not in words:
        return False
    after = words[len(words) - words[::-1].index("di") :]
    return bool(after) and all(w in _PLACE_KINDS for w in after)


def unit_head_post(role: str | None) -> bool:
    """Whether a parsed post opens with a unit's head ("Kasi Perlindungan", "Plt Kabid"), whose
    unit's spelled-out field may run on into what was read as the name ("Tanaman X")."""
    words = [_key(w) for w in (role or "").split()]
    if words and words[0] in _ACTING:
        words = words[1:]
    return bool(words) and words[0] in _UNIT_HEAD_WORDS


def unit_head_alone(role: str | None) -> bool:
    """Whether a parsed post is only a unit's head ("Kadis", "Plt Kabid"), the unit's short form
    read into the name ("Kadis" + "Perkim Sukabumi X")."""
    words = [_key(w) for w in (role or "").split()]
    if words and words[0] in _ACTING:
        words = words[1:]
    return len(words) == 1 and words[0] in _UNIT_HEAD_WORDS


def short_form_shaped(word: str) -> bool:
    """Whether a word is written as a short form: two capitals or more, or a digit ("TPHBun",
    "P2P", "PUPR"), never a name's shape."""
    return sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word)


def one_place_post(role: str | None) -> bool:
    """Whether a parsed post is only a local head's word, its place not printed yet ("Camat",
    "Kepala Desa"), so that the first of the capitalised words after it is the place."""
    words = [_key(w) for w in (role or "").split()]
    if words and words[0] in _ACTING:
        words = words[1:]  # ("Plt Camat X": an acting head's place is printed the same way)
    if len(words) == 1:
        return words[0] in _ONE_PLACE_POSTS
    return len(words) == 2 and (words[0], words[1]) in _ONE_PLACE_PAIRS


# Words that open a firm's or a school's own name, which runs on after them ("PT Jasa Marga",
# "Universitas Sebelas Maret", "Yayasan Bina Insani").
_NAME_OPENERS = frozenset(
    {"pt", "cv", "ud", "perum", "perumda", "bank", "universitas", "institut", "politeknik", "akademi"}
    | {"sekolah", "stikes", "yayasan", "koperasi", "rumah"}
)


def in_a_body_s_name(role: str | None) -> bool:
    """Whether a parsed post stops inside a firm's or a school's own name, one of its last two
    words opening it ("Direktur Utama PT Jasa" + "Marga X"): the name's first words may be the
    body's. Not after a short form, which is the body's whole name ("PT KCI")."""
    words = (role or "").split()[-2:]
    if words and short_form_shaped(words[-1]):
        return False  # ("VP Corporate Communication PT KCI": a short form ends the firm's name)
    return any(_key(w) in _NAME_OPENERS for w in words)


# A local unit named with its kind ("Kecamatan Cisompet", "Desa Sukamaju", "Polsek Cikalong").
_LOCAL_UNIT = re.compile(r"\b(?:Kecamatan|Desa|Kelurahan|Kampung|Polsek|Koramil)\s+([A-Z][\w'-]+)")


def other_local_place(text: str, word: str) -> bool:
    """Whether the article names a local unit by another word than `word` ("Kecamatan Cisompet"
    before "Camat Sumaryono Wiradinata"): the post's place is given there, so the words after
    the post are the name. Not when it also names `word` so ("Kecamatan Pangalengan")."""
    named = {m.group(1) for m in _LOCAL_UNIT.finditer(text)}
    return bool(named) and word not in named


# Bodies and places that are named after people ("RSUD dr. Slamet", "RS Hasan Sadikin", "Bandara
# Sultan Hasanuddin", "Stadion Gelora Bung Karno"): the words after them are their own name.
_EPONYM_BODIES = frozenset(
    {"rs", "rsu", "rsud", "rsup", "rsia", "rsau", "rsal", "rspad", "rumah", "sakit", "bandara", "stadion"}
    | {"masjid", "gedung"}
)


def eponym_body(role: str | None) -> bool:
    """Whether a parsed post is only a body's kind that people give their names to ("RSUD" +
    "dr. Slamet Garut"): the mention is the body speaking, not a person."""
    words = [_key(w) for w in (role or "").split()]
    return bool(words) and all(w in _EPONYM_BODIES for w in words)


# Endings of Javanese and Sundanese given names ("Sukartini", "Cicilia", "Sansan", "Suparjo",
# "Sumaryono", "Setiawan"): a word with one, after a local head's post, may open the name.
_GIVEN_NAME_ENDINGS = ("wati", "wan", "man", "san", "ni", "ti", "sih", "lia", "yah", "to", "no", "yo", "jo", "di", "dy")


def may_open_a_name(word: str) -> bool:
    """Whether a word ends as given names do, so that it may be the person's, not a place's."""
    return _key(word).endswith(_GIVEN_NAME_ENDINGS)
