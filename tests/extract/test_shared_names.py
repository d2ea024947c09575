"""Two people of one article who share a full name: a member of the public and an office holder
are two people, whichever the article names first, and what each said stays theirs. Every row
is a small invented article (invented people and places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _people(text: str, lang: str) -> list[tuple[int | None, str | None, str]]:
    """(speaker_ref, role, the statement's first words) of each statement."""
    return [(s.speaker_ref, s.role, s.text[:12]) for s in statements(text, lang)]


_OFFICIAL_THEN_RESIDENT_ID = (
    "Taman Kota Dikritik\n\n"
    "Wali Kota Sukamaju Dewi Lestari menegaskan pembangunan taman tetap berjalan. "
    '"Tidak ada yang kami tunda," ujarnya.\n\n'
    "Sementara itu, Dewi Lestari, warga Kelurahan Cempaka, mengatakan taman di dekat rumahnya belum "
    'pernah dirawat. "Rumputnya setinggi lutut," katanya.\n'
)
_RESIDENT_THEN_OFFICIAL_ID = (
    "Banjir Rendam Permukiman\n\n"
    "Rudi Hartawan, pedagang sayur di Pasar Baru, mengatakan air masuk ke kiosnya sejak subuh. "
    '"Dagangan saya basah semua," katanya.\n\n'
    'Camat Cibeureum Rudi Hartawan mengatakan posko sudah dibuka. "Dapur umum siap," ujar Rudi Hartawan.\n'
)
_OFFICIAL_THEN_RESIDENT_EN = (
    "Park Plan Criticised\n\n"
    'Mayor Jane Porter said the park would open in May. "Nothing has been delayed," she said.\n\n'
    "Jane Porter, a shop owner on the high street, said the old park was never looked after. "
    '"The grass is knee high," she said.\n'
)


@pytest.mark.parametrize(
    ("text", "lang", "official", "private"),
    [
        (_OFFICIAL_THEN_RESIDENT_ID, "id", "Wali Kota", "warga Kelurahan Cempaka"),
        (_RESIDENT_THEN_OFFICIAL_ID, "id", "Camat", "pedagang sayur"),
        (_OFFICIAL_THEN_RESIDENT_EN, "en", "Mayor", "shop owner"),
    ],
)
def test_a_member_of_the_public_is_not_the_official_of_the_same_name(
    text: str, lang: str, official: str, private: str
) -> None:
    found = _people(text, lang)
    official_refs = {ref for ref, role, _ in found if (role or "").startswith(official)}
    private_refs = {ref for ref, role, _ in found if role == private}
    assert len(official_refs) == 1 and len(private_refs) == 1, found
    assert official_refs != private_refs, found
    # every statement is one of the two, the pronoun's quote the nearest person's
    assert {ref for ref, _, _ in found} == official_refs | private_refs, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one person with two posts (a governor who chairs a party's provincial board)
        (
            "Banjir\n\nGubernur Jawa Barat Ahmad Fauzi meminta bupati siaga. "
            '"Semua kabupaten harus siap," kata Ahmad Fauzi.\n\n'
            "Ahmad Fauzi, yang juga Ketua DPD Partai Maju Bersama Jawa Barat, mengatakan kader partai ikut "
            'membantu. "Posko kami buka," ujarnya.\n',
            "id",
        ),
        # a post, then the name alone
        (
            'Banjir\n\nBupati Mekarsari Sri Wahyuni mengatakan posko dibuka. "Kami siaga," katanya.\n\n'
            'Sri Wahyuni mengatakan bantuan datang besok. "Beras sudah dikirim," kata Sri Wahyuni.\n',
            "id",
        ),
        # a post, then a description of the same official's work
        (
            'Floods\n\nGovernor Mark Ellison said shelters were open. "We are ready," he said.\n\n'
            'Mark Ellison, a former teacher, said schools would stay shut. "Safety first," Mark Ellison said.\n',
            "en",
        ),
    ],
)
def test_one_person_named_again_stays_one(text: str, lang: str) -> None:
    found = _people(text, lang)
    assert len({ref for ref, _, _ in found}) == 1, found
