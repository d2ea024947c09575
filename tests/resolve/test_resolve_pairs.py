"""Name-variant pairs across two articles that must become one official, and pairs that must not.

All people are invented. Each case: two mentions (name, printed mention, role, region, date).
"""

from __future__ import annotations

import datetime as dt

import pytest

from quotetrack.resolve import Mention, Resolver
from quotetrack.resolve.matching import name_key

D1, D2, FAR = dt.date(2024, 5, 30), dt.date(2024, 6, 28), dt.date(2009, 3, 1)
EARLIER = dt.date(2021, 8, 2)


def _m(name, printed=None, role=None, region=None, date=D1, article="a1", ref=None):
    return Mention(name=name, mention=printed, role=role, region=region, date=date, article=article, local_ref=ref)


MERGE = [
    (
        "the region's secretary, years on its acting regent by one word of the name",
        _m("Wiryo Kartiko", "Sekda Wonosobo Ir. Wiryo Kartiko, M.T.", "Sekda", "Kabupaten Wonosobo", date=EARLIER),
        _m("Kartiko", "Pj. Bupati Wonosobo Kartiko", "Pj. Bupati", "Wonosobo", article="a2"),
    ),
    (
        "a deputy regent standing in for the regent (Plt.)",
        _m("Ngadiman", "Wakil Bupati Kebumen Ngadiman", "Wakil Bupati", "Kabupaten Kebumen"),
        _m("Ngadiman", "Plt. Bupati Kebumen Ngadiman", "Plt. Bupati", "Kabupaten Kebumen", date=D2, article="a2"),
    ),
    (
        "two full words of a name in one region, the post changed",
        _m(
            "Dwi Sulistyowati Purwadi",
            "Kepala Dinas Kesehatan Kabupaten Kebumen Dr. Dwi Sulistyowati Purwadi",
            "Kepala Dinas Kesehatan",
            "Kabupaten Kebumen",
            date=EARLIER,
        ),
        _m("Dwi Sulistyowati", "Sekda Kebumen Dwi Sulistyowati", "Sekda", "Kebumen", article="a2"),
    ),
    (
        "an English short form of the given name and the full one, same post",
        _m("Bill Hastings", "Foreign Secretary Bill Hastings", "Foreign Secretary"),
        _m("William Hastings", "Foreign Secretary William Hastings", "Foreign Secretary", date=D2, article="a2"),
    ),
    (
        "a short given name and the full one with a middle initial",
        _m("Joe Hartley", "President Joe Hartley", "President"),
        _m("Joseph R. Hartley", "President Joseph R. Hartley", "President", date=D2, article="a2"),
    ),
    (
        "an initial and the full given name, the office's short form and its spelt-out post",
        _m("Muhammad Hanif", "Kadinkes Garut Muhammad Hanif", "Kadinkes", "Garut"),
        _m(
            "M. Hanif",
            "Kepala Dinas Kesehatan Kabupaten Garut, M. Hanif",
            "Kepala Dinas Kesehatan",
            "Kabupaten Garut",
            date=D2,
            article="a2",
        ),
    ),
    (
        "the head of a dinas printed as head of its short form",
        _m("Wahyu Setiawan", "Kadisdik Jabar Wahyu Setiawan", "Kadisdik", "Jawa Barat"),
        _m(
            "Wahyu Setiawan",
            "Kepala Dinas Pendidikan Provinsi Jawa Barat Wahyu Setiawan",
            "Kepala Dinas Pendidikan",
            "Provinsi Jawa Barat",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a well-known nickname and the full name (nicknames.tsv)",
        _m("SBY", "Presiden SBY", "Presiden"),
        _m("Susilo Bambang Yudhoyono", "Presiden Susilo Bambang Yudhoyono", "Presiden", date=D2, article="a2"),
    ),
    (
        "a nickname printed with its address word",
        _m("Ahmad Heryawan", "Gubernur Jawa Barat Ahmad Heryawan", "Gubernur", "Jawa Barat"),
        _m("Kang Aher", "Kang Aher", date=D2, article="a2"),
    ),
    (
        "honorifics and acting post",
        _m("Rahmat", "Pj.Bupati Garut, Dr. Drs. Rahmat, MA.Cd", "Pj. Bupati", "Kabupaten Garut"),
        _m("Rahmat", "Penjabat Bupati Garut Rahmat", date=D2, article="a2"),
    ),
    (
        "one name, the body's short form and its long name (orgs.tsv)",
        _m("Sutarmo", "Kepala BNPB Sutarmo", "Kepala BNPB"),
        _m(
            "Sutarmo",
            "Kepala Badan Nasional Penanggulangan Bencana Sutarmo",
            "Kepala Badan Nasional Penanggulangan Bencana",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a name of Arabic origin spelled with J for Z, same post and region",
        _m(
            "Usman Zaelani",
            "Kepala Dinas Pariwisata Kabupaten Garut Usman Zaelani",
            "Kepala Dinas Pariwisata",
            "Kabupaten Garut",
        ),
        _m(
            "Usman Jaelani",
            "Kepala Dinas Pariwisata Kabupaten Garut Usman Jaelani",
            "Kepala Dinas Pariwisata",
            "Kabupaten Garut",
            date=D2,
            article="a2",
        ),
    ),
    (
        "same post, region written differently",
        _m("Sulastri Wening", "Gubernur Jawa Tengah Sulastri Wening"),
        _m("Sulastri Wening", "Gubernur Jateng Sulastri Wening", article="a2"),
    ),
    (
        "short name with the same post and region",
        _m("Abdul Karim Lubis", "Bupati Sarolangun Abdul Karim Lubis"),
        _m("Karim Lubis", "Bupati Sarolangun Karim Lubis", article="a2"),
    ),
    (
        "initial for a first name",
        _m("Muhammad Hanan Siregar", role="Menteri Kesehatan"),
        _m("M. Hanan Siregar", role="Menkes", article="a2"),
    ),
    (
        "old and new spelling with the same post",
        _m("Soedjarwo Prawiro", role="Ketua KPU"),
        _m("Sujarwo Prawiro", role="Ketua KPU", article="a2"),
    ),
    (
        "a vowel apart with post, region and time",
        _m("Imron", role="Kapolres", region="Kabupaten Karawang"),
        _m("Imran", role="Kapolres", region="Kabupaten Karawang", date=D2, article="a2"),
    ),
    (
        "bare full name joins the only official of that name",
        _m("Bayu Sasongko", "Wali Kota Solo Bayu Sasongko"),
        _m("Bayu Sasongko", "Bayu Sasongko", article="a2"),
    ),
    (
        "Wali Kota and Walikota of Solo / Surakarta",
        _m("Bayu Sasongko", "Wali Kota Solo Bayu Sasongko"),
        _m("Bayu Sasongko", "Walikota Surakarta Bayu Sasongko", article="a2"),
    ),
    (
        "form of address",
        _m("Ujang Permana", "Gubernur Jabar Ujang Permana"),
        _m("Ujang Permana", "Kang Ujang Permana", article="a2"),
    ),
    (
        "rank stripped",
        _m("Dimas Prasetyo", "Kapolres Karawang AKBP Dimas Prasetyo"),
        _m("Dimas Prasetyo", "AKBP Dimas Prasetyo", role="Kapolres", region="Karawang", article="a2"),
    ),
    (
        "full name moving from a city to a ministry; a minister's printed region is where she spoke",
        _m("Ratna Kusumawati", "Wali Kota Malang Ratna Kusumawati", date=FAR),
        _m("Ratna Kusumawati", "Menteri Sosial Ratna Kusumawati", region="Kalimantan Selatan", article="a2"),
    ),
    (
        "declared nickname",
        _m("Bambang Wiryo", "Presiden Bambang Wiryo (Bawi)"),
        _m("Bawi", "Bawi", article="a2"),
    ),
    (
        "English title and surname with the same post",
        _m("Alan Pike", "Home Secretary Alan Pike"),
        _m("Pike", "Home Secretary Mr Pike", article="a2"),
    ),
    (
        "a given name cut to its initial, the full name later with no post",
        _m("M Farid Iskandar", "Kapolda Metro Jaya Irjen M Farid Iskandar", "Kapolda", "Metro Jaya"),
        _m("Mohammad Farid Iskandar", "Inspektur Jenderal (Pol) Mohammad Farid Iskandar", date=D2, article="a2"),
    ),
    (
        "three full words of four shared, two descriptions of one expert",
        _m(
            "Tri Yudis Miko Wahyudiono",
            "Epidemiolog Universitas Indonesia Tri Yudis Miko Wahyudiono",
            "Epidemiolog",
        ),
        _m("Tri Yudis Miko", "Pakar Tri Yudis Miko", "Pakar", date=D2, article="a2"),
    ),
    (
        "the deputy of a regency, then its head, by the same full name",
        _m("Helmi Budiman", "Wakil Bupati Garut Helmi Budiman", "Wakil Bupati", "Garut"),
        _m("Helmi Budiman", "Bupati Garut Helmi Budiman", "Bupati", "Garut", date=D2, article="a2"),
    ),
    (
        "a name one letter apart, and the ministry's short form and its name spelled out",
        _m("Arief Thamrin", "Menteri BUMN Arief Thamrin", "Menteri BUMN"),
        _m(
            "Arief Tamrin",
            "Menteri Badan Usaha Milik Negara Arief Tamrin",
            "Menteri Badan Usaha Milik Negara",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a first name alone, the head of a disaster agency printed short and spelled out",
        _m("Asep Darmawan", "Kalaksa BPBD Cianjur Asep Darmawan", "Kalaksa BPBD", "Cianjur"),
        _m("Asep", "Kepala Pelaksana BPBD Cianjur Asep", "Kepala Pelaksana BPBD", "Cianjur", date=D2, article="a2"),
    ),
    (
        "a spelling variant, a district commander's post short and spelled out",
        _m("Hendra Saputra", "Dandim 0611 Garut Letkol Inf Hendra Saputra", "Dandim", "Garut"),
        _m(
            "Hendra Saputera",
            "Komandan Distrik Militer Garut Hendra Saputera",
            "Komandan Distrik Militer",
            "Garut",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a police chief posted from one regency to the next, a name of three words",
        _m("Widodo Prasetyo Utomo", "Kapolres Bantul AKBP Widodo Prasetyo Utomo", "Kapolres", "Bantul"),
        _m(
            "Widodo Prasetyo Utomo",
            "Kapolres Sleman AKBP Widodo Prasetyo Utomo",
            "Kapolres",
            "Sleman",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a name printed with and without its apostrophe",
        _m("Ma'ruf Hidayat", "Wakil Presiden Ma'ruf Hidayat", "Wakil Presiden"),
        _m("Maruf Hidayat", "Wakil Presiden Maruf Hidayat", "Wakil Presiden", date=D2, article="a2"),
    ),
    (
        "a middle name and its initial, the post printed two ways the rules do not join",
        _m(
            "Teguh Prasetyo Wibisono",
            "Kepala Perwakilan Ombudsman Jakarta Raya Teguh Prasetyo Wibisono",
            "Kepala Perwakilan Ombudsman Jakarta Raya",
        ),
        _m("Teguh P. Wibisono", "Kepala Ombudsman Teguh P. Wibisono", "Kepala Ombudsman", date=D2, article="a2"),
    ),
]

APART = [
    (
        "same single name, different region",
        _m("Rahmat", "Pj. Bupati Garut Rahmat"),
        _m("Rahmat", "Anggota DPRD Aceh Rahmat", article="a2"),
    ),
    (
        "Wakil Bupati and Bupati of one regency at one time",
        _m("Tarmo", "Bupati Garut Tarmo"),
        _m("Tarmo", "Wakil Bupati Garut Tarmo", date=D2, article="a2"),
    ),
    (
        "Wakil Bupati of one regency, Bupati of another",
        _m("Sigit Raharjo", "Bupati Garut Sigit Raharjo"),
        _m("Sigit Raharjo", "Wakil Bupati Subang Sigit Raharjo", article="a2"),
    ),
    (
        "father and son, Jr.",
        _m("Robert Hale", "Senator Robert Hale"),
        _m("Robert Hale Jr.", "Senator Robert Hale Jr.", article="a2"),
    ),
    (
        "father and son, bin",
        _m("Yusuf", "Camat Cibeber Yusuf"),
        _m("Fikri bin Yusuf", "Camat Cibeber Fikri bin Yusuf", article="a2"),
    ),
    (
        "two sons of different fathers",
        _m("Ahmad bin Salim", "Ahmad bin Salim", role="Kepala Desa"),
        _m("Ahmad bin Umar", "Ahmad bin Umar", role="Kepala Desa", article="a2"),
    ),
    (
        "fuzzy name alone",
        _m("Sutrisno Adi", "Bupati Garut Sutrisno Adi"),
        _m("Sutrisna Adi", "Sutrisna Adi", article="a2"),
    ),
    (
        "same post and region, single name, decades apart",
        _m("Yanto", "Bupati Garut Yanto", date=FAR),
        _m("Yanto", "Bupati Garut Yanto", article="a2"),
    ),
    (
        "short name alone across articles",
        _m("Abdul Karim Lubis", "Bupati Sarolangun Abdul Karim Lubis"),
        _m("Karim", "Karim", article="a2"),
    ),
    (
        "two words of a longer name, another post",
        _m("Budi Santosa", "Kepala Dinas Pendidikan Budi Santosa", "Kepala Dinas Pendidikan"),
        _m("Budi Santosa Wijaya", "Direktur PT Sinar Budi Santosa Wijaya", "Direktur", article="a2"),
    ),
    (
        "same full name, same post, different region",
        _m("Budi Santosa", "Bupati Garut Budi Santosa"),
        _m("Budi Santosa", "Bupati Subang Budi Santosa", article="a2"),
    ),
    (
        "an elected head of one regency and a namesake heading another (heads do not move)",
        _m("Rudy Gunawan Saputra", "Bupati Garut Rudy Gunawan Saputra", "Bupati", "Garut"),
        _m("Rudy Gunawan Saputra", "Bupati Tasikmalaya Rudy Gunawan Saputra", "Bupati", "Tasikmalaya", article="a2"),
    ),
    (
        "the same appointed post in two regions, a name of two words",
        _m("Agus Salim", "Kajari Cirebon Agus Salim", "Kajari", "Kabupaten Cirebon"),
        _m("Agus Salim", "Kajari Kuningan Agus Salim", "Kajari", "Kuningan", date=D2, article="a2"),
    ),
    # A member of the public and an office holder of one name (laypersons.txt)
    (
        "a trader and the regency's disaster chief",
        _m("Asep Sukmana", "Kepala Pelaksana BPBD Garut Asep Sukmana", "Kepala Pelaksana BPBD", "Kabupaten Garut"),
        _m("Asep Sukmana", "Asep Sukmana, pedagang sayur di Pasar Baru", "pedagang sayur", date=D2, article="a2"),
    ),
    (
        "a resident and the city's mayor",
        _m("Tom Baker", "Mayor Tom Baker", "Mayor", "Leeds"),
        _m("Tom Baker", "Tom Baker, a resident of Leeds", "a resident of Leeds", article="a2"),
    ),
    (
        "an occupation printed only in the mention, with an age",
        _m("Andi Pratama", "Wakil Gubernur Sulsel Andi Pratama", "Wakil Gubernur", "Sulawesi Selatan"),
        _m("Andi Pratama", "Andi Pratama (38), pedagang ayam di Pasar Terong", article="a2"),
    ),
    (
        "a shop owner and a minister sharing two words of a name",
        _m("Hendra Saputro Wibowo", "Menteri Perdagangan Hendra Saputro Wibowo", "Menteri Perdagangan"),
        _m("Hendra Saputro", "pemilik toko kelontong, Hendra Saputro", "pemilik toko kelontong", article="a2"),
    ),
    (
        "a short form that stands for two names is no such evidence",
        _m("Chris Lowry", "Councillor Chris Lowry", "Councillor"),
        _m("Christine Lowry", "Christine Lowry, a shop owner", "shop owner", date=D2, article="a2"),
    ),
    (
        "a resident and the mayor of one name, quoted in one article",
        _m("Dewi Lestari", "Wali Kota Sukamaju Dewi Lestari", "Wali Kota", "Sukamaju", ref=0),
        _m("Dewi Lestari", "Dewi Lestari, warga Kelurahan Cempaka", "warga Kelurahan Cempaka", ref=1),
    ),
    (
        "a shop owner and the mayor of one name, quoted in one article",
        _m("Jane Porter", "Jane Porter, a shop owner on the high street", "shop owner", ref=0),
        _m("Jane Porter", "Mayor Jane Porter", "Mayor", "Leeds", ref=1),
    ),
    (
        "a governor and a city councillor of one name in one article, read as one person",
        _m("Harsa Dirgantoro", "Gubernur Sulawesi Tenggara Harsa Dirgantoro", "Gubernur", "Sulawesi Tenggara", ref=0),
        _m("Harsa Dirgantoro", "anggota DPRD Kota Kendari Harsa Dirgantoro", "Anggota DPRD", "Kota Kendari", ref=0),
    ),
    (
        "a regent and the speaker of the province's council of one name in one article",
        _m("Ponirin Wagiman", "Ketua DPRD Provinsi Jawa Tengah Ponirin Wagiman", "Ketua DPRD", "Jawa Tengah", ref=0),
        _m("Ponirin Wagiman", "Bupati Blora Ponirin Wagiman", "Bupati", "Kabupaten Blora", ref=0),
    ),
    (
        "one word of a name, two definitive posts of one regency",
        _m("Purwadi", "Kepala Dinas Kesehatan Kebumen Purwadi", "Kepala Dinas Kesehatan", "Kabupaten Kebumen"),
        _m(
            "Purwadi Kartiko",
            "Kepala Dinas PUPR Kebumen Purwadi Kartiko",
            "Kepala Dinas PUPR",
            "Kabupaten Kebumen",
            date=D2,
            article="a2",
        ),
    ),
    (
        "a regent and a member of a commission of the DPR of one name in one article",
        _m("Lasmini Kartono", "Bupati Klaten Lasmini Kartono", "Bupati", "Kabupaten Klaten", ref=0),
        _m("Lasmini Kartono", "Anggota Komisi IV DPR RI Lasmini Kartono", "Anggota Komisi IV DPR RI", ref=0),
    ),
    (
        "a mayor and a deputy speaker of the city's council of one name in one article",
        _m("Lasmini Kartono", "Wali Kota Binjai Lasmini Kartono", "Wali Kota", "Kota Binjai", ref=0),
        _m("Lasmini Kartono", "Wakil Ketua DPRD Kota Binjai Lasmini Kartono", "Wakil Ketua DPRD", "Kota Binjai", ref=0),
    ),
    (
        "an initial with one full word is no such evidence",
        _m("Budi S.", "Kepala Desa Budi S.", "Kepala Desa", "Sukamaju"),
        _m("Budi Santoso", "Pengamat Budi Santoso", "Pengamat", article="a2"),
    ),
]


# Nickname rows use entries of nicknames.tsv (well-known nicknames of national figures, who
# appear in no development article).
def _cases(rows: list) -> list:
    return [pytest.param(*row, id=row[0]) for row in rows]


@pytest.mark.parametrize(("case", "first", "second"), _cases(MERGE))
def test_must_merge(case, first, second):
    resolver = Resolver()
    a, b = resolver.resolve_all([first, second])
    assert a.official_key == b.official_key, case
    assert not b.created


@pytest.mark.parametrize(("case", "first", "second"), APART, ids=[c[0] for c in APART])
def test_must_stay_apart(case, first, second):
    resolver = Resolver()
    a, b = resolver.resolve_all([first, second])
    assert a.official_key != b.official_key, case


ONE_PERSON_IN_ONE_ARTICLE = [
    (
        "a deputy speaker and a commission's chair of one council",
        _m("Lasmini Kartono", "Wakil Ketua DPRD Kota Binjai Lasmini Kartono", "Wakil Ketua DPRD", "Kota Binjai", ref=0),
        _m("Lasmini Kartono", "Ketua Komisi II DPRD Binjai Lasmini Kartono", "Ketua Komisi II DPRD", "Binjai", ref=0),
    ),
    (
        "the council's speaker, the regent-elect",
        _m("Kusnadi Ratmoko", "Ketua DPRD Kabupaten Brebes Kusnadi Ratmoko", "Ketua DPRD", "Kabupaten Brebes", ref=0),
        _m("Kusnadi Ratmoko", "Bupati terpilih Brebes Kusnadi Ratmoko", "Bupati terpilih", "Brebes", ref=0),
    ),
    (
        "the speaker and a member of one council",
        _m("Kusnadi Ratmoko", "Ketua DPRD Kabupaten Brebes Kusnadi Ratmoko", "Ketua DPRD", "Kabupaten Brebes", ref=0),
        _m("Kusnadi Ratmoko", "anggota DPRD Brebes Kusnadi Ratmoko", "Anggota DPRD", "Brebes", ref=0),
    ),
    (
        "a regent who chairs his party's branch",
        _m("Nurbaya Karsidi", "Bupati Brebes Nurbaya Karsidi", "Bupati", "Kabupaten Brebes", ref=0),
        _m("Nurbaya Karsidi", "Ketua DPC PDIP Brebes Nurbaya Karsidi", "Ketua DPC PDIP", "Brebes", ref=0),
    ),
    (
        "an acting regent who keeps his post at the province",
        _m("Sutarjo Lembayung", "Pj. Bupati Tegal Sutarjo Lembayung", "Pj. Bupati", "Kabupaten Tegal", ref=0),
        _m(
            "Sutarjo Lembayung",
            "Kepala Dinas PUPR Jawa Tengah Sutarjo Lembayung",
            "Kepala Dinas PUPR",
            "Jawa Tengah",
            ref=0,
        ),
    ),
]


@pytest.mark.parametrize(("case", "first", "second"), _cases(ONE_PERSON_IN_ONE_ARTICLE))
def test_one_person_s_posts_in_one_article_stay_one_official(case, first, second):
    a, b = Resolver().resolve_all([first, second])
    assert a.official_key == b.official_key, case


def test_a_mention_without_a_post_goes_with_the_office_holder_named_before_it():
    governor, councillor, bare = Resolver().resolve_all(
        [
            _m(
                "Harsa Dirgantoro",
                "Gubernur Sulawesi Tenggara Harsa Dirgantoro",
                "Gubernur",
                "Sulawesi Tenggara",
                ref=0,
            ),
            _m("Harsa Dirgantoro", "anggota DPRD Kota Kendari Harsa Dirgantoro", "Anggota DPRD", "Kota Kendari", ref=0),
            # (extraction carried the first holder's post over to the name printed alone)
            _m("Harsa Dirgantoro", "Harsa Dirgantoro", "Gubernur", "Sulawesi Tenggara", ref=0),
        ]
    )
    assert governor.official_key != councillor.official_key
    assert bare.official_key == councillor.official_key


@pytest.mark.parametrize(("case", "first", "second"), _cases(MERGE))
def test_merge_holds_one_mention_at_a_time(case, first, second):
    resolver = Resolver()
    assert resolver.resolve(first).official_key == resolver.resolve(second).official_key


def test_short_name_joins_the_full_name_of_its_article():
    a, b, c = Resolver().resolve_all(
        [
            _m("Abdul Karim Lubis", "Bupati Sarolangun Abdul Karim Lubis"),
            _m("Karim", "Karim"),
            _m("Karim", "Karim", article="a2"),
        ]
    )
    assert a.official_key == b.official_key
    assert c.official_key != a.official_key


def test_short_name_shared_by_two_full_names_stays_alone():
    a, b, c = Resolver().resolve_all(
        [
            _m("Agus Salim Harahap", "Agus Salim Harahap"),
            _m("Agus Wirawan", "Agus Wirawan"),
            _m("Agus", "Agus"),
        ]
    )
    assert c.official_key not in (a.official_key, b.official_key)


def test_ambiguous_bare_name_is_new_and_suggested():
    resolver = Resolver()
    first, second, bare = resolver.resolve_all(
        [
            _m("Rahmat", "Pj. Bupati Garut Rahmat"),
            _m("Rahmat", "Anggota DPRD Aceh Rahmat", article="a2"),
            _m("Rahmat", "Rahmat", article="a3"),
        ]
    )
    assert bare.created and bare.official_key not in (first.official_key, second.official_key)
    pairs = {frozenset((s.a, s.b)) for s in resolver.suggestions()}
    assert frozenset((bare.official_key, first.official_key)) in pairs
    assert frozenset((bare.official_key, second.official_key)) in pairs


def test_bare_full_name_joins_the_only_candidate():
    resolver = Resolver()
    first, bare = resolver.resolve_all(
        [
            _m("Rahmat Wibisono", "Pj. Bupati Garut Rahmat Wibisono"),
            _m("Rahmat Wibisono", "Dr. Rahmat Wibisono", article="a2"),
        ]
    )
    assert bare.official_key == first.official_key and bare.matched_on == "exact+unknown"


def test_bare_one_word_name_is_suggested_not_joined():
    """One word of a name and nothing else ("kata Rahmat" of a trader) is no evidence that the
    speaker is the only official of that name: a new entry, and the pair queued for an editor."""
    resolver = Resolver()
    first, bare = resolver.resolve_all(
        [_m("Rahmat", "Pj. Bupati Garut Rahmat"), _m("Rahmat", "Dr. Rahmat", article="a2")]
    )
    assert bare.created and bare.official_key != first.official_key
    assert {frozenset((s.a, s.b)) for s in resolver.suggestions()} == {
        frozenset((bare.official_key, first.official_key))
    }


def test_merged_official_keeps_names_and_fullest_display_name():
    resolver = Resolver()
    a, _ = resolver.resolve_all(
        [
            _m("Karim Lubis", "Bupati Sarolangun Karim Lubis"),
            _m("Abdul Karim Lubis", "Bupati Sarolangun H. Abdul Karim Lubis", article="a2"),
        ]
    )
    official = resolver.official(a.official_key)
    assert official is not None
    assert official.name == "Abdul Karim Lubis"
    assert "Karim Lubis" in official.aliases
    assert official.prefix == "H."


def test_seeded_official_is_found():
    from quotetrack.resolve import MembershipRecord, OfficialRecord

    resolver = Resolver()
    resolver.add_official(
        OfficialRecord(
            key="17",
            name="Dr. Rahmat",
            aliases=("Kang Rahmat",),
            memberships=(MembershipRecord("Bupati", "Kabupaten Garut", appointment="acting", start=D1, end=D1),),
        )
    )
    res = resolver.resolve(_m("Rahmat", "Pj. Bupati Garut Rahmat", date=D2))
    assert (res.official_key, res.created) == ("17", False)
    assert len(resolver) == 1


def test_clipped_nickname_joins_its_full_name_within_an_article():
    full, nick = Resolver().resolve_all(
        [
            _m("Hasanuddin Lubis", "Ketua KPU Hasanuddin Lubis"),
            _m("Hasan", "Hasan"),
        ]
    )
    assert full.official_key == nick.official_key


def test_clipped_nickname_shared_by_two_names_stays_alone():
    a, b, nick = Resolver().resolve_all(
        [
            _m("Hasanuddin Lubis", "Hasanuddin Lubis"),
            _m("Hasanah Putri", "Hasanah Putri"),
            _m("Hasan", "Hasan"),
        ]
    )
    assert nick.official_key not in (a.official_key, b.official_key)


def test_a_post_word_given_as_the_name_yields_to_the_printed_name():
    first, second = Resolver().resolve_all(
        [
            _m("Polhukam", "Menko Polhukam, Darmawan Sigit"),
            _m("Darmawan Sigit", "Darmawan Sigit", article="a2"),
        ]
    )
    assert first.official_key == second.official_key


def test_crowded_name_links_by_region():
    from quotetrack.resolve import MembershipRecord, OfficialRecord

    resolver = Resolver()
    for i in range(60):
        membership = MembershipRecord("Camat", f"Kecamatan Desa{i}", start=D1, end=D1)
        resolver.add_official(OfficialRecord(key=f"c{i}", name="Suparno", memberships=(membership,)))
    resolver.add_official(
        OfficialRecord(
            key="bupati",
            name="Suparno",
            memberships=(MembershipRecord("Bupati", "Kabupaten Garut", start=D1, end=D1),),
        )
    )
    assert resolver.resolve(_m("Suparno", "Bupati Garut Suparno", date=D2)).official_key == "bupati"
    bare = resolver.resolve(_m("Suparno", "Suparno", article="a9"))
    assert bare.created  # sixty-one candidates: a bare name cannot pick one
    assert any(bare.official_key in (s.a, s.b) for s in resolver.suggestions())


def test_two_people_one_article_names_apart_never_share_an_official() -> None:
    resolver = Resolver()
    first = resolver.resolve_all([_m("Hendra Wijaya", "Bupati Tegal Hendra Wijaya", "Bupati", "Kabupaten Tegal")])
    # A second article names the bupati in full and, as another person, a "Hendra" with no post.
    second = resolver.resolve_all(
        [
            _m("Hendra Wijaya", "Bupati Tegal Hendra Wijaya", "Bupati", "Kabupaten Tegal", article="a2", ref=0),
            _m("Hendra", "Hendra", article="a2", ref=1),
        ]
    )
    assert second[0].official_key == first[0].official_key
    assert second[1].official_key != second[0].official_key


def test_a_well_known_nickname_is_its_person_even_when_extraction_told_them_apart() -> None:
    # Extraction reads "Gubernur DKI Jakarta Basuki Tjahaja Purnama" and "Ahok" as two people (it
    # knows no such nicknames); read, both are one official.
    full, nick = Resolver().resolve_all(
        [
            _m("Basuki Tjahaja Purnama", "Gubernur DKI Jakarta Basuki Tjahaja Purnama", "Gubernur", ref=0),
            _m("Ahok", "Ahok", ref=1),
        ]
    )
    assert full.official_key == nick.official_key


def test_a_regional_secretary_of_a_province_printed_two_ways_is_one_official() -> None:
    # "Sekretaris Kota" is a city's Sekretaris Daerah; that does not make every Sekretaris
    # Daerah a city's: "DI Yogyakarta" and "DIY" are one province.
    resolver = Resolver()
    first = resolver.resolve(
        _m("Bambang Priyanto", "Sekda DI Yogyakarta Bambang Priyanto", "Sekretaris Daerah", "DI Yogyakarta")
    )
    second = resolver.resolve(
        _m("Bambang Priyanto", "Sekda DIY Bambang Priyanto", "Sekretaris Daerah", "DIY", date=D2, article="a2")
    )
    assert first.official_key == second.official_key


def test_a_name_that_opens_its_mention_is_kept_over_a_place_after_it() -> None:
    resolver = Resolver()
    (minuk,) = resolver.resolve_all([_m("Minuk", "Minuk (28), warga Grogol Petamburan, Jakarta Barat, misalnya")])
    record = resolver.official(minuk.official_key)
    assert record is not None and record.name == "Minuk"


def test_an_american_legislator_s_party_and_state_do_not_keep_two_articles_apart() -> None:
    resolver = Resolver()
    (a,) = resolver.resolve_all([_m("Lindsey Graham", "Lindsey Graham")])
    printed = "Sen. Lindsey Graham, R-S.C."
    (b,) = resolver.resolve_all([_m("Lindsey Graham", printed, "Senator", "South Carolina", date=D2, article="a2")])
    assert a.official_key == b.official_key


def test_an_article_giving_two_posts_meets_the_official_by_either() -> None:
    """ "Wali Kota sekaligus Ketua Satgas Raka Satria": the group shows the task force's post, but
    the mayor known from before is the same person by the other."""
    resolver = Resolver()
    mayor = _m("Dimas Arya Sugiarto", "Wali Kota Bogor Dimas Arya Sugiarto", "Wali Kota", "Bogor")
    both = [
        _m("Dimas Arya", "Wali Kota Dimas Arya", "Wali Kota", date=D2, article="a2", ref=1),
        _m(
            "Dimas Arya",
            "Ketua Satuan Tugas Penanganan Covid-19 Dimas Arya",
            "Ketua Satuan Tugas Penanganan Covid-19",
            date=D2,
            article="a2",
            ref=1,
        ),
    ]
    first, *second = resolver.resolve_all([mayor, *both])
    assert {r.official_key for r in second} == {first.official_key}


def test_a_place_after_the_post_is_never_the_official_s_name() -> None:
    """ "Sementara itu, Mundari, Camat Cilandak, Jakarta Selatan": the registry keeps the name
    extraction gave, not the place the printed words end with."""
    from quotetrack.resolve.grouping import read_mention

    reading = read_mention(
        _m("Mundari", "Sementara itu, Mundari, Camat Cilandak, Jakarta Selatan", "Camat", "Cilandak")
    )
    assert reading.parsed.name == "Mundari"


def test_a_member_of_the_public_met_first_is_no_office_holder_later():
    """Resolved one at a time, the trader first: the official who comes later is another person,
    left as a suggestion for an editor."""
    resolver = Resolver()
    trader = resolver.resolve(_m("Siti Aminah", "Siti Aminah, pedagang sayur di Pasar Baru", "pedagang sayur"))
    chief = resolver.resolve(
        _m(
            "Siti Aminah",
            "Kepala Dinas Perdagangan Garut Siti Aminah",
            "Kepala Dinas Perdagangan",
            "Garut",
            date=D2,
            article="a2",
        )
    )
    assert trader.official_key != chief.official_key and chief.created
    assert {(s.a, s.b) for s in resolver.suggestions()} & {
        (trader.official_key, chief.official_key),
        (chief.official_key, trader.official_key),
    }


def test_a_short_given_name_printed_again_in_full_in_one_article_is_one_person():
    resolver = Resolver()
    a, b = resolver.resolve_all(
        [_m("Bob Carver", "Senator Bob Carver", "Senator", ref=0), _m("Robert Carver", "Robert Carver", ref=1)]
    )
    assert a.official_key == b.official_key


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Bill Hastings", "William Hastings", True),
        ("Joe Hartley", "Joseph Hartley", True),
        ("Hastings Bill", "Hastings William", False),  # a surname, not a given name
        ("Chris Lowry", "Christopher Lowry", False),  # "Chris" may be Christine too
    ],
)
def test_english_short_forms_of_a_given_name(short, full, same):
    assert (name_key(short).tokens == name_key(full).tokens) is same


SLIPS = [
    ("two neighbouring letters swapped in a short name", "Suryatmo", "Suryamto"),
    ("one name printed as one word or two", "Sriwahyuni", "Sri Wahyuni"),
]


@pytest.mark.parametrize(("case", "first", "second"), SLIPS, ids=[c[0] for c in SLIPS])
def test_a_slip_of_the_pen_with_the_same_post_and_region_is_suggested(case, first, second):
    resolver = Resolver()
    kadis = ("Kepala Dinas Kesehatan", "Kabupaten Garut")
    a, b = resolver.resolve_all(
        [_m(first, f"Kepala Dinas Kesehatan Garut {first}", *kadis), _m(second, second, *kadis, date=D2, article="a2")]
    )
    assert a.official_key != b.official_key, case
    assert [({s.a, s.b}, s.reason) for s in resolver.suggestions()] == [
        ({a.official_key, b.official_key}, "variant+same")
    ], case


@pytest.mark.parametrize(("case", "first", "second"), SLIPS, ids=[c[0] for c in SLIPS])
@pytest.mark.parametrize("where", [("Kepala Dinas PU", "Kabupaten Garut"), ("Kepala Dinas Kesehatan", "Ciamis")])
def test_a_slip_of_the_pen_with_another_post_or_region_is_nothing(case, first, second, where):
    resolver = Resolver()
    a, b = resolver.resolve_all(
        [
            _m(first, first, "Kepala Dinas Kesehatan", "Kabupaten Garut"),
            _m(second, second, *where, date=D2, article="a2"),
        ]
    )
    assert a.official_key != b.official_key and not resolver.suggestions(), case


def test_letters_swapped_in_a_long_name_are_found_and_weighed_as_a_spelling():
    # ("Kurniyatno" and "Kurniyanto" share no spelling skeleton, so neither was a candidate of the
    # other; close enough, with the same post and region they are one person, as "Syamsul" and
    # "Samsul" are)
    a, b = Resolver().resolve_all(
        [
            _m("Kurniyatno", "Kapolres Cilacap AKBP Kurniyatno", "Kapolres", "Kabupaten Cilacap"),
            _m(
                "Kurniyanto", "Kapolres Cilacap AKBP Kurniyanto", "Kapolres", "Kabupaten Cilacap", date=D2, article="a2"
            ),
        ]
    )
    assert a.official_key == b.official_key and b.matched_on == "fuzzy+same"


def test_the_official_of_the_very_name_wins_over_one_spelled_a_letter_apart():
    resolver = Resolver()
    madiun = "Kota Madiun"
    (task_force,) = resolver.resolve_all([_m("Bayu Kurniyanto", "Bayu Kurniyanto", "Wakil Sekretaris Satgas", madiun)])
    (misspelt,) = resolver.resolve_all(
        [_m("Bayu Kurniyatno", "Bayu Kurniyatno", "Kepala Dinas Sosial", madiun, article="a2")]
    )
    assert misspelt.official_key != task_force.official_key
    (later,) = resolver.resolve_all(
        [_m("Bayu Kurniyanto", "Bayu Kurniyanto", "Kepala Dinas Sosial", madiun, date=D2, article="a3")]
    )
    assert later.official_key == task_force.official_key
