"""In what post and region a speaker of an invented Indonesian article is filed, from the
article's own words: a police unit's area, a region's government, a body named with its town, a
commissioner, a body's fields listed without a comma before "dan"."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract
from quotetrack.resolve.posts import canonical_post
from quotetrack.text.clean import prepare


def _post_and_region(text: str) -> tuple[str | None, str | None, str | None]:
    statements = extract(prepare(text)[0], lang="id").statements
    assert statements, "no statement found"
    first = statements[0]
    post = canonical_post(first.role, first.region)
    return first.speaker, post.label if post else None, post.region.name if post and post.region else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kasi Humas Polres Bogor Iptu Rukmana Tirtawinata mengatakan, "Tidak ada korban jiwa."',
            ("Rukmana Tirtawinata", "Kasi Humas Polres", "Kabupaten Bogor"),
        ),
        (
            'Kanit Reskrim Polsek Cibinong Ipda Purwadi Widjanarko mengatakan, "Saksi sudah kami periksa."',
            ("Purwadi Widjanarko", "Kanit Reskrim Polsek", "Kecamatan Cibinong"),
        ),
        (
            'Sekda Pemkab Cirebon Sulaksono Kusnadi mengatakan, "Gudang logistik sudah siap."',
            ("Sulaksono Kusnadi", "Sekretaris Daerah", "Kabupaten Cirebon"),
        ),
        (
            'Rektor UIN Sultan Syarif Kasim Riau Prayogo Rukmana mengatakan, "Kuota jalur mandiri ditambah."',
            ("Prayogo Rukmana", "Rektor UIN Sultan Syarif Kasim Riau", None),
        ),
        (
            'Komisioner KPU Kabupaten Sukabumi Widjanarko Purwadi mengatakan, "Surat suara sudah dilipat."',
            ("Widjanarko Purwadi", "Komisioner KPU", "Kabupaten Sukabumi"),
        ),
        (
            "Kepala Biro Hukum, Organisasi dan Tata Laksana Kementerian Sosial Kusnadi Sulaksono mengatakan,"
            ' "Regulasi sedang disusun."',
            ("Kusnadi Sulaksono", "Kepala Biro Hukum, Organisasi dan Tata Laksana Kementerian Sosial", None),
        ),
    ],
)
def test_post_and_region_from_the_article(text: str, expected: tuple[str, str, str | None]) -> None:
    assert _post_and_region(text) == expected


def _regions_of(raw: str) -> list[tuple[str | None, str | None, str | None]]:
    text, meta = prepare(raw)
    statements = extract(text, meta=meta, lang="id").statements
    assert statements, "no statement found"
    posts = [canonical_post(s.role, s.region) for s in statements]
    return [
        (s.speaker, post.label if post else None, post.region.name if post and post.region else None)
        for s, post in zip(statements, posts, strict=True)
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A head's post printed bare: the one region of its level the government named serves.
        (
            "Bantuan banjir disalurkan\n\nCIANJUR - Pemerintah Kabupaten Cianjur menyalurkan beras kepada"
            ' warga. "Semua warga harus menerima bantuan ini," kata Bupati Wirantaka Sudibyo, Senin.',
            [("Wirantaka Sudibyo", "Bupati", "Kabupaten Cianjur")],
        ),
        (
            'Pasar baru\n\nPemkot Pekalongan membangun pasar. "Pasar ini selesai Desember," ujar Wali Kota'
            " Haryanto Sulistyo.",
            [("Haryanto Sulistyo", "Wali Kota", "Kota Pekalongan")],
        ),
        (
            'Jalan provinsi\n\nPemprov Jabar menyiapkan anggaran. "Anggaran sudah siap," kata Gubernur'
            " Darmawan Kusumo.",
            [("Darmawan Kusumo", "Gubernur", "Jawa Barat")],
        ),
        # a province and a city of one name: each post takes the region of its own level
        (
            "Dana pasar\n\nBENGKULU - Pemerintah Provinsi Bengkulu dan Pemerintah Kota Bengkulu menata pasar."
            ' "Dana sudah siap," kata Gubernur Helmiadi Saputra. "Kami tata ulang," kata Wali Kota'
            " Rudiansyah Putra.",
            [("Helmiadi Saputra", "Gubernur", "Bengkulu"), ("Rudiansyah Putra", "Wali Kota", "Kota Bengkulu")],
        ),
        # the dateline's town, where only one regency or city bears its name
        (
            'Pelaku ditangkap\n\nMAJALENGKA - Pelaku sudah diamankan. "Kami masih memeriksa saksi," kata'
            " Kapolres AKBP Yudhistira Mahendra.",
            [("Yudhistira Mahendra", "Kapolres", "Kabupaten Majalengka")],
        ),
        # a city's police command named in a story about a city and a regency of one name
        (
            'Mudik\n\nBANDUNG - Polrestabes Bandung menyiagakan personel. "Kami siapkan 800 personel," kata'
            " Kapolrestabes Kombes Aryo Bimantoro Sakti.",
            [("Aryo Bimantoro Sakti", "Kapolrestabes", "Kota Bandung")],
        ),
        # a regional department's head and a regional parliament's leader
        (
            'Jalan rusak\n\nPemkab Ciamis memperbaiki jalan. "Perbaikan selesai bulan depan," kata Kepala'
            ' Dinas PUPR Endang Suryana. "Anggarannya sudah kami setujui," kata Ketua DPRD Nurjaman Hidayat.',
            [
                ("Endang Suryana", "Kepala Dinas PUPR", "Kabupaten Ciamis"),
                ("Nurjaman Hidayat", "Ketua DPRD", "Kabupaten Ciamis"),
            ],
        ),
        # the region the article gives the head of the same government
        (
            'Program berlanjut\n\n"Program ini berlanjut," kata Bupati Kuningan Hermawan Sastradipura. Sementara'
            ' itu, Wakil Bupati Aminudin Rosyad menambahkan, "Kami awasi pelaksanaannya."',
            [
                ("Hermawan Sastradipura", "Bupati", "Kabupaten Kuningan"),
                ("Aminudin Rosyad", "Wakil Bupati", "Kabupaten Kuningan"),
            ],
        ),
        # a district's head or police chief: the one district the story names by its level
        (
            "Longsor\n\nGARUT - Longsor menimpa rumah warga di Kecamatan Cisompet, Kabupaten Garut. Menurut"
            ' Camat Sumaryono Wiradinata, "Warga sudah kami ungsikan."',
            [("Sumaryono Wiradinata", "Camat", "Kecamatan Cisompet")],
        ),
        (
            'Pelaku ditahan\n\nPolsek Cikalong menangkap dua pelaku. "Pelaku sudah ditahan," kata Kapolsek AKP'
            " Surya Darmawangsa.",
            [("Surya Darmawangsa", "Kapolsek", "Kecamatan Cikalong")],
        ),
        (
            'Banjir\n\nBanjir melanda Kecamatan Sukaresmi dan Kecamatan Cidaun. "Air mulai surut," kata Camat'
            " Hendrayana Sukmadi.",
            [("Hendrayana Sukmadi", "Camat", None)],
        ),
        # no guess: two regencies named, or a department of the armed forces
        (
            'Kerja sama\n\nPemkab Garut dan Pemkab Tasikmalaya menandatangani kerja sama. "Kami sepakat,"'
            " kata Bupati Sutrisno Wijayanto.",
            [("Sutrisno Wijayanto", "Bupati", None)],
        ),
        (
            'Kapal dikerahkan\n\nSURABAYA - Kapal dikerahkan ke perairan. "Dua kapal sudah berangkat," kata'
            " Kepala Dinas Penerangan TNI Angkatan Laut Laksma Darsono Hadiwijaya.",
            [("Darsono Hadiwijaya", "Kepala Dinas Penerangan TNI Angkatan Laut", None)],
        ),
    ],
)
def test_a_bare_regional_post_serves_the_one_region_the_article_names(
    raw: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _regions_of(raw) == expected
