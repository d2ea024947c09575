"""Indonesian attributions the rules were not fitted to: a sentence after a statement that names
its speaker with a passive verb, a quote's passive cue, a person named after a body's own name and
a comma. Every row is a small invented article (invented people, bodies and places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import who

_SAID = "Harga gabah di tingkat petani turun menjadi lima ribu rupiah per kilogram pekan ini."
_AFTER = "Sebagian petani memilih menyimpan gabah mereka di lumbung desa sampai harga naik."


def _speakers(text: str) -> list[str | None]:
    return [name for name, _ in who(text, "id")]


@pytest.mark.parametrize(
    "back",
    [
        # news confirmed or admitted, a point stressed: the sentence before is the one named's
        "Hal itu dibenarkan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        "Informasi tersebut dibenarkan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        "Kabar itu diakui Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        "Penegasan itu disampaikan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        "Hal tersebut dituturkan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        # the post, then the name after a comma, with a paragraph after it
        "Hal itu disampaikan Kepala Dinas Pertanian Kabupaten Cikadu, Wawan Setiawan.",
        # a body's own name before the comma, and a doctor's "dr."
        "Hal itu dibenarkan Kepala Puskesmas Sungai Cikadu, dr. Wawan Setiawan.",
        "Hal itu dibenarkan Kepala Perum Bulog Cabang Cikadu, Wawan Setiawan.",
    ],
)
def test_a_passive_attribution_gives_the_sentence_before_to_the_one_named(back: str) -> None:
    text = f"Harga Gabah\n\n{_SAID}\n\n{back}\n\n{_AFTER}\n"
    assert _speakers(text) == ["Wawan Setiawan"]


@pytest.mark.parametrize(
    "cue",
    [
        # a passive cue after the quote: "so it was said by X"
        "demikian disampaikan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        "begitu diungkapkan Kepala Dinas Pertanian Kabupaten Cikadu Wawan Setiawan.",
        # a body's own name, or a doctor's "dr.", before the name after a comma
        "kata Kepala Puskesmas Sungai Cikadu, dr. Wawan Setiawan.",
        "kata Direktur RSUD Kota Cikadu, dr. Wawan Setiawan.",
    ],
)
def test_a_quote_s_cue_names_the_person_after_the_post(cue: str) -> None:
    text = f'Harga Gabah\n\n"{_SAID[:-1]}," {cue}\n\n{_AFTER}\n'
    assert _speakers(text) == ["Wawan Setiawan"]


@pytest.mark.parametrize(
    ("first", "cue", "name"),
    [
        # a local post spelled out at the first mention, then its short form alone, and back
        ("Kepala Desa Cikadu Wawan Setiawan", "kata Kades", "Wawan Setiawan"),
        ("Kades Cikadu Wawan Setiawan", "kata Kepala Desa", "Wawan Setiawan"),
        ("Wakil Bupati Garut Wawan Setiawan", "kata Wabup", "Wawan Setiawan"),
        ("Sekretaris Daerah Kabupaten Cikadu Wawan Setiawan", "ujar Sekda", "Wawan Setiawan"),
        ("Kepala Kepolisian Resor Cikadu AKBP Wawan Setiawan", "kata Kapolres", "Wawan Setiawan"),
        ("Komandan Distrik Militer 0611 Cikadu Letkol Inf Wawan Setiawan", "ujar Dandim", "Wawan Setiawan"),
        # a Dinas's head by its coined short form, the unit's letters inside its word
        ("Kepala Dinas Pendidikan Kabupaten Cikadu Wawan Setiawan", "kata Kadisdik", "Wawan Setiawan"),
        ("Kepala Dinas Perhubungan Kabupaten Cikadu Wawan Setiawan", "kata Kadishub", "Wawan Setiawan"),
    ],
)
def test_a_post_s_other_form_alone_names_its_holder(first: str, cue: str, name: str) -> None:
    text = (
        f"Kabar Daerah\n\n{first} meninjau lokasi banjir di pusat kota pada Senin pagi.\n\n"
        f'"Warga diminta waspada saat hujan deras turun," {cue}.\n'
    )
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("first", "opener", "name"),
    [
        # "menurut" and a post in lower case: the official the article named with it
        ("Bupati Garut Wawan Setiawan", "Menurut bupati", "Wawan Setiawan"),
        ("Camat Cikadu Wawan Setiawan", "Menurut camat", "Wawan Setiawan"),
        ("Kapolres Garut AKBP Wawan Setiawan", "Sementara menurut kapolres", "Wawan Setiawan"),
    ],
)
def test_menurut_and_a_post_in_lower_case_names_its_holder(first: str, opener: str, name: str) -> None:
    text = (
        f"Kabar Daerah\n\n{first} meninjau lokasi banjir di pusat kota pada Senin pagi.\n\n"
        f"{opener}, warga diminta waspada saat hujan deras turun pada malam hari.\n"
    )
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # a military command's number and its place ("0611/Cikadu", "XIV/Cikadu"), the officer's
        # rank and corps with its stop: the person the next sentence's "Ia" is
        ("Dandim 0611/Cikadu Letkol Inf Wawan Setiawan", "Wawan Setiawan"),
        ("Dandim 0611/Cikadu Letkol Inf. Wawan Setiawan", "Wawan Setiawan"),
        ("Danramil 04/Tanjung Cikadu Kapten Inf Wawan Setiawan", "Wawan Setiawan"),
        ("Pangdam XIV/Cikadu Mayjen TNI Wawan Setiawan", "Wawan Setiawan"),
    ],
)
def test_a_command_s_number_and_place_leave_the_officer_named(first: str, name: str) -> None:
    text = (
        f"Kabar Daerah\n\n{first} memimpin karya bakti di desa itu pada Senin pagi.\n\n"
        "Ia mengatakan kegiatan itu rutin digelar setiap bulan oleh prajurit.\n"
    )
    assert _speakers(text) == [name]


def test_an_officer_s_corps_with_its_stop_ends_no_mention() -> None:
    text = (
        "Kabar Daerah\n\nDandim 0611/Cikadu Letkol Inf. Wawan Setiawan menegaskan prajurit siap membantu "
        "penanganan banjir di wilayah itu.\n"
    )
    assert who(text, "id") == [("Wawan Setiawan", "Dandim 0611/Cikadu")]


@pytest.mark.parametrize(
    ("back", "name"),
    [
        # a passive attribution inside the paragraph, its sentence ended by a full stop before the
        # next one (an initial's stop does not end it)
        ("Hal itu disampaikan Kepala Dinas Pertanian Kabupaten Garut Wawan Setiawan.", "Wawan Setiawan"),
        ("Informasi itu dibenarkan Kapolres Garut AKBP Wawan Setiawan.", "Wawan Setiawan"),
        ("Hal itu disampaikan Kepala Dinas Pertanian Kabupaten Garut M. Wawan Setiawan.", "M. Wawan Setiawan"),
    ],
)
def test_a_passive_attribution_inside_a_paragraph_ends_at_its_full_stop(back: str, name: str) -> None:
    text = f"Harga Gabah\n\n{_SAID} {back} Petani diminta menyimpan gabah mereka di lumbung desa.\n"
    assert _speakers(text) == [name]
