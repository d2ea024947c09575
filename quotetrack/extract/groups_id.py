"""Indonesian groups of people the article does not name, placed by where they live or work
("Warga Desa X, Kecamatan Poto Tano", "Para petani di Kecamatan Moyo Hilir"): the capitalised
words there are a place's, never a person's name. Word-shape tests, no article context."""

from __future__ import annotations

from quotetrack.extract.descriptors import describes_private_person
from quotetrack.extract.words import given_names_id

# Words that count or gather the people of a group before its noun ("Para petani", "Sejumlah
# warga", "Ratusan nelayan").
_QUANTIFIERS = frozenset(
    {"para", "sejumlah", "beberapa", "banyak", "puluhan", "ratusan", "ribuan", "belasan", "kalangan", "seluruh"}
    | {"semua", "segenap", "kaum", "masyarakat"}
)
# The kinds of place whose own name follows them ("Desa Kiantar", "Kecamatan Poto Tano").
_PLACE_KINDS = frozenset(
    {"desa", "kelurahan", "dusun", "kampung", "nagari", "gampong", "kecamatan", "distrik", "kabupaten", "kota"}
    | {"provinsi", "pasar", "pulau", "kawasan", "perumahan", "kompleks", "lingkungan", "jalan", "jl", "jl."}
)
# What may stand between the group's noun and the place ("warga di sekitar Pasar X").
_LINKS = frozenset({"di", "dari", "asal", "sekitar", "kawasan", "wilayah"})


def _key(word: str) -> str:
    return word.casefold().strip(",.")


def _a_group(words: list[str]) -> bool:
    """Whether the words open with people the article does not name ("Warga", "Para petani",
    "Sejumlah pedagang"): a member of the public's noun after any counting word."""
    while words and _key(words[0]) in _QUANTIFIERS:
        words = words[1:]
    # (the noun may take more than one word: "Sejumlah ibu rumah tangga di ...")
    noun = []
    for word in words:
        if _key(word) in _LINKS or _key(word) in _PLACE_KINDS:
            break
        noun.append(word.strip(","))
        if word.endswith(","):
            break
    return bool(noun) and (describes_private_person(noun[0]) or describes_private_person(" ".join(noun)))


def named_only_in_place(printed: str, name: str | None) -> bool:
    """Whether `name` (a mention's name or body) is only the name of the place a group lives or
    works in: the printed mention opens with an unnamed group ("Warga", "Para petani di") and
    the words that end on the name belong to a place's phrase, the part of the mention after
    its last comma before the name opening with a place's kind ("Kecamatan Poto Tano"), or
    with "di" and one ("di Desa Riwo"). "Warga Desa X, Budi Harjo" names Budi Harjo: a comma
    sets the name apart from the place."""
    if not name or (at := printed.rfind(name)) <= 0:
        return False
    head = printed[:at]
    words = printed.split()
    if len(words) < 3 or not _a_group(words[:5]):
        return False
    piece = head.rsplit(",", 1)[-1].split()
    if not piece:
        return _key(name.split()[0]) in _PLACE_KINDS  # ("..., Kabupaten Dompu" read as a body)
    if "," not in head:
        # (no comma: the place follows the group's words, "Warga Desa X", "Petani di Kecamatan Y";
        # a given name after it opens the resident's name, "Warga Desa Sukamaju Ujang Sopandi")
        if _key(name.split()[0]) in given_names_id():
            return False
        piece = piece[next((k for k, w in enumerate(piece) if _key(w) in _PLACE_KINDS), len(piece)) :]
    while piece and _key(piece[0]) in _LINKS:
        piece = piece[1:]
    return bool(piece) and _key(piece[0]) in _PLACE_KINDS


def resident_s_places(printed: str, name: str | None, role: str | None) -> str | None:
    """What a resident named after the places they live in is ("Warga Desa X, Kecamatan Y,
    Rukmini" -> "Warga Desa X, Kecamatan Y"), where the post was read as the last place alone
    ("Kecamatan Y"); None for any other mention."""
    if not name or not role or _key(role.split()[0]) not in _PLACE_KINDS:
        return None
    head = printed[: printed.rfind(f", {name}")] if f", {name}" in printed else ""
    words = head.split()
    if "," not in head or len(words) < 3 or not _a_group(words[:5]) or role not in head:
        return None
    return head.strip(" ,")
