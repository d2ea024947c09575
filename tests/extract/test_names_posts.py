"""Who said it and in what post, on made-up sentences: name boundaries, posts, past posts.

Each row is a small invented article and what a reader must see for its one speaker.
"""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement, extract
from quotetrack.extract.around import post_before
from quotetrack.extract.mentions import parse_mention
from quotetrack.extract.words import lexicon
from quotetrack.resolve.names import parse_name
from quotetrack.resolve.posts import canonical_post, fullest_posts, posts_held
from quotetrack.resolve.roles import parse_role
from quotetrack.text.clean import prepare, unglue


def _statements(text: str, lang: str = "id") -> list[ExtractedStatement]:
    return extract(prepare(text)[0], lang=lang).statements


def _post_and_region(statement: ExtractedStatement) -> tuple[str | None, str | None]:
    """The post as the registry files it (label) and its region's name."""
    post = canonical_post(statement.role, statement.region)
    return (post.label if post else None, post.region.name if post and post.region else None)


def _speaker(text: str, lang: str = "id") -> tuple[str | None, str | None]:
    prepared, meta = prepare(text)
    statements = extract(prepared, lang=lang).statements
    assert statements, "no statement found"
    first = statements[0]
    post = canonical_post(first.role, first.region)
    return first.speaker, post.label if post else None


@pytest.mark.parametrize(
    ("text", "name", "post_words"),
    [
        # A region printed between the office and the name is never part of the name.
        ('Wali Kota Malang Sutarjo mengatakan, "Pasar akan dibuka lagi pekan depan."', "Sutarjo", {"Wali", "Kota"}),
        # A spelled-out police rank belongs to the honorifics, not to the name or the post.
        (
            'Kabid Humas Polda Metro Jaya Komisaris Besar Yudi Santoso mengatakan, "Jalan ditutup sementara."',
            "Yudi Santoso",
            {"Kabid", "Humas"},
        ),
        # Initials without full stops stay inside the name.
        ('Kepala Bappeda Rahmat P Wijaya menegaskan, "Anggaran sudah dikunci."', "Rahmat P Wijaya", {"Kepala"}),
        ('"Kami siap," kata Menteri Agama Hasan MD.', "Hasan MD", {"Menteri", "Agama"}),
        # "Haji", "Hajjah" spelled out are titles, as "H.", "Hj." are.
        ('Ketua MUI Kabupaten Garut Haji Abdul Rosyadi mengatakan, "Jaga kerukunan."', "Abdul Rosyadi", {"Ketua"}),
        ('"Pengajian tetap digelar," kata Kepala Desa Cikole, Hajjah Siti Maryam.', "Siti Maryam", {"Kepala", "Desa"}),
        # ... but the pilgrimage a body serves is the body's name.
        ('Kepala UPT Asrama Haji Kota Medan Rudi Hartono mengatakan, "Kamar sudah siap."', "Rudi Hartono", {"Haji"}),
        # A body's own place after "di", then its head's name ("... di Jayapura" after a name is a venue).
        (
            'Kepala Balai Besar POM di Semarang Rina Hapsari menyebutkan, "Ribuan kosmetik ilegal kami sita."',
            "Rina Hapsari",
            {"Kepala"},
        ),
        (
            'Kepala Kantor Imigrasi di Palu Agus Wibowo mengatakan, "Paspor bisa diambil besok."',
            "Agus Wibowo",
            {"Kepala"},
        ),
        # A local unit's place after it, as after a local head ("Camat Cibatu X").
        (
            'Kepala UPTD Puskesmas Cibeber Yayan Sopyan mengatakan, "Vaksinasi anak digelar setiap Kamis."',
            "Yayan Sopyan",
            {"Kepala"},
        ),
        # A nickname in brackets between the name and its post.
        (
            'Muhammad Yusuf (Ucup), Ketua Gapoktan Tunas Harapan, mengatakan, "Panen raya bulan depan."',
            "Muhammad Yusuf",
            {"Ketua"},
        ),
        # Balinese names keep their "I".
        ('Gubernur Bali I Made Sukarta mengatakan, "Upacara tetap berjalan."', "I Made Sukarta", {"Gubernur"}),
        # An office in brackets before the name still gives the post.
        (
            'Gubernur Jawa Timur (Jatim) Siti Rahmawati menyampaikan, "Pasar tetap buka sampai malam."',
            "Siti Rahmawati",
            {"Gubernur"},
        ),
    ],
)
def test_name_and_post(text: str, name: str, post_words: set[str]) -> None:
    speaker, post = _speaker(text)
    assert speaker == name
    assert post is not None and post_words <= set(post.split())


@pytest.mark.parametrize(
    "text",
    [
        'Kepala Badan Kepegawaian Negara (BKN) Bima Haria Santosa mengatakan, "Pulsa ASN ditanggung."',
        'Kepala Badan Kepegawaian Negara Bima Haria Santosa mengatakan, "Pulsa ASN ditanggung."',
        'Menteri Dalam Negeri Bima Haria Santosa mengatakan, "Pulsa ASN ditanggung."',
        'Anggota Komisi II DPR RI Bima Haria Santosa mengatakan, "Pulsa ASN ditanggung."',
    ],
)
def test_a_place_s_word_after_a_national_body_opens_the_name(text: str) -> None:
    """A national body or post has no place printed after it: "Bima" (a regency's name too)
    is the name's first word."""
    (statement,) = _statements(text)
    assert (statement.speaker, statement.region) == ("Bima Haria Santosa", None)


def test_a_place_after_a_district_office_is_still_its_place() -> None:
    (statement,) = _statements('Kepala Kejaksaan Negeri Bima Budi Santoso mengatakan, "Berkas sudah lengkap."')
    assert (statement.speaker, statement.region) == ("Budi Santoso", "Bima")


def test_a_list_of_officials_with_bracketed_short_forms_gives_each_their_own_post() -> None:
    """Each item is post (short form) name: the post after a name's comma is the next person's."""
    text = (
        "Rapat kabinet\n\nHadir dalam rapat itu Menteri Ketenagakerjaan (Menaker) Rina Wulandari, Menteri Sosial "
        "(Mensos) Tari Kusumawati, Wakil Menteri Agama Hasan Basri Lubis, Menteri Kesehatan (Menkes) Budi Rahardjo, "
        "dan Kepala Badan Nasional Penanggulangan Bencana (BNPB) Sigit Wicaksono.\n\n"
        '"Bansos kami serahkan awal bulan," ucap Tari.\n\n'
        '"Vaksin tiba pekan depan," kata Budi.\n\n'
        '"Pendataan pekerja sudah selesai," ujar Rina.\n'
    )
    said = {(s.speaker, s.role) for s in _statements(text)}
    assert said == {
        ("Tari Kusumawati", "Menteri Sosial (Mensos)"),
        ("Budi Rahardjo", "Menteri Kesehatan (Menkes)"),
        ("Rina Wulandari", "Menteri Ketenagakerjaan (Menaker)"),
    }


def test_a_party_s_one_word_name_ends_the_post_and_the_name_keeps_its_first_word() -> None:
    """The article calls him by his middle name ("kata Dasco"); "Partai Gerindra" is complete,
    so the word after it opens the name, not the party's."""
    text = (
        "Berita\n\nWakil Ketua Umum Partai Gerindra Sufran Dasco Ahmadi mengatakan, rapat digelar pekan depan.\n\n"
        '"Semua pengurus daerah hadir," kata Dasco.\n'
    )
    assert {(s.speaker, s.role) for s in _statements(text)} == {
        ("Sufran Dasco Ahmadi", "Wakil Ketua Umum Partai Gerindra")
    }


@pytest.mark.parametrize(
    "printed",
    [
        "perempuan asal Depok, Jawa Barat",  # where she is from
        "warga asal Garut",
        "pihak Bandara Internasional Lombok",  # an airport speaks, no one named
        "data Bandara Internasional Lombok",
    ],
)
def test_a_place_or_an_airport_is_no_one_s_name(printed: str) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is None or mention.name is None


def test_a_clause_run_into_the_paragraph_before_the_name_is_no_post() -> None:
    """A subheading glued to its paragraph ("... harus segera terbit Terkait ..."): no post."""
    text = (
        "Keputusan Gubernur harus segera terbit Terkait bantuan sosial, Hendra melanjutkan, pemerintah provinsi "
        "bisa memakai peraturan yang ada."
    )
    assert _speaker(text) == ("Hendra", None)


def test_kiai_haji_spelled_out_is_a_title_of_neither_the_name_nor_the_post() -> None:
    text = 'Ketua Yayasan Al Ikhlas Kiai Haji Abdul Rosyadi mengatakan, "Santri baru diterima bulan depan."'
    assert _speaker(text) == ("Abdul Rosyadi", "Ketua Yayasan Al Ikhlas")


@pytest.mark.parametrize(
    ("role", "region"),
    [
        ("Karenanya", None),  # a connective
        ("Selasa", None),  # a weekday
        ("Bukan hanya transfer ke daerah", None),  # a clause
        ("Mantan Menteri Pertanian", None),  # a former post is not the post held
        ("former Home Secretary", None),
    ],
)
def test_not_a_post(role: str, region: str | None) -> None:
    assert canonical_post(role, region) is None


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("Menteri Dalam Negeri (Mendagri", "Menteri Dalam Negeri"),  # an unclosed bracket is cut
        ("New Home Secretary", "Home Secretary"),  # "new" describes the holder
        ("Ketua KPU", "Ketua KPU"),
        ("Republican presidential front-runner", "Republican Presidential Front-runner"),  # a candidate's standing
    ],
)
def test_post_label(role: str, label: str) -> None:
    post = canonical_post(role, None)
    assert post is not None and post.label == label
    assert post.label.count("(") == post.label.count(")")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kepala Otorita (OIKN)Budi Santosobuka suara", "Kepala Otorita (OIKN) Budi Santoso buka suara"),
        ("kata PresidenJoko Susanto", "kata Presiden Joko Susanto"),
        ("Soekarnomengatakan bahwa", "Soekarno mengatakan bahwa"),
        ("KetuaKPUAhmad Fauzi mengatakan", "Ketua KPU Ahmad Fauzi mengatakan"),
        ("McDonald dan Setiabudi", "McDonald dan Setiabudi"),  # nothing glued
    ],
)
def test_unglue(line: str, expected: str) -> None:
    assert unglue(line) == expected


def test_reporter_narration_is_no_statement() -> None:
    text = (
        "Wartawan telah mengkonfirmasi Ketua DPRD Garut Budi Hartono soal anggaran itu.\n"
        'Ketua DPRD Garut Budi Hartono mengatakan, "Anggaran sudah kami bahas."'
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="id").statements
    assert [s.speaker for s in statements] == ["Budi Hartono"]


def test_an_organisation_speaks_as_an_organisation() -> None:
    prepared, _ = prepare('DKPP menyatakan bahwa putusan itu sudah final.\n"Tidak ada banding," tegas DKPP.')
    statements = extract(prepared, lang="id").statements
    assert statements and all(s.speaker_kind == "organisation" for s in statements if s.speaker)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ('"We will not stop," Mayor Kate Holloway said on Tuesday.', "Kate Holloway", "Mayor"),
        ('"The bill is dead," Gov. Aaron Pike said.', "Aaron Pike", "Governor"),
        ('"We will fight this," said Senator Ellen Marsh of Vermont.', "Ellen Marsh", "Senator"),
        ('"We will fight this," said Rep. Dana Ortiz, D-Calif.', "Dana Ortiz", "Representative"),
        (
            '"We will fight this," said Chancellor of the Exchequer Owen Fairley.',
            "Owen Fairley",
            "Chancellor of the Exchequer",
        ),
        # (the state is the post's region: "Governor", New York)
        ('"We will fight this," said New York Governor Paul Grant.', "Paul Grant", "Governor"),
        ('"We will fight this," said UN Secretary-General Ana Ribeiro.', "Ana Ribeiro", "UN Secretary-General"),
        (
            "But Tom Hale, director general of the Chamber of Shipping, warned that costs would rise.",
            "Tom Hale",
            "Director General of the Chamber of Shipping",
        ),
        # A surname that is also a party's word ("Green") is a surname after a given name.
        (
            "Anna Green, director of the City Literacy Program, said the classes would go on.",
            "Anna Green",
            "Director of the City Literacy Program",
        ),
        # "according to" after a quote is its cue, as "menurut" is in Indonesian.
        ('"The economy is resilient," according to Finance Minister Sri Wahyuni.', "Sri Wahyuni", "Finance Minister"),
        # The verb first, opening the sentence: "Said" is no part of the name; but a given name
        # "Said" before a verb is.
        ('Said Penrose: "We will not back down on this."', "Penrose", None),
        ('Said Mr Penrose, "We will not back down on this."', "Penrose", None),
        ('Said Penrose told the BBC: "We will not back down on this."', "Said Penrose", None),
        # An office whose name opens with "Lord" keeps it; a peer's title and its place are no name.
        ('"We need more judges," said Lord Chancellor Lord Penrose.', "Penrose", "Lord Chancellor"),
        ('"We need more judges," said the Lord Chief Justice, Lord Penrose.', "Penrose", "Lord Chief Justice"),
        ('"The bill is flawed," said Lord Penrose of Tillington.', "Penrose", None),
        ('"The bill is flawed," said Baroness Ashdown of Kelso, a former minister.', "Ashdown", None),
        # A post printed after the name, after the verb.
        (
            '"We need more funding," said Dr. Jane Smith, director of the National Cancer Institute.',
            "Jane Smith",
            "Director of the National Cancer Institute",
        ),
        # An English given name that is an Indonesian clause word ("hal", a matter) is a name here.
        ('Judge Hal Brenner said the ruling would stand. "The law is clear," Brenner said.', "Hal Brenner", "Judge"),
    ],
)
def test_english_posts(text: str, name: str, post: str | None) -> None:
    speaker, label = _speaker(text, lang="en")
    assert speaker == name
    assert post is None or label == post


def _speakers(text: str, lang: str) -> list[str | None]:
    prepared, _ = prepare(text)
    return [s.speaker for s in extract(prepared, lang=lang).statements]


def test_english_pronouns_respect_gender() -> None:
    text = (
        "Health Secretary Anna Whitlow met union leader Mark Bristow on Monday.\n"
        '"We have moved a long way," Ms Whitlow said.\n'
        'Mr Bristow said the offer was "an insult to nurses".\n'
        '"There is more money on the table," she said.'
    )
    assert _speakers(text, "en") == ["Anna Whitlow", "Mark Bristow", "Anna Whitlow"]


def test_a_post_shaped_anaphor_goes_to_the_holder_of_the_post() -> None:
    text = (
        "Sekda Garut Rudi Hartono dan Kepala Dinas Kesehatan Garut Siti Aminah meninjau posko.\n"
        '"Stok obat cukup," kata Siti Aminah.\n'
        'Sekda itu menegaskan, "Posko buka 24 jam."'
    )
    assert _speakers(text, "id")[-1] == "Rudi Hartono"


def test_a_former_post_anaphor_is_the_person_written_about() -> None:
    text = (
        'Gubernur Bali Made Suarta mengatakan, "Wisatawan tetap kami awasi."\n'
        "Mantan anggota DPR RI ini mengaku terus memantau perkembangan harian."
    )
    assert _speakers(text, "id") == ["Made Suarta", "Made Suarta"]


def test_an_official_who_did_not_answer_gets_no_statement() -> None:
    text = (
        'Ketua Forum Guru Honorer Budi Prasetyo mengatakan, "Gaji kami belum dibayar tiga bulan."\n'
        "Bupati Garut Rahmat Hidayat belum merespons pertanyaan wartawan hingga berita ini diturunkan.\n"
        '"Kami akan terus menunggu jawaban," ujarnya.'
    )
    speakers = _speakers(text, "id")
    assert "Rahmat Hidayat" not in speakers
    assert speakers[0] == "Budi Prasetyo"


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("Trade and Industry Secretary", "Trade and Industry Secretary"),  # English puts the portfolio first
        ("Wakil Ketua Komisi I dari fraksi PDIP", "Wakil Ketua Komisi I"),  # "I" is no part of "Komisi"
        ("Home Secretary had time", "Home Secretary"),  # a clause after the post
        ("CEO", "CEO"),  # as printed, not spelled out ("Chief Executive")
        ("CFO", "CFO"),
    ],
)
def test_post_labels_read_as_printed(role: str, label: str) -> None:
    post = canonical_post(role, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "lang"),
    [
        ("Pemerintah Provinsi Jawa Barat", "id"),
        ("Dewan Kehormatan Penyelenggara Pemilu", "id"),
        ("Tentara Pembebasan Nasional Papua Barat", "id"),
        ("Amnesty International", "en"),
        ("Human Rights Watch", "en"),
    ],
)
def test_bodies_are_organisations_not_people(printed: str, lang: str) -> None:
    from quotetrack.extract.mentions import parse_mention
    from quotetrack.extract.words import lexicon

    mention = parse_mention(printed, lexicon(lang))
    assert mention is not None and mention.name is None and mention.org


@pytest.mark.parametrize(
    "intro",
    [
        "Ketua Forum Guru Honorer Sutrisno Wibowo, yang akrab disapa Kang Tris,",
        "Ketua Forum Guru Honorer Sutrisno Wibowo alias Kang Tris",
        "Ketua Forum Guru Honorer Sutrisno Wibowo atau yang dikenal dengan Kang Tris",
        # (in brackets, with a word of address)
        "Ketua Forum Guru Honorer Sutrisno Wibowo (Kang Tris)",
    ],
)
def test_a_nickname_the_article_introduces_is_the_same_person(intro: str) -> None:
    text = f'{intro} menyampaikan bahwa honor guru belum cair.\n"Kami sudah menunggu tiga bulan," kata Kang Tris.'
    assert set(_speakers(text, "id")) == {"Sutrisno Wibowo"}


@pytest.mark.parametrize("nickname", ["Kang Maman", "Mbah Maman", "Bli Maman"])
def test_a_one_word_name_before_a_bracketed_nickname_is_the_person_s(nickname: str) -> None:
    text = (
        f"Kepala Desa Cibodas Sukirman ({nickname}) menyampaikan bahwa honor guru ngaji belum cair.\n"
        f'"Kami sudah menunggu tiga bulan," kata {nickname}.'
    )
    assert [s.speaker for s in _statements(text, "id")] == ["Sukirman", "Sukirman"]


def test_a_description_that_gives_a_nickname_stands_for_the_person_it_names() -> None:
    text = (
        "SURABAYA - Kepala Dinas Sosial Kota Surabaya Ratnaningsih Wibowo mengatakan pendataan dimulai pekan ini.\n\n"
        "Menurut dia, Wali Kota Surabaya Eko Cahyono sudah meminta semua camat membantu.\n\n"
        "Perempuan yang akrab disapa Ningsih ini menegaskan bahwa data ganda akan dicoret.\n\n"
        '"Datanya sudah kami kirim ke pusat," ujar Ningsih.\n\n'
        "Pria yang akrab disapa Cak Eko itu sebelumnya mengatakan bantuan harus tepat sasaran.\n"
    )
    speakers = [s.speaker for s in _statements(text, "id")]
    assert speakers == ["Ratnaningsih Wibowo"] * 4 + ["Eko Cahyono"]


def test_a_document_s_words_a_case_number_and_a_name_after_the_post_s_field() -> None:
    text = (
        "Putusan banding\n\n"
        'JAKARTA - "Membatalkan putusan Pengadilan Negeri Jakarta Pusat 757/Pdt.G/2022/PT.Jkt.Pst," ujar Ketua '
        "Majelis Hakim Sugeng Riyadi di Jakarta.\n\n"
        '"Menghukum tergugat untuk menunda tahapan pemilu," bunyi diktum kelima amar putusan tersebut.\n\n'
        '"Demikian surat ini disampaikan untuk menjadi perhatian," lanjut bunyi surat edaran itu.\n\n'
        '"Warga wajib memakai masker di luar rumah," kata juru bicara Pemerintah Kabupaten Purworejo dalam '
        "penanganan Covid-19, dr H Darsono, Senin (11/5/2020).\n\n"
        '"Tahapan tetap berjalan," kata Presiden dalam rapat terbatas di Istana Merdeka, Jakarta.\n'
    )
    assert "PT.Jkt.Pst" in prepare(text)[0]
    got = [s.speaker for s in _statements(text, "id")]
    assert got == ["Sugeng Riyadi", None, None, "Darsono", None]


def test_words_run_together_are_split_where_the_article_prints_them_apart() -> None:
    text = (
        "Judul\n\nJakarta - Menteri Pertahanan Bagus SantosoBagus mengatakan bahwa anggaran pertahanan "
        "tahun depan akan naik tajam.\n"
        "Bagus juga hadir. Wakil Ketua Arif Rahmanmelapor ke polisi, dan Arif kembali melapor pekan ini.\n"
        "McDonald dan DeSantis bicara di YouTube."
    )
    prepared, _ = prepare(text)
    assert "Santoso Bagus mengatakan" in prepared
    assert extract(prepared, lang="id").statements[0].speaker == "Bagus Santoso"
    assert "Arif Rahman melapor" in prepared
    assert "McDonald dan DeSantis bicara di YouTube." in prepared


def test_a_misspelling_in_one_article_is_the_same_person_and_a_near_name_is_not() -> None:
    text = (
        'Gubernur Jawa Timur Siti Nurhayati Purwaningsih mengatakan, "Bantuan sudah dikirim."\n'
        '"Kami pantau setiap hari," kata Siti Nurhayati Purwanigsih.\n'
        'Bupati Gresik Budi Santoso dan Bupati Lamongan Budi Susanto hadir. "Jalan rusak," kata Budi Susanto.'
    )
    assert _speakers(text, "id") == ["Siti Nurhayati Purwaningsih", "Siti Nurhayati Purwaningsih", "Budi Susanto"]


@pytest.mark.parametrize(
    ("role", "region"),
    [
        ("Kapolda Metro Jaya", "Daerah Khusus Ibukota Jakarta"),  # the police command of Jakarta
        ("Kepala BPBD Kabupaten Garut Budi Santoso", "Kabupaten Garut"),  # the name run on is no area
        ("Wali Kota Bandar Lampung", "Kota Bandar Lampung"),
        ("Gubernur Jawa Barat", "Jawa Barat"),
    ],
)
def test_regions_of_posts_are_areas(role: str, region: str | None) -> None:
    post = canonical_post(role, None)
    assert post is not None
    assert (post.region.name if post.region else None) == region


def test_a_clipped_first_word_is_the_person_it_starts() -> None:
    text = (
        'Wali Kota Solo Hadi Dodyatmo mengatakan, "Monumen akan dibangun."\n'
        '"Kami tunggu rancangannya," ujar Dody.\n'
        'Camat Laweyan Agustan Wibowo hadir. "Jalan sudah diperbaiki," kata Agus.'
    )
    speakers = _speakers(text, "id")
    assert speakers[:2] == ["Hadi Dodyatmo", "Hadi Dodyatmo"]
    assert speakers[2] != "Agustan Wibowo"  # "Agus" is a name of its own


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("Kepala Otorita Ibu Kota Nusantara (OIKN)", "Kepala Otorita Ibu Kota Nusantara"),  # the name as printed
        ("Ketua KPU", "Ketua KPU"),
        ("Ketua Komisi Pemilihan Umum (KPU)", "Ketua Komisi Pemilihan Umum"),
    ],
)
def test_a_body_is_named_as_the_article_prints_it(role: str, label: str) -> None:
    post = canonical_post(role, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            'The Green Party\'s Holyrood leader, Fiona Baird, welcomed the move.\n"It is long overdue," Ms Baird said.',
            "Fiona Baird",
            {"Leader"},
        ),
        (
            "Omar Hadid, 41, the community center's program coordinator, said the school would reopen.\n"
            '"We are ready," Hadid said.',
            "Omar Hadid",
            {"Program", "Coordinator"},
        ),
        (
            "The Shadow Secretary of State for Transport, Helen Marsh, said the plan was late.\n"
            '"We will vote against it," Ms Marsh said.',
            "Helen Marsh",
            {"Shadow", "Secretary"},
        ),
    ],
)
def test_english_posts_around_the_name_reach_every_statement(text: str, name: str, words: set[str]) -> None:
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="en").statements
    assert statements and {s.speaker for s in statements} == {name}
    for s in statements:
        post = canonical_post(s.role, s.region)
        assert post is not None and words <= set(post.label.split())


def test_english_possessive_and_lower_case_post_before_a_comma() -> None:
    text = (
        "The Lib Dem leader said Tom Ashby's resignation was a chance to think again.\n"
        "The chairman of the Bar Council, Ruth Ellery QC, has warned that costs will rise.\n"
        '"People on the margins will suffer," Mr Ashby said.'
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="en").statements
    by_speaker = {s.speaker: s for s in statements}
    assert "Tom Ashby" in by_speaker and "Ruth Ellery" in by_speaker
    post = canonical_post(by_speaker["Ruth Ellery"].role, None)
    assert post is not None and post.label == "Chairman of the Bar Council"


@pytest.mark.parametrize("given", ["Ahmed", "Paulus", "Kiagus", "Ketut"])
def test_a_given_name_the_short_references_drop_stays_in_the_name(given: str) -> None:
    text = (
        f"Bupati Sleman {given} Fauzi Rahman mengatakan, " + '"Jalan segera diperbaiki."\n'
        '"Anggaran sudah ada," kata Fauzi.'
    )
    assert _speakers(text, "id") == [f"{given} Fauzi Rahman"] * 2


def test_the_name_starts_where_the_article_s_short_references_start_it() -> None:
    text = (
        "Direktur Eksekutif Lembaga Kajian Strategis Nusantara Policy Hendra Kusuma mengatakan, "
        '"Anggaran harus diawasi."\n'
        '"Kami akan terus memantau," kata Hendra.\n'
        'Menteri Tenaga Kerja M. Hanif Dhakiro menegaskan, "Gaji naik." "Itu janji kami," ujar Hanif.'
    )
    assert _speakers(text, "id") == ["Hendra Kusuma", "Hendra Kusuma", "M. Hanif Dhakiro", "M. Hanif Dhakiro"]


def test_a_subject_after_a_new_sentence_and_not_after_a_cue() -> None:
    text = (
        "Wakil Ketua Komisi I dari fraksi PDIP, Suryanto mengatakan anggaran daerah berkurang tahun depan.\n"
        'Menurutnya, Wali Kota Solo Ratna Dewi seharusnya fokus pada belanja. "Saya belum melihat korelasinya," '
        "terangnya.\n"
        "Critics doubt the plan. Recently, Harold Kemp, a former candidate, was asked about it by a caller. "
        '"So they can hurt us," he said.'
    )
    prepared, _ = prepare(text)
    by_text = {s.text[:8]: s.speaker for s in extract(prepared, lang="id").statements}
    assert by_text.get("Saya bel") == "Suryanto"
    english = {s.text[:8]: s.speaker for s in extract(prepared, lang="en").statements}
    assert english.get("So they ") == "Harold Kemp"


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A coordinating minister is written with the portfolio's short form after "Menko".
        (
            '"Semua pelanggaran akan ditindak tegas," kata Menko Polhukam Budi Santoso.',
            "Budi Santoso",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
        ),
        # A deputy minister: "Wa" + the minister's short form.
        ('"Defisit tetap terjaga," kata Wamenkeu Rina Kartika.', "Rina Kartika", "Wakil Menteri Keuangan"),
        ('"Data pemilih sudah dikirim," ujar Wamendagri Joko Pratama.', "Joko Pratama", "Wakil Menteri Dalam Negeri"),
        # A spelled-out rank before the name is the person's, not the post's.
        (
            '"Jalan ditutup sementara," kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yudi Santoso.',
            "Yudi Santoso",
            "Kepala Bidang Humas Polda",  # of Jakarta's police command: its region
        ),
        (
            '"Pelaku kami kejar," kata Kabareskrim Polri Komisaris Jenderal Agus Salim.',
            "Agus Salim",
            "Kabareskrim Polri",
        ),
        # ... but "Jenderal" after a post word is part of the post.
        (
            '"Target pajak tercapai," kata Direktur Jenderal Pajak Budi Hartono.',
            "Budi Hartono",
            "Direktur Jenderal Pajak",
        ),
        # A party, a mass organisation or a ministry's short form before the name is the body's.
        (
            '"Koalisi tetap solid," kata Ketua DPP Partai Golkar Budi Santoso.',
            "Budi Santoso",
            "Ketua DPP Partai Golkar",
        ),
        ('"Kami siap," kata Sekretaris Umum PP Muhammadiyah Rahmat Hidayat.', "Rahmat Hidayat", None),
        ('"Jadwal kereta normal," kata Juru Bicara Kemenhub Novi Riyanto.', "Novi Riyanto", None),
        # "Agung" completes "Jaksa Agung" and "Kejaksaan Agung"; elsewhere it is a given name.
        ('"Berkas sudah lengkap," kata Jaksa Agung Sanitiar Wibowo.', "Sanitiar Wibowo", "Jaksa Agung"),
        ('"Berkas sudah lengkap," kata Kapuspenkum Kejaksaan Agung Leo Simanjuntak.', "Leo Simanjuntak", None),
        ('"Berkas sudah lengkap," kata Kepala Dinas Pekerjaan Umum Agung Santoso.', "Agung Santoso", None),
        # A police rank between the unit and the name is neither initials nor part of the name.
        (
            '"Pelaku sudah diamankan," kata Kasat Reskrim Polres Bogor AKP Hendra Wijaya.',
            "Hendra Wijaya",
            "Kasat Reskrim",
        ),
    ],
)
def test_short_forms_of_posts_before_the_name(text: str, name: str, post: str | None) -> None:
    speaker, label = _speaker(f"Judul berita\n\n{text}\n")
    assert speaker == name
    assert post is None or label == post


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A body whose name holds "dan" still ends before the person: at its short form...
        (
            '"Relaksasi kredit diperpanjang," kata Deputi Komisioner Humas dan Logistik OJK Budi Santoso.',
            "Budi Santoso",
            "Deputi Komisioner Humas dan Logistik OJK",
        ),
        # ... at an affixed noun (ke-an, pe-an), which is never a name...
        (
            '"Aturan itu perlu ditinjau," kata Direktur Eksekutif Lembaga Kajian Hukum dan Keadilan Siti Rahayu.',
            "Siti Rahayu",
            "Direktur Eksekutif Lembaga Kajian Hukum dan Keadilan",
        ),
        (
            '"Bantuan tepat sasaran," kata Staf Ahli Bidang Sosial dan Penanggulangan Kemiskinan Vivi Andriani.',
            "Vivi Andriani",
            "Staf Ahli Bidang Sosial dan Penanggulangan Kemiskinan",
        ),
        # ... or one word after "dan" when nothing else marks the end of the body.
        (
            '"Atlet sudah siap," kata Menteri Pemuda dan Olahraga Dito Ariowibowo.',
            "Dito Ariowibowo",
            "Menteri Pemuda dan Olahraga",
        ),
        # ... and two words after "dan" when a common given name opens the name after them.
        (
            '"Seleksi dibuka," kata Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Agus Wicaksono.',
            "Agus Wicaksono",
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        ),
        # (a first name that is no dictionary word is the name's, though a given name follows it)
        (
            "Direktur Center for Trade and Finance Yenny Sri Wulandari mengatakan harga beras naik lagi pekan ini.",
            "Yenny Sri Wulandari",
            None,
        ),
        # A verb made from a root ("Dijelaskan") opens the sentence; it is not a first name.
        (
            '"Stok beras aman," kata Kepala Dinas Sosial Irmansyah. Dijelaskan Irmansyah, gudang penuh.',
            "Irmansyah",
            None,
        ),
        # "Sunday" is an English weekday, and a given name in Indonesian copy.
        ('"Pemilih bertambah," kata Anggota KPU Manado Sunday Rumambi.', "Sunday Rumambi", None),
    ],
)
def test_the_name_after_a_body_that_holds_dan(text: str, name: str, post: str | None) -> None:
    speaker, label = _speaker(f"Judul berita\n\n{text}\n")
    assert speaker == name
    assert post is None or label == post


@pytest.mark.parametrize(
    "printed",
    [
        "Menteri Energi dan Sumber Daya Mineral",  # every word after "dan" is a dictionary word
        "Kapolsek dan Penyanderaan Polisi",  # the affixed noun's object, not a one-word name
    ],
)
def test_a_post_with_dan_and_no_person(printed: str) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert parsed is None or parsed.name is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Salehudin dari KKP Kelas II Mataram", "Salehudin"),  # one word, then "dari" and a body
        ("Kembali dari KPK", None),  # a verb before "dari", not a name
        ("Sejarawan Universitas Sanata Dharma, Yogyakarta", None),  # the university's own name
        ("Sebab, sebagian umat Muslim", None),  # a community, not a person
        ("Rektor Universitas Indonesia Ari Kuncoro", "Ari Kuncoro"),
    ],
)
def test_bodies_places_and_communities_are_not_names(printed: str, name: str | None) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert (parsed.name if parsed else None) == name


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        # A group's, a firm's, a river's or a numbered unit's own name comes between the post and
        # its head's name, which a common given name opens.
        ("Ketua Kelompok Nelayan Karya Bahari Sukardi", "Sukardi"),
        ("Ketua Kelompok Tani Sido Rukun Bambang Hartono", "Bambang Hartono"),
        ("Ketua Gapoktan Tunas Harapan Muhammad Yusuf", "Muhammad Yusuf"),
        ("Direktur Utama PT Cahaya Abadi Makmur Hendra Wijaya", "Hendra Wijaya"),
        ("Kepala Balai Wilayah Sungai Brantas Ciliwung Agus Priyanto", "Agus Priyanto"),
        ("Kepala SMK Negeri 1 Karang Tengah Sutrisno", "Sutrisno"),
        ("Kepala SD Negeri 3 Cibeureum Dadang Hidayat", "Dadang Hidayat"),
        # A dictionary word that ends a national post's or body's name is never a name's first.
        ("Sekretaris Kabinet Hendra Kusuma Wijaya", "Hendra Kusuma Wijaya"),
        ("Kepala Badan Penanggulangan Bencana Teguh Santoso", "Teguh Santoso"),
        ("Kepala Badan Pengembangan Sumber Daya Manusia Rina Marlina", "Rina Marlina"),
        # (a place after the group's own name ends it, though no common given name follows)
        ("Ketua Kelompok Pelestari Penyu Sisik Emas Garut Sukarta", "Sukarta"),
        # (a name whose second word alone is a given name stays whole, or whose first is a place)
        ("Ketua Kelompok Tani Bima Sakti", "Bima Sakti"),
        ("Ketua RT 03 Nusron Wahid", "Nusron Wahid"),
        ("Ketua Kelompok Tani Ujang Wahid", "Ujang Wahid"),
    ],
)
def test_a_body_s_own_name_then_its_head_s(printed: str, name: str | None) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert (parsed.name if parsed else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kepala SMK Negeri 1 Karang Tengah Sutrisno mengatakan sekolahnya menerima tiga ratus siswa baru.",
            "Sutrisno",
        ),
        (
            "Kepala SD Negeri 3 Cibeureum Dadang Hidayat menyampaikan bahwa ruang kelas yang rusak segera diperbaiki.",
            "Dadang Hidayat",
        ),
        ("Ketua RW 05 Nusron Wahid mengatakan warga sudah menerima bantuan beras sejak awal bulan.", "Nusron Wahid"),
        # (after a body's short form in brackets, the village it serves)
        (
            "Ketua Badan Permusyawaratan Desa (BPD) Cibodas Endang Suhendar mengatakan rapat anggaran digelar besok.",
            "Endang Suhendar",
        ),
        # (a place the lexicon knows, then a name that opens with no common given name)
        ("Manajer Humas PT KAI Daop 3 Cirebon Suprapto mengatakan tiket mudik sudah habis terjual.", "Suprapto"),
    ],
)
def test_the_head_s_name_after_the_place_of_a_numbered_or_short_named_unit(text: str, name: str) -> None:
    assert [s.speaker for s in _statements(f"Judul berita\n\n{text}\n")] == [name]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A post that lists its fields with commas is one post, printed with its commas.
        (
            '"Ini berbahaya," kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hasan Basri.',
            "Hasan Basri",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
        ),
        (
            "Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi Andi Saputra mengatakan, "
            '"Pelatihan kerja dibuka lagi."',
            "Andi Saputra",
            "Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi",
        ),
        # A second office holder after ", dan" is not the one the quote is attributed to.
        (
            '"Kami sepakat," kata Gubernur Jawa Barat Rudi Hartono, dan Wali Kota Bandung Yana Mulyana.',
            "Rudi Hartono",
            "Gubernur",
        ),
        # Occupations printed in lower case before the name are the speaker's post.
        (
            'Sementara itu, sosiolog Universitas Indonesia, Imam Prasetyo, menilai, "Pelajar bukan masalahnya."',
            "Imam Prasetyo",
            "Sosiolog Universitas Indonesia",
        ),
        ('"Pelacakan kontak penting," kata epidemiolog Universitas Airlangga, Tri Wahyudiono.', "Tri Wahyudiono", None),
        ('"Ekonomi tetap tangguh," menurut Menteri Keuangan Sri Wahyuni.', "Sri Wahyuni", "Menteri Keuangan"),
    ],
)
def test_posts_that_list_their_fields_and_occupations(text: str, name: str, post: str | None) -> None:
    speaker, label = _speaker(f"Judul berita\n\n{text}\n")
    assert speaker == name
    assert post is None or label == post


@pytest.mark.parametrize(
    ("text", "name", "post", "region"),
    [
        # A compass word after a province's first word is the province's, not the name's.
        (
            'Sekretaris Daerah (Sekda) Provinsi Jawa Tengah Sumarno mengatakan, "Pegawai harus netral."',
            "Sumarno",
            "Sekretaris Daerah",
            "Jawa Tengah",
        ),
        # Jakarta's cities have no regency of their name, whatever level the post suggests.
        (
            '"Pelaku sudah kami tangkap," kata Kapolres Metro Jakarta Selatan Kombes Pol Budi Sartono.',
            "Budi Sartono",
            None,
            "Kota Administrasi Jakarta Selatan",
        ),
        # A dentist's title in lower case before the name.
        (
            'Kepala Dinas Kesehatan Kota Surabaya, drg Febria Rahma, mengatakan, "Vaksin tersedia."',
            "Febria Rahma",
            "Kepala Dinas Kesehatan",
            "Kota Surabaya",
        ),
        # An official speaking through another: the one named last spoke, in that one's post.
        (
            'Bupati Garut Rudi Gunawan melalui Kepala Dinas Kominfo Garut, Muksin, menyampaikan, "Jalan diperbaiki."',
            "Muksin",
            "Kepala Dinas Kominfo",
            "Kabupaten Garut",  # a Dinas belongs to a regency or a city: Garut is a regency only
        ),
    ],
)
def test_the_post_and_area_next_to_the_name(text: str, name: str, post: str | None, region: str) -> None:
    prepared, _ = prepare(f"Judul berita\n\n{text}\n")
    first = extract(prepared, lang="id").statements[0]
    held = canonical_post(first.role, first.region)
    assert first.speaker == name
    assert held is not None and held.region is not None and held.region.name == region
    assert post is None or held.label == post


def test_a_name_followed_by_its_post_between_commas_is_the_person() -> None:
    text = (
        "Judul berita\n\n"
        "Rudi S. Hartono, Kepala Ombudsman RI Perwakilan Jawa Tengah, Senin (20/4/2020) mengatakan "
        "pengawasan harus diperketat.\n\n"
        '"Kami menerima banyak laporan warga," jelas Rudi.\n'
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="id").statements
    quoted = [s for s in statements if s.kind == "direct"]
    assert [s.speaker for s in quoted] == ["Rudi S. Hartono"]
    post = canonical_post(quoted[0].role, quoted[0].region)
    assert post is not None and post.label == "Kepala Perwakilan Ombudsman"


def test_a_body_s_short_form_the_article_prints_alone_is_not_part_of_the_name() -> None:
    text = (
        "Judul berita\n\n"
        'Direktur Utama PLN Arif Hidayat mengatakan, "Pasokan listrik aman selama lebaran."\n\n'
        "Menurut Arif, pihak PLN sudah menyiagakan petugas di setiap gardu.\n"
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="id").statements
    assert statements and {s.speaker for s in statements} == {"Arif Hidayat"}


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Secretary of State for Health", "Secretary of State for Health"),
        ("Shadow Secretary of State for the Family", "Shadow Secretary of State for the Family"),
        ("Minister for Women and Equalities", "Minister for Women and Equalities"),
        ("leader of the Opposition", "Leader of the Opposition"),
        # Indonesian names the body right after the post.
        ("Kepala Dinas Kesehatan Kota Bogor", "Kepala Dinas Kesehatan"),
        ("Ketua Mahkamah Konstitusi (MK)", "Ketua Mahkamah Konstitusi"),
        # An English post printed in lower case keeps its lower-case portfolio.
        ("Tory shadow work and pensions secretary", "Tory Shadow Work and Pensions Secretary"),
        ("Liberal Democrat transport spokesman", "Liberal Democrat Transport Spokesperson"),
        ("Clinton campaign chairman", "Clinton Campaign Chairman"),
        ("chairman of the Bar Council", "Chairman of the Bar Council"),
        # Never a verb or a determiner, nor an Indonesian word before a lower-case post.
        ("said the secretary", "Secretary"),
        ("baik jaksa", "Jaksa"),
        # English names a body's part in lower case after its capitalised name; a clause or a
        # place of work after the post is no part of it.
        ("chairman of the Commons public accounts committee", "Chairman of the Commons public accounts committee"),
        ("spokeswoman for Brackett hotels", "Spokesperson for Brackett hotels"),
        (
            "Direktur Eksekutif Center of Reform on Economics Indonesia",
            "Direktur Eksekutif Center of Reform on Economics Indonesia",
        ),
        ("Home Secretary had time", "Home Secretary"),
        ("Head of Investment Research at PT Infovesta Utama", "Head of Investment Research"),
        # "chief" ends a post only after its body, as British papers print a body's head; before
        # other words it qualifies them
        ("National Audit Office chief", "National Audit Office Chief"),
        ("Shadow Chief Secretary to the Treasury", "Shadow Chief Secretary to the Treasury"),
        ("chief economist", "Chief Economist"),
        ("Pastor", "Pastor"),
    ],
)
def test_post_labels_as_the_registry_files_them(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None and post.label == label


def test_a_short_post_becomes_the_fuller_one_of_the_same_person_only() -> None:
    printed = [
        (1, "chairman of the Bar Council", None),
        (1, "chairman", None),
        (2, "Kapolres", "Sarolangun"),
        (2, "Kapolres", None),
        (3, "Ketua", None),  # two fuller posts fit: left as printed
        (3, "Ketua KPU", None),
        (3, "Ketua Bawaslu", None),
        (4, "Bupati", "Subang"),  # another person's fuller post never applies
        (5, "Bupati", None),
    ]
    posts = fullest_posts([(who, canonical_post(role, region)) for who, role, region in printed])
    labels = [(p.label, p.region.name if p.region else None) if p else None for p in posts]
    assert labels == [
        ("Chairman of the Bar Council", None),
        ("Chairman of the Bar Council", None),
        ("Kapolres", "Kabupaten Sarolangun"),
        ("Kapolres", "Kabupaten Sarolangun"),
        ("Ketua", None),
        ("Ketua KPU", None),
        ("Ketua Bawaslu", None),
        ("Bupati", "Kabupaten Subang"),
        ("Bupati", None),
    ]


def test_a_compass_word_names_a_region_with_the_word_before_it() -> None:
    prepared, _ = prepare('Judul\n\n"Jalan ditutup," kata Kapolres Luwu Utara AKBP Irfan Sutejo.\n')
    (statement,) = extract(prepared, lang="id").statements
    post = canonical_post(statement.role, statement.region)
    assert statement.speaker == "Irfan Sutejo"
    assert post is not None and post.label == "Kapolres" and post.region is not None
    assert post.region.name == "Kabupaten Luwu Utara"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Wakil Kepala Polda Papua", "Wakil Kepala Polda"),
        ("Wakil Kepala Dinas Kesehatan", "Wakil Kepala Dinas Kesehatan"),
        ("Wakil Direktur Utama PT Sumber Makmur", "Wakil Direktur Utama PT Sumber Makmur"),
        ("Deputy Prime Minister", "Deputy Prime Minister"),
        # A rank printed between the post and the name is the person's.
        ("Wakil Kepala Polda Papua Brigadir Jenderal (Pol)", "Wakil Kepala Polda"),
    ],
)
def test_a_deputy_is_never_filed_as_the_head(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    role = parse_role(printed)
    assert post is not None and post.label == label
    # The resolver keeps a deputy and the head apart by this.
    assert role is not None and role.deputy_of is not None and role.deputy_of in role.post


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # A resident with an age in brackets: the place after "warga" is not the name.
        ("Sutrisno (36), warga Cibeber, Cianjur", "Sutrisno"),
        ("Rina Kartika (41), pedagang di Pasar Baru", "Rina Kartika"),
        # The person, then where they work.
        ("Hendra Wijaya dari Balai Karantina Kelas II Mataram", "Hendra Wijaya"),
        # An adverb opening the sentence is not a name.
        ("Terpisah, anggota KPU Papua Yohanes Kambu", "Yohanes Kambu"),
    ],
)
def test_the_name_beside_a_description(mention: str, name: str) -> None:
    parsed = parse_mention(mention, lexicon("id"))
    assert parsed is not None and parsed.name == name


def test_each_person_of_a_list_of_posts_is_known_by_the_short_name_later() -> None:
    text = (
        "Judul berita\n\n"
        "Hadir dalam rapat itu Menteri Sosial Rina Kartika, Gubernur Banten Joko Pratama, "
        "dan Wakil Ketua DPR Hendra Wijaya.\n\n"
        '"Bantuan akan cair pekan depan," kata Rina.\n\n'
        '"Kami siap membantu," ujar Joko.\n'
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="id").statements
    said = {s.speaker: canonical_post(s.role, s.region) for s in statements}
    assert set(said) == {"Rina Kartika", "Joko Pratama"}
    assert said["Rina Kartika"] is not None and said["Rina Kartika"].label == "Menteri Sosial"


def test_a_first_name_the_article_calls_the_person_by_stays_in_the_name() -> None:
    # "KPK Sarmo" (a body, then a word printed alone) also looks like "PP Muhammadiyah", but the
    # article calls the person "Sarmo": the word opens the name.
    text = (
        "Judul berita\n\n"
        "Hadir Deputi Pencegahan KPK Sarmo Nainggolan dalam diskusi itu.\n\n"
        "Menurut Deputi Pencegahan KPK Sarmo, pengadaan harus diawasi.\n\n"
        '"Pengadaan paling rawan," kata Sarmo.\n'
    )
    prepared, _ = prepare(text)
    statements = extract(prepared, lang="id").statements
    assert statements and {s.speaker for s in statements} == {"Sarmo Nainggolan"}


def test_a_statement_printing_no_post_takes_the_one_its_speaker_holds_in_the_article() -> None:
    bupati = canonical_post("Bupati", "Garut")
    ketua, anggota = canonical_post("Ketua DPRD", None), canonical_post("Anggota DPRD", None)
    printed = [("a", bupati), ("a", None), ("b", ketua), ("b", anggota), ("b", None), (None, None), ("c", None)]
    # Two posts for one person: which one a bare statement cites is not known, so none.
    assert posts_held(printed) == [bupati, bupati, ketua, anggota, None, None, None]


@pytest.mark.parametrize(
    ("printed", "name", "role", "region"),
    [
        # Where the person spoke, printed after the name, is no part of the post.
        ("Ketua KPU Papua Yosias Wenda di Jayapura", "Yosias Wenda", "Ketua KPU", "Papua"),
        ("Bupati Garut Dadang Supriatna di Garut", "Dadang Supriatna", "Bupati", "Garut"),
        # A post's own place comes before the name.
        ("Konsul Jenderal RI di Jeddah Eko Hartono", "Eko Hartono", "Konsul Jenderal RI di Jeddah", None),
        # "DI" is "Daerah Istimewa": part of the province's name, not of the post.
        ("Sekretaris Daerah DI Yogyakarta Bambang Priyanto", "Bambang Priyanto", "Sekretaris Daerah", "DI Yogyakarta"),
        # After "Wali Kota" the city may go unprinted: a two-word name is the name.
        ("Wali Kota Hendra Gunawan", "Hendra Gunawan", "Wali Kota", None),
        ("Wali Kota Pematangsiantar Susanti Dewi", "Susanti Dewi", "Wali Kota", "Pematangsiantar"),
        ("Wali Kota Depok Hendra", "Hendra", "Wali Kota", "Depok"),
        # A body's acronym inside the run ends the body; the name follows it.
        ("Direktur Proyek PLN Hendra Wijaya", "Hendra Wijaya", "Direktur Proyek PLN", None),
        ("Kepala Biro Kerja Sama BKN Suparno", "Suparno", "Kepala Biro Kerja Sama BKN", None),
        # The word after "PT" is the company's name.
        ("Direktur Utama PT Garuda Ratna Sari Dewi", "Ratna Sari Dewi", "Direktur Utama PT Garuda", None),
        # Initials at the end stay in the name.
        ("Menko Polhukam Hasan MD", "Hasan MD", "Menko Polhukam", None),
        # After a number or a body's acronym, a place is the body's.
        ("Manajer Humas PT KAI Daop 8 Surabaya Hartono", "Hartono", "Manajer Humas PT KAI Daop 8", "Surabaya"),
        # A country after a post is the post's; alone, a country speaks as its government.
        ("Presiden Iran Hassan Rouhani", "Hassan Rouhani", "Presiden Iran", None),
        # A one-word rank after a police unit is the person's rank; a linking word ends no post.
        (
            "Wakil Kepala Polres Tangerang Selatan Komisaris Hadi Santoso",
            "Hadi Santoso",
            "Wakil Kepala Polres",
            "Tangerang Selatan",
        ),
        ("Pimpinan Program FZS untuk Sumatera Peter Hadi", "Peter Hadi", "Pimpinan Program FZS", "Sumatera"),
        # Short forms of regional posts are posts, not first names.
        ("Kabinda Jawa Timur Imam Santoso", "Imam Santoso", "Kabinda", "Jawa Timur"),
        ("Kabinda Imam Santoso", "Imam Santoso", "Kabinda", None),
        # A Dinas's short form and a regency's second word stay out of the name.
        ("Kepala Disnaker Sukoharjo Ristanti", "Ristanti", "Kepala Disnaker", "Sukoharjo"),
        ("Wakil Bupati Aceh Besar Ahmad Yani", "Ahmad Yani", "Wakil Bupati", "Aceh Besar"),
        # A five-word name that opens with a name word ("Dwi", "Tjokorda").
        (
            "Kepala Dinas Kesehatan DKI Jakarta Dwi Ratna Sari Lestari Handayani",
            "Dwi Ratna Sari Lestari Handayani",
            "Kepala Dinas Kesehatan",
            "DKI Jakarta",
        ),
        # The head office of a body ("Pusat") is no place.
        ("Ketua PMI Pusat Hadi Santoso", "Hadi Santoso", "Ketua PMI Pusat", None),
        # "Secara ..." ("in terms of ...") opens a clause; it is no post.
        ("Secara psikologi, Yakobus", "Yakobus", None, None),
        # A governing office held "sekaligus" (at once) with a task force's: the office, its place.
        (
            "Wali Kota Bogor sekaligus Ketua Satuan Tugas Penanganan Covid-19 Kota Bogor Dimas Arya",
            "Dimas Arya",
            "Wali Kota",
            "Bogor",
        ),
        (
            "Bupati sekaligus Ketua Satuan Tugas Penanganan Covid-19 Kabupaten Garut Rudi Hartono",
            "Rudi Hartono",
            "Bupati",
            "Kabupaten Garut",
        ),
    ],
)
def test_mention_parts(printed: str, name: str, role: str | None, region: str | None) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None
    assert (mention.name, mention.role, mention.region) == (name, role, region)


def test_a_company_the_article_names_is_not_the_first_name_of_its_chief() -> None:
    text = (
        "Bandung - Torch, produsen tas lokal, membuka toko baru.\n\n"
        'CEO Torch Ben Santoso Widjanarko mengatakan, "Kami ingin tumbuh bersama pelanggan."\n'
    )
    speaker, post = _speaker(text)
    assert speaker == "Ben Santoso Widjanarko"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # The name in apposition after "menurut" and a post; the name after "kuasa hukum" is the client.
        (
            "Menurut kuasa hukum Budi Santoso, Rina Marlina, kepemilikan properti itu sudah dilaporkan.",
            "Rina Marlina",
            "kuasa hukum Budi Santoso",
        ),
        (
            "Menurut epidemiolog Universitas Indonesia, Tri Yuniarto, pelacakan kontak amat penting segera dilakukan.",
            "Tri Yuniarto",
            "epidemiolog Universitas Indonesia",
        ),
        # A one-word name no dictionary holds, then the person's post in lower case.
        (
            "Haryanto, kuasa hukum Rajiun, menyampaikan, kejadian ini bermula ketika kliennya dipanggil polisi.",
            "Haryanto",
            "kuasa hukum Rajiun",
        ),
        # "Terpisah" opens the sentence; the post follows the name.
        (
            "Terpisah, Wibi Santoso, Ketua Fraksi NasDem DPRD DKI Jakarta menegaskan, partainya menolak rencana itu.",
            "Wibi Santoso",
            "Ketua Fraksi NasDem DPRD",
        ),
        # The town of a university between the post and the name.
        (
            "Pengamat dari Universitas Gadjah Mada, Yogyakarta, Gabriel Sinaga, mengecam larangan mudik tahun ini.",
            "Gabriel Sinaga",
            "Pengamat dari Universitas Gadjah Mada",
        ),
        (
            "Camat Tanah Abang, Jakarta Pusat, Yasin Hadi mengatakan, warga diminta tetap memakai masker.",
            "Yasin Hadi",
            "Camat Tanah Abang",
        ),
        # "Pol." after a police rank ends no sentence.
        (
            "Dirreskrimum Polda Metro Jaya, Kombes Pol. Wira Sakti mengatakan, tersangka sudah ditahan sejak kemarin.",
            "Wira Sakti",
            "Dirreskrimum",
        ),
        # Two posts joined by "sekaligus": the one by the name, unless the first governs.
        (
            "Pengamat politik sekaligus Direktur Eksekutif Lembaga Survei Indonesia Budi Hartono menilai, "
            "elektabilitas kandidat masih cair.",
            "Budi Hartono",
            "Direktur Eksekutif Lembaga Survei Indonesia",
        ),
        (
            "Wali Kota Bogor sekaligus Ketua Satgas Covid-19 Ahmad Fauzi mengatakan, kasus positif kembali naik.",
            "Ahmad Fauzi",
            "Wali Kota",
        ),
    ],
)
def test_appositions_give_the_speaker_and_the_post(sentence: str, name: str, role: str) -> None:
    text = "Warga mengeluhkan kenaikan harga beras di pasar tradisional.\n\n" + sentence + "\n"
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == [name]
    assert (statements[0].role or "").casefold().startswith(role.casefold())  # the area may follow


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "post"),
    [
        # A well-known nickname is the person the article names in full, with the post.
        (
            [
                "Jakarta - Presiden Susilo Bambang Yudhoyono dalam pidato sidang tahunan menyinggung ketahanan pangan.",
                "Dalam pidatonya, SBY mengatakan, lumbung pangan memperkuat cadangan pangan nasional.",
            ],
            "Susilo Bambang Yudhoyono",
            "Presiden",
        ),
        # The post alone is its holder, never the deputy.
        (
            [
                "Jakarta - Presiden Hendra Wijaya memimpin rapat terbatas.",
                "Wakil Presiden Ahmad Sanusi dan sejumlah menteri tersambung dari kantor masing-masing.",
                '"Bantuan harus sampai pekan ini," kata Presiden.',
            ],
            "Hendra Wijaya",
            "Presiden",
        ),
        # A short name's full stop ends the sentence; a passive verb opens no post.
        (
            [
                "Banyuwangi - Angka stunting turun tahun ini.",
                '"Kami terus memantau," kata Ipuk. Ditambahkan Plt Kepala Dinas Kesehatan Amir Susanto, '
                "angka stunting di desa itu masih tinggi.",
                '"Petugas rutin datang," ujar Amir.',
            ],
            "Amir Susanto",
            "Plt Kepala Dinas Kesehatan",
        ),
        # A short post takes the fuller one the article gives the same person.
        (
            [
                "Bupati Agus Apresiasi Sosialisasi",
                "PASANGKAYU - Kepala Dinas Kesehatan Agus Ambo Sakka memberikan apresiasi kepada BPKP.",
                "Agus mengatakan, pengadaan barang harus diawasi.",
                '"Pelaksanaannya harus sesuai aturan," tandas Kepala Dinas Agus.',
            ],
            "Agus Ambo Sakka",
            "Kepala Dinas Kesehatan",
        ),
    ],
)
def test_every_statement_of_a_speaker_carries_the_post(paragraphs: list[str], speaker: str, post: str) -> None:
    statements = _statements("\n\n".join(paragraphs) + "\n", "id")
    assert speaker in {s.speaker for s in statements}
    assert {s.role for s in statements if s.speaker == speaker} == {post}


@pytest.mark.parametrize(
    ("role", "region", "area"),
    [
        ("Kepala Bagian Humas Pemkot", "Tangerang", "Kota Tangerang"),  # Pemkot: a city's government
        ("Kepala Dinas Kesehatan Pemkab", "Bogor", "Kabupaten Bogor"),
        ("Bupati", "Tangerang", "Kabupaten Tangerang"),
    ],
)
def test_the_government_a_post_serves_names_its_area(role: str, region: str, area: str) -> None:
    post = canonical_post(role, region)
    assert post is not None and post.region is not None
    assert post.region.name == area


def test_a_word_the_article_prints_in_lower_case_names_no_one() -> None:
    text = (
        "Jakarta - Ratusan pelajar ikut unjuk rasa di sekitar Istana.\n\n"
        "Polisi menyebutkan, sebagian besar terduga perusuh merupakan pelajar sekolah menengah.\n\n"
        "Menurut polisi, mereka diajak melalui media sosial.\n"
    )
    statements = _statements(text, "id")
    assert statements and all(s.speaker is None for s in statements)


def test_a_country_that_speaks_is_a_body() -> None:
    mention = parse_mention("Bahkan, Iran", lexicon("id"))
    assert mention is not None and (mention.name, mention.org) == (None, "Iran")


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # The post printed right after the name with no comma, after the speech verb.
        (
            ['"Anggaran sudah siap," kata Wahyu Hartono Kepala Dinas PUPR Kabupaten Lamongan.'],
            "Wahyu Hartono",
            "Kepala Dinas PUPR",
        ),
        (
            ['"Kontraktor sudah kami tegur dua kali," Hendra Gunawan Kepala Bidang Bina Marga menambahkan.'],
            "Hendra Gunawan",
            "Kepala Bidang Bina Marga",
        ),
        # A quote that closes its sentence, then the verb capitalised: the attribution all the same.
        (
            [
                '"Jalan desa kami perbaiki tahun ini." ujar Rumini setelah rapat.',
                '"Tolong segera dibenahi apabila ada kekurangan." Tegas M Yasir Camat Karangrejo.',
            ],
            "M Yasir",
            "Camat",
        ),
        # The post after the name with "selaku"; who was told ("kepada Wartawan") is not the speaker.
        (
            [
                "Hal itu dijelaskan Andi Wirawan, selaku Juru Bicara DPRD dalam rapat kemarin.",
                "Melalui pesan singkat Andi Wirawan kepada Wartawan, menjelaskan rancangan batas sudah disusun.",
            ],
            "Andi Wirawan",
            "Juru Bicara DPRD",
        ),
    ],
)
def test_a_post_printed_after_the_name(paragraphs: list[str], speaker: str, role: str) -> None:
    text = "Proyek jalan di kecamatan itu molor dua bulan.\n\n" + "\n\n".join(paragraphs) + "\n"
    statements = _statements(text, "id")
    assert statements[-1].speaker == speaker
    assert (statements[-1].role or "").startswith(role)  # the area may follow


def test_a_closed_sentence_keeps_its_narration_apart() -> None:
    text = '"Kami sudah berupaya keras." Jelas ada kekecewaan di antara warga yang hadir malam itu.\n'
    statements = _statements(text, "id")
    assert all(s.cue != "Jelas" for s in statements)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role", "content"),
    [
        # Who stood beside the speaker ("didampingi") did not speak.
        (
            '"Kami akan menindak tegas," kata Hendra didampingi Ketua Harian Partai Maju, Agus Salim.',
            "Hendra",
            None,
            "Kami akan menindak tegas",
        ),
        # A comma after the verb opens the content: the words before the name are its post.
        (
            "Duta Besar Indonesia untuk Jepang, Rina Kartika mengatakan, kerja sama dagang terus tumbuh.",
            "Rina Kartika",
            "Duta Besar Indonesia",
            "kerja sama dagang terus tumbuh",
        ),
        # "Karo" is a Kepala Biro, whatever rank stands before the name.
        (
            "Karo Penmas Divisi Humas Polri Brigjen Sugeng Riyadi mengatakan, pelaku sudah ditangkap kemarin.",
            "Sugeng Riyadi",
            "Karo Penmas Divisi Humas Polri",
            "pelaku sudah ditangkap kemarin",
        ),
    ],
)
def test_the_speaker_and_what_they_said(paragraph: str, speaker: str, role: str | None, content: str) -> None:
    text = "Rapat koordinasi digelar di Jakarta pada Senin.\n\n" + paragraph + "\n"
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == [speaker]
    assert statements[0].role == role or (role and (statements[0].role or "").startswith(role))
    assert statements[0].text.strip(' ,."') == content


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # Party and state in brackets after the name end nothing.
        (['"Russia must face consequences," said Sen. Mark Dalton (R-Neb.).'], "Mark Dalton", "Sen"),
        # Who was told is not who spoke.
        (
            ['Carl Emmett, from the Institute for Tax Studies, told Radio News: "He thinks it will all be fine."'],
            "Carl Emmett",
            None,
        ),
        # The post is the run right before the name: no clause before it, no other person.
        (
            [
                "Party co-chairman John Foss was speaking after Mr Brant told members the party had a plan.",
                '"We will win the seat," Mr Brant said.',
            ],
            "Brant",
            None,
        ),
        # A few lower-case words after the verb are the post.
        (
            ['"Thanks for welcoming us," said master of ceremonies Asab Tamer, an engineer.'],
            "Asab Tamer",
            "master of ceremonies",
        ),
        (
            ["Donald Hart and House Speaker Paul Rowe said on Friday they would work together on the budget."],
            "Paul Rowe",
            "House Speaker",
        ),
        (
            ["Liberal Democrat spokeswoman for women Sandra Gale said the money was being misdirected by ministers."],
            "Sandra Gale",
            "Liberal Democrat spokeswoman for women",
        ),
    ],
)
def test_english_posts_and_speakers(paragraphs: list[str], speaker: str, role: str | None) -> None:
    text = "Ministers met on Monday.\n\n" + "\n\n".join(paragraphs) + "\n"
    statements = _statements(text, "en")
    assert statements[-1].speaker == speaker
    assert statements[-1].role == role


def test_a_person_is_never_the_agency_she_told() -> None:
    text = (
        "Attorney General Laura Finch said on Sunday the review was complete.\n\n"
        "She told The Daily Courier on Monday that the investigation is independent of the White House.\n"
    )
    statements = _statements(text, "en")
    assert "Daily Courier" not in {s.speaker for s in statements}


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "lang"),
    [
        # The nickname printed first: "X, sapaan akrab <full name>".
        (
            [
                "Anggota DPRK Aceh Besar Rahmat Zulkarnain menyoroti lambannya penyaluran bantuan.",
                '"Kami minta dinas segera turun ke lapangan," kata Bang Zul, sapaan akrab Rahmat Zulkarnain.',
            ],
            "Rahmat Zulkarnain",
            "id",
        ),
        # A ticket of two is not one person; the kata names the first.
        (
            [
                "Pasangan calon nomor urut 2, Hendra Wijaya-Agus Salim, berkampanye di Medan.",
                '"Kami akan menang di sini," kata Hendra.',
            ],
            "Hendra Wijaya",
            "id",
        ),
        # A clan name that repeats its end is one name.
        (
            ['"Harga gula sudah kami tetapkan," kata Sekretaris Perusahaan Irwan Perangin-Angin.'],
            "Irwan Perangin-Angin",
            "id",
        ),
        # "tulis": what a document says is no one's; what a minister writes is hers.
        (
            [
                "Menteri Keuangan Rina Wulandari menyampaikan rencana itu pekan lalu.",
                '"Penyesuaian iuran dapat dilakukan bertahap," tulis dokumen tersebut.',
            ],
            None,
            "id",
        ),
        (
            ['"Penyesuaian tarif diperlukan," tulis Menteri Keuangan Rina Wulandari dalam keputusannya.'],
            "Rina Wulandari",
            "id",
        ),
        # Capitals inside a surname.
        (['"That is all there is to it," MacDougall said in a statement.'], "MacDougall", "en"),
        # The party and state in brackets after the name end no sentence.
        (
            ["Many Republicans objected.", '"We cannot have people ignore the law," Rep. John Micah (R-Fla.) said.'],
            "John Micah",
            "en",
        ),
    ],
)
def test_who_speaks(paragraphs: list[str], speaker: str | None, lang: str) -> None:
    text = "The hearing went on.\n\n" if lang == "en" else "Sidang berlangsung lama.\n\n"
    statements = _statements(text + "\n\n".join(paragraphs) + "\n", lang)
    assert statements[-1].speaker == speaker


def test_a_month_between_names_is_a_name() -> None:
    text = (
        "Menteri Kehutanan (Menhut) RI Raja Juli Santoso membentuk tim kerja percepatan penetapan hutan adat "
        "di Indonesia.\n\n"
        '"Saya baru membentuk satu tim kerja," kata Raja Juli di Jakarta pada Senin (15/9).\n'
    )
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == ["Raja Juli Santoso"]
    assert (statements[0].role or "").startswith("Menteri Kehutanan")


def test_a_party_board_is_not_the_senate() -> None:
    post = canonical_post("Ketua DPD Partai Demokrat", "Aceh")
    assert post is not None and post.label == "Ketua DPD Partai Demokrat"
    assert post.region is not None and post.region.name == "Aceh"
    senate = canonical_post("Ketua DPD", None)
    assert senate is not None and senate.label == "Ketua DPD"


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role", "lang"),
    [
        # Initials in brackets after the name are the name's nickname.
        (
            [
                "Ketum Partai Maju Oskar Santoso Ongko (OSO) memotivasi kader di Jawa Barat untuk menang.",
                '"Jawa Barat adalah kunci kemenangan," ujar OSO di Cirebon.',
            ],
            "Oskar Santoso Ongko",
            "Ketum Partai Maju",
            "id",
        ),
        # "Syarif" opens the name even when the article calls him by the next word.
        (
            [
                "Ketua Partai Bulan Kalbar Syarif Hamdan Alkaff membantah tuduhan itu di Pontianak.",
                '"Kejadian itu tidak disengaja," kata Hamdan dalam keterangannya.',
            ],
            "Syarif Hamdan Alkaff",
            "Ketua Partai Bulan",
            "id",
        ),
        (['"Kami sudah siaga," kata Kapolres Badung AKBP I Gde Wira Adnyana.'], "I Gde Wira Adnyana", "Kapolres", "id"),
        (
            ['"The plans are a mess," said Shadow Education Secretary Tim Cole.'],
            "Tim Cole",
            "Shadow Education Secretary",
            "en",
        ),
        (['"Subpoenas are not optional," said panel Chairman Rep. Jason Hale.'], "Jason Hale", "Chairman", "en"),
    ],
)
def test_initials_given_names_and_titles(paragraphs: list[str], speaker: str, role: str, lang: str) -> None:
    text = "The meeting ended late.\n\n" if lang == "en" else "Rapat berlangsung hingga malam.\n\n"
    statements = _statements(text + "\n\n".join(paragraphs) + "\n", lang)
    assert statements[-1].speaker == speaker
    assert (statements[-1].role or "").startswith(role)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Sir John Bairn, head of the National Audit Office, said the problems were avoidable.", "Head of the"),
        ("Auditor General Sir John Bairn said the problems were avoidable and costly.", "Auditor General"),
    ],
)
def test_english_heads_and_auditors(sentence: str, role: str) -> None:
    statements = _statements("The report was published.\n\n" + sentence + "\n", "en")
    assert [s.speaker for s in statements] == ["John Bairn"]
    post = canonical_post(statements[0].role, None)
    assert post is not None and post.label.startswith(role)


def test_a_surname_opening_a_sentence_is_who_he_is() -> None:
    text = (
        "Congressman urges sanctions\n\n"
        "Rep. Adam Shore, the top Democrat on the committee, called for sanctions.\n\n"
        '"We have had problems before," President Hale said after the meeting.\n\n'
        "Shore called on the administration to act with its allies.\n\n"
        '"We know at least two states have been targeted," he said.\n'
    )
    statements = _statements(text, "en")
    assert statements[-1].speaker == "Adam Shore"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Pjs. Bupati", "Pjs. Bupati"),
        ("Pejabat Sementara Bupati", "Pjs. Bupati"),
        ("Pejabat Bupati", "Pj. Bupati"),
        ("Penjabat Sementara Bupati", "Pjs. Bupati"),
    ],
)
def test_a_temporary_holder_is_no_acting_one(printed: str, label: str) -> None:
    post = canonical_post(printed, "Subang")
    assert post is not None and post.label == label


def test_a_relative_clause_gives_the_post() -> None:
    text = (
        "Rapat partai berlangsung di Jakarta pada Senin malam.\n\n"
        "Relawan partai itu digawangi oleh Witjaksana yang merupakan wakil ketua Majelis Pertimbangan PPP.\n\n"
        '"Kami akan mendukung keputusan itu," kata Witjaksana.\n'
    )
    statements = _statements(text, "id")
    assert [(s.speaker, s.role) for s in statements] == [("Witjaksana", "wakil ketua Majelis Pertimbangan PPP")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"These policies will not provide a safe haven," said Hannah Weald of the Refugee Council.',
        '"The grid is not ready," said David Sandow of Columbia University\'s Center on Energy.',
    ],
)
def test_a_person_of_a_body_is_the_person(sentence: str) -> None:
    statements = _statements("Ministers met on Monday.\n\n" + sentence + "\n", "en")
    assert statements[0].speaker in {"Hannah Weald", "David Sandow"}


def test_initials_after_a_post_are_its_holder() -> None:
    text = (
        "Menteri Pertanian (Mentan), Syahrul Yasin Lampo meninjau panen raya di Karawang pada Senin.\n\n"
        '"Walau pandemi, produksi beras tetap naik," kata Mentan SYL di sela kunjungannya.\n'
    )
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == ["Syahrul Yasin Lampo"]


def test_an_epithet_with_a_post_is_the_person_quoted() -> None:
    text = (
        "Calon wakil presiden Hendra Iskandar menghadiri dialog kebangsaan di Tuban pada Jumat.\n\n"
        '"Potensi kita besar, tapi banyak yang disia-siakan," ujar Hendra dalam sambutannya.\n\n'
        '"Saya bersaksi bahwa semua fitnah itu tidak benar," tutur Ketum Partai Maju ini.\n'
    )
    statements = _statements(text, "id")
    assert [(s.speaker, s.role) for s in statements][-1] == ("Hendra Iskandar", "Ketum Partai Maju")


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "post"),
    [
        # A post whose words go on in lower case, with a ballot number, before the name.
        (
            [
                "Calon wakil presiden nomor urut 2, Hendra Rakabuming bersilaturahmi dengan tokoh masyarakat di Solo.",
                '"Masukan dari para tokoh akan kami tampung," kata Hendra.',
            ],
            "Hendra Rakabuming",
            "Calon Wakil Presiden",
        ),
        # The member of a board, named after the post: the "katanya" after it is hers.
        (
            [
                "Anggota pengurus Masjid Al-Ikhlas, Karmila, juga menunggu detail teknis protokol kesehatan.",
                '"Kami menerapkan jarak aman satu meter di dalam masjid," katanya melalui pesan singkat.',
            ],
            "Karmila",
            "Anggota",
        ),
    ],
)
def test_lower_case_post_words_before_a_name(paragraphs: list[str], speaker: str, post: str) -> None:
    statements = _statements("Acara berlangsung pada Jumat.\n\n" + "\n\n".join(paragraphs) + "\n", "id")
    assert statements[-1].speaker == speaker
    filed = canonical_post(statements[-1].role, statements[-1].region)
    assert filed is not None and filed.label == post


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # "Secretary to the Treasury": the run goes on through "to the" to the name.
        (
            [
                "Party leader Mark Howe said the party would cut waste across the civil service.",
                "The government announced job cuts. But Chief Secretary to the Treasury Paul Bates attacked "
                'the plans. "Cuts on this scale would hit schools," he said.',
            ],
            "Paul Bates",
            "Chief Secretary to the Treasury",
        ),
        # Lower-case posts before the name.
        (["Tory frontbencher Jon Redfern said Britain needed lower taxes."], "Jon Redfern", "Tory frontbencher"),
        (['"There is nothing to the claim," Brackett attorney Alan Garber said.'], "Alan Garber", "Brackett attorney"),
        (["Campaign staffer Maya Harlow said the campaign would respond."], "Maya Harlow", "Campaign staffer"),
        # Whose post it is is no part of the post.
        (["His party leader, Mark Howe, argued a change in direction was needed."], "Mark Howe", "party leader"),
        # A post no longer held says so.
        (
            ["Meanwhile former Foreign Secretary Robin Cole said he hoped the chancellor would be premier."],
            "Robin Cole",
            "former Foreign Secretary",
        ),
        (
            ["His broadside came as ex-Foreign Secretary Robin Cole said he hoped the chancellor would win."],
            "Robin Cole",
            "ex-Foreign Secretary",
        ),
    ],
)
def test_english_posts_before_names(paragraphs: list[str], speaker: str, role: str) -> None:
    statements = _statements("Ministers met on Monday.\n\n" + "\n\n".join(paragraphs) + "\n", "en")
    assert statements[-1].speaker == speaker
    assert statements[-1].role == role


def test_a_post_no_longer_held_is_printed_but_not_filed(tmp_path) -> None:
    from quotetrack.pipeline import extract_files

    article = tmp_path / "a.txt"
    article.write_text(
        "Kabar Daerah\n\nSidang berlangsung lama.\n\n"
        '"Saya sudah lupa bagaimana awalnya," kata Mantan Plt Kepala Dinas Kesehatan Sultra dr Ridwan.\n',
        encoding="utf-8",
    )
    (row,) = list(extract_files([str(article)], max_bytes=1_000_000))
    assert canonical_post("Mantan Plt Kepala Dinas Kesehatan", "Sultra") is None
    assert (row["speaker"], row["role"]) == ("Ridwan", "Mantan Plt Kepala Dinas Kesehatan")


def test_an_epithet_with_a_post_gives_the_post_to_the_person_quoted() -> None:
    text = (
        "Rapat kerja berlangsung di Senayan pada Rabu.\n\n"
        '"Kami mengapresiasi ketegasan pemerintah," kata Rano kepada wartawan.\n\n'
        "Waka Komisi Hukum DPR itu kemudian mengapresiasi lembaga-lembaga penegak hukum.\n"
    )
    statements = _statements(text, "id")
    assert {s.speaker for s in statements} == {"Rano"}
    post = canonical_post(statements[-1].role, statements[-1].region)
    assert post is not None and post.label == "Wakil Ketua Komisi Hukum DPR"


@pytest.mark.parametrize(
    ("role", "label", "region"),
    [
        ("Wali Nagari Aurduri Surantih", "Wali Nagari", "Desa Aurduri Surantih"),  # West Sumatra's village head
        ("Geuchik Gampong Lampaseh", "Geuchik", "Desa Lampaseh"),  # Aceh's
        ("Waketum PAN", "Wakil Ketua Umum PAN", None),
    ],
)
def test_village_heads_and_deputy_chairs(role: str, label: str, region: str | None) -> None:
    post = canonical_post(role, None)
    assert post is not None and post.label == label
    assert (post.region.name if post.region else None) == region


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        # The word after "Kelompok", "Paguyuban", "Forum"... is the group's kind or name.
        ("Ketua Kelompok Nelayan Jumawan", "Jumawan", "Ketua Kelompok Nelayan"),
        ("Ketua Forum Honorer Slamet Riyadi", "Slamet Riyadi", "Ketua Forum Honorer"),
        ("Ketua Paguyuban Pasundan Didi Turmudzi", "Didi Turmudzi", "Ketua Paguyuban Pasundan"),
        # A Balinese birth-order name opens the name after a body's name...
        ("Kepala Taman Margasatwa Ragunan Ketut Wirasana", "Ketut Wirasana", "Kepala Taman Margasatwa Ragunan"),
        ("Direktur RSUD Wangaya Putu Anom Agustina", "Putu Anom Agustina", "Direktur RSUD Wangaya"),
        # ...but not after a caste title or "Ni", whose names it continues.
        ("Kepala Dinas Ida Bagus Made Adnyana", "Ida Bagus Made Adnyana", "Kepala Dinas"),
        ("Ketua Ni Made Sumiati", "Ni Made Sumiati", "Ketua"),
        ("Ketua DPRD Bali Nyoman Adi Wiryatama", "Nyoman Adi Wiryatama", "Ketua DPRD"),
        # A Sasak noble's title opens the name after a post; "Lalu" opening a sentence is "then".
        ("Wakil Ketua Komisi X DPR RI Lalu Hadrian Irfani", "Lalu Hadrian Irfani", "Wakil Ketua Komisi X DPR RI"),
        ("Anggota DPRD Baiq Isvie Rupaeda", "Baiq Isvie Rupaeda", "Anggota DPRD"),
        ("Lalu Budi Santoso", "Budi Santoso", None),
    ],
)
def test_where_a_name_begins_after_a_bodys_name(printed: str, name: str, role: str | None) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None
    assert (mention.name, mention.role) == (name, role)


@pytest.mark.parametrize(
    ("printed", "name", "role", "region"),
    [
        # A kabupaten of two words or more ends the post; the name starts after it.
        ("Kepala Dinas Pendidikan Mahakam Ulu Yohanes Avun", "Yohanes Avun", "Kepala Dinas Pendidikan", "Mahakam Ulu"),
        ("Bupati Mahakam Ulu Bonifasius Belawan Geh", "Bonifasius Belawan Geh", "Bupati", "Mahakam Ulu"),
        ("Ketua KPU Sabu Raijua Yohanis", "Yohanis", "Ketua KPU", "Sabu Raijua"),
        ("Wakil Bupati Lima Puluh Kota Ferizal Ridwan", "Ferizal Ridwan", "Wakil Bupati", "Lima Puluh Kota"),
        ("Bupati Mahakam Ulu", None, "Bupati", "Mahakam Ulu"),
        # A university named after its city keeps the city.
        (
            "Pemerhati gambut dari Universitas Palangka Raya Darmin Nasrun",
            "Darmin Nasrun",
            "Pemerhati gambut dari Universitas Palangka Raya",
            None,
        ),
    ],
)
def test_places_between_post_and_name(printed: str, name: str | None, role: str, region: str | None) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None
    assert (mention.name, mention.role, mention.region) == (name, role, region)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # The subject after a long opening clause is who "he" is next.
        (
            [
                "In the wake of the incident in which her health forced her to leave a ceremony, David Axford, "
                "President Bart Olsen’s former chief campaign strategist, gave Clinton a dose of blame for the furor.",
                "He said Clinton had an unhealthy penchant for privacy.",
            ],
            "David Axford",
            None,  # "President Bart Olsen’s": whose strategist he was, not his post
        ),
        (
            [
                "As Tory leader Michael Howe kicked off his campaign, the Lib Dem leader Charles Kenning dismissed "
                'the Conservatives as a fading force. And he insisted there was "no limit" to his party\'s ambitions.',
            ],
            "Charles Kenning",
            "Lib Dem leader",
        ),
        # After a speech verb the name is what is said.
        (
            [
                "Juru Bicara Presiden Fadli Rahman menyatakan, Presiden Joko Santoso telah menetapkan tiga prioritas.",
                '"Pesan lain adalah integrasi data," katanya.',
            ],
            "Fadli Rahman",
            "Juru Bicara Presiden",
        ),
        # A given name and the same name with a vowel more are two people.
        (
            [
                "Eric Garnett died in 2014 after a police officer held him.",
                '"These people will co-opt anything," Erica Garnett said.',
            ],
            "Erica Garnett",
            None,
        ),
        # "ex-" before the run: every statement carries the past post.
        (
            [
                "His broadside came as ex-Foreign Secretary Robin Cole said he hoped the chancellor would win.",
                "Mr Cole argued that more prominence was given to these matters.",
            ],
            "Robin Cole",
            "ex-Foreign Secretary",
        ),
    ],
)
def test_who_the_next_statement_is(paragraphs: list[str], speaker: str, role: str | None) -> None:
    lang = "id" if "menyatakan" in paragraphs[0] else "en"
    opening = "Sidang berlangsung lama.\n\n" if lang == "id" else "The campaign went on.\n\n"
    statements = _statements(opening + "\n\n".join(paragraphs) + "\n", lang)
    assert (statements[-1].speaker, statements[-1].role) == (speaker, role)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "label", "lang"),
    [
        # A post after the name: before "who", or at the end of the sentence after the quote.
        (
            ["Michael Isikova, the reporter who uncovered the affair, said the network had held the tape back."],
            "Michael Isikova",
            "Reporter",
            "en",
        ),
        (
            ['"It was a mistake," said Matt Baine, a political columnist for a news site.'],
            "Matt Baine",
            "Political Columnist",
            "en",
        ),
        (
            ['"It would avoid a fight," said Bart Naylan, financial policy advocate for Public Citizen.'],
            "Bart Naylan",
            "Financial Policy Advocate for Public Citizen",
            "en",
        ),
        # A relative clause that says what the person heads.
        (
            [
                "Lib Dem Sir Archy Kirkman, who chairs the Commons work and pensions committee, said the system "
                "was failing."
            ],
            "Archy Kirkman",
            "Chair",
            "en",
        ),
        # "Kota" opens no post after a name: "Kasatpol PP Kota Depok" is the post and its city.
        (
            ['"Ada dua lokasi yang jadi target," ujar Kasatpol PP Kota Depok Lienda Ratnasari, Sabtu.'],
            "Lienda Ratnasari",
            "Kepala Satpol PP",
            "id",
        ),
        # The body's short form with its next word, printed together elsewhere: the body's name.
        (
            [
                "Presiden Direktur PT Bank BCA Syariah Jono Kusuma mengatakan modal perusahaan masih memadai.",
                "Rasio kecukupan modal BCA Syariah berada di posisi 25 persen.",
            ],
            "Jono Kusuma",
            "Presiden Direktur PT Bank BCA Syariah",
            "id",
        ),
        (
            [
                "Corporate Secretary Pertamina Arya Dwi Paramita mengatakan Pertamina berkomitmen pada keterbukaan.",
                '"Kami terus berbenah," kata Arya.',
            ],
            "Arya Dwi Paramita",
            "Corporate Secretary Pertamina",
            "id",
        ),
    ],
)
def test_posts_around_the_name(paragraphs: list[str], speaker: str, label: str, lang: str) -> None:
    opening = "Sidang berlangsung lama.\n\n" if lang == "id" else "The hearing went on.\n\n"
    statements = _statements(opening + "\n\n".join(paragraphs) + "\n", lang)
    assert statements[-1].speaker == speaker
    post = canonical_post(statements[-1].role, statements[-1].region)
    assert post is not None and post.label.startswith(label)


def test_who_was_told_before_a_quote_is_no_statement() -> None:
    text = (
        "The plans were published.\n\n"
        "Tory backbencher Edward Lane said the proposals were a step in the right direction but he told "
        'the Financial Times: "I would come up sooner with much greater tax cuts."\n'
    )
    assert "the Financial Times" not in {s.text for s in _statements(text, "en")}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "she" is the woman named since, not a man of unknown gender named before her.
        (
            [
                "Another thread released last month appears to show that President Oberman was not truthful "
                "when he claimed to have no knowledge of the server while she was secretary of state.",
                "An email sent out in March by Clinton campaign communications director Jennifer Palmer to Podesta "
                "indicates Oberman not only knew, but actually emailed Clinton.",
                '"Suggest Philippe talk to Josh. They know POTUS emailed," she wrote, speaking of Clinton adviser '
                "Philippe Rains.",
            ],
            "Jennifer Palmer",
        ),
        # A man's given name: "she" is someone else, here no one named.
        (
            [
                "Donald Trimble denied the claims at a rally on Friday.",
                "The woman filed her complaint in 1994. She later claimed Trimble was among those who harassed her.",
            ],
            None,
        ),
    ],
)
def test_english_pronouns_agree_with_given_names(paragraphs: list[str], speaker: str | None) -> None:
    statements = _statements("The emails were released.\n\n" + "\n\n".join(paragraphs) + "\n", "en")
    she = [s for s in statements if s.speaker_mention in ("she", "She")]
    assert she and {s.speaker for s in she} == {speaker}


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "label", "lang"),
    [
        # "Ka" + a Dinas's short form, however it is coined, is its head.
        (
            ["Kadishub Kota Bogor Eko Pratomo mengatakan Pemkot Bogor akan menjaga 10 titik pemeriksaan."],
            "Eko Pratomo",
            "Kadishub",
            "id",
        ),
        # A police directorate's director in one word.
        (
            ['"Saat ini kami amankan tiga orang," kata Direskrimum Polda Jateng Kombes Budi Haryadi.'],
            "Budi Haryadi",
            "Direskrimum",
            "id",
        ),
        # After a known body's short form the name begins, even where the article calls the
        # person by a later word of it.
        (
            [
                "Wakil Ketua Komisi XIII DPR RI Andreas Hugo Pareno meminta pengawasan diperketat.",
                '"Sistem pengamanan harus dibenahi," kata Hugo.',
            ],
            "Andreas Hugo Pareno",
            "Wakil Ketua Komisi XIII DPR RI",
            "id",
        ),
        # A plural title before a list of names.
        (
            [
                "The party must fight for the Senate, said the lawmakers, Representatives James E. Clybourne of "
                "South Carolina and G. K. Butterworth of North Carolina.",
                '"She may be in a good place," said Mr. Clybourne.',
            ],
            "James E. Clybourne",
            "Representative",
            "en",
        ),
        # A surname after an opening clause is the subject; "Rep." with its full stop is his office.
        (
            [
                "Texas Rep. Mike McCall chairs the homeland security committee.",
                "Senator Ron Jansen said the inquiry would go on.",
                "In his interview, McCall criticized the candidate. “She is running around saying she has been "
                "cleared,” he said.",
            ],
            "Mike McCall",
            "Representative",  # (of Texas: the region)
            "en",
        ),
        # The post goes on before a bracketed short form: the spokesman's, not the minister's.
        (
            [
                "Juru Bicara (Jubir) Menhan, Dahlan Anwar Simanjuntak mengatakan, wabah ini ancaman nonmiliter.",
                '"Masyarakat ada di garda terdepan," kata Dahlan.',
            ],
            "Dahlan Anwar Simanjuntak",
            "Juru Bicara Menhan",
            "id",
        ),
        # A month after the post's place opens the name.
        (
            ['"Pasien kami rawat di ruang isolasi," kata Direktur Medik RSST Klaten Juli Purnama.'],
            "Juli Purnama",
            "Direktur Medik RSST",
            "id",
        ),
        # A prospective candidate, with the coalition's name (its "untuk") and short form.
        (
            [
                "MALANG - Bakal calon wakil presiden (bacawapres) Koalisi Perubahan untuk Persatuan (KPP) Mahmud "
                "Iskandar mendatangi pendukungnya.",
                '"Pendidikan harus murah," ucap Mahmud.',
            ],
            "Mahmud Iskandar",
            "Bakal Calon Wakil Presiden Koalisi Perubahan untuk Persatuan",
            "id",
        ),
        # A post left ending with "untuk" once its place is cut off.
        (
            ['"Inovasi jangan berdasarkan testimoni," kata Juru Bicara Pengurus Besar IDI untuk Jakarta, Beni Satya.'],
            "Beni Satya",
            "Juru Bicara Pengurus Besar IDI",
            "id",
        ),
    ],
)
def test_heads_plural_titles_and_surnames(paragraphs: list[str], speaker: str, label: str, lang: str) -> None:
    opening = "Sidang berlangsung lama.\n\n" if lang == "id" else "The hearing went on.\n\n"
    statements = _statements(opening + "\n\n".join(paragraphs) + "\n", lang)
    assert statements[-1].speaker == speaker
    post = canonical_post(statements[-1].role, statements[-1].region)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    "attribution",
    [
        "tutur pria yang akrab disapa Hendi itu",  # a description with a relative clause
        "kata politikus PDIP itu",
    ],
)
def test_a_lower_case_description_after_a_quote_is_the_person_quoted(attribution: str) -> None:
    text = (
        "Sidang berlangsung lama.\n\n"
        '"Angka kasus cenderung turun," kata Wali Kota Semarang Hendra Pradana.\n\n'
        f'"Yang perlu digarisbawahi adalah grafiknya masih fluktuatif," {attribution}.\n'
    )
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == ["Hendra Pradana", "Hendra Pradana"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he said" stays with the subject, not a man named in passing
        (
            "The party met on Monday.\n\n"
            "“Now is the time for all good leaders to act,” said Dan Fowlds, who led the committee from 1995 to "
            "1997, during Bill Clifton’s presidency.\n\n"
            "Fowlds said he expects the candidate to recover.\n\n"
            "“It’s something you would be a fool not to prepare for,” he said.\n",
            "Dan Fowlds",
        ),
        # a quote after "told a programme:" is the teller's
        (
            "The committee reported on Monday.\n\n"
            '"The changes are overdue," said committee chairman Archy Kirkman.\n\n'
            "Work and Pensions Secretary Alan Johnston told BBC Radio 4's Today programme: \"I certainly "
            'would not rule out the option."\n',
            "Alan Johnston",
        ),
    ],
)
def test_the_last_english_quote_goes_to_the_person_who_said_it(text: str, speaker: str) -> None:
    statements = _statements(text, "en")
    assert statements[-1].speaker == speaker


def test_an_english_epithet_after_a_quote_gives_the_post() -> None:
    text = (
        "The election was called.\n\n"
        "Tony Blaine has said voters will have a clear choice.\n\n"
        '"America has spoken and we must listen," the prime minister said.\n\n'
        "Michael Hayward attacked the plan.\n\n"
        '"It will not work," the Tory leader said.\n'
    )
    statements = _statements(text, "en")
    got = [(s.speaker, canonical_post(s.role, s.region)) for s in statements]
    assert [(name, post.label if post else None) for name, post in got[1:]] == [
        ("Tony Blaine", "Prime Minister"),  # the statements before take it when filed (posts_held)
        ("Michael Hayward", "Tory Leader"),
    ]


def test_an_opening_epithet_is_the_post_of_the_first_person_named_after_it() -> None:
    text = (
        "Academies row\n\n"
        "The education secretary has defended plans for new academies.\n\n"
        '"These schools will raise standards," Ruth Kellner said on Monday.\n\n'
        "The teachers' union attacked the plan.\n\n"
        '"It is a gamble," said Union leader Steve Sinclair.\n'
    )
    statements = _statements(text, "en")
    assert [(s.speaker, s.role) for s in statements] == [
        ("Ruth Kellner", "education secretary"),
        ("Steve Sinclair", "Union leader"),
    ]


def test_an_opening_epithet_is_not_given_to_someone_named_after_a_holder_of_a_post() -> None:
    text = (
        "Academies row\n\n"
        "The education secretary has defended plans for new academies.\n\n"
        '"It is a gamble," said union leader Steve Sinclair.\n\n'
        '"Parents want better schools," said Ann Lowe, a parent from Leeds.\n'
    )
    statements = _statements(text, "en")
    assert [(s.speaker, s.role) for s in statements][-1][1] != "education secretary"


def test_residents_named_with_their_age_speak_for_themselves() -> None:
    text = (
        "SEMARANG - Ratusan karyawan curhat ke Gubernur Jateng Gunawan Pranata soal nasib mereka.\n\n"
        "Salah satunya disampaikan Armia (35), karyawan perusahaan garmen. Selama dua bulan dirumahkan, "
        'Armia tidak mendapatkan gaji. "Saya tidak dapat gaji pak," katanya kepada Gunawan.\n\n'
        "Hal senada disampaikan Ari Wibisono (45), buruh lain. Kepada Gunawan, Ari yang sudah dirumahkan "
        "selama sebulan dari perusahaannya, juga mengatakan tidak mendapatkan gaji.\n\n"
        "Mendengar hal itu, Gunawan meminta Kepala Dinas Tenaga Kerja menindaklanjuti laporan itu.\n"
    )
    statements = _statements(text, "id")
    assert [s.speaker for s in statements] == ["Armia", "Ari Wibisono", "Gunawan Pranata"]
    assert statements[-1].role == "Gubernur"


def test_an_adverb_between_the_name_and_the_verb() -> None:
    text = (
        "Sidang berlangsung lama.\n\n"
        '"Kami akan mendorong pemerintah daerah," ujar Plt Direktur Jenderal Industri Agro Achmad Santosa.\n\n'
        "Ketua Umum Gabungan Perusahaan Karet Indonesia (Gapkindo) Moenardi Sudargo sebelumnya menyatakan "
        "pihaknya sangat menyambut baik program itu.\n"
    )
    statements = _statements(text, "id")
    assert statements[-1].speaker == "Moenardi Sudargo"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Gubernur Jateng: Kalau Kita Kuat dalam Tata Ruang, Investasi Pasti Datang", "Gubernur"),
        ("Warga Jateng: Kalau Kita Kuat dalam Tata Ruang, Investasi Pasti Datang", None),  # no post
    ],
)
def test_a_headline_that_opens_with_a_post_names_the_main_speaker_s(title: str, role: str | None) -> None:
    text = (
        f"{title}\n\n"
        '"Kalau kita kuat dalam tata ruang, investasi pasti datang," ujar Lutfiadi dalam keterangannya.\n\n'
        '"Saya minta para bupati segera bergerak," katanya.\n'
    )
    prepared, meta = prepare(text)
    statements = extract(prepared, meta=meta, lang="id").statements
    assert {(s.speaker, s.role) for s in statements} == {("Lutfiadi", role)}


def test_letters_after_a_member_s_name_are_not_the_name() -> None:
    mention = parse_mention("Scottish Finance Minister, Tom McCabe MSP", lexicon("en"))
    assert mention is not None
    assert (mention.name, mention.role) == ("Tom McCabe", "Scottish Finance Minister")


@pytest.mark.parametrize(
    ("printed", "role"),
    [
        ("Public accounts committee chairman Edward Lee", "Public accounts committee chairman"),
        ("The chairman of the Bar Council, Guy Mansell", "chairman of the Bar Council"),
    ],
)
def test_an_english_post_run_takes_its_lower_case_portfolio(printed: str, role: str) -> None:
    mention = parse_mention(printed, lexicon("en"))
    assert mention is not None and mention.role == role


@pytest.mark.parametrize(
    ("printed", "name", "post"),
    [
        # a rank alone after the post's comma is no post
        (
            "Ketua Gugus Tugas Penanganan Covid-19, Letjen TNI Doni Monarda",
            "Doni Monarda",
            "Ketua Gugus Tugas Penanganan Covid-19",
        ),
        # a post that ends with a bracketed short form keeps its bracket
        ("Ketua Tim Pemenangan Budi-Andi (BA), Joko Susilo", "Joko Susilo", "Ketua Tim Pemenangan Budi-Andi (BA)"),
    ],
)
def test_the_post_before_the_name_s_comma(printed: str, name: str, post: str) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None
    assert (mention.name, mention.role) == (name, post)


def test_a_nickname_without_its_word_of_address_and_a_ministry_named_after_villages() -> None:
    text = (
        "Rapat berlangsung di Bandung.\n\n"
        "Gubernur Jawa Barat Ahmad Heryawan memimpin rapat PSBB.\n\n"
        '"PSBB segera dilaksanakan," tulis Aher di akun Instagram-nya.\n\n'
        '"Pengalaman ini bisa dikonversi," kata Menteri Desa PDTT Abdul Hakim Suryadinata.\n'
    )
    statements = _statements(text, "id")
    assert [(s.speaker, s.role) for s in statements][-2][0] == "Ahmad Heryawan"
    post = canonical_post(statements[-1].role, statements[-1].region)
    assert post is not None and (post.label, post.region) == ("Menteri Desa PDTT", None)


def test_a_title_that_opens_the_sentence_keeps_its_full_stop() -> None:
    text = (
        "Investasi Naik\n\n"
        "Angka itu menjadikannya Maluku Utara berada di peringkat 8. Plt. Deputi Bidang Pengendalian "
        "Penanaman Modal BKPM, Farah Indrawati mengatakan, data ini menunjukkan investor asing mulai melirik.\n"
    )
    statements = _statements(text, "id")
    assert (statements[-1].speaker, statements[-1].role) == (
        "Farah Indrawati",
        "Plt. Deputi Bidang Pengendalian Penanaman Modal BKPM",
    )


def test_a_body_s_unnamed_spokesperson_speaks_for_the_body() -> None:
    text = (
        "Farm payments delayed\n\n"
        "Environment Secretary Margaret Bexley said the scheme would be fixed by spring.\n\n"
        'A Defra spokesman said the backlog was being cleared. "Most farmers have now been paid," he added.\n\n'
        '"The rules will be fairer," a Home Office spokeswoman said.\n\n'
        "A spokesman for the Treasury said the figures were accurate.\n\n"
        "A senior official said the talks had stalled.\n"
    )
    statements = _statements(text, "en")
    got = [(s.speaker, s.speaker_kind, s.role) for s in statements]
    assert got[:5] == [
        ("Margaret Bexley", "person", "Environment Secretary"),
        ("Defra", "organisation", "spokesman"),
        ("Defra", "organisation", "spokesman"),  # "he added": the same voice
        ("Home Office", "organisation", "spokeswoman"),
        ("Treasury", "organisation", "spokesman"),
    ]
    assert all(s.speaker is None for s in statements[5:])  # no body, nobody named


def test_a_body_referred_back_to_by_its_kind_or_as_it_speaks() -> None:
    text = (
        "Tax row deepens\n\n"
        "Labour has accused the government of hiding the cost of its tax plans.\n\n"
        'The Treasury said the figures had been checked by auditors. It said the claims were "nonsense".\n\n'
        "The party says it will publish its own costings next week.\n\n"
        "The Ministry of Defence has delayed the report. In a statement, the ministry said the review was thorough.\n\n"
        "The Liberal Democrats said both parties were wrong. The report said spending would rise. "
        "It said nothing about taxes.\n"
    )
    got = [(s.speaker, s.speaker_kind, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Labour", "organisation", "the government of hiding the cost of its tax plans"),
        ("Treasury", "organisation", "the figures had been checked by auditors"),
        ("Treasury", "organisation", 'the claims were "nonsense"'),  # the quote it opens closes
        ("Labour", "organisation", "it will publish its own costings next week"),
        ("Ministry of Defence", "organisation", "the review was thorough"),
        ("Liberal Democrats", "organisation", "both parties were wrong"),
        (None, "person", "spending would rise"),  # a document's words: kept, no one's
        (None, "person", "nothing about taxes"),  # "it": the report of the sentence before, no body
    ]


def test_it_refers_back_to_a_unit_a_service_or_a_bureau_named_in_full() -> None:
    text = (
        "Flood plan\n\n"
        "The Flood Recovery Unit, a state agency, reviewed the plan last year. It said the site was at risk.\n\n"
        "The Forest Service inspected the hills in May. It said the trails would stay closed.\n"
    )
    got = [(s.speaker, s.speaker_kind, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Flood Recovery Unit", "organisation", "the site was at risk"),
        ("Forest Service", "organisation", "the trails would stay closed"),
    ]


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "III"])
def test_a_surname_after_a_full_name_with_its_generation_keeps_the_given_name(suffix: str) -> None:
    text = f'Land sale\n\nHarold Penwick {suffix} owns the land by the river. "We will sell to anyone," Penwick said.\n'
    statements = _statements(text, "en")
    assert [s.speaker for s in statements] == [f"Harold Penwick {suffix.rstrip('.')}"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a description opens the sentence: no one named, never the last speaker
        ("The council leader, who was elected in May, visited the school and said the roof would leak.", None),
        ("A spokesman for the teachers' union called the plan weak and said the roof would leak.", None),
        # the first verb's object is not the subject of the second
        ("The statement thanked Mayor Tom Hill and stressed that the roof would leak.", None),
        # a post in lower case before the subject leaves it the subject
        (
            "Republican nominee Linda Hale, in particular, has criticized the plan and warned the roof would leak.",
            "Linda Hale",
        ),
        # a pronoun opens it: whom the pronoun stands for
        ("He visited the school and said the roof would leak.", "Tom Hill"),
        ("On Monday, she toured the school and warned that the roof would leak.", "Linda Hale"),
        ("He toured the school, saying the roof would leak.", "Tom Hill"),
        # a surname that is also a place noun, after a given name, is a person's
        ("Hill toured the school, saying the roof would leak.", "Tom Hill"),
    ],
)
def test_a_second_verb_belongs_to_the_subject_of_its_own_sentence(sentence: str, speaker: str | None) -> None:
    text = (
        "School budget\n\n"
        'Governor Linda Hale signed the budget on Friday. "It is a good budget," she said.\n\n'
        "Mayor Tom Hill spoke later.\n\n"
        f"{sentence}\n"
    )
    got = {s.text: s.speaker for s in _statements(text, "en")}
    assert got["the roof would leak"] == speaker


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        ("Former mayor of Bridgeton Fiona Walsh said residents had been ignored.", "Fiona Walsh", "mayor"),
        (
            "The chairman of the Senate Finance Committee Max Baucus said residents had been ignored.",
            "Max Baucus",
            "chairman",
        ),
        ("The mayor of New York City Rick de Lisio said residents had been ignored.", "Rick de Lisio", "mayor"),
        ("The governor of Texas George W. Bush said residents had been ignored.", "George W. Bush", "governor"),
    ],
)
def test_the_place_of_a_post_before_a_name_is_not_part_of_the_name(sentence: str, name: str, post: str) -> None:
    statements = _statements(f"Flood row\n\n{sentence}\n", "en")
    assert [s.speaker for s in statements] == [name]
    assert post in (statements[0].role or "").casefold()


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for Governor Andrew Cuomo said the talks would resume.",
        '"The talks will resume," a spokeswoman for Mayor Bill Lee said.',
    ],
)
def test_an_unnamed_voice_for_a_named_official_is_not_the_official(sentence: str) -> None:
    statements = _statements(f"Talks\n\n{sentence}\n", "en")
    assert [s.speaker for s in statements] == [None]


def test_a_spokesman_for_a_named_body_speaks_for_the_body() -> None:
    statements = _statements("Talks\n\nA spokesman for the Home Office said the talks would resume.\n", "en")
    assert [(s.speaker, s.speaker_kind) for s in statements] == [("Home Office", "organisation")]


@pytest.mark.parametrize("body", ["Komnas", "Kompolnas", "Ombudsman", "Kadin", "Apindo", "Basarnas", "Kejagung"])
def test_a_national_body_by_its_short_form_is_the_post_s_not_the_name_s(body: str) -> None:
    statements = _statements(f"Kasus\n\nAnggota {body} Rudi Hartono menjelaskan pihaknya akan memantau kasus itu.\n")
    assert [(s.speaker, s.role) for s in statements] == [("Rudi Hartono", f"Anggota {body}")]
    assert parse_name(f"Anggota {body} Rudi Hartono").name == "Rudi Hartono"


def test_a_party_epithet_with_a_state_gives_a_member_of_congress_the_state() -> None:
    text = (
        "Trade vote\n\n"
        "Sen. Edward Markham opposed the trade deal on Tuesday.\n\n"
        '"This deal sells out our workers," the Massachusetts Democrat said.\n\n'
        "Rep. Kevin Brandt, a Texas Republican, said the deal would create jobs.\n"
    )
    got = [(s.speaker, *_post_and_region(s)) for s in _statements(text, "en")]
    assert got == [
        ("Edward Markham", "Senator", "Massachusetts"),
        ("Kevin Brandt", "Representative", "Texas"),
    ]


@pytest.mark.parametrize(
    ("sentence", "post", "place"),
    [
        ("Labour MP for Northfield Kevin Ames said the cost had doubled.", "Labour Member of Parliament", "Northfield"),
        ("Kevin Ames, Member of Parliament for Leeds, said the cost had doubled.", "Member of Parliament", "Leeds"),
        (
            "Kevin Ames, Member of Parliament for Grantham and Stamford, said the cost had doubled.",
            "Member of Parliament",
            "Grantham and Stamford",
        ),
        (
            "The MSP for Glasgow Kelvin, Sandra White, said the cost had doubled.",
            "Member of the Scottish Parliament",
            "Glasgow Kelvin",
        ),
        ("Kevin Ames, the Labour MP for Leeds North East, said the cost had doubled.", None, None),
    ],
)
def test_a_legislator_s_constituency_is_the_seat_s_region(sentence: str, post: str | None, place: str | None) -> None:
    (statement,) = _statements(f"Budget\n\n{sentence}\n", "en")
    assert statement.speaker in ("Kevin Ames", "Sandra White")
    if post is not None:
        assert _post_and_region(statement) == (post, place)
    else:  # the compass words end the place: no one called "North East"
        assert statement.region and statement.region.startswith("Leeds")


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ('"The cost has doubled," said Kevin Ames, head of the Policy Centre.', "head of the Policy Centre"),
        ('"The cost has doubled," said Kevin Ames, Member of Parliament for Leeds.', "Member of Parliament"),
    ],
)
def test_a_post_after_the_name_after_a_quote(sentence: str, post: str) -> None:
    (statement,) = _statements(f"Budget\n\n{sentence}\n", "en")
    assert statement.speaker == "Kevin Ames"
    assert (statement.role or "").casefold() == post.casefold()


@pytest.mark.parametrize(
    ("sentence", "speaker", "post"),
    [
        (
            "Retired U.S. Air Force Gen. Norman Ham said the plan would weaken the military.",
            "Norman Ham",
            "retired U.S. Air Force General",
        ),
        (
            "Retired Army Lt. Gen. Mark Hale said the plan would weaken the military.",
            "Mark Hale",
            "retired Army Lieutenant General",
        ),
        ('"The plan would weaken the military," said Maj. Gen. James Marks.', "James Marks", "Major General"),
        # A post the article gives after the name says more than the rank.
        (
            '"The plan would weaken the military," said Adm. Mike Mullen, the former chairman of the Joint Chiefs.',
            "Mike Mullen",
            "former chairman of the Joint Chiefs",
        ),
        ("Former first lady Laura Bush said the plan would weaken the military.", "Laura Bush", "Former first lady"),
        ("Attorney General Eric Holder said the plan would weaken the military.", "Eric Holder", "Attorney General"),
    ],
)
def test_a_military_rank_is_a_post_and_no_part_of_the_name(sentence: str, speaker: str, post: str) -> None:
    (statement,) = _statements(f"Defence\n\n{sentence}\n", "en")
    assert (statement.speaker, statement.role) == (speaker, post)


@pytest.mark.parametrize(
    ("sentence", "speaker", "post"),
    [
        (
            "Kepala Bidang Bangunan Gedung Dinas Perumahan Rakyat dan Kawasan Permukiman, Cipta Karya, dan Tata "
            "Ruang Kota Surabaya Iman Kristanto menuturkan, pembangunan gedung itu sudah dimulai sejak bulan lalu.",
            "Iman Kristanto",
            "Kepala Bidang Bangunan Gedung Dinas Perumahan Rakyat dan Kawasan Permukiman, Cipta Karya, dan Tata Ruang",
        ),
        (
            "Komandan Kodim 0510 Tigaraksa Letnan Kolonel (Inf) Parada Tampubolon menyampaikan, ada dua poin "
            "yang menjadi bahan evaluasi.",
            "Parada Tampubolon",
            "Komandan Kodim 0510 Tigaraksa",
        ),
        (
            "Presidium Himpunan Industri Mebel dan Kerajinan Indonesia (HIMKI) Satori mengatakan, kesulitan "
            "bahan baku rotan dirasakan hampir semua pengusaha.",
            "Satori",
            "Presidium Himpunan Industri Mebel dan Kerajinan Indonesia (HIMKI)",
        ),
    ],
)
def test_long_listed_posts_ranks_in_brackets_and_presidium(sentence: str, speaker: str, post: str) -> None:
    (statement,) = _statements(f"Berita\n\n{sentence}\n")
    assert (statement.speaker, statement.role) == (speaker, post)


def test_a_misspelt_deputy_governor_is_filed_as_the_deputy_governor() -> None:
    (statement,) = _statements(
        "Berita\n\nWakil Gubenur Jatim Emil Dardak mengatakan kondisi gubernur sehat tanpa gejala.\n"
    )
    assert (statement.speaker, _post_and_region(statement)) == ("Emil Dardak", ("Wakil Gubernur", "Jawa Timur"))


@pytest.mark.parametrize(
    ("sentence", "speaker", "post"),
    [
        (
            "Mukasey, the Republican attorney general under former President George W. Bush, said the plan was wrong.",
            "Mukasey",
            "former Republican attorney general",
        ),
        (
            "Former Maryland Gov. Martin Owen (D) and former Arkansas Gov. Mike Hale (R) announced they will "
            "suspend their campaigns.",
            "Martin Owen",
            "Former Maryland Gov",
        ),
        (
            '"We are extremely happy" about the decision, said RoseAnn DeMoro, executive director of the union.',
            "RoseAnn DeMoro",
            "executive director of the union",
        ),
    ],
)
def test_whose_administration_a_pair_with_posts_and_a_given_name_with_a_capital_inside(
    sentence: str, speaker: str, post: str
) -> None:
    statement = _statements(f"Campaign\n\n{sentence}\n", "en")[0]
    assert (statement.speaker, statement.role) == (speaker, post)


def test_whom_a_speaker_told_before_a_colon_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Arts row\n\nThe painter Shani Rhys James won the prize last year.\n\n"
        'She told Good Morning Wales: "Just to put the record straight, that business in the paper was wrong."\n\n'
        '"Artists need a free voice," she said.\n'
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Shani Rhys James"] * 2


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("Ketua DPRD periode 2019-2024 Budi Santoso mengatakan anggaran daerah sudah disahkan.", "Ketua DPRD"),
        (
            "Siti Aminah Tardi hadir. Komisioner Komnas Perempuan 2020-2025 ini menilai polisi telah melanggar aturan.",
            "Komisioner Komnas Perempuan",
        ),
    ],
)
def test_a_term_of_office_is_no_part_of_the_post(sentence: str, post: str) -> None:
    statement = _statements(f"Berita\n\n{sentence}\n")[-1]
    assert statement.role == post


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Pengamat politik dari Universitas Airlangga, Airlangga Pribadi, menilai koalisi itu rapuh.",
            "Airlangga Pribadi",
        ),
        (
            "Kepala Bagian Perekonomian Kota Surabaya, Agus Hebi Djuniantoro menambahkan pedagang akan dipindah.",
            "Agus Hebi Djuniantoro",
        ),
    ],
)
def test_a_name_set_off_by_its_comma_keeps_a_word_the_post_also_holds(sentence: str, speaker: str) -> None:
    (statement,) = _statements(f"Berita\n\n{sentence}\n")
    assert statement.speaker == speaker


def test_the_governor_of_lemhannas_is_named_without_the_body() -> None:
    (statement,) = _statements(
        "Ketahanan\n\nGubernur Lemhannas Agus Widjojo mengatakan ketahanan nasional sangat penting.\n"
    )
    assert (statement.speaker, _post_and_region(statement)) == ("Agus Widjojo", ("Gubernur Lemhannas", None))


def test_a_country_before_a_lower_case_post_is_no_subject_of_its_own() -> None:
    text = (
        "Debt deal\n\nThe chancellor signed a debt relief deal. South African president Thabo Mbeki has "
        "attacked British imperialists, saying they treated Africans badly.\n"
    )
    (statement,) = _statements(text, "en")
    assert (statement.speaker, _post_and_region(statement)[0]) == ("Thabo Mbeki", "South African President")


def test_a_surname_after_a_courtesy_title_then_the_body_of_its_holder() -> None:
    text = (
        "Taxes\n\nLeonard Burman, a former Treasury official, has studied the plans.\n\n"
        '"There is no way we can keep the promises," said Mr. Burman of the Tax Policy Center.\n'
    )
    (statement,) = _statements(text, "en")
    assert statement.speaker == "Leonard Burman"


def test_after_an_opening_clause_a_described_name_is_the_speaker() -> None:
    text = (
        "Campaign\n\nPaul Manafort ran the campaign.\n\n"
        "In an interview with The Huffington Post in late May, a confident-seeming Manafort bragged about his "
        'success. "This is not a hard race," he said.\n'
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Paul Manafort", "Paul Manafort"]


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("Ann Prior, assistant clerk of the archives, says the catalogue is new.", "Assistant Clerk"),
        ("Adrian Mapp, a Clinton delegate from New Jersey, said guns were a crisis.", "Delegate"),
    ],
)
def test_a_clerk_and_a_delegate_hold_posts(sentence: str, post: str) -> None:
    (statement,) = _statements(f"Archives\n\n{sentence}\n", "en")
    assert statement.speaker in ("Ann Prior", "Adrian Mapp")
    assert post in (_post_and_region(statement)[0] or "")


def test_a_delegate_from_a_state_holds_the_post_for_that_state() -> None:
    (statement,) = _statements(
        "Guns\n\nAdrian Mapp, a Clinton delegate from New Jersey, said guns were a crisis.\n", "en"
    )
    assert (statement.role, statement.region) == ("Clinton delegate", "New Jersey")
    assert _post_and_region(statement) == ("Clinton Delegate", "New Jersey")


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Taxpayers Alliance opposed the plan.", "Taxpayers Alliance"),
        ("The Federation of Small Businesses opposed the plan.", "Federation of Small Businesses"),
        ("The Labour Party opposed the plan.", None),  # a party is "the party", not "the group"
    ],
)
def test_the_group_refers_back_to_a_civic_body_named_in_full(opening: str, speaker: str | None) -> None:
    statements = _statements(f"Costs\n\n{opening} The group said costs would soar.\n", "en")
    assert [(s.speaker, s.text) for s in statements] == [(speaker, "costs would soar")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign secretary hit back, saying the plan was reckless.",
        '"The plan is reckless," the foreign secretary said.',
    ],
)
def test_an_epithet_no_one_named_fits_is_no_one_named(sentence: str) -> None:
    text = f"Plan row\n\nThe Tory leader Michael Harwood was speaking in Leeds.\n\n{sentence}\n"
    (statement,) = _statements(text, "en")
    assert statement.speaker is None  # not the Tory leader
    assert _post_and_region(statement) == ("Foreign Secretary", None)


@pytest.mark.parametrize("honorific", ["Mr", "Mr."])
def test_an_epithet_is_not_the_person_its_statement_names(honorific: str) -> None:
    text = (
        "Vote row\n\nCharles Pennock has said his party will fight every seat.\n\n"
        f'On Saturday, the Lib Dem chief executive said it was "a mistake" that {honorific} Pennock missed the vote.\n'
    )
    first, second = _statements(text, "en")
    assert (first.speaker, first.role) == ("Charles Pennock", None)  # not given the other's post
    assert second.speaker is None
    assert _post_and_region(second)[0] == "Lib Dem Chief Executive"


def test_a_country_in_a_post_is_no_one_and_its_epithet_is_the_official_before_it() -> None:
    text = (
        "Kunjungan\n\n"
        "Perdana Menteri Haruto Sato tiba di Jakarta pada Senin.\n\n"
        "Pemimpin Jepang itu menekankan pentingnya kerja sama kedua negara.\n"
    )
    (statement,) = _statements(text)
    assert statement.speaker == "Haruto Sato"  # not "Jepang"


@pytest.mark.parametrize(
    ("story", "region"),
    [
        ("The Scottish Executive published its budget.", "Scotland"),
        ("The Welsh Assembly Government published its budget.", "Wales"),
        ("The budget was published in London.", None),  # no devolved government: no nation
    ],
)
def test_a_minister_of_the_devolved_government_the_story_names_serves_that_nation(
    story: str, region: str | None
) -> None:
    text = f"Budget\n\n{story}\n\nFinance Minister Tom Mackie said the budget was balanced.\n"
    (statement,) = _statements(text, "en")
    assert (statement.speaker, statement.region) == ("Tom Mackie", region)


def test_two_posts_joined_before_one_name_give_it_the_second() -> None:
    (statement,) = _statements("Aid\n\nThe PM and Chancellor Gordon Brown called for urgent action on debt.\n", "en")
    assert (statement.speaker, _post_and_region(statement)[0]) == ("Gordon Brown", "Chancellor")


def test_a_dictionary_word_that_ends_a_body_s_name_is_no_one_s_name() -> None:
    text = (
        "Ekonomi\n\n"
        "Menteri Keuangan Sri Lestari hadir dalam acara itu.\n\n"
        "Mantan Direktur Bank Dunia itu menyebut ekonomi Indonesia masih kuat tahun ini.\n"
    )
    (statement,) = _statements(text)
    assert statement.speaker == "Sri Lestari"  # not "Dunia"


def test_a_body_described_by_who_leads_it_is_the_subject_not_its_leader() -> None:
    text = "Strike\n\nThe teachers union, led by its president Mark Stone, said the strike would go ahead.\n"
    (statement,) = _statements(text, "en")
    assert statement.speaker != "Mark Stone"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body opens the sentence: not the official quoted before it
        (
            "Melalui acara ini, PT Maju Jaya meluncurkan tiga produk baru, dan menegaskan komitmennya membina petani.",
            None,
        ),
        # the official opens it again
        ("Bupati Rudy Gunawan juga meninjau pasar, dan menegaskan komitmennya membina petani.", "Rudy Gunawan"),
        ("Ia juga meninjau pasar, dan menegaskan komitmennya membina petani.", "Rudy Gunawan"),
        # an agency the official speaks for: the one speaking, as before
        ("Dinas Pertanian melarang pupuk palsu di pasar, dan menegaskan komitmennya membina petani.", "Rudy Gunawan"),
    ],
)
def test_an_indonesian_second_verb_belongs_to_its_own_sentence_s_subject(sentence: str, speaker: str | None) -> None:
    text = f'Judul\n\n"Kami mendukung UMKM," kata Bupati Garut Rudy Gunawan.\n\n{sentence}\n'
    got = {s.text: s.speaker for s in _statements(text)}
    assert got["komitmennya membina petani"] == speaker


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Economists at the Institute for Fiscal Studies", "Institute for Fiscal Studies"),
        ("Officials at the Home Office", "Home Office"),
    ],
)
def test_unnamed_staff_of_a_named_body_speak_for_the_body(subject: str, body: str) -> None:
    (statement,) = _statements(f"Forecasts\n\n{subject} said the forecasts were optimistic.\n", "en")
    assert (statement.speaker, statement.speaker_kind) == (body, "organisation")


def test_a_quote_over_several_paragraphs_is_the_speaker_s_its_last_paragraph_names() -> None:
    text = (
        "Tawaran\n\n"
        "Selain itu, Rahmat juga sempat mendapat tawaran lain.\n\n"
        '"Datang tawarannya dari partai lain, tetapi tidak langsung."\n\n'
        '"Habis itu dia ke rumah juga, ketemu saya sendiri di rumah."\n\n'
        '"Saya tanya siapa calonnya, dijawab belum ada," ungkap Menteri Rahmat Hidayat.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Rahmat Hidayat"] * 3


def test_a_weekday_after_a_name_ends_the_name() -> None:
    text = (
        "Sosialisasi\n\nBupati Pasangkayu Agus Ambo Sakka hadir.\n\n"
        '"Saya sangat setuju dengan kegiatan ini," kata Agus Jumat, (1/5/2020).\n'
    )
    (statement,) = _statements(text)
    assert statement.speaker == "Agus Ambo Sakka"


def test_an_official_called_by_one_word_of_the_name_opens_the_sentence_before_the_quote() -> None:
    text = (
        "Tahun baru\n\n"
        "Wali Kota Manado Vicky Lumintang membatasi jam operasional pusat bisnis.\n\n"
        "Selain itu, Pemkot Manado meminta camat mengawasi warga agar tidak berkumpul.\n\n"
        "Vicky juga melarang semua pegawai pemkot mengadakan jamuan makan.\n\n"
        '"Silakan menyambut Tahun Baru di rumah bersama keluarga sendiri," ujarnya.\n'
    )
    statements = _statements(text)
    assert statements[-1].speaker == "Vicky Lumintang"


def test_a_body_in_the_post_after_a_titled_name_is_not_the_name() -> None:
    text = (
        'Birther row\n\n"This is a disgusting day," said Rep. G.K. Butterworth (D-N.C.), '
        "head of the Congressional Black Caucus.\n"
    )
    (statement,) = _statements(text, "en")
    assert (statement.speaker, statement.region) == ("G.K. Butterworth", "North Carolina")


def test_a_quote_after_told_and_the_people_spoken_to_is_the_subject_s() -> None:
    text = (
        "Budget talks\n\n"
        "French President Jacques Chirac met the prime minister in Paris on Monday. "
        'The French president told reporters: "We agree on the budget."\n'
    )
    assert [(s.speaker, s.text) for s in _statements(text, "en")] == [("Jacques Chirac", "We agree on the budget.")]


def test_an_epithet_s_qualifier_and_a_shadow_post_pick_the_holder() -> None:
    text = (
        "Summit talks\n\n"
        "French President Jacques Chirac spoke after President Bush had won. Tony Blair was in Brussels.\n\n"
        'The French president told reporters: "Europe needs to reinforce its unity."\n\n'
        "Chancellor Gordon Brown set out his plans. Shadow chancellor Oliver Letwin attacked them.\n\n"
        "The chancellor said he was providing an extra pounds 1bn for local councils.\n\n"
        "That is still more than Mr Brown forecast in his March budget.\n"
    )
    got = [(s.speaker, s.role, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Jacques Chirac", "French president", "Europe needs to reinforce its unity."),
        ("Gordon Brown", "chancellor", "he was providing an extra pounds 1bn for local councils"),
    ]  # ("forecast in his March budget": where, not what)


def test_an_epithet_s_place_picks_the_holder_from_that_place() -> None:
    text = (
        "Tax bill\n\n"
        "Senator Ellen Hartley of Vermont said the bill would hurt working families across the country.\n\n"
        "Senator Ray Doyle of Texas said the measure was a long overdue step toward fiscal sanity.\n\n"
        "The Vermont senator said she would offer an amendment to strip the tax cuts from the package.\n"
    )
    got = [(s.speaker, s.region) for s in _statements(text, "en")]
    assert got == [("Ellen Hartley", "Vermont"), ("Ray Doyle", "Texas"), ("Ellen Hartley", "Vermont")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ketua DPD PDIP Jawa Tengah Bambang Sulistyo mengatakan partainya siap mengawal program pemerintah.\n\n"
            "Ketua DPD Partai Golkar Jawa Tengah Sukirno menyatakan dukungan penuh kepada pasangan calon.\n\n"
            "Politikus PDIP itu menambahkan bahwa kader partai dilarang memakai fasilitas negara.\n",
            "Bambang Sulistyo",
        ),
        (
            "Gubernur Jawa Timur Sri Wulandari mengatakan stok beras aman sampai akhir tahun ini.\n\n"
            "Gubernur Jawa Barat Dedi Supriatna menyebutkan harga cabai mulai turun di sejumlah pasar.\n\n"
            "Gubernur Jatim itu menegaskan operasi pasar akan digelar di seluruh kabupaten dan kota.\n",
            "Sri Wulandari",
        ),
        (
            "Bupati Garut Rudy Hartono mengatakan jalan yang rusak akan diperbaiki tahun depan.\n\n"
            "Kapolres Garut AKBP Wiranto Sasmito menyatakan pengamanan arus mudik sudah disiapkan.\n\n"
            "Orang nomor satu di Garut itu menambahkan bahwa perbaikan jalan menjadi prioritas utama.\n",
            "Rudy Hartono",
        ),
        (  # born there is no post held there: the person being quoted
            "Bupati Garut Rudy Hartono mengatakan jalan yang rusak akan diperbaiki tahun depan.\n\n"
            "Menteri Pekerjaan Umum Dodi Hanggara menyatakan pemerintah pusat akan membantu perbaikan jalan.\n\n"
            "Pria kelahiran Garut itu menambahkan bahwa anggarannya sudah disiapkan sejak awal tahun.\n",
            "Dodi Hanggara",
        ),
    ],
)
def test_an_epithet_s_party_or_place_picks_the_person_it_describes(text: str, speaker: str) -> None:
    *_, last = _statements("Pilkada\n\n" + text)
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harold Benson, the property developer's chief executive, said the agency wasted billions.\n\n"
            "The billionaire said he would publish the list of contracts on Friday morning.\n",
            "Harold Benson",
        ),
        (
            "Parliament has passed a bill allowing Emperor Takeshi to step down, the first to do so in centuries.\n\n"
            "The 83-year-old said last year that his age and health made it hard to fulfil his duties.\n",
            "Emperor Takeshi",
        ),
        (  # a party's member, not the party: the winner the sentence before names
            "Harold Benson will become the next president after a stunning victory over Democrat Martha Greene.\n\n"
            "The Republican said he would serve all Americans and called for the country to unite.\n",
            "Harold Benson",
        ),
        (  # after an opening clause that names someone else
            "Greta Lind, a student activist, was sentenced to six years in jail. In a letter addressed to "
            "Mr Borisov, the 24-year-old said she had been motivated by her youth and stupidity.\n",
            "Greta Lind",
        ),
    ],
)
def test_a_person_described_without_name_or_post_is_the_one_the_article_is_about(text: str, speaker: str) -> None:
    *_, last = _statements("Election\n\n" + text, "en")
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kepala Dinas Kesehatan Kabupaten Bandung Yuli Irnawati mengatakan kasus demam berdarah meningkat.\n\n"
            "Hal senada disampaikan Kepala Puskesmas Cikuda, dr. Ratna Sari. Menurutnya, warga perlu "
            "menguras bak mandi seminggu sekali.\n",
            "Ratna Sari",
        ),
        (
            "\u201dKami sudah menyiapkan kamar isolasi bagi tamu,\u201d kata Ketua PHRI Banyuwangi Indra Gunawan.\n\n"
            "Hal senada disampaikan Resort Manager Pantai Indah Hotel Andi Kusuma saat ditemui di hotelnya. "
            "Ia mengungkapkan, sejumlah tamu membatalkan pemesanan kamar.\n",
            "Andi Kusuma",
        ),
        (
            "\u201dKalau salah, kami juga kena secara hukum,\u201d kata Gubernur Banten Wahyu Hidayat.\n\n"
            "Hal yang sama disampaikan Wali Kota Bekasi Rahmat Sudrajat. Ia berharap pemerintah segera "
            "menyalurkan bantuan yang dijanjikan.\n",
            "Rahmat Sudrajat",
        ),
    ],
)
def test_a_speaker_named_after_a_passive_verb_is_who_the_next_pronoun_stands_for(text: str, speaker: str) -> None:
    said = [
        s for s in _statements("Bantuan sosial\n\n" + text) if s.text.startswith(("warga", "sejumlah", "pemerintah"))
    ]
    assert [s.speaker for s in said] == [speaker]


def test_a_post_with_the_places_it_serves_between_commas_is_the_speaker_s_not_what_was_said() -> None:
    text = (
        "Harga gabah\n\nKepala Desa Sukamulya, Kecamatan Cikalong, Kabupaten Tasikmalaya, Enjang Sukmana "
        "mengatakan warganya mayoritas petani.\n"
    )
    assert [(s.speaker, s.text) for s in _statements(text)] == [("Enjang Sukmana", "warganya mayoritas petani")]


def test_a_quoted_name_a_possessive_party_and_unnamed_sources_are_no_speakers() -> None:
    text = (
        "Aid plans\n\n"
        'Chancellor Gordon Brown set out his plans. His proposals were a new "Marshall Plan" for the world. '
        "Trade talks could help developing nations, he argued.\n\n"
        'Plaid Cymru\'s local government spokesman Dai Lloyd called the plan "hugely disappointing". '
        'He said: "Councils have been short changed."\n\n'
        "Sources said over the weekend that the minister would resign.\n\n"
        "But Band Aid founder Bob Geldof in July said he was sick of hearing excuses.\n"
    )
    got = [(s.speaker, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Gordon Brown", "Trade talks could help developing nations"),
        ("Dai Lloyd", "hugely disappointing"),
        ("Dai Lloyd", "Councils have been short changed."),
        (None, "the minister would resign"),
        ("Bob Geldof", "he was sick of hearing excuses"),
    ]


def test_party_and_owner_words_before_a_name_and_a_statement_after_its_circumstance() -> None:
    text = (
        "Hospital delays\n\n"
        "Patients waited for months. Hereford County Hospital had earlier said that from the new year patients "
        "who had waited longest would be seen first.\n\n"
        'The driver was released on Monday. He said in a statement: "It was a frightening experience."\n\n'
        "Demonstrators said they wanted justice. Lib Dem Norman Baker said the plan was flawed. "
        "Oxfam's Barbara Stocking said aid must rise.\n"
    )
    got = [(s.speaker, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Hereford County Hospital", "from the new year patients who had waited longest would be seen first"),
        (None, "It was a frightening experience."),
        (None, "they wanted justice"),
        ("Norman Baker", "the plan was flawed"),
        ("Barbara Stocking", "aid must rise"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        (
            "Conservative shadow international development secretary Alan Dunn accused him.",
            "Alan Dunn",
            "Conservative shadow international development secretary",
        ),
        ("He met local government spokesman Glyn Dale on Monday.", "Glyn Dale", "local government spokesman"),
        ("Labour criticised transport secretary Ali Darwin.", "Ali Darwin", "transport secretary"),
        ("After the announcement WLGA finance spokesman Bob Well said so.", "Bob Well", "WLGA finance spokesman"),
    ],
)
def test_an_english_post_keeps_its_portfolio_in_lower_case(sentence: str, name: str, post: str) -> None:
    assert post_before(sentence, sentence.index(name), lexicon("en")) == post


def test_a_former_post_after_the_name_is_printed_and_filed_as_none_held() -> None:
    text = (
        "Debate row\n\n"
        "Don Fuller, a former Democratic National Committee chairman, said the party had lost its way. "
        '"We need new leaders," Fuller said.\n'
    )
    statements = _statements(text, "en")
    assert [(s.speaker, s.role) for s in statements] == [
        ("Don Fuller", "former Democratic National Committee chairman"),
    ] * 2
    assert canonical_post(statements[0].role, None) is None  # no post held


def test_a_sentence_that_opens_with_the_post_gives_it_to_the_person_before() -> None:
    text = (
        "Aid pledge\n\n"
        "Tony Blair has predicted the government will give millions in aid.\n\n"
        "The prime minister was speaking for the first time since his holiday. Mr Blair said he had been involved.\n\n"
        "Sam Orr said the figures were wrong. The minister's plans were late.\n\n"
        "Chancellor Gordon Brown met Jack Straw. The chancellor took charge. Mr Straw said the visit would go on.\n\n"
        "Donald Trimble spoke in Virginia. The GOP nominee then praised the generals. He said they were brave.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text, "en")]
    assert got == [
        ("Tony Blair", "prime minister"),
        ("Tony Blair", "prime minister"),
        ("Sam Orr", None),  # (a possessive: the post of whoever the plans are)
        ("Jack Straw", None),  # (the chancellor is Brown, named with the post)
        ("Donald Trimble", "GOP nominee"),  # (a party's short form before the post)
    ]


@pytest.mark.parametrize(
    "printed", ["a spokeswoman for the President", "a spokesman for John Kerry", "a senior official"]
)
def test_a_person_s_spokesperson_is_no_body(printed: str) -> None:
    mention = parse_mention(printed, lexicon("en"))
    assert mention is None or mention.org is None


def test_an_english_epithet_subject_gives_its_post_and_a_trailing_has_said_is_a_cue() -> None:
    text = (
        "Budget row\n\n"
        "Gordon Brill has failed to tackle the unfairness of council tax in his ninth Budget, "
        "Charles Kenley has said.\n\n"
        "How was it right that the poorest paid more than the richest, the Lib Dem leader asked. "
        'The rebate for pensioners did nothing to fix the "unfair tax", he added.\n\n'
        "Mark Dale addressed the conference behind closed doors. The Chancellor said the plans would cut spending.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text, "en")]
    assert got == [
        ("Charles Kenley", None),  # "in his ninth Budget, Charles Kenley": no post
        ("Charles Kenley", "Lib Dem leader"),  # Gordon Brill opens the content, he is no subject
        ("Charles Kenley", "Lib Dem leader"),  # "Lib Dem" is the post's party, never a person
        ("Mark Dale", "Chancellor"),
    ]


def test_an_english_epithet_goes_to_the_person_whose_post_agrees() -> None:
    text = (
        "ID cards\n\n"
        'Home Secretary Charles Clay has vowed to press on despite a call to "pause" from Charles Kenley.\n\n'
        '"ID cards are a means to a more secure society," Mr Clay said.\n\n'
        "The Lib Dem leader said the resignation was a good opportunity to question the bill.\n"
    )
    statements = _statements(text, "en")
    assert (statements[-1].speaker, statements[-1].role) == ("Charles Kenley", "Lib Dem leader")


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause about someone the article may never name
        "Navy ships have helped the relief effort and the prime minister has said aid could rise.",
        # a passive participle, not a speech verb
        "The nationwide campaign, first reported by The Daily Ledger, is a key element of the plan.",
        # a relative clause
        "At a town hall, Mr Grant praised Ms Dunn for cutting taxes - moves that he said improved the economy.",
    ],
)
def test_english_clauses_that_attribute_nothing_to_the_last_speaker(sentence: str) -> None:
    text = f'Aid row\n\n"We can do more," said the businessman Duncan Bane.\n\n{sentence}\n'
    statements = _statements(text, "en")
    assert [s.speaker for s in statements[1:]] in ([], [None])


def test_a_quoted_phrase_that_ends_a_sentence_is_part_of_the_reported_speech() -> None:
    text = (
        "Race tightens\n\n"
        "Clinton is poised to shore up her delegate lead in five states. The race between the two has taken a "
        'more negative turn and that will take time to "cool off," Kunin said in an interview with a newspaper.\n\n'
        '"His normal demeanor is grumpy," she said.\n'
    )
    statements = _statements(text, "en")
    assert statements[0].kind == "indirect"
    assert statements[0].text.startswith("The race between the two") and "cool off" in statements[0].text


@pytest.mark.parametrize(
    ("sentence", "name", "role", "region"),
    [
        # a relative clause after the name describes him; it is no part of his post
        (
            "Kepala Dinas Kesehatan Kabupaten Garut Nanang Supriatna, yang juga hadir dalam acara itu, "
            "menjelaskan stok vaksin cukup untuk tiga bulan.",
            "Nanang Supriatna",
            "Kepala Dinas Kesehatan",
            "Kabupaten Garut",
        ),
        # a city with no regency of its name keeps its own level whatever the post hints
        (
            "Kasatreskrim Polresta Mataram, AKP Regi Halili mengatakan pelaku sudah ditangkap di rumahnya.",
            "Regi Halili",
            "Kasat Reskrim",
            "Kota Mataram",
        ),
        # "Sementara menurut X," and a source set inside the clause
        (
            "Sementara menurut Kepala Dinas Pertanian Kabupaten Lumajang Sutrisno, stok pupuk masih aman hingga "
            "akhir tahun.",
            "Sutrisno",
            "Kepala Dinas Pertanian",
            "Kabupaten Lumajang",
        ),
        (
            "Anggaran tambahan tersebut menurut Rahmat Hidayat belum disetujui DPRD hingga saat ini.",
            "Rahmat Hidayat",
            None,
            None,
        ),
        # "tanya" is a speech root, "tanyanya" its cue
        (
            'Warga mengeluh. "Kapan jalan ini diperbaiki?" tanya Ketua RT Sumarno Hadi.',
            "Sumarno Hadi",
            "Ketua RT",
            None,
        ),
    ],
)
def test_indonesian_speakers_posts_and_regions_from_sample_eight(
    sentence: str, name: str, role: str | None, region: str | None
) -> None:
    statements = _statements("Judul berita\n\n" + sentence + "\n")
    assert statements, "no statement found"
    assert (statements[0].speaker, *_post_and_region(statements[0])) == (name, role, region)


def test_members_of_congress_take_a_plural_title_and_the_state_in_their_bracket() -> None:
    text = (
        "Senate deal\n\n"
        "Corker teamed up with Sens. Ruth Alder (D-Mass.), Joe Manch (D-W.Va.) and Tim Cole (R-Utah) on the bill.\n\n"
        '"It is a fair bill," Alder said. "We need it," said Cole.\n\n'
        "Senate Majority Whip Tom Harlow (R-Ore.) responded by standing next to a chart.\n\n"
        '"This is the one shot," Harlow said.\n\n'
        'Senate Majority Leader Mitch Connel, R-Ky., delivered a blunt message. "It is time," Connel said.\n'
    )
    got = [(s.speaker, *_post_and_region(s)) for s in _statements(text, "en")]
    assert got == [
        ("Ruth Alder", "Senator", "Massachusetts"),
        ("Tim Cole", "Senator", "Utah"),  # "Tim" is a given name here, not the Indonesian "team"
        ("Tom Harlow", "Senate Majority Whip", "Oregon"),
        ("Mitch Connel", "Senate Majority Leader", "Kentucky"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place named in the opening clause is never the "he" of the verb
        (
            "Donald Grant spoke in Maine.\n\nAt a rally in Dayton, Ohio, on Friday, Grant listed countries he said had "
            'sent criminals. "We cannot vet them," he said.',
            "Donald Grant",
        ),
        # a participle phrase or an article's description after the name is about the name
        (
            "Mara Quill, citing data from the U.S. State Department, said that about 2 million people live there.",
            "Mara Quill",
        ),
        (
            "His comments come after Pat Rowan, the leader of Britain's biggest union Unifund, told the Daily Courier "
            "he wants a date to be set.",
            "Pat Rowan",
        ),
        # the outlet that passes on what someone said is not its speaker
        (
            'According to Radio Norte, Mara Quill said the "ugliness of the remarks" stood in contrast to the welcome.',
            "Mara Quill",
        ),
    ],
)
def test_english_speakers_are_the_subjects_not_the_places_and_bodies_around_them(text: str, speaker: str) -> None:
    statements = _statements("Visit row\n\n" + text + "\n", "en")
    assert statements and all(s.speaker == speaker for s in statements)


def test_indonesian_descriptions_tenures_and_examples() -> None:
    text = (
        "Judul berita\n\n"
        'Wakil Ketua Komisi VIII DPR Ace Hasan Salikin hadir dalam rapat itu. "Kami tidak akan mundur," kata '
        "Politisi Golkar itu.\n\n"
        "Edi Hasibuan menilai mutasi itu wajar. Mantan anggota Kompolnas ini mencontohkan, dalam mutasi yang "
        "ditandatangani Wakapolri Komjen Gatot Eddy Pramudya, banyak perwira muda dipromosikan.\n\n"
        "Saat menjabat Bupati Kendal, Hadi Santoso mengakui banyak jalan rusak.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text)]
    assert got[0] == ("Ace Hasan Salikin", "Wakil Ketua Komisi VIII DPR")  # "Politisi Golkar itu": no name
    assert ("Edi Hasibuan", None) in got[1:3] and all(speaker != "Gatot Eddy Pramudya" for speaker, _ in got)
    assert got[-1] == ("Hadi Santoso", "mantan Bupati")  # a tenure past, not the post held that day


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Pat Rowan told the Daily Courier newspaper he wants a date to be set for the vote.", "he wants a date"),
        ("Senator Jon Ryan told reporters this was the only chance to pass the bill.", "this was the only chance"),
        ("Senator Jon Ryan said in a statement that Washington had failed the families.", "Washington had failed"),
        ("Senator Jon Ryan said Wednesday that Republicans rejected his plan.", "Republicans rejected"),
        ("Senator Jon Ryan said at the most recent debate that taxes must fall.", "taxes must fall"),
    ],
)
def test_english_reported_speech_starts_after_who_was_told_and_when(sentence: str, content: str) -> None:
    statements = _statements("Bill stalls\n\n" + sentence + "\n", "en")
    assert statements and statements[0].text.startswith(content)


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        # a document's words are said by no person, and what goes on from them too
        (
            'Presiden Prabowo Santoso meneken Perpres itu. "Jumlah pemindahan mencapai 4.100 orang," bunyi beleid '
            'tersebut dikutip Jumat (19/9/2025). "Pemindahan dilakukan bertahap," lanjutnya.',
            "id",
            [None, None],
        ),
        (
            'The race is close, according to the Daily Ledger. His campaign sent out an email. "Our movement has '
            'changed the debate," read the email.',
            "en",
            ["Daily Ledger", None],
        ),
        (
            '"We are not happy with it," said Joe Penn, technical adviser to the Pest Board. A coalition of 40 groups '
            'sent a letter urging Congress to act. "The failure to act would seem to reflect indifference," it read.',
            "en",
            ["Joe Penn", None],
        ),
        # a quote a colon introduces is the subject's of that sentence
        (
            'Governor Lee Marsh sounded equivocal. "It is just sad," he told a radio station. Senate Majority Leader '
            'Dan Roe, R-Ky., delivered a blunt message to the nominee: "It is time to stop attacking people."',
            "en",
            ["Lee Marsh", "Dan Roe"],
        ),
    ],
)
def test_documents_speak_for_no_one_and_a_colon_s_quote_is_its_subject_s(
    text: str, lang: str, speakers: list[str | None]
) -> None:
    assert [s.speaker for s in _statements("Judul\n\n" + text + "\n", lang)] == speakers


def test_glued_read_also_headlines_and_a_unit_head_s_short_forms() -> None:
    text = (
        "Judul berita\n\n"
        "Kepala Dinas Penerangan Angkatan Darat (Kadispenad) Kolonel Inf Nefra Firdaus hadir di Jakarta, Kamis "
        "(30/4/2020).Baca Juga:Posting agar Rezim Segera Tumbang, Warga Diproses HukumKasad Terima Laporan "
        "Stok Darah dari RSPADKadispenad menjelaskan, pertemuan membahas kerja sama pembangunan rumah prajurit.\n\n"
        '"Bantuan itu akan tiba pekan depan," ungkap Kadispenad.\n\n'
        "Kepala Dinas Penerangan TNI AL Laksamana Pertama Julius Widodo hadir pula. "
        '"Ada beberapa perangkat survei di kapal itu," kata Kadispen TNI AL.\n'
    )
    statements = _statements(text)
    assert all("Rezim" not in (s.speaker or "") and "Kasad" not in s.text for s in statements)
    assert [s.speaker for s in statements] == ["Nefra Firdaus", "Nefra Firdaus", "Julius Widodo"]


def test_a_given_name_right_after_the_post_s_place_stays_though_short_references_drop_it() -> None:
    text = (
        "Judul berita\n\n"
        "Pelaksana Tugas Kepala Dinas Perindustrian DKI Jakarta Elisabeth Ratu Rante Allo menjelaskan, sanksi "
        "bagi pengelola yang melanggar sudah disiapkan.\n\n"
        '"Kami akan tegas," kata Ratu.\n'
    )
    assert {s.speaker for s in _statements(text)} == {"Elisabeth Ratu Rante Allo"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a name the page printed twice across a wide gap, and a bare leading initial
        (
            '"Hilal tidak terlihat sore ini," kata Kabid Urusan Agama Islam Kemenag Sulsel, M Tonang  M Tonang '
            "di lokasi.",
            "M Tonang",
        ),
        ("Komandan Lapangan RSDC Wisma Atlet Letkol M Arifin mengatakan kamar pasien masih tersedia.", "M Arifin"),
    ],
)
def test_doubled_names_and_leading_initials(sentence: str, name: str) -> None:
    statements = _statements("Judul berita\n\n" + sentence + "\n")
    assert statements and statements[0].speaker == name


def test_an_active_verb_with_by_and_a_clause_opened_by_in_which_still_attribute() -> None:
    text = (
        "Debate night\n\n"
        "Dan Brook spoke first. Brook responded by using the example of Chicago to prove that gun control fails.\n\n"
        "He said:\n\n"
        '"We have a situation where our inner cities are so dangerous."\n\n'
        "Earlier, Mark Trimp Jr. deleted a 2011 tweet in which he said the singer could get away with anything.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Dan Brook", "Dan Brook", "Mark Trimp Jr"]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        ('"He is like a recurring nightmare," said the Rev. Carl Dixon.', "en", ["Carl Dixon"]),
        (
            'Rhys Morgan, Plaid Cymru health spokesman said: "It is a failed target for patients."',
            "en",
            ["Rhys Morgan"],
        ),
        (
            '"It is an invasion of our rights," Sam Kerr, the Republican attorney general of Kansas, one of the '
            "states suing the agency, said at an event.",
            "en",
            ["Sam Kerr"],
        ),
        ('"The world should listen," the prime minister, Tom Hale, said in an interview.', "en", ["Tom Hale"]),
        # a quote that closes its sentence with "?" is not attributed by the next sentence's subject
        (
            'Mr Letch asked: "Would it not be ironic?" The Green Party\'s health spokeswoman, Ella Scott, said she '
            "was pleased with the ban.",
            "en",
            ["Letch", "Ella Scott"],
        ),
        # an epithet after an opening clause, with a body's short form at the end of its post
        (
            'Gubernur Jawa Timur Kholifah Indah Purwaningsih membuka rapat. "Aturan itu diatur dalam Perwali," imbuh '
            "Kholifah. Terkait dengan warga terdampak, Ketua Umum PP Muslimat NU ini menyatakan, pihaknya meluncurkan "
            "layanan bantuan sosial.",
            "id",
            ["Kholifah Indah Purwaningsih", "Kholifah Indah Purwaningsih"],
        ),
    ],
)
def test_mentions_with_titles_descriptions_and_epithets_around_the_cue(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert [s.speaker for s in _statements("Judul\n\n" + text + "\n", lang)] == speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a later reference that misspells one vowel of a word of the full name
        (
            'Ketua Bawaslu NTT Nonato Da Purificacao Sarmento hadir. "Kami mencontohkan sahabat kami," urai Nanato.',
            "Nonato Da Purificacao Sarmento",
        ),
        # a nickname in quotes inside the name: the name goes on after it, the nickname is his
        ("Wali Kota Makassar Munafri 'Appi' Arifuddin membuka acara. \"Kami siap,\" jelas Appi.", "Munafri Arifuddin"),
    ],
)
def test_misspelt_references_and_quoted_nicknames_are_the_person_named(text: str, name: str) -> None:
    assert {s.speaker for s in _statements("Judul\n\n" + text + "\n")} == {name}


def test_a_vowel_apart_is_never_a_second_person_s_name() -> None:
    text = (
        "Judul\n\nKetua RT Rina Wulandari dan Ketua RW Rini Astuti hadir. "
        '"Kami siap," kata Rina. "Kami juga," kata Rini.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Rina Wulandari", "Rini Astuti"]


def test_a_judge_s_quoted_phrase_and_the_quotes_after_it_are_the_judge_s() -> None:
    text = (
        "Waiting times\n\n"
        "Health Minister Joan Pryce said no patient would wait more than a year.\n\n"
        'Dr Alan Wyn, Welsh secretary of the Doctors Union, welcomed the new targets "to make faster progress in '
        'cutting waiting times across the country". "However, much remains to be done," he said.\n\n'
        "The furor reached the Senate, where Senate Minority Leader Harry Reyes (D-Nev.) told reporters that he "
        "had spoken to the secretary.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text, "en")]
    wyn = ("Alan Wyn", "Welsh secretary of the Doctors Union")  # (his post in apposition)
    assert got[1:] == [wyn, wyn, ("Harry Reyes", "Senate Minority Leader")]


def test_a_quote_after_another_quote_s_sentence_is_not_given_to_a_name_in_it() -> None:
    text = (
        "Weiner row\n\n"
        '"We never wanted anything to do with him," Ms. Kovner said of herself and her husband, Victor Kovner. '
        '"Too wise for himself, too glib - that\'s how we felt about him."\n'
    )
    text = text.replace("Weiner row\n\n", "Weiner row\n\nSarah Kovner, a major donor, spoke at the dinner.\n\n")
    statements = _statements(text, "en")
    assert [s.speaker for s in statements] == ["Sarah Kovner", "Sarah Kovner"]  # "said of herself ..." says nothing


@pytest.mark.parametrize(
    ("sentence", "role", "region"),
    [
        (
            "Wakasek Kesiswaan SMAN 1 Tabanan, Agung Harry Sunjaya, menambahkan siswa wajib hadir.",
            "Wakil Kepala Sekolah Kesiswaan SMAN 1 Tabanan",
            None,
        ),
        (
            "Wakadis Pariwisata Kota Batu, Rina Oktaviani, menambahkan kunjungan naik 20 persen.",
            "Wakil Kepala Dinas Pariwisata",
            "Kota Batu",
        ),
        # a place in a university's own name is no region of the post
        (
            "Peneliti Universitas Siliwangi Tasikmalaya Dedi Kurnia menilai koalisi itu rapuh sejak awal.",
            "Peneliti Universitas Siliwangi Tasikmalaya",
            None,
        ),
    ],
)
def test_deputy_and_school_posts_and_places_inside_a_university_s_name(
    sentence: str, role: str, region: str | None
) -> None:
    assert _post_and_region(_statements("Judul\n\n" + sentence + "\n")[0]) == (role, region)


def test_a_venue_chunk_and_a_number_s_abbreviation_name_no_one() -> None:
    text = (
        "Judul\n\n"
        "Wali Kota Tegal Arif Budiman, di Pendopo Ki Gede Sebayu, Rabu (5/3), mengatakan, pemkot sudah "
        "menyiapkan posko banjir.\n\n"
        "Harga diatur Keputusan Menteri (Kepmen) ESDM No. 62 Tahun 2020. Ia berpendapat, harga harus naik tahun ini.\n"
    )
    speakers = [s.speaker for s in _statements(text)]
    assert speakers[0] == "Arif Budiman" and "No" not in speakers and "Pendopo Ki Gede Sebayu" not in speakers


def test_a_post_held_for_someone_is_not_that_person_s() -> None:
    text = (
        'Vote\n\nHillary Clinton spoke in Ohio. "We will win," Clinton said.\n\n'
        "John Podesta, campaign chairman for Hillary Clinton.\n"
    )
    assert [(s.speaker, s.role) for s in _statements(text, "en")] == [("Hillary Clinton", None)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pendekatan ini, menurut Umbu Ndapa, adalah jalan legalistik yang dapat dipilih pemerintah.", "Umbu Ndapa"),
        (
            "Menurut pengamat tata kota Universitas Pancasakti Dr. Sari Lestari, MT, drainase kota sudah terlalu tua.",
            "Sari Lestari",
        ),
    ],
)
def test_menurut_between_commas_and_after_a_titled_name(sentence: str, name: str) -> None:
    statements = _statements("Judul\n\n" + sentence + "\n")
    assert statements and statements[0].speaker == name and not statements[0].text.startswith("MT")


def test_a_judged_phrase_is_the_judge_s_statement_and_never_the_last_speaker_s() -> None:
    text = (
        "Targets\n\n"
        "Health Minister Joan Pryce said no patient would wait more than a year. For the Greens, Mair Owen "
        'called the new target "hugely unambitious". Mr Beddow described the plan as "reasonably impressive".\n\n'
        'Ministers ignored a call for them to "pause for thought" from Mair Owen.\n'
    )
    got = [(s.text, s.speaker) for s in _statements(text, "en")]
    assert ("hugely unambitious", "Mair Owen") in got
    assert all(t != "reasonably impressive" for t, _ in got)  # a judge named by surname only: no statement
    assert all(t != "pause for thought" or s != "Joan Pryce" for t, s in got)  # "a call" is a noun


def test_a_surname_several_people_share_and_a_title_that_tells_them_apart() -> None:
    text = (
        "Campaign\n\n"
        "President Barack Obey accused Republican Donald Trimp of praising a rival.\n\n"
        'In an interview Monday, Trimp said the rival "can\'t stand" either Democrat.\n\n'
        "Melania Trimp made her first public comments on the allegations.\n\n"
        "In an interview aired Tuesday, Mrs. Trimp said she believes the accusations were coordinated by rivals.\n"
    )
    got = [(s.text[:12], s.speaker) for s in _statements(text, "en")]
    assert ('the rival "c', "Donald Trimp") in got or ("the rival “c", "Donald Trimp") in got
    assert got[-1][1] == "Melania Trimp"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Called by the last word of what was printed after the post: the place before it is
        # the post's, the name is one word.
        (
            'Kereta anjlok di Sidoarjo\n\n"Empat roda keluar rel," kata Manajer Humas PT KAI Daop 8 '
            'Surabaya Hartanto.\n\nMenurut Hartanto, jalur sudah dibuka.\n\n"Tidak ada korban," kata Hartanto.',
            "Hartanto",
            None,
        ),
        # A body's name goes on past the place ('di Sumba') the run moved into the post.
        (
            "Pelatihan pemandu wisata\n\nPelatihan digelar di Sumba. Ketua Yayasan Sumba Hospitality "
            "Rehuel Ndima mengatakan, "
            'pelatihan dibuka untuk warga.\n\n"Kami mulai bulan depan," kata Radempta.',
            "Rehuel Ndima",
            "Ketua Yayasan Sumba Hospitality",
        ),
        # Called by the given name after "Muhammad": the body's last word is no part of the name.
        (
            'Pengajian ditunda\n\n"Acara kami tunda," kata Pimpinan Front Pembela Islam Muhammad Rizal '
            'Fauzan.\n\n"Jemaah kami minta di rumah," kata Rizal.',
            "Muhammad Rizal Fauzan",
            "Pimpinan Front Pembela Islam",
        ),
        # Two dictionary words of a place before a name of two others.
        (
            'Kasus baru di Jakarta\n\n"Kontak erat sudah kami periksa," tutur Kepala Puskesmas Cempaka '
            "Putih Dicky Alhabsyi.",
            "Dicky Alhabsyi",
            "Kepala Puskesmas Cempaka Putih",
        ),
    ],
)
def test_body_and_place_words_before_a_name_go_to_the_post(text: str, name: str, role: str | None) -> None:
    first = _statements(text)[0]
    assert first.speaker == name
    assert role is None or first.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname reference keeps a given name that is also a dictionary word.
        (
            "Perpres baru\n\nPengamat hukum Universitas Andalas, Firdaus Diezo, berpendapat, aturan "
            'itu perlu dikaji.\n\n"Anggaran terbatas," kata Diezo.',
            "Firdaus Diezo",
        ),
        # Kin before a name: the father speaks, not the child (and no name names him).
        (
            'Pasien sembuh\n\nAyah Ika mengatakan, anaknya sudah pulang.\n\n"Kami bersyukur," kata Ika.',
            None,
        ),
        # One given name that is a dictionary word, never printed in lower case, stays.
        (
            'Rapat warga\n\n"Jalan segera diperbaiki," kata Sekretaris Dinas Sosial Anggara Wicitra Sastroamidjojo.',
            "Anggara Wicitra Sastroamidjojo",
        ),
    ],
)
def test_given_names_that_are_words_stay_in_the_name(text: str, name: str | None) -> None:
    assert _statements(text)[0].speaker == name


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        # The post's last fields after its comma, joined by "dan".
        (
            "Kepala Biro Humas, Hukum dan Kerja Sama BKN Paryono",
            "Paryono",
            "Kepala Biro Humas, Hukum dan Kerja Sama BKN",
        ),
        # The body the post is in, after its comma.
        (
            "Direktur Jenderal Perdagangan Luar Negeri, Kementerian Perdagangan Oke Nurhadiyan",
            "Oke Nurhadiyan",
            "Direktur Jenderal Perdagangan Luar Negeri, Kementerian Perdagangan",
        ),
        # Offices listed with commas: the last one is the speaker's.
        ("Bupati Garut, Wakil Bupati dan Sekda Nurdin Yana", "Nurdin Yana", "Wakil Bupati dan Sekda"),
        (
            "Menteri Sosial Tri Rismawati, Gubernur Banten dan Wali Kota Serang Syafrudin",
            "Syafrudin",
            "Gubernur Banten dan Wali Kota",
        ),
    ],
)
def test_a_post_goes_on_after_its_comma_with_its_fields_or_its_body(printed: str, name: str, role: str) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert parsed is not None
    assert (parsed.name, parsed.role) == (name, role)


def _speakers_under_headline(text: str) -> list[str | None]:
    prepared, meta = prepare(text)
    return [s.speaker for s in extract(prepared, meta=meta).statements]


def test_a_pronoun_before_anyone_is_named_is_the_headline_s_speaker() -> None:
    text = (
        "Rudi Hartawan Sebut Ekspor Kopi Naik\n\n"
        "Ia juga menyoroti pembangunan gudang baru di pelabuhan yang akan selesai tahun depan.\n\n"
        '"Kami dorong petani menanam lebih banyak," kata Rudi.'
    )
    assert _speakers_under_headline(text) == ["Rudi", "Rudi"]


def test_a_pronoun_stays_unresolved_when_the_headline_names_no_speaker() -> None:
    text = (
        "Ekspor Kopi Naik Tahun Ini\n\n"
        "Ia juga menyoroti pembangunan gudang baru di pelabuhan yang akan selesai tahun depan.\n\n"
        '"Kami dorong petani menanam lebih banyak," kata Rudi.'
    )
    assert _speakers_under_headline(text) == [None, "Rudi"]


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        ("Kepala Satuan Tugas KPK Wilayah V Dian Patria", "Dian Patria", "Kepala Satuan Tugas KPK Wilayah V"),
        ("Komandan Lantamal VI Makassar Laksma Andi Rahman", "Andi Rahman", None),
        ("Sri Sultan Hamengku Buwono X", "Sri Sultan Hamengku Buwono X", None),
        ("Gubernur Bali I Wayan Sutarja", "I Wayan Sutarja", "Gubernur"),
    ],
)
def test_a_unit_s_roman_numeral_ends_the_post_not_opens_the_name(printed: str, name: str, role: str | None) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert parsed is not None
    assert parsed.name == name
    assert role is None or parsed.role == role


def test_the_name_a_person_goes_by_after_atau_is_neither_the_name_nor_the_post() -> None:
    text = (
        "Bantuan sosial cair\n\n"
        "Menteri Sosial Saifullah Yusuf atau Gus Ipul menyampaikan bantuan cair pekan depan untuk semua keluarga.\n\n"
        '"Petugas yang nakal kami tindak," kata Gus Ipul.'
    )
    statements = _statements(text)
    assert [(s.speaker, s.role) for s in statements] == [("Saifullah Yusuf", "Menteri Sosial")] * 2


def test_a_police_unit_after_its_head_s_post_is_no_name() -> None:
    text = (
        "Polisi antar siswa\n\n"
        '"Mereka saya antar ke sekolah agar tidak terlambat lagi," kata AKP Rahmat Hidayat, Jumat (1/5/2020).\n\n'
        "Meski menjabat sebagai Kasat Binmas, namun AKP Rahmat Hidayat tidak malu mengemudikan truk. "
        '"Saya lakukan ini dengan senang hati," katanya.'
    )
    assert _speakers(text, "id") == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_a_post_in_apposition_to_a_surname_is_the_post_of_the_person_named_in_full() -> None:
    text = (
        "Campaign trail\n\n"
        "Maria Lopez spoke in Florida on Wednesday.\n\n"
        "Lopez, the Democratic nominee, marked her birthday with a rally in Tampa.\n\n"
        "Lopez said the election would be decided by turnout in a handful of states."
    )
    statements = _statements(text, lang="en")
    assert [(s.speaker, s.role) for s in statements] == [("Maria Lopez", "Democratic nominee")]


def test_the_subject_of_a_clause_of_cause_does_not_take_the_next_nya_cue() -> None:
    text = (
        "Kader dianggap membangkang\n\n"
        "Ketua DPP Partai Maju, Rahmat Basuki, mengatakan kader itu telah melakukan pembangkangan.\n\n"
        "Hal itu karena Ketua Umum Partai Maju, Sri Wulandari, telah memutuskan calon yang diusung partai.\n\n"
        '"Ketika dia keluar dari keputusan partai, itu pembangkangan," ujarnya.'
    )
    assert _speakers(text, "id") == ["Rahmat Basuki", "Rahmat Basuki"]


def test_a_relative_of_an_official_described_by_kin_is_not_the_official() -> None:
    text = (
        "Debat calon\n\n"
        "Calon wakil presiden nomor urut 2, Bayu Pratama, menanggapi pernyataan lawannya.\n\n"
        "Anak Presiden Hendra Wijaya ini heran lantaran lawannya berubah sikap. "
        '"Dulu dukung sekarang enggak dukung," kata dia.'
    )
    statements = _statements(text)
    assert [s.speaker for s in statements][-1] == "Bayu Pratama"


def test_a_street_or_a_building_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "The town hall row\n\n"
        "Mr Blair was confronted by a nurse in the studio.\n\n"
        'Former Downing Street media chief Alastair Campbell has described the episode as a "bit of a disaster".'
    )
    assert _speakers(text, "en") == ["Alastair Campbell"]


def test_an_epithet_after_a_short_opening_clause_gives_the_post() -> None:
    text = (
        "Blair in Gateshead\n\n"
        "Tony Blair has set out his plans for a third term in office.\n\n"
        "Also in Gateshead, the prime minister took questions from the audience for an hour.\n\n"
        "Mr Blair told the audience he believed the war had been the right decision."
    )
    statements = _statements(text, lang="en")
    assert [(s.speaker, (s.role or "").casefold()) for s in statements] == [("Tony Blair", "prime minister")]


def test_an_epithet_in_what_someone_said_gives_that_person_no_post() -> None:
    text = (
        "Tax row\n\n"
        "Michael Harwood set out his plans on Monday.\n\n"
        "Mr Howard said, the prime minister had failed to cut taxes for working families.\n"
    )
    statements = _statements(text, lang="en")
    assert statements and all(s.role is None for s in statements)


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Writer Neil Coppendale", "Neil Coppendale"),
        ("Nurse Ann Brown", "Ann Brown"),
        ("Mary Ann Smith", "Mary Ann Smith"),
        ("Sir Neil Kinnock", "Neil Kinnock"),
    ],
)
def test_an_english_word_for_what_someone_does_before_a_given_name_is_no_name(printed: str, name: str) -> None:
    parsed = parse_mention(printed, lexicon("en"))
    assert parsed is not None and parsed.name == name


def test_a_headline_post_before_its_verb_and_a_nickname_with_its_word_of_address() -> None:
    text = (
        "Bupati Ungkap Jalan Rusak Diperbaiki Bulan Depan\n\n"
        '"Perbaikan dimulai bulan depan," kata Kang Uyan saat meninjau jalan di Desa Sukamaju.\n\n'
        "Kang Uyan menerangkan ada lebih dari 500 pekerja yang akan dikerahkan untuk perbaikan."
    )
    prepared, meta = prepare(text)
    statements = extract(prepared, meta=meta).statements
    assert [(s.speaker, s.role) for s in statements] == [("Kang Uyan", "Bupati")] * 2


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("pengamat politik Exposit Strategic Arif Sulistyarso", "Arif Sulistyarso"),
        ("Direktur Eksekutif Network for Democracy and Electoral Integrity Ferry Kurnia", "Ferry Kurnia"),
        ("Ketua Yayasan Sumba Hospitality Rehuel Ndima", "Rehuel Ndima"),
    ],
)
def test_english_words_of_an_organisation_s_name_end_it_before_the_person_s(printed: str, name: str) -> None:
    parsed = parse_mention(printed, lexicon("id"))
    assert parsed is not None and parsed.name == name


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Spelt another way later: a doubled letter, the old "j" for "y".
        (
            "Kasus kredit\n\nKasubdit II Ditreskrimsus Polda Riau Kompol Teddy Ardian mengatakan berkas sudah "
            'lengkap.\n\n"Tersangka sudah kami tahan," kata Tedy.',
            [("Teddy Ardian", "Kasubdit II Ditreskrimsus Polda")] * 2,
        ),
        (
            "Tawuran pelajar\n\nKapolres Banjar AKBP Yulian Perdana mengatakan pelaku sudah diamankan.\n\n"
            '"Kami panggil orang tuanya," kata Julian.',
            [("Yulian Perdana", "Kapolres")] * 2,
        ),
        # A priest's word of address and the name the article gave in full.
        (
            "Pancasila\n\nStaf Khusus BPIP Antonius Benny Susetyo mengatakan nilai Pancasila perlu diajarkan.\n\n"
            '"Sekolah harus jadi tempat belajar toleransi," kata Romo Benny.',
            [("Antonius Benny Susetyo", "Staf Khusus BPIP")] * 2,
        ),
        # A Balinese name of five words after the post and its comma.
        (
            "Perpres\n\nWali Kota Denpasar, I Gusti Ngurah Jaya Negara, mengatakan nota kesepahaman sudah "
            "ditandatangani.",
            [("I Gusti Ngurah Jaya Negara", "Wali Kota")],
        ),
    ],
)
def test_spelling_variants_words_of_address_and_long_balinese_names(text: str, speakers: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.role) for s in _statements(text)] == speakers


def test_a_sea_or_a_utility_named_before_he_said_is_no_speaker() -> None:
    text = (
        "Tsunami\n\n"
        "First Minister Jack McAllister has told MSPs that three Scots died.\n\n"
        "Aid is reaching the countries around the Indian Ocean. Scottish Water sent engineers to the region.\n\n"
        "He said the figures on the dead had been provided by the police."
    )
    assert _speakers(text, "en")[-1] == "Jack McAllister"


def test_a_lede_s_epithet_and_a_name_followed_by_whom_it_was_addressed_to() -> None:
    text = (
        "Tsunami toll\n\n"
        "At least three people from Scotland died in the disaster, the first minister has told MSPs.\n"
        "The figures came out during a statement by Jack McAllister to the Scottish Parliament on Wednesday.\n\n"
        "Mr McAllister said the tragedy should persuade everyone to help."
    )
    statements = _statements(text, lang="en")
    assert [s.speaker for s in statements] == ["Jack McAllister", "Jack McAllister"]
    assert (statements[0].role or "").casefold() == "first minister"


def test_a_sentence_opening_noun_for_a_suspect_is_no_name() -> None:
    text = (
        "Pencurian ponsel\n\n"
        "Kapolsek Kendari Barat AKP Rudi Hartono mengatakan pelaku ditangkap di rumahnya.\n\n"
        "Tersangka mengakui perbuatannya dan dua ponsel yang dicuri telah dijual untuk keperluan sehari-hari."
    )
    assert _speakers(text, "id") == ["Rudi Hartono", None]


def test_a_number_with_a_point_inside_a_post_before_the_name() -> None:
    text = (
        "Survei internal\n\n"
        "Diberitakan sebelumnya, Deputi Politik 5.0 TPN Maju, Andi Wirawan membeberkan hasil survei internal tim."
    )
    statements = _statements(text)
    assert [(s.speaker, (s.role or "").startswith("Deputi Politik 5.0")) for s in statements] == [
        ("Andi Wirawan", True)
    ]


def test_a_short_post_is_its_one_holder_and_initials_after_a_name_are_no_part_of_it(tmp_path) -> None:
    from quotetrack.pipeline import extract_files

    article = tmp_path / "a.txt"
    article.write_text(
        "Haji dan infrastruktur\n\n"
        "Menteri Agama Nasrullah Umri mengatakan bahwa haji tahun ini berjalan lancar dan aman.\n\n"
        '"Kami siapkan petugas tambahan," kata Menag.\n\n'
        "Menteri Koordinator Bidang Infrastruktur, Agus Harimurti Yudhoyono (AHY), menyebut pemerintah tengah "
        "menyusun aturan baru.\n\n"
        '"Aturan ini menyederhanakan perizinan," kata AHY.\n',
        encoding="utf-8",
    )
    rows = list(extract_files([str(article)], max_bytes=1_000_000))
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [
        ("Nasrullah Umri", "Menteri Agama Nasrullah Umri"),
        ("Nasrullah Umri", "Menag"),
        ("Agus Harimurti Yudhoyono", "Menteri Koordinator Bidang Infrastruktur, Agus Harimurti Yudhoyono"),
        ("Agus Harimurti Yudhoyono", "AHY"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a relative clause gives the post, up to its words of time
        ["Sadiq Khan, who was elected mayor of London last week, said the ban was ignorant."],
        # a surname, a short apposition, then the post the person was elected to
        [
            "Sadiq Khan said the ban was ignorant.",
            "Khan, a Muslim, was elected as mayor of London last week.",
        ],
    ],
)
def test_the_post_a_person_was_elected_to_is_that_person_s_post(paragraphs: list[str]) -> None:
    text = "Khan rebuffs Brackett\n\n" + "\n\n".join(paragraphs) + "\n"
    got = [(s.speaker, _post_and_region(s)[0]) for s in _statements(text, "en")]
    assert got == [("Sadiq Khan", "Mayor of London")]


def test_a_supreme_court_justice_is_a_post_in_english_copy() -> None:
    text = (
        "Justice regrets remarks\n\n"
        "Ruth Bader Ginsburg said she regretted her comments about the candidate.\n\n"
        "The Supreme Court justice said she would try to stay out of it in the future.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text, "en")]
    assert got == [("Ruth Bader Ginsburg", None), ("Ruth Bader Ginsburg", "Supreme Court justice")]


def test_a_quarter_s_word_ends_a_district_s_name_before_the_official_s() -> None:
    text = (
        "Banjir Rendam Tarogong\n\n"
        "Camat Tarogong Kidul Dedi Rustandi mengatakan bantuan logistik sudah disalurkan ke posko.\n\n"
        "Lurah Jetis Lor Suharti Wulandari mengatakan warga sudah kembali ke rumah masing-masing.\n"
    )
    assert [s.speaker for s in _statements(text)] == ["Dedi Rustandi", "Suharti Wulandari"]


def test_names_with_an_apostrophe_a_short_muhammad_and_a_word_of_respect() -> None:
    text = (
        "Santunan Petugas Haji\n\n"
        "Santunan diserahkan oleh Wakil Menteri Agama Romo Muhammad Syafi'i kepada keluarga almarhum.\n\n"
        "Romo menyampaikan santunan ini bentuk perhatian pemerintah kepada petugas haji.\n\n"
        "Kepala Dinsos Klaten, Much. Natsir, menyampaikan penerima bantuan sudah didata ulang.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text)]
    assert got == [("Muhammad Syafi'i", "Wakil Menteri Agama"), ("Much. Natsir", "Kepala Dinsos")]


def test_sang_before_a_post_is_its_holder_the_article_named(tmp_path) -> None:
    from quotetrack.pipeline import extract_files

    article = tmp_path / "a.txt"
    article.write_text(
        "Bansos Salah Sasaran\n\n"
        "Kepala Desa Burikan, Surata, mengatakan data penerima bantuan kacau sejak awal.\n\n"
        '"Kita sudah konfirmasi, tapi kita tidak mendapat jawaban," kata sang Kades.\n',
        encoding="utf-8",
    )
    rows = list(extract_files([str(article)], max_bytes=1_000_000))
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [
        ("Surata", "Kepala Desa Burikan, Surata"),
        ("Surata", "sang Kades"),
    ]


def test_a_one_word_name_in_apposition_to_a_kin_word_speaks_after_its_sentence() -> None:
    text = (
        "Santunan Petugas Haji\n\n"
        "Santunan diserahkan oleh Direktur BPJS Ketenagakerjaan Eko Nugriyanto kepada istri almarhum, Rosmala.\n\n"
        '"Kami sangat bersyukur karena kolaborasi berjalan baik," ungkap Eko.\n\n'
        "Dalam kesempatan yang sama, Rosmala berterima kasih atas perhatian dari pemerintah.\n\n"
        '"Saya dan keluarga mengucapkan terima kasih atas perhatian ini," pungkasnya.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Eko Nugriyanto", "Rosmala"]


def test_a_senator_s_state_from_a_later_mention_s_bracket() -> None:
    text = (
        "Iran bill\n\n"
        "Only two Democrats currently back Sen. Bob Corker's legislation.\n\n"
        "A group led by Senate Foreign Relations Committee Chairman Bob Corker (R-Tenn.) is introducing a bill.\n\n"
        "Corker said he began speaking with other members a few months ago.\n"
    )
    assert [(s.speaker, s.region) for s in _statements(text, "en")] == [("Bob Corker", "Tennessee")]


def test_a_sentence_adverb_without_its_comma_is_no_part_of_the_name() -> None:
    text = (
        "Harga Cabai\n\n"
        "Awalnya Rina Kusuma mengatakan harga cabai masih stabil sejak awal bulan.\n\n"
        "Sebenarnya Kepala Dinas Perdagangan Garut Budi Santoso mengatakan stok masih aman hingga lebaran.\n\n"
        "Pertama Ketua DPRD Garut Euis Ida menyebut pasar harus dibenahi.\n"
    )
    assert [s.speaker for s in _statements(text)] == ["Rina Kusuma", "Budi Santoso", "Euis Ida"]


@pytest.mark.parametrize(
    ("printed", "post"),
    [
        ("Kepala Dinas Penerangan TNI Angkatan Laut Budi Santoso", "Kepala Dinas Penerangan TNI Angkatan Laut"),
        ("Direktur Jenderal Perhubungan Laut Budi Santoso", "Direktur Jenderal Perhubungan Laut"),
    ],
)
def test_laut_is_a_rank_s_word_only_after_a_rank(printed: str, post: str) -> None:
    text = f"Kapal Tenggelam\n\n{printed} mengatakan kapal sudah dievakuasi ke pelabuhan terdekat.\n"
    assert [(s.speaker, s.role) for s in _statements(text)] == [("Budi Santoso", post)]


def test_an_acting_prefix_printed_in_lower_case_keeps_the_post_acting() -> None:
    text = (
        "Acara Solo\n\n"
        "Acara itu turut dihadiri oleh Pelaksana tugas Wali Kota Solo Budi Santoso dan sejumlah pejabat.\n\n"
        '"Kami menyambut baik kegiatan ini untuk warga kota," katanya.\n'
    )
    assert [(s.speaker, _post_and_region(s)) for s in _statements(text)] == [
        ("Budi Santoso", ("Plt. Wali Kota", "Kota Surakarta"))
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role", "region"),
    [
        ("Gov. Mike Pence of Indiana said he was honored.", "Mike Pence", "Governor", "Indiana"),
        ("Sen. Ted Cruz of Texas said he would not endorse.", "Ted Cruz", "Senator", "Texas"),
        ("Texas Lt. Gov. Dan Patrick said the state would comply.", "Dan Patrick", "Lieutenant Governor", "Texas"),
        ("Atlanta Mayor Kasim Reed said the city would host it.", "Kasim Reed", "Mayor", "Atlanta"),
        ("Maricopa County Sheriff Joe Arpaio said he would stay.", "Joe Arpaio", "Sheriff", "Maricopa County"),
        ("Dallas Police Chief David Brown said the officers were safe.", "David Brown", "Police Chief", "Dallas"),
        ("Deputy Mayor Nick Raynsford said the plan was sound.", "Nick Raynsford", "Deputy Mayor", None),
        ("Labour Mayor Ken Livingstone said the charge would stay.", "Ken Livingstone", "Mayor", None),
    ],
)
def test_the_state_or_town_of_an_american_local_post(sentence, name, role, region) -> None:
    (statement,) = _statements(f"Officials\n\n{sentence}\n", "en")
    assert statement.speaker == name
    post = canonical_post(statement.role, statement.region)
    assert post is not None and post.label.endswith(role)  # ("Labour Mayor": the party's, no place)
    assert statement.region == region


@pytest.mark.parametrize(
    ("lead", "region"),
    [
        ("COLUMBUS — Polls in Ohio show the Senate race tightening.", "Ohio"),
        ("Polls in Ohio and Florida show the race tightening.", None),  # which state's governor: unknown
        ("WASHINGTON — Polls in Ohio show the race tightening.", "Ohio"),  # the capital on a dateline
    ],
)
def test_a_governor_printed_without_the_state_serves_the_one_state_the_story_names(lead, region) -> None:
    text = f"Race tightens\n\n{lead}\n\nGov. John Kasich said Wednesday that both candidates should focus on jobs.\n"
    (statement,) = _statements(text, "en")
    assert (statement.speaker, statement.region) == ("John Kasich", region)


@pytest.mark.parametrize(
    ("sentence", "name", "region"),
    [
        ("Kent County Council leader Paul Carrick said the cuts were unavoidable.", "Paul Carrick", "Kent"),
        ("The leader of Leeds City Council, Keith Walford, said the city would cope.", "Keith Walford", "Leeds"),
        ("Birmingham city council leader Albert Boe said jobs would go.", "Albert Boe", "Birmingham"),
    ],
)
def test_a_post_on_a_named_local_council_serves_its_place(sentence, name, region) -> None:
    (statement,) = _statements(f"Council row\n\n{sentence}\n", "en")
    assert (statement.speaker, statement.region) == (name, region)


def test_a_councillor_s_apposition_gives_the_post_held_on_the_council() -> None:
    text = (
        "Council row\n\n"
        "Councillor Jane Porrit, leader of Kent County Council, said the rise was needed.\n\n"
        '"We have no choice," she said.\n'
    )
    assert [(s.speaker, s.role, s.region) for s in _statements(text, "en")] == [
        ("Jane Porrit", "leader of Kent County Council", "Kent"),
    ] * 2


@pytest.mark.parametrize(
    ("text", "role", "region"),
    [
        (
            "Scott Prewitt, the Republican attorney general of Oklahoma, said the rule went too far.",
            "Attorney General of Oklahoma",
            "Oklahoma",
        ),
        ("Democratic Sen. Claire McCaskell (D-Mo.) said the products were not miracles.", "Senator", "Missouri"),
        (
            "Ohio Democratic Party Chairman David Pepperell said the ruling was a win.",
            "Democratic Party Chairman",
            "Ohio",
        ),
        ("SNP Holyrood leader Nicola Sturgis said the public needed reassurance.", "SNP Holyrood Leader", "Scotland"),
        (
            "NEW YORK — A blast shook Chelsea.\n\nMayor Bill de Blasius said there was no link to terror.",
            "Mayor",
            "New York",
        ),
        (
            "A blast shook Chelsea.\n\nNYPD Commissioner James O'Neal said the cause was unknown.",
            "NYPD Commissioner",
            "New York",
        ),
    ],
)
def test_party_words_and_the_place_of_american_and_devolved_posts(text, role, region) -> None:
    from quotetrack.text.clean import prepare as read

    prepared, meta = read(f"Officials speak\n\n{text}\n")
    (statement,) = extract(prepared, meta=meta, lang="en").statements
    post = canonical_post(statement.role, statement.region)
    assert post is not None and post.region is not None
    assert (post.label, post.region.name) == (role, region)


def test_two_people_named_in_full_as_one_subject_are_two_people() -> None:
    text = (
        "Forum\n\n"
        "Donald Trimble and Hillary Clarkson vied for the title on Wednesday.\n\n"
        'Clarkson said she had the judgment for the job. "I have taken responsibility," Clarkson said.\n\n'
        "Trimble said he had opposed the war.\n\n"
        "The former first lady said the remarks were reckless.\n"
    )
    statements = _statements(text, "en")
    assert {s.speaker for s in statements} == {"Hillary Clarkson", "Donald Trimble"}
    assert all(s.role is None for s in statements)  # "first lady": no post ends at "first"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("In a new report, the Electoral Commission says a cap is worth debating.", "Electoral Commission"),
        (
            "The Committee for a Responsible Federal Budget reported that the plans would cost more.",
            "Committee for a Responsible Federal Budget",
        ),
        ("However, Christian News Service reported that the goal was exceeded.", "Christian News Service"),
    ],
)
def test_a_body_is_named_whole_without_its_article(sentence, body) -> None:
    (statement,) = _statements(f"Report\n\n{sentence}\n", "en")
    assert statement.speaker == body


def test_a_lede_s_watchdog_is_the_body_named_after_it_and_a_named_administration_speaks() -> None:
    text = (
        "Donations\n\n"
        "A cap on donations should not be introduced yet, the elections watchdog has said.\n\n"
        "In a new report, the Electoral Commission says a cap is worth debating.\n\n"
        "All candidates should get a free mailshot, says the watchdog.\n\n"
        "Last month, the Obama administration announced it had reached its goal.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Electoral Commission"] * 3 + ["Obama administration"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Road safety head Andrew Howell said the limit should be cut.", "Road Safety Head"),
        ("NBC News moderator Matt Laurel asked the candidates to be brief.", "NBC News Moderator"),
    ],
)
def test_heads_and_moderators_hold_posts(sentence, label) -> None:
    (statement,) = _statements(f"Posts\n\n{sentence}\n", "en")
    post = canonical_post(statement.role, statement.region)
    assert post is not None and post.label.startswith(label)


def test_a_constituency_before_mp_in_an_epithet_is_the_seat_of_the_person_named_before() -> None:
    text = (
        "Election\n\n"
        "George Galway is to stand against Labour MP Oona Kingsley at the next election.\n\n"
        "Mr Galway said he would contest Bethnal Green. The Glasgow Kelvin MP, who was expelled from "
        'Labour, accused Ms Kingsley of being a "stooge".\n'
    )
    statements = _statements(text, "en")
    # (the statement before the epithet takes the post when filed: posts_held)
    assert [s.speaker for s in statements] == ["George Galway"] * 2
    assert statements[1].region == "Glasgow Kelvin"
    post = canonical_post(statements[1].role, statements[1].region)
    assert post is not None and post.label == "Member of Parliament"


def test_a_post_that_lists_its_fields_over_commas_before_the_name() -> None:
    text = (
        "Uji petik kapal\n\n"
        "Kegiatan dipimpin oleh Kepala Sub Direktorat Rancang Bangun, Stabilitas dan Garis Muat Kapal, "
        'Direktorat Perkapalan dan Kepelautan, Muhamad Syaifulloh. "Uji petik ini memastikan kapal laik," '
        "kata Syaifulloh.\n"
    )
    (statement,) = _statements(text)
    post = canonical_post(statement.role, statement.region)
    assert statement.speaker == "Muhamad Syaifulloh"
    assert post is not None and post.label.startswith("Kepala Subdirektorat Rancang Bangun")


def test_indonesian_professions_in_lower_case_and_in_apposition_give_the_post() -> None:
    text = (
        "Diskusi daring\n\n"
        "Diskusi itu menghadirkan Kepala Dinas Sosial Sumbar Budi Santosa dan peneliti Pusat Kajian "
        "Nagari Madani, Rizky Yoga Arditama.\n\n"
        "Rizky Yoga Arditama mengatakan, dalam sepuluh tahun terakhir ada sejumlah kejadian.\n\n"
        "Tri Maharani Putri, dokter emergensi dari Persatuan Dokter Emergensi Indonesia, memaparkan bahwa "
        "pasien terus bertambah.\n\n"
        "Sapoean kemudian menjadi dokter di Tanjungselor, Bulungan, dan mengatakan wabah sudah reda.\n"
    )
    statements = _statements(text)
    got = {s.speaker: canonical_post(s.role, s.region) for s in statements}
    assert got["Rizky Yoga Arditama"] is not None and got["Rizky Yoga Arditama"].label.startswith("Peneliti")
    assert got["Tri Maharani Putri"] is not None and got["Tri Maharani Putri"].label == "Dokter"
    assert "Tanjungselor" not in got  # "dokter di Tanjungselor": a place, no one's name


def test_circumstances_before_the_name_and_a_past_post_in_lower_case() -> None:
    text = (
        "Debates\n\n"
        "During a May interview on CNBC's Squawk Box, Brackett said he won every single debate.\n\n"
        "But former shadow attorney general Bill Casher said there was still deep disquiet.\n\n"
        "A blast shook Chelsea, the NYPD said.\n\n"
        "Mayor Bill de Blasius said there was no link to terror.\n"
    )
    statements = _statements(text, "en")
    assert [s.speaker for s in statements][0] == "Brackett"
    assert ("Bill Casher", "former shadow attorney general") in [(s.speaker, s.role) for s in statements]
    assert statements[-1].region == "New York"  # the mayor of a story about the NYPD


def test_the_foreign_secretary_is_never_the_shadow_foreign_secretary_quoted_last() -> None:
    text = (
        "EU row\n\n"
        "His claims were denied by Foreign Secretary Jack Strawson, who accused the Tories of running scared.\n\n"
        "Shadow foreign secretary Michael Ancrum told MPs the paper was propaganda.\n\n"
        "Mr Ancrum said ministers were prolonging uncertainty. The foreign secretary said the Tories were wrong.\n"
    )
    assert [s.speaker for s in _statements(text, "en")][-1] == "Jack Strawson"


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Charles Clarkson faces his first real test as home secretary on Monday.", "home secretary"),
        ("Charles Clarkson spent his time as home secretary fighting the Treasury.", None),  # held before
        ("Charles Clarkson served as home secretary until 2006.", None),
    ],
)
def test_a_post_held_as_in_the_subject_s_sentence(lead, role) -> None:
    text = f"ID cards\n\n{lead}\n\nMr Clarkson said the cards would protect civil liberties.\n"
    assert [s.role for s in _statements(text, "en")] == [role]


def test_a_district_then_its_city_after_the_post_and_an_aside_between_dashes_name_no_one() -> None:
    text = (
        "Kebakaran gedung\n\n"
        "Dedy, Kepala Peleton B dari Stasiun Pemadam Kebakaran Sektor II, Kebayoran Baru, Jakarta Selatan — tim "
        "pemadam yang tiba pertama kali saat kebakaran — menuturkan, ada selang yang tidak mengalirkan air.\n\n"
        "”Saat kejadian, kami harus mencari air sampai ke luar gedung,” ucapnya.\n"
    )
    assert {s.speaker for s in _statements(text)} == {"Dedy"}


def test_the_party_s_spokesman_is_its_shadow_minister() -> None:
    text = (
        "EU row\n\n"
        "Shadow foreign secretary Michael Ancrum told MPs the paper was propaganda. Baroness Thatchley once "
        "called the treaty a mistake.\n\n"
        '"Who are they trying to kid?" he asked. The Tory spokesman also criticised the government for '
        "claiming the constitution would make Europe easier to understand.\n"
    )
    assert [s.speaker for s in _statements(text, "en")][-1] == "Michael Ancrum"


def test_a_mayor_serves_the_one_town_printed_with_its_state_and_georgia_is_a_state() -> None:
    text = (
        "Syrians find a home in Clarkton, Ga.\n\n"
        "The family are among the first Syrian refugees to come to Georgia.\n\n"
        "Gov. Nathan Deel has vowed to block other refugees from coming to the state.\n\n"
        '"We welcome them," said Mayor Ted Terrell.\n'
    )
    prepared, meta = prepare(text)
    got = [(s.speaker, s.region) for s in extract(prepared, meta=meta, lang="en").statements]
    assert got == [("Nathan Deel", "Georgia"), ("Ted Terrell", "Clarkton")]


def test_a_post_heading_an_owner_s_effort_and_a_post_before_a_relative_clause() -> None:
    text = (
        "Trade\n\n"
        '"Mexico follows the rules," said Jorge Castano, a former Mexican foreign minister who is a harsh '
        "critic of the president.\n\n"
        "Rucker Culpeper, who runs Clinton's get-out-the-vote effort for military families, said the remarks "
        "were shameful.\n"
    )
    roles = [s.role for s in _statements(text, "en")]
    assert roles[0] == "former Mexican foreign minister"
    post = canonical_post(roles[1], None)
    assert post is not None and post.label == "Head of Clinton's get-out-the-vote effort for military families"


def test_no_post_from_another_person_s_post_nor_a_place_from_where_someone_was() -> None:
    text = (
        "Town hall\n\n"
        "At her town-hall Friday evening in Iowa, Jane Doerr called for an inquiry into Smith's dealings as "
        "minister of works with her donors. She said the agency could not be trusted.\n\n"
        "The Arizona Cardinals host the Denver Broncos on Sunday.\n\n"
        "Soil expert Sir Ian Pemberton said it was sensible that councils kept records.\n"
    )
    got = [(s.speaker, s.role, s.region) for s in _statements(text, "en")]
    assert got[:2] == [("Jane Doerr", None, None)] * 2
    # "soil expert": a description, no post (read past "Sir", as "Soil expert Ian Pemberton" is)
    assert got[-1] == ("Ian Pemberton", "soil expert", None)


def test_a_state_inside_a_team_s_name_is_not_the_story_s_state() -> None:
    text = (
        "Tape row\n\n"
        "Gov. Sam Reeder said it would be unwise to comment on the tape.\n\n"
        "The Easton Foxes host the Arizona Cardinals in the city that afternoon.\n"
    )
    (statement,) = _statements(text, "en")
    assert (statement.speaker, statement.region) == ("Sam Reeder", None)


def test_a_name_a_vowel_apart_and_a_javanese_name_s_end_are_the_person_named_before() -> None:
    text = (
        "Pasar mobil\n\n"
        "Penjualan naik tahun ini.President Director PT Contoh Abadi, Tan Wei mengakui pasar sudah matang."
        '"Kalau harga turun, pembeli datang," ucap Ten Wei.\n\n'
        "Kisah pilu dialami Suharyono (38) warga Desa Contoh. Suharyono yang berjualan sayur di pasar ini "
        'mengaku omzetnya turun.\n\n"Sekarang sepi sekali," kata Yono di kiosnya.\n'
    )
    got = [(s.speaker, s.role) for s in _statements(text)]
    assert ("Tan Wei", "President Director PT Contoh Abadi") in got
    assert all(name != "Ten Wei" for name, _ in got)
    assert got[-1][0] == "Suharyono"


def test_english_posts_in_apposition_with_dots_long_bodies_and_professions() -> None:
    text = (
        "Bank row\n\n"
        '"Certain questions are being raised," said Jonathan Eyal, assistant director of international security '
        "studies at the Royal United Services Institute.\n\n"
        "Margarita Simonyan, the editor in chief of RT, wrote that the accounts were closed.\n\n"
        '"This is a turnout election," said Michael Podhorzer, the political director of the A.F.L.-C.I.O.\n\n'
        "Ben Schriefer, an adviser to Mr. Romney's campaign, said the ads worked.\n\n"
        "Minister for Children, Young People and Families Margaret Hodge said the allowance would be fair.\n\n"
        "Charity Aid North will host Mr Eyal's lecture on Monday.\n"
    )
    got = {s.speaker: _post_and_region(s)[0] for s in _statements(text, "en")}
    assert got == {
        "Jonathan Eyal": "Assistant Director",
        "Margarita Simonyan": "Editor in Chief of RT",
        "Michael Podhorzer": "Political Director of the A.F.L.-C.I.O",
        "Ben Schriefer": "Adviser to Mr. Romney's campaign",
        "Margaret Hodge": "Minister for Children, Young People and Families",
    }


def test_english_speech_after_an_adverb_and_both_halves_around_he_said() -> None:
    text = (
        "Trade talks\n\n"
        "Chancellor Gordon Brown spoke in London on Monday.\n\n"
        "The European Union's Common Fisheries Policy had caused serious problems, he said, but there was now an "
        "agreement to end the subsidies.\n\n"
        'Lib Dem spokesman Ed Davey meanwhile said instead of the "bonfire" the party had promised, there had been '
        "an explosion of rules.\n\n"
        "Shadow chancellor George Osborne separately said the figures did not add up.\n"
    )
    got = [(s.speaker, s.text) for s in _statements(text, "en")]
    assert got == [
        ("Gordon Brown", "The European Union's Common Fisheries Policy had caused serious problems"),
        ("Gordon Brown", "but there was now an agreement to end the subsidies"),
        ("Ed Davey", 'instead of the "bonfire" the party had promised, there had been an explosion of rules'),
        ("George Osborne", "the figures did not add up"),
    ]


def test_english_bodies_by_their_short_form_their_trade_and_their_kind() -> None:
    text = (
        "Carers\n\n"
        "The Association of Directors of Care Services (ADCS) said it agreed in principle with the plans "
        "for carers.\n\n"
        "Acme Foods said its sales had fallen sharply in the last quarter. The company said it would cut jobs in "
        "the north.\n\n"
        "Oxfam said the plan was too timid for the poorest countries. The charity said rich nations must do more.\n\n"
        "BlackRock said it would review its holdings in the sector next year.\n\n"
        "But the police said they would help the fight against terror and fraud.\n"
    )
    got = [(s.speaker, s.speaker_kind) for s in _statements(text, "en")]
    assert got == [
        ("Association of Directors of Care Services", "organisation"),
        ("Acme Foods", "organisation"),
        ("Acme Foods", "organisation"),
        ("Oxfam", "person"),  # one word, no post: the registry cannot tell; "the charity" is it
        ("Oxfam", "person"),
        ("BlackRock", "organisation"),
        (None, "person"),  # the police: a source the article does not name, the statement kept
    ]


def test_a_think_tank_s_english_name_before_the_person_and_menurut_with_a_surname() -> None:
    text = (
        "Debat capres\n\n"
        "Direktur Eksekutif Indostrategic Ahmad Khoirul Umam menilai sebaiknya para kandidat membahas "
        "persoalan utama bangsa dalam debat.\n\n"
        "Menteri Keuangan Purbaya Yudhi Sadewa hadir dalam rapat di Jakarta.\n\n"
        "Menurut Purbaya inflasi yang terkendali dapat menjaga stabilitas sosial politik.\n"
    )
    got = [(s.speaker, s.role) for s in _statements(text)]
    assert got == [
        ("Ahmad Khoirul Umam", "Direktur Eksekutif Indostrategic"),
        ("Purbaya Yudhi Sadewa", "Menteri Keuangan"),
    ]


def test_no_post_from_a_sentence_after_an_age_and_a_state_that_opens_the_sentence() -> None:
    text = (
        "Capitol\n\n"
        "Tara Holt, 31, said she remained silent when State Senator Paul Lenz of Missouri made advances.\n\n"
        "In Tennessee, the House majority whip, Jeremy Dunn, said he would step aside from the caucus.\n\n"
        "In Texas, the journalist Olive Mercer said the culture of the chamber had not changed in years.\n\n"
        "In Ohio, the governor John Kasten said the state budget would balance next year.\n"
    )
    got = [(s.speaker, *_post_and_region(s)) for s in _statements(text, "en")]
    assert got == [
        ("Tara Holt", None, None),
        ("Jeremy Dunn", "House Majority Whip", "Tennessee"),
        ("Olive Mercer", "Journalist", None),
        ("John Kasten", "Governor", "Ohio"),
    ]


def test_a_participle_opening_the_sentence_is_no_content_and_a_show_told_is_who_was_told() -> None:
    text = (
        "Campaign\n\n"
        "Launching his campaign to win students' votes at the London School of Economics, Mr Pennock urged "
        'students to "make their mark".\n\n'
        "Raising the limit would save hundreds of lives every year, he said.\n\n"
        "Tony Blair told the BBC's Breakfast with Frost show the money would not come from the aid budget.\n"
    )
    texts = [s.text for s in _statements(text, "en")]
    assert texts == [
        'students to "make their mark"',
        "Raising the limit would save hundreds of lives every year",
        "the money would not come from the aid budget",
    ]


def test_a_company_s_ltd_an_author_of_a_titled_book_and_the_candidate_with_a_party_only() -> None:
    text = (
        "Markets and books\n\n"
        "Stocks fell on Thursday.\n\n"
        "“The move to take risk off the table continues,” Chris Weller, chief market strategist in Melbourne at "
        "IG Ltd., said in a note to clients.\n\n"
        "Essential Guide to British Agencies 2005 author Dan Lowe said at least 111 of the bodies had been set up "
        "since Labour won power in 1997.\n\n"
        "Republican Donald Brackett criticized Obama and the Democratic presidential nominee, Hillary Clinton, for "
        'the deal. Brackett called it "one of the great miscarriages of justice" in history.\n\n'
        "The candidate has continued his warnings that the election is rigged against him.\n"
    )
    got = [(s.speaker, _post_and_region(s)[0]) for s in _statements(text, "en")]
    assert ("Chris Weller", "Chief Market Strategist") in got
    assert ("Dan Lowe", "Author") in got
    assert got[-1] == ("Donald Brackett", "Candidate")
    assert post_before(text, text.index("Hillary Clinton"), lexicon("en")) == "Democratic presidential nominee"


def test_an_outlet_quoting_someone_as_saying_a_circumstance_after_said_and_a_body_s_management() -> None:
    text = (
        "Bank\n\n"
        "The Treasury said the government was not involved in the bank's decision. \"This is a matter for the "
        'bank, not for the government," a spokeswoman said, speaking on condition of anonymity. "We have not '
        'changed the sanctions since February."\n\n'
        "In Moscow, the management of RT said on Monday that its lawyers were dealing with the situation.\n\n"
        '"We have no idea what this is connected with, because nothing new happened to us," the RBK news '
        "website quoted Ms. Simonyan, the editor in chief, as saying.\n\n"
        "The Times quoted Mr. Putin as saying the sanctions would not work against the country.\n"
    )
    got = [(s.speaker, s.text[:20]) for s in _statements(text, "en")]
    assert got == [
        ("Treasury", "the government was n"),
        ("Treasury", "This is a matter for"),
        ("Treasury", "We have not changed "),
        ("RT", "its lawyers were dea"),
        ("Simonyan", "We have no idea what"),
        ("Putin", "the sanctions would "),
    ]


def test_a_clause_after_a_question_s_cue_and_a_spokesperson_after_an_opening_clause() -> None:
    text = (
        "Students\n\n"
        'Charles Kemp spoke at the launch. "And is it really right that so many young people start out in debt?" '
        "Mr Kemp also said students want action on the environment and see the war as a defining issue.\n\n"
        "Labour has pushed through plans. Ahead of Mr Kemp's launch, a Labour spokesperson said: \"Like the "
        'Tories, the Liberal Democrats would restrict access to higher education."\n'
    )
    got = [(s.speaker, s.text[:23]) for s in _statements(text, "en")]
    assert got == [
        ("Charles Kemp", "And is it really right "),
        ("Charles Kemp", "students want action on"),
        ("Labour", "Like the Tories, the Li"),
    ]


def test_parties_research_a_charity_s_recommendation_and_a_claim_that_opens_with_of() -> None:
    text = (
        "Sport\n\n"
        "University College London research claims cutting the limit would save 65 lives a year.\n\n"
        "The Tories claim that of the money the prime minister pledged in 2000 only a fraction had been spent.\n\n"
        "But opposition parties said rebanding of council taxes would mean steep rises for many families.\n\n"
        "The Fostering Network welcomed the plan. The charity recommends a weekly payment of 108 pounds for "
        "looking after a baby.\n"
    )
    got = [(s.speaker, s.text[:16]) for s in _statements(text, "en")]
    assert got == [
        ("University College London", "cutting the limi"),
        ("Tories", "of the money the"),
        (None, "rebanding of cou"),
        ("Fostering Network", "a weekly payment"),
    ]


def test_they_after_an_unnamed_group_s_sentence_is_that_group_not_a_body_named_long_before() -> None:
    text = (
        "Drink driving\n\n"
        "University College London research claims cutting the limit would save 65 lives a year.\n\n"
        "Ministers do not support a lower limit, saying it is not clear it would have a major impact. They "
        "believe educating drivers is more important than a lower limit.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["University College London", None, None]


def test_indonesian_kata_x_opening_a_sentence_a_denial_denied_and_a_name_with_jaya() -> None:
    text = (
        "Anggaran\n\n"
        "Menteri Dalam Negeri Tito Kardiman dan Anggota DPR Rajiv hadir di Jakarta.\n\n"
        "Kata Rajiv, program ini juga bagian dari program Presiden untuk pendidikan anak.\n\n"
        "Tito tak menampik banyak daerah memiliki pengelolaan anggaran yang baik.\n\n"
        'Pengacara RK, Muslim Jaya Butar-butar hadir di Bareskrim. "Ini bukti penyidik bekerja sesuai aturan," '
        "ujar Muslim.\n\n"
        "Sejatinya lanjut Rajiv, bulan Ramadan ini adalah momentum untuk berbagi.\n\n"
        '"Jadi kita tunggu saja."\nkata Rajiv, Senin (22/6/2020).\n'
    )
    got = [(s.speaker, s.role, s.text[:20]) for s in _statements(text)]
    assert got[:4] == [
        ("Rajiv", "Anggota DPR", "program ini juga bag"),
        ("Tito Kardiman", "Menteri Dalam Negeri", "banyak daerah memili"),
        ("Muslim Jaya Butar-butar", "Pengacara RK", "Ini bukti penyidik b"),
        ("Rajiv", "Anggota DPR", "bulan Ramadan ini ad"),
    ]
    assert not any(s.text.startswith("Senin") for s in _statements(text))


def test_a_candidate_s_post_in_lower_case_a_glued_sentence_after_the_cue_and_dia_after_tetapi() -> None:
    text = (
        "Pemilu\n\n"
        "Pernyataan Menteri Investasi Bahlil Lahadalia mendapat tanggapan dari calon presiden (capres) nomor urut 3 "
        "Galih Pranoto.\n\n"
        '"Ya kalau kita selalu bersama dengan rakyat saja," kata Galih Hal tersebut disampaikan Galih saat '
        "blusukan ke pasar.\n\n"
        "Galih tidak menyatakan berbeda pendapat dengan Bahlil, tetapi dia menyampaikan sudah mengenal sang "
        "menteri cukup lama.\n"
    )
    got = [(s.speaker, _post_and_region(s)[0]) for s in _statements(text)]
    assert got == [("Galih Pranoto", "Calon Presiden")] * 2


def test_a_post_cut_by_its_short_form_after_an_opening_clause_still_opens_the_sentence() -> None:
    text = (
        "Makanan\n\n"
        'Andri mengaku kesal dengan temuan itu. "Sudah saya foto, terus saya posting," katanya.\n\n'
        "Setelah temuan itu jadi perbincangan, Ketua Satuan Pelayanan Pemenuhan Gizi (SPPG) Cigunung Desa "
        "Sukaresmi, Hana Nabilah Azmi menyampaikan permintaan maaf. Ia mengaku belum mengetahui bagaimana "
        "plester tersebut bisa lolos dari dapur.\n\n"
        "Ada dalam tim itu adalah Wakil Kepala Satuan Pelayanan Brigadir Jenderal (Pol) Matias Fakhiri. Ia "
        "mengungkapkan, tim investigasi belum bisa menuju lokasi penembakan.\n"
    )
    got = [s.speaker for s in _statements(text)]
    assert got[:3] == ["Andri", "Andri", "Hana Nabilah Azmi"]
    assert got[-1] != "Matias Fakhiri"  # "Ada ... adalah X": X is no subject


def test_an_age_in_brackets_after_the_subject_s_name_ends_no_subject() -> None:
    text = (
        "Makanan\n\n"
        'Kepala sekolah, Iis Irawati mengatakan semua siswa sudah pulang. "Kami hanya penerima," katanya.\n\n'
        "Sementara itu, salah satu orang tua siswa, Dian (37) berharap insiden serupa tak terulang dan meminta "
        'penyedia makanan lebih menjaga kebersihan dapur. "Untuk kokinya tolong lebih hati-hati," katanya.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Iis Irawati", "Iis Irawati", "Dian", "Dian"]


def test_a_response_opening_the_sentence_is_no_content_and_menurut_dia_without_a_comma() -> None:
    text = (
        "Hotel\n\n"
        "Merespon hal tersebut, Wakil Menteri Agama (Wamenag), Zainut Tauhid mengaku sepakat dengan usulan yang "
        "diberikan.\n\n"
        "Menurut dia kehadiran hotel di area istirahat ini menjawab kebutuhan masyarakat akan tempat menginap.\n"
    )
    got = [(s.speaker, s.text) for s in _statements(text)]
    assert got == [
        ("Zainut Tauhid", "sepakat dengan usulan yang diberikan"),
        ("Zainut Tauhid", "kehadiran hotel di area istirahat ini menjawab kebutuhan masyarakat akan tempat menginap"),
    ]


def test_a_clause_before_a_titled_name_is_no_post_over_commas() -> None:
    lex = lexicon("en")
    clause = parse_mention(
        "first cards would be issued in 2008 and when he was introducing the bill, Mr Hollinshead", lex
    )
    assert clause is not None and clause.role is None
    post = parse_mention("Minister for Children, Young People and Families Margaret Hodge", lex)
    assert post is not None and post.role == "Minister for Children, Young People and Families"


def test_nyt_quote_marks_names_with_vande_a_named_who_said_and_listed_portfolios() -> None:
    text = (
        "Media\n\n"
        "Jim VandeHei, a co-founder of Politico, spoke on Monday.\n\n"
        "''We didn't know if there was an audience for this kind of journalism -- now we do,'' Mr. VandeHei said.\n\n"
        'Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "You would not let your '
        'child watch that film at home."\n\n'
        "In London, Trade and Industry Secretary Patricia Hollister said the rules would change next year.\n"
    )
    got = [(s.speaker, _post_and_region(s)[0]) for s in _statements(text, "en")]
    assert got == [
        ("Jim VandeHei", "Co-Founder of Politico"),
        ("Tessa Jowell", "Culture, Media and Sport Secretary"),
        ("Patricia Hollister", "Trade and Industry Secretary"),
    ]


def test_a_woman_s_post_in_apposition_to_a_shared_surname_is_the_woman_s() -> None:
    text = (
        "Kentucky\n\n"
        "The primary between Hillary Clinton and Bernie Sanders was close on Tuesday.\n\n"
        "Clinton was trying to recapture the magic that made Bill Clinton the last Democrat to win the state.\n\n"
        "The race between Clinton, a former first lady, secretary of State and senator, and Sanders is close.\n\n"
        'Clinton, during a town hall meeting, said she was "going to put a lot of coal companies out of business".\n'
    )
    got = {(s.speaker, s.role) for s in _statements(text, "en")}
    assert got == {("Hillary Clinton", "former first lady")}


def test_a_title_opening_with_a_preposition_is_no_one_s_name() -> None:
    text = (
        "Podcast\n\n"
        "Anna Lee covers lobbying for the paper.\n\n"
        "Off Message airs every week from the newsroom.\n\n"
        '"You learn very quickly to have a shield up in this town," she said during a sit-down.\n'
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Anna Lee"]


def test_two_people_named_in_full_when_the_list_knows_one_given_name() -> None:
    text = (
        "Playbook\n\n"
        "The two reporters who will write the newsletter are Anna Pell and Jake Shearer, two of the best-sourced "
        "reporters in town.\n\n"
        '"I think clearly we like to break news," said Pell.\n\n'
        '"If you look at the newsletter, it really is a village newspaper," said Shearer.\n'
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Anna Pell", "Jake Shearer"]


def test_more_given_names_tell_she_from_he() -> None:
    text = (
        "Campaign\n\n"
        "Marine Le Pen, the National Front leader, met Hillary Clinton's advisers.\n\n"
        "Donald Brackett spoke in Ohio on Monday.\n\n"
        '"What we have in common is that we are not insiders of the system," she told CNN.\n'
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Marine Le Pen"]


def test_the_reply_after_a_question_is_the_one_asked() -> None:
    text = (
        "Interview\n\n"
        '"You do not win the nomination by how many states you win," Marco Rubio said on Fox News.\n\n'
        "Earhart then asked Rubio which states specifically he could win.\n\n"
        '"Well, we feel great in every one of those states. We are going to pick up delegates in all of them," he '
        "said, adding that he does not want to offer specific predictions.\n"
    )
    got = [(s.speaker, s.text[:10]) for s in _statements(text, "en")]
    assert got[-2:] == [("Marco Rubio", "Well, we f"), ("Marco Rubio", "he does no")]


def test_a_participle_s_speaker_is_the_company_that_opens_the_sentence() -> None:
    text = (
        "Media\n\n"
        "BuzzFeed, which does not disclose its finances, denied the report, saying this year will meet "
        "expectations.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["BuzzFeed"]


def test_a_counting_word_is_no_speaker() -> None:
    text = (
        "Rates\n\n"
        "Some accused the governor of ignoring the warnings from the regulator.\n\n"
        "Several said the bank would raise rates again before the end of the year.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == [None, None]


def test_a_town_and_its_state_in_an_apposition_are_no_name() -> None:
    text = (
        "Overtime\n\n"
        "Ray Fenwick, a welder from Ava, Mo., who backs the union, said he would vote for the rule next week.\n\n"
        "Tom Hale, Ohio, said the rule would cost small firms a great deal of money.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Ray Fenwick", "Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nora Quill, the daughter of a former governor, said the plan would fail within a year.",
        "Nora Quill, the governor's daughter, said the plan would fail within a year.",
        "Nora Quill, wife of the prime minister, said the plan would fail within a year.",
        "The daughter of the governor, Nora Quill, said the plan would fail within a year.",
    ],
)
def test_a_relative_s_post_is_not_the_speaker_s(sentence: str) -> None:
    (statement,) = _statements(f"Plan\n\n{sentence}\n", "en")
    assert (statement.speaker, statement.role) == ("Nora Quill", None)


def test_a_name_with_a_relative_in_apposition_is_registered_with_its_gender() -> None:
    text = (
        "Speech\n\n"
        "The row grew on Wednesday as Nora Quill, Ronald Ames's daughter, attacked the senator for his comments "
        "about Jane Fox.\n\n"
        'In her post, she wrote: "Words have the power to inspire actions."\n\n'
        "Quill said the comments were dangerous for the whole country.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Nora Quill", "Nora Quill"]


def test_a_portfolio_word_indonesian_also_uses_stays_in_the_post() -> None:
    post = canonical_post("shadow spokesman for sport", None)
    assert post is not None and post.label == "Shadow Spokesperson for sport"


def test_an_epithet_opening_a_sentence_names_the_person_without_a_post_and_its_he_is_theirs() -> None:
    text = (
        "Campaign\n\n"
        "Tony Blair lied about the war, say the Tories.\n\n"
        "Party chairman Liam Fox was speaking after Mr Blair addressed a rally in Leeds. Dr Fox told BBC Radio "
        "the campaign would be dirty.\n\n"
        "The prime minister stepped up the campaign at the weekend with a tour of the country. He insisted he "
        "did not know the date of the election.\n"
    )
    got = [(s.speaker, s.role, s.text[:12]) for s in _statements(text, "en")]
    assert got[-1] == ("Tony Blair", "prime minister", "he did not k")


def test_a_hyphenated_post_opening_a_sentence_is_its_holder_s() -> None:
    text = (
        "Campaign\n\n"
        "Party co-chairman Liam Fox said the party was ready for the election.\n\n"
        "The party co-chairman attacked the new pledges and said voters would take revenge on the government.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Liam Fox", "Liam Fox"]


def test_a_name_after_and_even_opens_its_sentence() -> None:
    text = (
        "Summit\n\n"
        "President Obama took a whack at the candidate on Wednesday.\n\n"
        "Prime Minister Justin Trudeau warned against isolation at the summit in Ottawa.\n\n"
        "The leaders were careful not to engage in U.S. politics. And even Obama tried to help them off the hook, "
        "noting that he would demur too in their position.\n\n"
        '"When I visit other countries, it is not my job to comment on candidates," he said.\n'
    )
    got = [s.speaker for s in _statements(text, "en")]
    assert got[-2:] == ["Obama", "Obama"]


def test_a_post_after_another_person_s_name_and_as_is_not_the_subject_s() -> None:
    text = (
        "Court\n\n"
        "Donald Brackett on Tuesday seemed to imply that voters could stop Hillary Clinton as president from "
        "appointing judges.\n\n"
        '"If she gets to pick her judges, nothing you can do," Brackett said.\n'
    )
    assert [(s.speaker, s.role) for s in _statements(text, "en")] == [("Donald Brackett", None)]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Ex-minister Jane Hill said the plan would not work in the long run.", "Jane Hill", "ex-minister"),
        (
            "Tom Ward, who was chief executive of the bank until 2010, said the deal was bad for savers.",
            "Tom Ward",
            "former chief executive of the bank",
        ),
        (
            "Tom Ward, who was elected mayor of Leeds last week, said the deal was bad for savers.",
            "Tom Ward",
            "mayor of Leeds",
        ),
    ],
)
def test_past_posts_before_and_after_a_name(sentence: str, name: str, role: str | None) -> None:
    (statement,) = _statements(f"Deal\n\n{sentence}\n", "en")
    assert (statement.speaker, statement.role) == (name, role)


@pytest.mark.parametrize(
    "subject",
    ["The family of Ray Fenwick", "Ray Fenwick's family", "The lawyer for Ray Fenwick", "Fenwick's lawyer"],
)
def test_those_who_speak_for_a_named_person_are_not_that_person(subject: str) -> None:
    text = (
        f"Ruling\n\nRay Fenwick was jailed on Monday.\n\n{subject} said the ruling would be appealed in the new year.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == [None]


def test_an_indonesian_relative_s_word_before_a_name_is_not_that_person() -> None:
    text = (
        "Kasus\n\n"
        "Keluarga Deki Santoso, buron yang ditembak polisi, berharap penembak dihukum berat.\n\n"
        "Istri Joko Susilo mengatakan suaminya pulang malam itu bersama dua temannya.\n\n"
        "Kepala Dinas Pariwisata Cucu Ahmad Suhendra mengatakan mal akan dibuka pekan depan.\n"
    )
    assert [s.speaker for s in _statements(text)] == [None, None, "Cucu Ahmad Suhendra"]


def test_a_post_held_by_an_msp_is_scotland_s() -> None:
    text = (
        "Council tax\n\n"
        'The Tory finance spokesman, Ruth Dale MSP, said: "Council tax is being used to pass on costs."\n'
    )
    assert [(s.speaker, s.region) for s in _statements(text, "en")] == [("Ruth Dale", "Scotland")]


def test_a_regional_department_s_post_serves_the_region_whose_head_the_story_quotes() -> None:
    text = (
        "Stunting\n\n"
        'Bupati Banyuwangi Ipuk Festianingrum mengatakan penanganan stunting dilakukan bersama. "Ini tugas '
        'semua dinas," kata Ipuk.\n\n'
        "Ditambahkan Plt Kepala Dinas Kesehatan Amir Hazairin, angka stunting saat ini sekitar 21 persen.\n"
    )
    got = {(s.speaker, _post_and_region(s)[1]) for s in _statements(text)}
    assert ("Amir Hazairin", "Kabupaten Banyuwangi") in got


@pytest.mark.parametrize(
    ("mention", "role", "region"),
    [
        (
            "Andri Sofyansyah, Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta",
            "Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi",
            "DKI Jakarta",
        ),
        ("Budi, Ketua KPU, dan Andi", "Ketua KPU", None),
    ],
)
def test_a_post_after_the_name_goes_on_over_its_listed_fields(mention: str, role: str, region: str | None) -> None:
    parsed = parse_mention(mention, lexicon("id"))
    assert parsed is not None and (parsed.role, parsed.region) == (role, region)


def test_posts_of_others_in_a_list_or_a_verb_are_not_the_speaker_s() -> None:
    text = (
        "Campaign\n\n"
        "Ray Bond will become the campaign's chief executive, and Kate Lowry, a senior adviser for the senator "
        "and his running mate, Gov. Mike Pence of Indiana, will become the campaign manager.\n\n"
        '"It is an expansion at a busy time," Ms. Lowry said.\n\n'
        "Mr. Pence said the campaign was in good shape for the final stretch.\n\n"
        "Both the prime minister and Chancellor Gordon Brown have called for urgent action on poverty.\n\n"
        "A representative for the Ivanka Brackett brand said the company offers eight weeks of paid leave.\n\n"
        '"We value our staff," Ivanka Brackett said.\n'
    )
    got = {(s.speaker, _post_and_region(s)) for s in _statements(text, "en")}
    assert ("Mike Pence", ("Governor", "Indiana")) in got and ("Gordon Brown", ("Chancellor", None)) in got
    assert ("Ivanka Brackett", (None, None)) in got
    assert not any(speaker == "Kate Lowry" and post[0] == "Chief Executive" for speaker, post in got)


def test_the_report_a_body_was_quoted_with_speaks_for_that_body() -> None:
    text = (
        "Aid\n\n"
        "Some 45 million children will die needlessly before 2015, Oxfam says in a report published on Monday.\n\n"
        'The report said: "Providing aid is an obligation and a matter of justice."\n\n'
        "It also points out that rich nations agreed to spend more on aid decades ago.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Oxfam", "Oxfam", "Oxfam"]


def test_a_report_no_one_was_quoted_with_stays_unattributed() -> None:
    text = (
        "Aid\n\n"
        "Jane Moss said the budget would rise next year.\n\n"
        'The report said: "Providing aid is an obligation and a matter of justice."\n'
    )
    assert [s.speaker for s in _statements(text, "en")][-1] is None


@pytest.mark.parametrize(
    ("mention", "name", "region"),
    [
        ("Bupati Aceh Tamiang", None, "Aceh Tamiang"),
        ("Bupati Aceh Tamiang Mursil", "Mursil", "Aceh Tamiang"),
        ("Anggota Komisi I DPRK Aceh Tamiang", None, "Aceh Tamiang"),
    ],
)
def test_a_place_of_two_words_ending_a_post_is_no_name(mention: str, name: str | None, region: str) -> None:
    parsed = parse_mention(mention, lexicon("id"))
    assert parsed is not None and (parsed.name, parsed.region) == (name, region)


def test_she_is_the_one_woman_the_sentence_before_names_when_the_last_speaker_is_not_there() -> None:
    text = (
        "Leave\n\n"
        '"Executives who are serious about their values know their partners," said Sandra Sucher, a professor.\n\n'
        "In addition to paid leave, aides say Ivanka Brackett also advises her father on equal pay.\n\n"
        '"Women are paid equally for the work that we do," she said at the convention.\n'
    )
    assert [s.speaker for s in _statements(text, "en")][-1] == "Ivanka Brackett"


def test_the_first_minister_in_lower_case_in_a_story_of_the_scottish_parliament_is_scotland_s() -> None:
    text = (
        "Toll\n\n"
        "At least three people from Scotland died in the disaster, the first minister has told MSPs.\n\n"
        "The figures came out during a statement by Jack McAllister to the Scottish Parliament on Wednesday.\n"
    )
    assert {(s.speaker, s.region) for s in _statements(text, "en")} == {("Jack McAllister", "Scotland")}


def test_walkot_and_wako_are_short_forms_of_wali_kota() -> None:
    text = (
        "Pasar murah\n\n"
        "Wali Kota (Walkot) Pekanbaru Agung Nugroho mengungkap pasar murah digelar di seluruh kelurahan.\n\n"
        '"Jadi saya minta Dinas Perdagangan untuk lakukan intervensi pasar," ungkap Walkot Agung di Pekanbaru.\n'
    )
    got = {(s.speaker, _post_and_region(s)) for s in _statements(text)}
    assert got == {("Agung Nugroho", ("Wali Kota", "Kota Pekanbaru"))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"People are angry," said Chicago Alderman Jason C. Ervin.', ("Jason C. Ervin", "Alderman", "Chicago")),
        ('"We will act," said Greg Abbott, the governor of Texas.', ("Greg Abbott", "governor of Texas", "Texas")),
        (
            '"He is the best," said Edward G. Rendell, a former governor of Pennsylvania.',
            ("Edward G. Rendell", "former governor of Pennsylvania", "Pennsylvania"),
        ),
        # (the seat's place "from" is the region, no part of the post: "senator from Ohio" was filed "Senator Ohio")
        ('"Not now," said Tom Smith, a former senator from Ohio.', ("Tom Smith", "former senator", "Ohio")),
        (
            '"Trade matters," said Bob Lee, President of the United States Chamber.',
            ("Bob Lee", "President of the United States Chamber", None),
        ),
    ],
)
def test_an_english_town_or_state_post_gives_its_place(sentence: str, expected: tuple) -> None:
    statements = extract(prepare(f"Politics\n\n{sentence}\n")[0], lang="en").statements
    assert [(s.speaker, s.role, s.region) for s in statements] == [expected]


def test_two_people_named_with_posts_and_joined_are_two_people() -> None:
    text = prepare(
        "Wage\n\nChancellor Gordon Brown and Transport Secretary Alistair Darling promoted the news.\n\n"
        'Mr Brown said: "We want to do nothing that can damage the opportunities of young people."\n\n'
        "Mr Darling said the plan would work.\n\n"
        "Trade and Industry Secretary Patricia Hollister said the scheme was fair.\n"
    )[0]
    statements = extract(text, lang="en").statements
    assert [(s.speaker, s.role) for s in statements] == [
        ("Gordon Brown", "Chancellor"),
        ("Alistair Darling", "Transport Secretary"),
        ("Patricia Hollister", "Trade and Industry Secretary"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("when he won election to a second term as Chicago mayor", ("mayor", "Chicago")),
        ("when he won a second term as Republican governor", (None, None)),
    ],
)
def test_a_town_post_held_as_gives_its_place(opening: str, expected: tuple) -> None:
    text = prepare(
        f"Chicago\n\nRahm Emanuel may have thought the worst was over in April, {opening}, after a bruising "
        "campaign.\n\nEmanuel said Thursday that the city welcomes a federal inquiry into its police.\n"
    )[0]
    assert [(s.role, s.region) for s in extract(text, lang="en").statements] == [expected]


@pytest.mark.parametrize("title", ["Pjs.", "Plh."])
def test_an_acting_title_with_its_full_stop_ends_no_sentence(title: str) -> None:
    text = prepare(
        f"BBM\n\nIrto Ginting, {title} Corporate Secretary PT Pertamina Patra Niaga menerangkan, harga baru ini "
        "masih terjangkau untuk masyarakat mampu.\n"
    )[0]
    statements = extract(text, lang="id").statements
    assert [(s.speaker, s.role) for s in statements] == [
        ("Irto Ginting", f"{title} Corporate Secretary PT Pertamina Patra Niaga")
    ]


def test_a_post_listing_its_fields_names_no_one_dan_keamanan() -> None:
    mention = parse_mention("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", lexicon("id"))
    assert mention is not None
    assert (mention.name, mention.org, mention.role) == (
        None,
        None,
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pope Francis said a person who builds walls is not Christian.", ("Francis", "Pope")),
        ("Archbishop Desmond Tutu said the vote was a disgrace.", ("Desmond Tutu", "Archbishop")),
    ],
)
def test_a_church_office_before_a_name_is_a_post(sentence: str, expected: tuple) -> None:
    statements = extract(prepare(f"Church\n\n{sentence}\n")[0], lang="en").statements
    assert [(s.speaker, s.role) for s in statements] == [expected]


def test_an_english_coordinator_keeps_an_english_post() -> None:
    text = prepare("Labour\n\nElection co-ordinator Alan Milburn said the party was ready for the campaign.\n")[0]
    statements = extract(text, lang="en").statements
    assert "Koordinator" not in (statements[0].role or "")
    post = canonical_post("co-ordinator", None)
    assert post is not None
    assert post.label == "Coordinator"


def test_a_hopeful_before_a_name_is_a_post() -> None:
    text = prepare(
        "Race\n\nWhite House hopeful Donald Brackett spoke in Iowa on Monday.\n\n"
        "Mr. Brackett said the wall would be built.\n"
    )[0]
    assert [(s.speaker, s.role) for s in extract(text, lang="en").statements] == [
        ("Donald Brackett", "White House hopeful")
    ]


def test_a_post_that_serves_a_place_keeps_it_when_the_name_s_run_opens_with_the_place() -> None:
    text = prepare(
        "Ukraina\n\nDuta Besar Ukraina untuk Indonesia, Vasyl Hamianin, mengatakan perang harus segera berakhir.\n\n"
        '"Kami bertahan," ujar Vasyl Hamianin.\n'
    )[0]
    assert [(s.speaker, s.role) for s in extract(text, lang="id").statements] == [
        ("Vasyl Hamianin", "Duta Besar Ukraina untuk Indonesia")
    ] * 2


def test_how_long_a_post_was_held_is_no_part_of_it() -> None:
    text = prepare(
        "Race\n\nRick Perry, who served as governor of Texas for 14 years, spoke in Iowa.\n\n"
        "Mr. Perry said the border was not secure.\n"
    )[0]
    assert [(s.role, s.region) for s in extract(text, lang="en").statements] == [("former governor of Texas", "Texas")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "Megan Hester, senior associate for education organizing at the Annenberg Institute, said parents "
            "want neighborhood schools.",
            "Megan Hester",
            "senior associate for education organizing at the Annenberg Institute",
        ),
        ("An associate of Mr Brackett said the deal was off for now.", None, None),
    ],
)
def test_an_associate_holds_a_post_the_one_an_associate_is_close_to_does_not_speak(sentence, speaker, role):
    text = prepare(f"Trade\n\nThe talks resumed on Monday.\n\n{sentence}\n")[0]
    (s,) = extract(text, lang="en").statements
    assert (s.speaker, s.role) == (speaker, role)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ('"Now is the time to act," said Don Fowler, who helmed the DNC from 1995 to 1997.', "former head of the DNC"),
        (
            "Howard Dean, who led the DNC during the 2008 campaign, said the rules were clear.",
            "former leader of the DNC",
        ),
        (
            "Ann Lee, who heads the Center for American Progress, said the rules were clear.",
            "head of the Center for American Progress",
        ),
        ("Ann Lee, who ran the marathon last year, said the rules were clear.", None),
    ],
)
def test_a_body_headed_before_is_a_former_post(sentence: str, role: str | None) -> None:
    text = prepare(f"Party rules\n\nThe party met on Monday.\n\n{sentence}\n")[0]
    (s,) = extract(text, lang="en").statements
    assert s.role == role


def test_a_post_after_a_name_with_its_body_s_short_form_is_the_speaker_s() -> None:
    text = prepare(
        "Waiting lists\n\nDr Richard Lewis, Welsh secretary of the British Medical Association (BMA), welcomed the "
        'figures. "Much remains to be done on waiting lists," he said.\n\n'
        "However, Health Minister Jane Hutt said the targets had been met.\n"
    )[0]
    got = [(s.speaker, s.role) for s in extract(text, lang="en").statements]
    assert got == [
        ("Richard Lewis", "Welsh secretary of the British Medical Association"),
        ("Jane Hutt", "Health Minister"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Then-Gov. Mitt Romney said the plan would work for the state.", "former Gov"),
        ("Then-Senator Barack Obama said the war had been a mistake.", "former Senator"),
    ],
)
def test_a_then_post_is_a_former_post(sentence: str, role: str) -> None:
    text = prepare(f"Campaign\n\nThe race went on.\n\n{sentence}\n")[0]
    (s,) = extract(text, lang="en").statements
    assert s.role == role


@pytest.mark.parametrize(
    ("intro", "name", "post_words"),
    [
        # A post's head printed in lower case before the capitalised words: the run opens with
        # the body ("Komisi II ...") or with the client's name ("Bambang, Dedi Kurniawan").
        (
            "Pernyataan itu disampaikan oleh anggota Komisi II DPR RI dari Fraksi Partai Demokrat, Rina Wulandari.",
            "Rina Wulandari",
            {"Anggota", "Komisi"},
        ),
        (
            "Hal ini disampaikan oleh kuasa hukum Bambang, Dedi Kurniawan, usai kliennya diperiksa.",
            "Dedi Kurniawan",
            {"Kuasa", "Hukum"},
        ),
        # "Hal itu disampaikan" + the post, then whose it is, after a comma.
        ("Hal itu disampaikan Kepala Dinas Sosial Kota Bogor, Rina Wulandari.", "Rina Wulandari", {"Kepala", "Dinas"}),
        # A unit's commander as the press abbreviates the post (Komandan Peleton).
        (
            "Menurut Danton Satgas BPBD Kota Depok, Arif Setiawan, jalan sudah dibuka kembali sejak pagi.",
            "Arif Setiawan",
            {"Danton"},
        ),
    ],
)
def test_a_post_given_where_the_person_is_introduced_goes_with_their_later_quotes(
    intro: str, name: str, post_words: set[str]
) -> None:
    given = name.split()[0]
    text = (
        "Banjir Rendam Jalan Raya\n\n"
        "Hujan deras sejak semalam membuat sejumlah ruas jalan di kota itu tergenang air setinggi lutut.\n\n"
        f"{intro}\n\n"
        f"\u201cKami masih menunggu hasil pemeriksaan lanjutan dari petugas di lapangan,\u201d ujar {given}."
    )
    quoted = [s for s in _statements(text) if s.kind == "direct"]
    assert len(quoted) == 1
    post = canonical_post(quoted[0].role, quoted[0].region)
    assert quoted[0].speaker == name
    assert post is not None and post_words <= set(post.label.split()), post


def test_hal_itu_disampaikan_gives_the_paragraph_before_to_the_person_after_the_post() -> None:
    text = (
        "Jalan Ditutup\n\n"
        "Pemerintah kota menutup jalan utama selama dua pekan karena perbaikan saluran air.\n\n"
        "Hal itu disampaikan Kepala Dinas Pekerjaan Umum Kota Bogor, Rina Wulandari, di Bogor.\n\n"
        "Warga diminta melintas lewat jalan lain."
    )
    said = [s for s in _statements(text) if s.text.startswith("Pemerintah kota menutup")]
    assert [(s.speaker, _post_and_region(s)[0]) for s in said] == [("Rina Wulandari", "Kepala Dinas Pekerjaan Umum")]


@pytest.mark.parametrize(
    ("printed", "role", "region"),
    [
        (
            "Mantan Menteri Pendidikan, Kebudayaan, Riset dan Teknologi (Mendikbudristek) Nadiem Anwar Makarim",
            "Mantan Menteri Pendidikan, Kebudayaan, Riset dan Teknologi (Mendikbudristek)",
            None,
        ),
        ("Gubernur Jawa Timur (Jatim) Kholifah", "Gubernur", "Jawa Timur (Jatim)"),
    ],
)
def test_a_short_form_in_brackets_keeps_its_closing_bracket(printed: str, role: str, region: str | None) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None and (mention.role, mention.region) == (role, region)


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        ("Konsul Jenderal RI di New York Arifi Wibowo", "Arifi Wibowo", "Konsul Jenderal RI di New York"),
        ("Konsul Jenderal RI di Hong Kong Rina Suhendar", "Rina Suhendar", "Konsul Jenderal RI di Hong Kong"),
        ("Duta Besar RI untuk Afrika Selatan Budi Santoso", "Budi Santoso", "Duta Besar RI untuk Afrika Selatan"),
    ],
)
def test_a_place_abroad_of_two_words_ends_the_post_before_the_name(printed: str, name: str, role: str) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None and (mention.name, mention.role, mention.region) == (name, role, None)


def test_a_given_name_that_is_also_a_religious_post_stays_a_name() -> None:
    mention = parse_mention("Sosiolog Universitas Indonesia Imam B Prasetyo", lexicon("id"))
    assert mention is not None and mention.name == "Imam B Prasetyo"


def test_the_next_item_s_apposition_is_not_the_post_of_the_one_before() -> None:
    from quotetrack.extract.speakers import Registry

    text = (
        "Bush family rally\n\n"
        "Jeb Bush on Monday brought his older brother, George W. Bush, and the former first lady, Laura Bush, "
        "to the rally."
    )
    registry = Registry(lexicon("en"))
    registry.scan(prepare(text)[0])
    assert ("George W. Bush", None) in [(p.name, p.role) for p in registry.people]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            '"They can only distance themselves so much," said Jane Hood, a senior fellow at the Civic Institute.',
            "Senior Fellow at the Civic Institute",
        ),
        (
            '"None of this is working," said Victor Lee, a Korea scholar at the Center for Asian Studies.',
            "Korea Scholar",
        ),
    ],
)
def test_a_research_post_at_a_named_body_is_the_speaker_s_post(sentence: str, label: str) -> None:
    _, post = _speaker(f"Experts weigh in\n\nThe vote is next week.\n\n{sentence}", "en")
    assert post is not None and post.startswith(label)


def test_a_research_word_alone_describes_and_gives_no_post() -> None:
    _, post = _speaker(
        'Experts weigh in\n\nThe vote is next week.\n\n"It will pass," said Jane Hood, a fellow Democrat.', "en"
    )
    assert post is None


def test_a_body_named_by_a_list_cut_at_its_last_comma_goes_by_its_short_form() -> None:
    mention = parse_mention("Dinas Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP) Kota Bogor", lexicon("id"))
    assert mention is not None and mention.org == "DKPKP Kota Bogor"


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        # English corporate titles as Indonesian copy prints them, before or after the name.
        (
            "Menurut Head of Corporate Communication PT Matahari Putra Prima Tbk Fernando Rumengan, penjualan "
            "ritel turun selama pandemi.",
            "Fernando Rumengan",
            "Head of Corporate Communication PT Matahari Putra Prima Tbk",
        ),
        (
            '"Kepadatan penumpang terus kami pantau," kata Erni Sylvia Sitompul, VP Corporate Communication '
            "PT KCI, Senin (4/5/2020).",
            "Erni Sylvia Sitompul",
            "VP Corporate Communication PT KCI",
        ),
        (
            '"Partisi plastik memisahkan penumpang dan pengemudi," kata Russell Conway, Regional Head of '
            "Operations Grab.",
            "Russell Conway",
            "Regional Head of Operations Grab",
        ),
    ],
)
def test_english_corporate_titles_in_indonesian_copy(sentence: str, speaker: str, role: str) -> None:
    (statement,) = _statements(f"Ritel Bertahan di Tengah Pandemi\n\nJAKARTA - {sentence}\n")
    assert (statement.speaker, statement.role) == (speaker, role)


def test_a_financial_planner_is_quoted_with_what_she_does() -> None:
    text = (
        "Investasi Aman di Masa Pandemi\n\nJAKARTA - Perencana keuangan dari ZAP Finance, Prita Kusumawardani Ghazali, "
        "menilai, secara umum masyarakat khawatir dengan kondisi keuangan mereka.\n"
    )
    (statement,) = _statements(text)
    assert (statement.speaker, _post_and_region(statement)) == (
        "Prita Kusumawardani Ghazali",
        ("Perencana Keuangan ZAP Finance", None),
    )


@pytest.mark.parametrize(
    ("printed", "name", "post"),
    [
        ("Menpar Widiyanti", "Widiyanti", "Menteri Pariwisata"),
        ("Menpora Dito Ariotedjo", "Dito Ariotedjo", "Menteri Pemuda dan Olahraga"),
        ("MenPPPA Arifah Fauzi", "Arifah Fauzi", "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"),
        ("Menkomdigi Meutya Hafid", "Meutya Hafid", "Menteri Komunikasi dan Digital"),
        ("Wamenpar Ni Luh Puspa", "Ni Luh Puspa", "Wakil Menteri Pariwisata"),
    ],
)
def test_ministers_short_forms(printed: str, name: str, post: str) -> None:
    mention = parse_mention(printed, lexicon("id"))
    assert mention is not None and mention.name == name
    held = canonical_post(mention.role, None)
    assert held is not None and held.label == post


def test_a_post_in_apposition_after_a_bracket_after_the_name_is_the_person_s() -> None:
    text = "Menurut Sukirman (Kang Maman), Kepala Desa Cibodas, honor guru ngaji belum cair sejak tiga bulan lalu.\n"
    assert [(s.speaker, s.role) for s in _statements(text, "id")] == [("Sukirman", "Kepala Desa Cibodas")]
