"""English copy about Indonesia, third round: the police's chief detective before a rank of two
words, "reiterated that ...". Each row is a small invented article (invented people, bodies,
places), read as `quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Comr." (Komisaris) opens a rank of two words ("Comr. Gen.", Komjen): its full stop ends
        # no clause, and the post before it is the chief detective's, however it is worded
        (
            "Chief detective Comr. Gen. Wahyu Pranoto said the suspects had been arrested.",
            ("Wahyu Pranoto", "Chief Detective", None),
        ),
        (
            "Chief detective Insp. Gen. Dedi Marzuki said the evidence was sent to the laboratory.",
            ("Dedi Marzuki", "Chief Detective", None),
        ),
        (
            "Police chief detective Comr. Gen. Agus Priyono said three officers were questioned.",
            ("Agus Priyono", "Chief Detective", None),
        ),
        (
            "Chief of detectives Comr. Gen. Arief Sulistyo said the case was closed.",
            ("Arief Sulistyo", "Chief Detective", None),
        ),
        (
            "Jakarta Police spokesman Adj. Sr. Comr. Ade Purnama said the victim was stabbed twice.",
            ("Ade Purnama", "Jakarta Police Spokesperson", None),
        ),
    ],
)
def test_the_chief_detective_before_a_rank_of_two_words(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # "reiterated/repeated/restated that ...": the clause after "that" is what was said
        "Trade Minister Agus Hartono reiterated that the tariffs were temporary.",
        "Trade Minister Agus Hartono repeated that the tariffs on rice would be lifted next year.",
        "Trade Minister Agus Hartono restated that exports would keep growing.",
        "Trade Minister Agus Hartono reiterates that the tariffs were temporary.",
        "Trade Minister Agus Hartono on Monday reiterated that the tariffs were temporary.",
    ],
)
def test_reiterated_that_reports_speech(sentence: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(sentence, tmp_path)] == [("Agus Hartono", "Trade Minister")]


def test_repeating_an_exercise_is_no_statement(tmp_path: Path) -> None:
    assert as_printed("The navy repeated the exercise off Natuna on Monday.", tmp_path) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the party after the name follows an "of" or "from" past the one inside the post
        # ("House of Representatives", "Minister of Trade"): the name stands between the two
        (
            "House of Representatives member Rina Wulandari from the Gerindra Party said the budget was too small.",
            ("Rina Wulandari", "Member of the House of Representatives", None),
        ),
        (
            "House of Representatives member Bagus Santika of the Golkar Party said the hearing was postponed.",
            ("Bagus Santika", "Member of the House of Representatives", None),
        ),
        (
            "Head of the Jakarta Health Agency Dewi Ratnasari of the NasDem Party said the clinics were full.",
            ("Dewi Ratnasari", "Head of the Jakarta Health Agency", None),
        ),
        (
            "Chairman of the House Commission IV Galih Permadi of the PDI-P said the import was unnecessary.",
            ("Galih Permadi", "Chairman of the House Commission IV", None),
        ),
        (
            "Minister of Trade Rina Wulandari from the Gerindra Party said the ban would stay.",
            ("Rina Wulandari", "Minister of Trade", None),
        ),
        (
            "House member Yudi Kurniawan of the Golkar Party said the committee would summon the minister.",
            ("Yudi Kurniawan", "House Member", None),
        ),
        # (a later "of" with a name after it is still the post's)
        (
            "Head of the Information Bureau of the National Police Brig. Gen. Trunoyudo Wisnu said the suspect fled.",
            ("Trunoyudo Wisnu", "Head of the Information Bureau of the National Police", None),
        ),
        (
            "Head of the Public Relations Bureau of the Jakarta Police Ade Purnama said the suspect fled.",
            ("Ade Purnama", "Head of the Public Relations Bureau of the Jakarta Police", None),
        ),
    ],
)
def test_a_party_after_the_name_past_an_of_inside_the_post(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # English copy prints the post as the holder is: a legislator (no "Anggota Dewan" glued to
        # an English party's name), a chairwoman (no "Chairman")
        (
            "Legislator Ahmad Fauzan of the PKB said the bill would be passed next month.",
            ("Ahmad Fauzan", "Legislator", None),
        ),
        (
            "PKS legislator Nur Hidayat said the tax increase would burden the poor.",
            ("Nur Hidayat", "PKS Legislator", None),
        ),
        (
            "NasDem Party legislator Irma Suryani said the quota was unfair.",
            ("Irma Suryani", "NasDem Party Legislator", None),
        ),
        (
            "Komnas HAM chairwoman Ratna Dewi said the investigation would continue.",
            ("Ratna Dewi", "Komnas HAM Chairwoman", None),
        ),
        ("KPU chairwoman Betty Anggraini said the ballots were printed.", ("Betty Anggraini", "KPU Chairwoman", None)),
        (
            "Golkar Party chairwoman Laras Wulan said the coalition would hold.",
            ("Laras Wulan", "Golkar Party Chairwoman", None),
        ),
        ("Chairwoman Wening Asih said the meeting would resume.", ("Wening Asih", "Chairwoman", None)),
        # (a seat in the Ombudsman, which names its head too: no "Ombudsman" alone)
        (
            "Ombudsman member Robert Simanjuntak said the complaint was valid.",
            ("Robert Simanjuntak", "Ombudsman Member", None),
        ),
        (
            "Ombudsman chairman Yoga Sasmita said the report would be published.",
            ("Yoga Sasmita", "Ombudsman Chairman", None),
        ),
    ],
)
def test_a_legislator_and_a_chairwoman_keep_their_english_post(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two or three capitals that are no body's short form, opening the mention or after a post
        # or a rank, are the name's initials as Indonesians print them ("IGK": I Gusti Ketut)
        ("Governor IGK Wirawan said the tourists were safe.", ("IGK Wirawan", "Governor", None)),
        (
            "Bali Police chief Insp. Gen. IGK Wirawan said the tourists were safe.",
            ("IGK Wirawan", "Bali Police Chief", "Bali"),
        ),
        ("Mayor IGN Suparta said the temple festival would go ahead.", ("IGN Suparta", "Mayor", None)),
        (
            "AB Santoso, the regent of Sleman, said the roads would be repaired.",
            ("AB Santoso", "Regent", "Kabupaten Sleman"),
        ),
        ("IGK Wirawan told reporters the tourists were safe.", ("IGK Wirawan", None, None)),
        ("RA Kartini said the school would reopen.", ("RA Kartini", None, None)),
        # (a body's short form before a name is still the body's: "UN", "PKS")
        (
            "UN Secretary-General Antonio Guterres said the ceasefire must hold.",
            ("Antonio Guterres", "UN Secretary-General", None),
        ),
    ],
)
def test_capitals_opening_a_name_are_its_initials(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Lalu", the Sasak nobles' title (and Indonesian "then"), opens a name in English copy
        (
            "West Nusa Tenggara Governor Lalu Muhammad Iqbal said the festival would be held.",
            ("Lalu Muhammad Iqbal", "Governor", "Nusa Tenggara Barat"),
        ),
        (
            "Lalu Suhaimi, the head of the provincial health agency, said the vaccine had arrived.",
            ("Lalu Suhaimi", "Head of the provincial health agency", None),
        ),
        ("Regent Lalu Fathurrahman said the drought had ended.", ("Lalu Fathurrahman", "Regent", None)),
        ("Lalu Gita Ariadi said the budget had been approved.", ("Lalu Gita Ariadi", None, None)),
        # "Karo", a Karo Batak clan and a regency (a Kepala Biro's short form in Indonesian copy),
        # is a name's word
        (
            "Andi Karo, the head of the local disaster agency, said 300 houses were flooded.",
            ("Andi Karo", "Head of the local disaster agency", None),
        ),
        ("Regent Andi Karo said the road was cut.", ("Andi Karo", "Regent", None)),
        ("Rina Karo said the road was cut.", ("Rina Karo", None, None)),
        # "Hakim", a common surname (a judge in Indonesian copy; English copy says "judge")
        ("Regent Yusuf Hakim said aid would arrive.", ("Yusuf Hakim", "Regent", None)),
        ("Lukman Hakim said aid would arrive.", ("Lukman Hakim", None, None)),
        (
            "Abdul Hakim, the head of the village, said aid would arrive.",
            ("Abdul Hakim", "Head of the village", None),
        ),
    ],
)
def test_lalu_karo_and_hakim_are_words_of_names(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # "X, when contacted by ..., said", "X, accompanied by Y, said": when and with whom the
        # subject spoke, between the commas; the one accompanying is no speaker
        "Trade Minister Agus Hartono, when contacted by The Jakarta Post, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, when asked about the ban, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, when met at the State Palace, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, after met with exporters, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, accompanied by Deputy Minister Rina Sari, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, as quoted by Antara, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, as reported by Kompas.com, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, after a meeting with exporters, said the tariffs were temporary.",
        "Trade Minister Agus Hartono, while visiting the port, said the tariffs were temporary.",
        # guaranteed, reassured (whom, then what) and projected, with their clause
        "Trade Minister Agus Hartono guaranteed that the tariffs were temporary.",
        "Trade Minister Agus Hartono reassured investors that the tariffs were temporary.",
        "Trade Minister Agus Hartono projected that exports would grow 5 percent this year.",
    ],
)
def test_when_contacted_and_accompanied_by_are_asides(sentence: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(sentence, tmp_path)] == [("Agus Hartono", "Trade Minister")]


@pytest.mark.parametrize(
    "sentence",
    [
        # (with a thing for their object they report nothing)
        "The government guaranteed the loans of the state firms.",
        "The ministry projected a deficit of 2 percent.",
        "Trade Minister Agus Hartono reassured investors.",
    ],
)
def test_guaranteeing_or_projecting_a_thing_is_no_statement(sentence: str, tmp_path: Path) -> None:
    assert as_printed(sentence, tmp_path) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the officer" after an officer of the police or the armed forces is that officer
        (
            "Police spokesman Sr. Comr. Ade Purnama met reporters. The officer said the suspect had fled.",
            ("Ade Purnama", "Police Spokesperson"),
        ),
        (
            "Navy spokesman First Adm. Bambang Sutrisno met reporters. The officer said the vessel was seized.",
            ("Bambang Sutrisno", "Navy Spokesperson"),
        ),
        (
            "Army Chief of Staff Gen. Maruli Sitompul visited Papua. The officer said the troops were ready.",
            ("Maruli Sitompul", "Army Chief of Staff"),
        ),
        (
            'Chief detective Comr. Gen. Wahyu Pranoto met reporters. "They confessed," the officer said.',
            ("Wahyu Pranoto", "Chief Detective"),
        ),
        # (after no officer, no one)
        (
            "Health Minister Dewi Lestari visited the hospital. The officer said the patients were safe.",
            (None, "Officer"),
        ),
    ],
)
def test_the_officer_is_the_officer_named_before(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "X from the PDI-P faction", "X of the Golkar party": the subject ends in lower case with
        # the party or its faction in the House (Fraksi), after the name
        (
            "Legislator Rina Wulandari from the PDI-P faction said the budget was too small.",
            ("Rina Wulandari", "Legislator"),
        ),
        (
            "House Commission XI member Rina Wulandari from the PDI-P faction said the budget was too small.",
            ("Rina Wulandari", "House Commission XI Member"),
        ),
        (
            "Lawmaker Yoga Pratama of the Golkar party said the budget was too small.",
            ("Yoga Pratama", "Lawmaker"),
        ),
        ("Rina Wulandari from the NasDem faction said the budget was too small.", ("Rina Wulandari", None)),
        # (a faction's members, unnamed, are no speaker)
        ("Members of the PDI-P faction said the budget was too small.", None),
    ],
)
def test_a_name_then_its_party_s_faction_in_lower_case(
    body: str, expected: tuple[str | None, str | None] | None, tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after the quote, as before a clause: a general's rank after the verb ends no mention, and
        # an aside between the commas is when the subject spoke
        (
            '"The suspects confessed," said chief detective Comr. Gen. Wahyu Pranoto.',
            ("Wahyu Pranoto", "Chief Detective"),
        ),
        (
            '"The tariffs are temporary," Trade Minister Agus Hartono, when contacted by The Jakarta Post, said.',
            ("Agus Hartono", "Trade Minister"),
        ),
        (
            '"The vaccine has arrived," Health Minister Dewi Lestari, accompanied by Deputy Minister Andi Basri, said.',
            ("Dewi Lestari", "Health Minister"),
        ),
    ],
)
def test_after_the_quote_a_rank_and_an_aside(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]
