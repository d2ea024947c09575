"""Names, posts and regions as printed -> parsed values (invented people throughout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.resolve import load_region_table, normalize_region, parse_name, parse_role
from quotetrack.resolve.matching import name_key, name_relation
from quotetrack.resolve.model import Region
from quotetrack.resolve.posts import post_key
from quotetrack.resolve.regions import province_of

GAZETTEER = Path(__file__).resolve().parents[2].parent / "shared" / "gazetteer" / "wilayah.csv"


@pytest.mark.parametrize(
    ("text", "name", "prefix", "suffix", "role", "region"),
    [
        ("Pj.Bupati Garut, Dr. Drs. Rahmat, MA.Cd", "Rahmat", "Dr. Drs.", "MA.Cd", "Pj. Bupati", "Kabupaten Garut"),
        ("PJ. Bupati Garut, Dr. Rahmat", "Rahmat", "Dr.", "", "Pj. Bupati", "Kabupaten Garut"),
        ("Dr. Rahmat", "Rahmat", "Dr.", "", None, None),
        ("Penjabat Bupati Garut Rahmat", "Rahmat", "", "", "Pj. Bupati", "Kabupaten Garut"),
        ("Gubernur Jawa Tengah Sulastri Wening", "Sulastri Wening", "", "", "Gubernur", "Jawa Tengah"),
        ("Kapolres Karawang AKBP Dimas Prasetyo", "Dimas Prasetyo", "AKBP", "", "Kapolres", "Kabupaten Karawang"),
        ("Wali Kota Solo, Bayu Sasongko", "Bayu Sasongko", "", "", "Wali Kota", "Kota Surakarta"),
        ("H. Sunarto Wibisono, S.H., M.Si.", "Sunarto Wibisono", "H.", "S.H., M.Si.", None, None),
        ("Sri Sultan Hamengku Laras", "Hamengku Laras", "Sri Sultan", "", None, None),
        ("Anggota DPRD Aceh Rahmat", "Rahmat", "", "", "Anggota DPRD", "Aceh"),
        ("KetuaKPUNurhadi Saleh", "Nurhadi Saleh", "", "", "Ketua KPU", None),
        ("Plt Kepala Dinas Kesehatan Warsito Adi", "Warsito Adi", "", "", "Plt. Kepala Dinas Kesehatan", None),
        ("Bupati Tarmo", "Tarmo", "", "", "Bupati", None),
        ("Mayor Peter van Dorn", "Peter van Dorn", "", "", "Mayor", None),
        ("The chairman of the Rowing Council, Alan Pike QC", "Alan Pike", "", "QC", "Chairman Rowing Council", None),
        ("Ms Pike", "Pike", "", "", None, None),
        ("Ia", "", "", "", None, None),
        (
            "Ketua Gugus Tugas Penanganan Covid-19 Baskara Lintang",
            "Baskara Lintang",
            "",
            "",
            "Ketua Gugus Tugas Penanganan Covid-19",
            None,
        ),
        (
            "Kabid Humas Polda Metro Jaya Komisaris Besar Seno Aji",
            "Seno Aji",
            "Komisaris Besar",
            "",
            "Kabid Humas Polda",
            "Daerah Khusus Ibukota Jakarta",  # Jakarta's police command
        ),
        (
            "Kepala Divisi Humas Polri Inspektur Jenderal Seno Aji di Jakarta",
            "Seno Aji",
            "Inspektur Jenderal",
            "",
            "Kepala Divisi Humas Polri",
            None,
        ),
        (
            "Sebelumnya, Menteri Koordinator Bidang Perekonomian Tirta Wening",
            "Tirta Wening",
            "",
            "",
            "Menteri Koordinator Bidang Perekonomian",
            None,
        ),
        ("dr. Laksmi Hapsari", "Laksmi Hapsari", "dr.", "", None, None),
        (
            "Sebelumnya, dalam diskusi daring, Jumat (1/5/2020), Menteri Keuangan Tirta Wening",
            "Tirta Wening",
            "",
            "",
            "Menteri Keuangan",
            None,
        ),
        ("Sebelumnya, Ketua Umum PMX Tirta Wening", "Tirta Wening", "", "", "Ketua Umum PMX", None),
        ("Tirta Wening, Gubernur Bali", "Tirta Wening", "", "", "Gubernur", "Bali"),
        ("Wali Kota Bogor Mawar Sari dalam keterangan tertulisnya", "Mawar Sari", "", "", "Wali Kota", "Kota Bogor"),
        ("Mantan anggota DPR RI ini", "", "", "", None, None),  # a former post is not held
    ],
)
def test_parse_name(text, name, prefix, suffix, role, region):
    parsed = parse_name(text)
    assert (parsed.name, parsed.prefix, parsed.suffix, parsed.role, parsed.region) == (
        name,
        prefix,
        suffix,
        role,
        region,
    )


@pytest.mark.parametrize(
    ("text", "generation", "patronym", "aliases"),
    [
        ("Hendra Wijaya Jr.", "Jr.", None, ()),
        ("Fikri bin Salim", None, "Salim", ()),
        ("Kang Ujang", None, None, ("Kang Ujang",)),
        ('Dadang "KDW" Wiratmaja', None, None, ("KDW",)),
        ("Presiden Bambang Wiryo (Bawi)", None, None, ("Bawi",)),
        ("Gubernur Jawa Timur (Jatim) Sulastri Wening", None, None, ()),
        ("Bupati Purwakarta Dadang Wiratmaja alias Kang Dadang", None, None, ("Kang Dadang",)),
        ("Hendra Wijaya, yang akrab disapa Ihen", None, None, ("Ihen",)),
        # an American legislator's party and state: neither name nor nickname
        ("Sen. Lindsey Graham, R-S.C.", None, None, ()),
        ("Sen. Bob Corker (R-Tenn.)", None, None, ()),
    ],
)
def test_parse_name_keeps_generation_patronym_and_nicknames(text, generation, patronym, aliases):
    parsed = parse_name(text)
    assert (parsed.generation, parsed.patronym, parsed.aliases) == (generation, patronym, aliases)


@pytest.mark.parametrize(
    ("text", "post", "appointment", "region", "level", "org"),
    [
        ("Pj. Bupati Subang", "Bupati", "acting", "Kabupaten Subang", "kabupaten", None),
        ("Penjabat Bupati Subang", "Bupati", "acting", "Kabupaten Subang", "kabupaten", None),
        ("Plt. Wali Kota Bogor", "Wali Kota", "caretaker", "Kota Bogor", "kota", None),
        (
            "Plh Sekda Kabupaten Bandung Barat",
            "Sekretaris Daerah",
            "daily",
            "Kabupaten Bandung Barat",
            "kabupaten",
            None,
        ),
        ("Walikota Solo", "Wali Kota", "definitive", "Kota Surakarta", "kota", None),
        ("Gubernur Jabar", "Gubernur", "definitive", "Jawa Barat", "provinsi", None),
        ("Wakil Bupati Garut", "Wakil Bupati", "definitive", "Kabupaten Garut", "kabupaten", None),
        ("Kapolda Jatim", "Kapolda", "definitive", "Jawa Timur", "provinsi", None),
        ("Ketua KPU", "Ketua", "definitive", None, None, "KPU"),
        ("Anggota Bawaslu", "Anggota", "definitive", None, None, "Bawaslu"),
        ("Komisioner Komisi Pemilihan Umum (KPU)", "Komisioner", "definitive", None, None, "KPU"),
        ("Anggota DPRD Aceh", "Anggota", "definitive", "Aceh", "provinsi", "DPRD"),
        # a regency's short form
        ("Kapolres Tanjab Barat", "Kapolres", "definitive", "Kabupaten Tanjung Jabung Barat", "kabupaten", None),
        # A legislator's faction follows the body and its region, and names neither.
        (
            "Ketua DPRD Jawa Barat dari Fraksi Gerindra",
            "Ketua",
            "definitive",
            "Jawa Barat",
            "provinsi",
            "DPRD",
        ),
        ("Anggota DPRD Jabar Fraksi Golkar", "Anggota", "definitive", "Jawa Barat", "provinsi", "DPRD"),
        ("Ketua DPD Partai Demokrat Aceh", "Ketua", "definitive", "Aceh", "provinsi", "DPD Partai Demokrat"),
        # a party's board named by the party alone, not the Senate (DPD)
        ("Ketua DPD PDIP Jawa Tengah", "Ketua", "definitive", "Jawa Tengah", "provinsi", "DPD PDIP"),
        ("Sekretaris DPD PDI Perjuangan Bali", "Sekretaris", "definitive", "Bali", "provinsi", "DPD PDI Perjuangan"),
        ("Ketua DPD Gerindra Jatim", "Ketua", "definitive", "Jawa Timur", "provinsi", "DPD Gerindra"),
        ("Ketua DPD RI", "Ketua", "definitive", None, None, "DPD"),
        ("Mendagri", "Menteri Dalam Negeri", "definitive", None, None, None),
        ("Menteri Dalam Negeri", "Menteri Dalam Negeri", "definitive", None, None, None),
        ("Menkes", "Menteri Kesehatan", "definitive", None, None, None),
        ("Presiden", "Presiden", "definitive", None, None, None),
        ("Gov.", "Governor", "definitive", None, None, None),
        ("Trade and Industry Secretary", "Secretary", "definitive", None, None, "Trade and Industry"),
        ("His party leader", "Leader", "definitive", None, None, None),  # whose post it is: no part of it
        # a district's head printed in full is its Camat; a ministry's officer for a faith community
        ("Kepala Kecamatan Sungai Loban", "Camat", "definitive", "Kecamatan Sungai Loban", "kecamatan", None),
        (
            "Pembimas Katolik Kanwil Kemenag DKI Jakarta",
            "Pembimbing Masyarakat",
            "definitive",
            "Daerah Khusus Ibukota Jakarta",
            "provinsi",
            "Katolik Kanwil Kemenag",
        ),
    ],
)
def test_parse_role(text, post, appointment, region, level, org):
    role = parse_role(text)
    assert role is not None
    assert (role.post, role.appointment, role.region_name, role.region_level, role.org) == (
        post,
        appointment,
        region,
        level,
        org,
    )
    assert role.acting == (appointment != "definitive")


def test_parse_role_without_a_post():
    assert parse_role("warga setempat") is None


@pytest.mark.parametrize(
    ("text", "hint", "name", "level"),
    [
        ("Kab. Subang", None, "Kabupaten Subang", "kabupaten"),
        ("Kabupaten Subang", None, "Kabupaten Subang", "kabupaten"),
        ("Subang", "kabupaten", "Kabupaten Subang", "kabupaten"),
        ("Kota Solo", None, "Kota Surakarta", "kota"),
        # the police name a city after it; "Lima Puluh Kota" is a regency's own name
        ("Tasikmalaya Kota", "kabupaten", "Kota Tasikmalaya", "kota"),
        ("Lima Puluh Kota", "kabupaten", "Kabupaten Lima Puluh Kota", "kabupaten"),
        ("Solo", "kota", "Kota Surakarta", "kota"),
        ("Provinsi Riau", None, "Riau", "provinsi"),
        ("Jabar", None, "Jawa Barat", "provinsi"),
        ("Bengkulu", "kota", "Kota Bengkulu", "kota"),
        ("Scotland", None, "Scotland", None),
        # The shipped list of kabupaten and kota knows the level when a name has one only,
        # and other spellings and short forms of the names.
        ("Mahakam Ulu", None, "Kabupaten Mahakam Ulu", "kabupaten"),
        ("Gunung Kidul", None, "Kabupaten Gunungkidul", "kabupaten"),
        ("Kukar", None, "Kabupaten Kutai Kartanegara", "kabupaten"),
        ("Bogor", None, "Bogor", None),  # a kabupaten and a kota: the post must say which
        ("Bogor", "kota", "Kota Bogor", "kota"),
        ("Kota Administrasi Jakarta Selatan", None, "Kota Administrasi Jakarta Selatan", "kota"),
        # A post's hint never makes a regency of a place no table knows ("Kapolres Belawan").
        ("Belawan", "kabupaten", "Belawan", None),
        ("Kabupaten Belawan", None, "Kabupaten Belawan", "kabupaten"),  # printed so: as printed
    ],
)
def test_normalize_region(text, hint, name, level):
    region = normalize_region(text, hint)
    assert region is not None
    assert (region.name, region.level) == (name, level)


@pytest.mark.skipif(not GAZETTEER.is_file(), reason="../shared/gazetteer is absent")
def test_region_table_gives_codes():
    table = load_region_table(GAZETTEER)
    region = normalize_region("Subang", "kabupaten", table)
    assert region is not None and region.code is not None and region.name == "Kabupaten Subang"
    role = parse_role("Bupati Aceh Selatan", table)
    assert role is not None and role.region_name == "Kabupaten Aceh Selatan"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Kepala Pusat Penerangan Hukum Kejaksaan Agung Leo Simanjuntak", "Leo Simanjuntak"),
        ("Jaksa Agung Sanitiar Wibowo", "Sanitiar Wibowo"),
        ("Agung Pranadipa", "Agung Pranadipa"),
        ("Kepala Dinas Agung Santoso", "Agung Santoso"),
    ],
)
def test_agung_is_a_given_name_except_where_it_completes_a_body(printed: str, name: str) -> None:
    assert parse_name(printed).name == name


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Erica Garner", "Eric Garner", "none"),  # a daughter and her father
        ("Paula Smith", "Paul Smith", "none"),
        ("Aziz Yulian", "Aziz Yuliani", "fuzzy"),  # a surname misspelt
        ("Kholifah Indar Purwanigsih", "Kholifah Indah Purwaningsih", "fuzzy"),
    ],
)
def test_a_given_name_with_a_vowel_more_is_another_person(a: str, b: str, relation: str) -> None:
    assert name_relation(name_key(a), name_key(b))[0] == relation


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Mohammad Ilyasa", "Muhammad Ilyasa", "exact"),
        ("Moch. Ilyasa", "Muhammad Ilyasa", "exact"),
        ("Mochamad Ridwan", "Muh Ridwan", "exact"),
        ("Mohammad Ilyasa", "Muhammad Ilyasa Abdul Shomad", "subset"),
        ("Muhammad Ilyasa", "Muhammad Iqbal", "none"),
    ],
)
def test_the_spellings_of_muhammad_are_one_name(a: str, b: str, relation: str) -> None:
    assert name_relation(name_key(a), name_key(b))[0] == relation


@pytest.mark.parametrize(
    ("printed", "label", "region"),
    [
        ("Dirtipidter Bareskrim Polri", "Dirtipidter Bareskrim Polri", None),  # national: no area
        ("Kabagpenum Divhumas Polri", "Kabagpenum Divhumas Polri", None),
        ("Kasat Reskrim Polres Garut", "Kasat Reskrim", "Kabupaten Garut"),
        ("Kasat Reskrim Polresta Malang", "Kasat Reskrim", "Kota Malang"),
        ("Kasat Lantas Polres Metro Jakarta Selatan", "Kasat Lantas Polres Metro", "Kota Administrasi Jakarta Selatan"),
        ("NYPD Commissioner", "NYPD Commissioner", None),
        # an army unit's number, then its seat: the seat is the area ("0716/Demak"), spaced or not
        ("Dandim 0716/Demak", "Dandim", "Kabupaten Demak"),
        ("Danramil 1011/Cikajang", "Danramil", "Kecamatan Cikajang"),
        ("Pangdam III/ Siliwangi", "Pangdam Siliwangi", None),
        ("Pangdam III/Siliwangi", "Pangdam Siliwangi", None),
    ],
)
def test_police_and_army_posts_and_the_area_of_their_command(printed: str, label: str, region: str | None) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, region)


@pytest.mark.parametrize(
    ("printed", "label", "region"),
    [
        ("Gubernur BI", "Gubernur BI", None),  # the central bank's governor, no province's
        ("Gubernur Bank Indonesia", "Gubernur Bank Indonesia", None),
        ("Gubernur Lemhannas", "Gubernur Lemhannas", None),
        ("Gubernur Jawa Barat", "Gubernur", "Jawa Barat"),
        ("General secretary", "General Secretary", None),  # not the rank "General"
        ("TUC general secretary", "TUC General Secretary", None),
        ("retired Army Lieutenant General", "Army Lieutenant General", None),
        ("Major General", "Major General", None),
    ],
)
def test_governors_of_national_bodies_general_secretaries_and_ranks(
    printed: str, label: str, region: str | None
) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, region)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("acting chief executive of Crowdpac", "Acting Chief Executive of Crowdpac"),  # English keeps its word
        ("interim president", "Interim President"),
        ("Pj. Bupati Subang", "Pj. Bupati"),
        ("Plt Wali Kota Bogor", "Plt. Wali Kota"),
    ],
)
def test_an_acting_post_is_labelled_in_the_language_it_was_printed_in(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


def test_an_english_place_of_three_words_keeps_them() -> None:
    assert normalize_region("New York City").name == "New York City"
    assert normalize_region("Salt Lake City").name == "Salt Lake City"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Chief Information Officer Investree", "Chief Information Officer Investree"),
        ("Investigator KNKT", "Investigator KNKT"),
        ("Penanggung Jawab Program Imunisasi Puskesmas", "Penanggung Jawab Program Imunisasi Puskesmas"),
    ],
)
def test_company_officers_investigators_and_those_in_charge_hold_posts(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "label", "region"),
    [
        ("Kasi Intel Kejari Binjai", "Kasi Intel Kejari", "Kota Binjai"),  # a unit of a regional body
        ("Kasi Humas Polres Nisel", "Kasi Humas Polres", "Kabupaten Nias Selatan"),  # the press's short form
        ("Juru Bicara Pemerintah Daerah Istimewa Yogyakarta", "Juru Bicara Pemerintah", "Daerah Istimewa Yogyakarta"),
        ("Juru Bicara Pemda DIY untuk Penanganan Covid-19", "Juru Bicara Pemda", "Daerah Istimewa Yogyakarta"),
        ("Anggota Komisi I DPRK Aceh Tamiang", "Anggota Komisi I DPRK", "Kabupaten Aceh Tamiang"),
        ("Bupati Aceh Selatan", "Bupati", "Kabupaten Aceh Selatan"),
    ],
)
def test_the_region_of_a_unit_of_a_regional_body(printed: str, label: str, region: str | None) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and (post.label, post.region.name if post.region else None) == (label, region)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("head of gaming industry body ELSPA", "Head of ELSPA"),
        ("a labor economist at the Institute for the Study of Labor", "Labor Economist"),
    ],
)
def test_a_body_named_after_its_description_in_lower_case(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Sen. Lindsey Graham, R-S.C.", "Lindsey Graham"),
        ("Rep. John Lewis, D-Georgia", "John Lewis"),
        ("Sen. Bob Corker (R-Tenn.)", "Bob Corker"),
        ("State Rep. Cris Dush (R., Jefferson)", "Cris Dush"),  # a state legislator's party and county
    ],
)
def test_an_american_legislator_s_party_and_state_are_no_name(printed: str, name: str) -> None:
    parsed = parse_name(printed)
    assert (parsed.name, parsed.aliases) == (name, ())


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("NYSC Director-General", "NYSC Director General"),
        ("Inspector-General of Police", "Inspector General of Police"),
        ("Attorney-General", "Attorney General"),
        ("Secretary-General", "Secretary-General"),  # (the table's own form)
        ("President-elect", "President-elect"),
    ],
)
def test_a_post_whose_words_are_hyphenated_is_filed(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        # An Arabic body's article in lower case is part of its name.
        ("the head of the Asaib Ahl al-Haq militia in north Iraq", "Head of the Asaib Ahl al-Haq"),
        ("leader of Hayat Tahrir al-Sham", "Leader of Hayat Tahrir al-Sham"),
        # A party's name keeps "Party" before "leader".
        ("the UK Independence Party leader", "UK Independence Party Leader"),
        ("Scottish National Party leader", "Scottish National Party Leader"),
        ("Labour leader", "Labour Leader"),
        ("party leader", "Leader"),
    ],
)
def test_a_body_s_name_is_kept_whole_in_the_post(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Labour's shadow chancellor", "Labour Shadow Chancellor"),
        ("Plaid Cymru's health spokesman", "Plaid Cymru Health Spokesperson"),
        ("Scottish National Party's Holyrood leader", "Scottish National Party Holyrood Leader"),
        ("Britain's foreign secretary", "Foreign Secretary"),  # a country's post, no body's
    ],
)
def test_a_body_s_possessive_is_its_name_in_the_post(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize(
    ("printed", "region", "label", "area"),
    [
        ("Cabup", "Cianjur", "Calon Bupati", "Kabupaten Cianjur"),
        ("Cagub", "Jawa Barat", "Calon Gubernur", "Jawa Barat"),
        ("Cawabup", "Cianjur", "Calon Wakil Bupati", "Kabupaten Cianjur"),
        ("Cawalkot", "Bogor", "Calon Wali Kota", "Kota Bogor"),
        ("Caleg", None, "Calon Anggota Legislatif", None),
        ("Konjen", None, "Konsul Jenderal", None),
        ("Dubes", None, "Duta Besar", None),
    ],
)
def test_a_candidate_s_short_form_files_the_post_spelled_out(
    printed: str, region: str | None, label: str, area: str | None
) -> None:
    """ "Cabup yang diusung ... itu" and "Calon Bupati Cianjur X" are one post of one person."""
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, region)
    assert post is not None and (post.label, post.region.name if post.region else None) == (label, area)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kepala Dinas Kesehatan", "Kadinkes"),
        ("Kepala Kepolisian Resor", "Kapolres"),
        ("Kepala Bidang Humas Kepolisian Daerah", "Kabid Humas Polda"),
        ("Menteri Koordinator Bidang Perekonomian", "Menteri Koordinator Perekonomian"),
        ("Direktur Lalu Lintas Polda", "Direktur Lantas Polda"),
        ("Kepala Bagian Hubungan Masyarakat", "Kepala Bagian Humas"),
        ("Ketua Mahkamah Konstitusi", "Ketua MK"),
        ("Kepala Badan Nasional Penanggulangan Bencana", "Kepala BNPB"),
    ],
)
def test_one_post_printed_spelled_out_and_short_has_one_key(one: str, other: str) -> None:
    """The registry files these as one membership (each statement still cites its own words)."""
    assert post_key(one) == post_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Kepala Bidang Humas", "Kepala Bidang Hukum"), ("Menteri Koordinator Perekonomian", "Menteri Perekonomian")],
)
def test_two_posts_keep_two_keys(one: str, other: str) -> None:
    assert post_key(one) != post_key(other)


@pytest.mark.parametrize(
    ("name", "level", "province"),
    [
        ("Kabupaten Garut", "kabupaten", "Jawa Barat"),
        # Jakarta's cities by their full style.
        ("Kota Administrasi Jakarta Selatan", "kota", "Daerah Khusus Ibukota Jakarta"),
        # Printed without its level: the regency and the city of the name lie in one province.
        ("Bogor", "other", "Jawa Barat"),
        ("Kupang", "other", "Nusa Tenggara Timur"),
        ("Semarang", None, "Jawa Tengah"),
        ("Scotland", "other", None),
        ("Kecamatan Cilandak", "kecamatan", None),
    ],
)
def test_the_province_a_place_lies_in(name: str, level: str | None, province: str | None) -> None:
    assert province_of(Region(name=name, level=level)) == province


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("FEMA Administrator", "FEMA Administrator"),
        ("Acting FEMA Administrator", "Acting FEMA Administrator"),
        ("County Coroner", "County Coroner"),
        ("District Collector", "District Collector"),
        ("BJP MLA", "BJP Member of the Legislative Assembly"),
        ("Fianna Fáil TD", "Fianna Fáil Teachta Dála"),
        ("Police Superintendent", "Police Superintendent"),
    ],
)
def test_posts_of_agencies_counties_and_houses_outside_westminster_are_filed(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize("region", ["New South Wales", "Tamil Nadu", "Queensland", "British Columbia"])
def test_a_state_of_another_federation_is_filed_whole(region: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post("Premier", region)
    assert post is not None and post.region is not None and post.region.name == region


@pytest.mark.parametrize(
    ("printed", "label"),
    [("state Sen", "State Senator"), ("state Rep", "State Representative"), ("Sen", "Senator")],
)
def test_a_state_legislator_is_filed_apart_from_a_member_of_congress(printed: str, label: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == label


@pytest.mark.parametrize("printed", ["Detective Inspector", "Inspector", "Detective Chief Inspector", "Constable"])
def test_police_ranks_of_british_forces_are_filed(printed: str) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and post.label == printed


@pytest.mark.parametrize(
    ("printed", "label", "area"),
    [
        # A national body's office for a place: the head of that office, not of the body.
        ("Kepala Ombudsman RI Perwakilan Sumatera Barat", "Kepala Perwakilan Ombudsman", "Sumatera Barat"),
        ("Kepala Ombudsman Perwakilan Sumatera Barat", "Kepala Perwakilan Ombudsman", "Sumatera Barat"),
        ("Kepala BPKP Perwakilan Riau", "Kepala Perwakilan BPKP", "Riau"),
        ("Kepala Perwakilan Bank Indonesia Jawa Barat", "Kepala Perwakilan Bank Indonesia", "Jawa Barat"),
        ("Kepala Ombudsman RI", "Kepala Ombudsman", None),
    ],
)
def test_a_body_s_office_for_a_place_keeps_perwakilan(printed: str, label: str, area: str | None) -> None:
    from quotetrack.resolve.posts import canonical_post

    post = canonical_post(printed, None)
    assert post is not None and (post.label, post.region.name if post.region else None) == (label, area)
