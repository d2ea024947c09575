"""English attribution as news style books set it out, one construction a row: who said it, in
what post, and what they said. The articles are invented; the constructions are the language's
(wire and newspaper style), not any one article's, so a row that fails is a gap in reading
English, wherever it occurs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quotetrack.ingest.sources import Source
from quotetrack.pipeline import process_source

_LEDE = "Finance Minister Tomas Reyes presented the budget on Tuesday."


def _read(paragraphs: str, lede: str = _LEDE) -> list[tuple[str | None, str | None, str]]:
    """(speaker, role, text) of each statement of an article: a headline, the lede, then `paragraphs`."""
    text = f"Budget Presented\n\n{lede}\n\n{paragraphs}\n"
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return [(s.speaker, s.role, s.text) for s in process_source(source, lang="en").statements]


_CONTENT = "The plan will raise two billion dollars a year"


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Tomas Reyes said", "Finance Minister"),
        ("Finance Minister Tomas Reyes said", "Finance Minister"),
        ("said Finance Minister Tomas Reyes", "Finance Minister"),
        ("Tomas Reyes, the finance minister, said", "finance minister"),
        ("Tomas Reyes, the finance minister, told parliament on Wednesday", "finance minister"),
        ("the finance minister, Tomas Reyes, said", "finance minister"),
        ("Reyes, the finance minister, said", "finance minister"),
        ("according to Finance Minister Tomas Reyes", "Finance Minister"),
    ],
)
def test_reported_speech_before_its_attribution(attribution: str, role: str) -> None:
    assert _read(f"{_CONTENT}, {attribution}.") == [("Tomas Reyes", role, _CONTENT)]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Tomas Reyes, the finance minister, said", "finance minister"),
        ("the finance minister, Tomas Reyes, told parliament", "finance minister"),
        ("said Tomas Reyes, the finance minister", "Finance Minister"),  # (the lede's fuller post)
    ],
)
def test_a_quote_before_a_name_and_post_in_apposition(attribution: str, role: str) -> None:
    assert _read(f'"{_CONTENT}," {attribution}.') == [("Tomas Reyes", role, f"{_CONTENT},")]


def test_an_age_and_a_relative_clause_between_the_subject_and_the_verb() -> None:
    found = _read("Reyes, 54, who came to office in 2021, said the deficit would fall by half.")
    assert found == [("Tomas Reyes", "Finance Minister", "the deficit would fall by half")]


def test_a_concession_after_the_attribution_is_a_second_statement() -> None:
    found = _read(f"{_CONTENT}, Reyes told parliament, though he conceded that borrowing would rise next year.")
    assert found == [
        ("Tomas Reyes", "Finance Minister", _CONTENT),
        ("Tomas Reyes", "Finance Minister", "borrowing would rise next year"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a quoted sentence after reported speech goes on with it, in the paragraph or the next
        'Reyes said the deficit would fall. "We kept our word."',
        'Reyes said the deficit would fall.\n\n"We kept our word."',
    ],
)
def test_a_short_quote_after_reported_speech_is_the_same_speaker_s(paragraphs: str) -> None:
    found = _read(paragraphs)
    assert found[-1] == ("Tomas Reyes", "Finance Minister", "We kept our word.")


def test_a_quote_left_open_at_a_paragraph_s_end_goes_on_in_the_next() -> None:
    found = _read('"The deficit will fall," Reyes said. "We kept our word.\n\n"Nobody believed us."')
    assert [text for _, _, text in found] == ["The deficit will fall,", "We kept our word.", "Nobody believed us."]
    assert {speaker for speaker, _, _ in found} == {"Tomas Reyes"}


def test_a_short_quote_after_narration_is_nobody_s() -> None:
    # (no speech verb before it: a slogan or a sign, not the minister's words)
    found = _read('Protesters gathered outside the ministry. "No more cuts."')
    assert found == []


@pytest.mark.parametrize(
    "quoted",
    [
        "‘‘We kept our word,’’ Reyes said.",  # typeset copy: two single marks for a double one
        "``We kept our word,'' Reyes said.",  # a treebank export's marks
        "“We kept our word,’’ Reyes said.",
    ],
)
def test_a_double_quote_mark_typed_as_two_single_ones(quoted: str) -> None:
    assert _read(quoted) == [("Tomas Reyes", "Finance Minister", "We kept our word,")]


@pytest.mark.parametrize(
    "unnamed",
    [
        "a senior official",
        "a former senior treasury official",
        "one of the lawyers",
        "a source close to Reyes",
        # (someone at a body the words name, who does not speak for it as its spokesperson does)
        "a Treasury source",
        "a senior Finance Ministry official",
    ],
)
def test_an_unnamed_speaker_after_a_quote_is_never_the_last_one_named(unnamed: str) -> None:
    found = _read(f'"He kept his word and the deficit will fall," {unnamed} said. "He will stay on."')
    assert [(speaker, role) for speaker, role, _ in found] == [(None, None), (None, None)]


@pytest.mark.parametrize(
    "unnamed",
    ["Union leaders", "Teachers' leaders", "Labour backbenchers", "Opposition leaders", "Several Tory rebels"],
)
def test_many_people_of_a_body_the_article_does_not_name_keep_their_statement(unnamed: str) -> None:
    assert _read(f"{unnamed} said the minister would resign next year.") == [
        (None, None, "the minister would resign next year")
    ]


@pytest.mark.parametrize("unnamed", ["A person familiar with the talks", "A source close to Reyes", "An aide to Reyes"])
def test_an_unnamed_subject_is_never_the_one_it_is_close_to(unnamed: str) -> None:
    assert _read(f"{unnamed} said the minister would resign next year.") == [
        (None, None, "the minister would resign next year")
    ]


def test_a_spokeswoman_after_a_body_is_still_the_body_s_voice() -> None:
    found = _read(
        'The Treasury said the plan was final. "This is a matter for parliament," a spokeswoman said.',
        lede="The budget was presented on Tuesday.",
    )
    assert [speaker for speaker, _, _ in found] == ["Treasury", "Treasury"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        "The Treasury declined to comment on the figures. A spokeswoman said the plan was under review.",
        'The Treasury declined to comment on the figures.\n\n"The plan is under review," a spokeswoman said.',
        "But the Treasury would not confirm the figures, and a spokeswoman said the plan was under review.",
        'The Department of Trade did not respond. Its spokesman said: "The plan is under review."',
    ],
)
def test_a_spokesperson_of_a_body_that_did_not_speak_is_that_body_s_voice(paragraphs: str) -> None:
    found = _read(paragraphs, lede="The budget was presented on Tuesday.")
    assert [(speaker, role) for speaker, role, _ in found] in (
        [("Treasury", "spokeswoman")],
        [("Department of Trade", "spokesman")],
    )


def test_he_after_a_body_s_spokesman_is_that_spokesman_not_the_last_one_named() -> None:
    found = _read(
        "Reyes said the figures were a scandal. The Treasury declined to comment.\n\n"
        "A spokesman said the figures were out of date. He added that new figures would follow."
    )
    assert [speaker for speaker, _, _ in found] == ["Tomas Reyes", "Treasury", "Treasury"]


def test_a_spokesperson_after_a_person_speaks_for_no_body() -> None:
    found = _read("Reyes said the talks had gone well. A spokesman said a statement would follow later.")
    assert found[-1][:2] == (None, "spokesman")


def test_an_epithet_s_descriptor_is_no_part_of_the_post_and_the_fuller_post_is_cited() -> None:
    found = _read('"We kept our word," the first-term minister said.')
    assert found == [("Tomas Reyes", "Finance Minister", "We kept our word,")]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Rhun ap Iorwerth presented the plan on Tuesday.", "Rhun ap Iorwerth"),  # Welsh "ap"
        ("Ahmad bin Yusuf presented the plan on Tuesday.", "Ahmad bin Yusuf"),
    ],
)
def test_a_name_s_lower_case_particle_keeps_the_name_whole(lede: str, speaker: str) -> None:
    found = _read(f'"We kept our word," said {speaker}, the party leader.', lede=lede)
    assert found == [(speaker, "party leader", "We kept our word,")]


def test_a_co_leader_is_a_post() -> None:
    found = _read("Hale, co-leader of the Green Party, said the plan was fair.", lede="Tom Hale spoke on Tuesday.")
    assert found == [("Tom Hale", "co-leader of the Green Party", "the plan was fair")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes assured lawmakers that the deficit would fall this year.",
        "Reyes warned lawmakers that the deficit would fall this year.",
        "Reyes informed parliament that the deficit would fall this year.",
        "Reyes expressed the belief that the deficit would fall this year.",
        "The minister purportedly said that the deficit would fall this year.",
    ],
)
def test_verbs_of_telling_and_of_views_expressed(sentence: str) -> None:
    assert _read(sentence) == [("Tomas Reyes", "Finance Minister", "the deficit would fall this year")]


def test_a_possessive_before_a_post_is_no_part_of_it() -> None:
    found = _read(
        '"We kept our word," Reyes said.',
        lede="The Green Party presented its budget on Tuesday. Its leader, Tomas Reyes, called it fair.",
    )
    assert found == [("Tomas Reyes", "leader", "We kept our word,")]


def test_an_outlet_that_relayed_it_on_a_day_is_no_part_of_what_was_said() -> None:
    found = _read("Reyes said the plan would cut the deficit, Reuters reported on Tuesday.")
    assert found == [("Tomas Reyes", "Finance Minister", "the plan would cut the deficit")]


def test_an_unnamed_group_s_own_clause_after_but_ends_the_first_statement() -> None:
    found = _read("Reyes said the plan would cut the deficit, but opposition lawmakers said the figures were wrong.")
    assert found == [
        ("Tomas Reyes", "Finance Minister", "the plan would cut the deficit"),
        (None, None, "the figures were wrong"),
    ]


def test_a_name_after_including_is_no_sentence_subject_for_a_pronoun() -> None:
    found = _read(
        '"The talks were useful," Reyes said. Critics, including former governor John Hale, have questioned the '
        'plan.\n\n"We agreed to work together," he said.'
    )
    assert [speaker for speaker, _, _ in found] == ["Tomas Reyes", "Tomas Reyes"]


def test_a_relative_clause_after_the_name_is_no_post() -> None:
    found = _read(
        '"We will be ready in May," Reyes, who advised the president on the budget, said.', lede="Tomas Reyes spoke."
    )
    assert found == [("Tomas Reyes", None, "We will be ready in May,")]


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        ("Barrister Festus Keyamo", "Festus Keyamo", None),
        ("Engr. David Umahi", "David Umahi", None),
        ("Arc. Ahmed Musa Dangiwa, Minister of Housing", "Ahmed Musa Dangiwa", "Minister of Housing"),
        ("Shri Amit Shah", "Amit Shah", None),
        ("Rt Hon Dame Margaret Hodge", "Margaret Hodge", None),
        ("the Rt. Hon. Speaker, Femi Gbajabiamila", "Femi Gbajabiamila", "Speaker"),
        ('Ferdinand "Bongbong" Marcos Jr.', "Ferdinand Marcos Jr", None),
        (
            "Ms Nokuthula Mthembu-Ndlovu, the provincial MEC for health",
            "Nokuthula Mthembu-Ndlovu",
            "provincial MEC for health",
        ),
    ],
)
def test_forms_of_address_and_titles_before_a_name_are_no_part_of_it(printed: str, name: str, role: str | None) -> None:
    assert _read(f'"We will be ready in May," said {printed}.', lede="The plan was presented.") == [
        (name, role, "We will be ready in May,")
    ]


def test_a_day_right_after_the_verb_is_when_not_what() -> None:
    found = _read("Reyes said Tuesday the version his critics are talking about is just not true.")
    assert found == [("Tomas Reyes", "Finance Minister", "the version his critics are talking about is just not true")]


def test_agreeing_on_a_thing_is_no_statement_agreeing_that_is() -> None:
    assert _read("Reyes and his counterparts agreed a 90-day truce in their trade war in December.") == []
    assert _read("Reyes agreed the plan was fair to everyone involved.") == [
        ("Tomas Reyes", "Finance Minister", "the plan was fair to everyone involved")
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "speaking at a press conference in the capital",
        "as he unveiled a new spending plan for schools",
        "a claim the opposition disputes",
        "according to a transcript of the meeting",
        "according to The Associated Press",
        "according to two people familiar with the call",
        "in comments reported by a local newspaper",
        "according to the minutes of the meeting",
        "according to his spokesman",
        "citing rising costs and staff shortages",
        "the newspaper said",
        "sources told the BBC",
        "officials said on Monday",
        "in remarks to reporters outside the hospital",
        "in an interview with the BBC on Sunday",
    ],
)
def test_an_aside_after_a_comma_ends_reported_speech(aside: str) -> None:
    assert _read(f"Reyes said the deficit would fall this year, {aside}.") == [
        ("Tomas Reyes", "Finance Minister", "the deficit would fall this year")
    ]


def test_an_aside_inside_the_clause_is_part_of_what_was_said() -> None:
    said = "the report, according to The Associated Press, would be published in May"
    assert _read(f"Reyes said {said}.") == [("Tomas Reyes", "Finance Minister", said)]


def test_a_participle_after_a_clause_of_reported_speech_is_a_second_statement() -> None:
    found = _read("Reyes said rents would be frozen for two years, adding that no homes would be sold.")
    assert found == [
        ("Tomas Reyes", "Finance Minister", "rents would be frozen for two years"),
        ("Tomas Reyes", "Finance Minister", "no homes would be sold"),
    ]


@pytest.mark.parametrize(
    ("lede", "epithet", "speaker", "role"),
    [
        (
            "Defense Secretary Delfin Lorenzana met his counterpart.",
            "the defense chief",
            "Delfin Lorenzana",
            "Defense Secretary",
        ),
        (
            "Central Bank Governor Maria Okafor raised rates.",
            "the central bank chief",
            "Maria Okafor",
            "Central Bank Governor",
        ),
        ("Prime Minister Rachel Ames called an election.", "the premier", "Rachel Ames", "Prime Minister"),
    ],
)
def test_an_epithet_of_another_head_names_the_post_s_holder(lede: str, epithet: str, speaker: str, role: str) -> None:
    assert _read(f'"We will adhere to the ruling," {epithet} said.', lede=lede) == [
        (speaker, role, "We will adhere to the ruling,")
    ]


@pytest.mark.parametrize(
    ("lede", "epithet", "speaker", "role"),
    [
        (
            "Conservative Prime Minister Rachel Ames called an election.",
            "the Tory leader",
            "Rachel Ames",
            "Conservative Prime Minister",
        ),
        ("Labour's Rachel Ames, the prime minister, called an election.", "the Labour leader", "Rachel Ames", None),
        (
            "First Minister Rachel Ames, the SNP leader, called an election.",
            "the SNP leader",
            "Rachel Ames",
            "First Minister",
        ),
        # (no party printed with her: the Labour leader may be the opposition's)
        ("Prime Minister Rachel Ames called an election.", "the Labour leader", None, None),
        ("Conservative Prime Minister Rachel Ames called an election.", "the Labour leader", None, None),
    ],
)
def test_a_party_s_leader_is_the_head_of_government_the_article_ties_to_the_party(
    lede: str, epithet: str, speaker: str | None, role: str | None
) -> None:
    # (the statement carries the office she holds, not the party's post the epithet names)
    found = _read(f"{epithet[0].upper()}{epithet[1:]} told reporters that the vote would be held in May.", lede=lede)
    assert [(who, text) for who, _, text in found] == [(speaker, "the vote would be held in May")]
    if role is not None:
        assert found[0][1] == role


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Taoiseach Seán Byrne said the border must stay open.", "Seán Byrne", "Taoiseach"),
        ("Tánaiste Mary Walsh said the border must stay open.", "Mary Walsh", "Tánaiste"),
    ],
)
def test_ireland_s_offices_in_irish_are_posts_not_names(lede: str, speaker: str, role: str) -> None:
    assert _read("Talks go on.", lede=lede) == [(speaker, role, "the border must stay open")]


@pytest.mark.parametrize("platform", ["on social media", "on X", "on Facebook", "online"])
def test_a_post_on_a_platform_is_what_its_author_said(platform: str) -> None:
    assert _read(f"Reyes posted {platform} that rents would be frozen.") == [
        ("Tomas Reyes", "Finance Minister", "rents would be frozen")
    ]


def test_posted_figures_are_no_statement() -> None:
    assert _read("The ministry posted a surplus of two billion dollars.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Lady Brook said the ruling was unlawful.", "Brook", None),
        ("Lady Ann Brook said the ruling was unlawful.", "Ann Brook", None),
        # (posts that hold the word: the first lady, a woman judge of the Court of Appeal)
        ("First Lady Ann Brook said the ruling was unlawful.", "Ann Brook", "First Lady"),
        ("Lady Justice Brook said the ruling was unlawful.", "Brook", "Lady Justice"),
    ],
)
def test_lady_is_a_title_as_lord_is_unless_it_is_part_of_a_post(sentence: str, speaker: str, role: str | None) -> None:
    assert _read(sentence) == [(speaker, role, "the ruling was unlawful")]


def test_a_nation_in_a_party_s_name_is_no_one_and_a_pronoun_keeps_to_who_may_be_meant() -> None:
    found = _read(
        "Ann Lee, co-leader of the Green Party of England and Wales, said the plan was unfair.\n\n"
        '"Is this fair?" he asked.\n\nOne individual answered: "It is not fair at all to us."',
        lede="Prime Minister Tomas Reyes faced questions on Tuesday. He said he had met the leaders.",
    )
    assert [(speaker, role) for speaker, role, _ in found] == [
        ("Tomas Reyes", "Prime Minister"),
        ("Ann Lee", "co-leader of the Green Party of England and Wales"),
        ("Tomas Reyes", "Prime Minister"),
        (None, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes announced a new rail plan for the north.",
        "Reyes recalled the ambassador from Paris on Tuesday.",
        "Reyes questioned the cost of the new port.",
        "Reyes went on the offensive over comments by the opposition.",
        "Reyes wrote the letter on Feb. 2 to the committee chairman.",
    ],
)
def test_a_speech_verb_with_a_thing_for_its_object_says_nothing(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Reyes announced he would step down next year.", "he would step down next year"),
        ("Reyes revealed the government had borrowed twice as much.", "the government had borrowed twice as much"),
    ],
)
def test_the_same_verbs_with_a_clause_report_it(sentence: str, said: str) -> None:
    assert _read(sentence) == [("Tomas Reyes", "Finance Minister", said)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes alleged that the tender had been rigged.",
        "Reyes disclosed that the tender had been rigged.",
        "Reyes averred that the tender had been rigged.",
        "Reyes charged that the tender had been rigged.",
        "Reyes was quoted as saying the tender had been rigged.",
        "Reyes was quoted by the Daily Nation as saying the tender had been rigged.",
        "Reyes said on Feb. 28 that the tender had been rigged.",
        "Reyes told reporters on Feb. 28 that the tender had been rigged.",
        "Reyes said on Monday, March 11, that the tender had been rigged.",
        "Reyes said on March 1, 2024, that the tender had been rigged.",
    ],
)
def test_verbs_of_charges_and_disclosures_and_a_date_before_that(sentence: str) -> None:
    assert _read(sentence) == [("Tomas Reyes", "Finance Minister", "the tender had been rigged")]


def test_a_charge_brought_is_no_statement_a_quote_charged_is() -> None:
    assert _read("Prosecutors charged the driver with fraud on Monday.") == []
    assert _read('"They are profiting from misery," Reyes charged.') == [
        ("Tomas Reyes", "Finance Minister", "They are profiting from misery,")
    ]
    assert _read('"They are profiting from misery," Reyes was quoted by the Daily Nation as saying.') == [
        ("Tomas Reyes", "Finance Minister", "They are profiting from misery,")
    ]


@pytest.mark.parametrize(
    ("printed", "role"),
    [
        ("Attorney-General Simon Pereira", "Attorney-General"),
        ("Director-General Simon Pereira", "Director-General"),
        ("Acting Inspector-General of Police Simon Pereira", "Acting Inspector-General of Police"),
    ],
)
def test_a_hyphenated_general_officer_is_a_post_not_a_name(printed: str, role: str) -> None:
    found = _read(f"{printed} said 200 officers had been deployed to the highways.", lede="Officers were deployed.")
    assert found == [("Simon Pereira", role, "200 officers had been deployed to the highways")]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("police said", "Police"),
        ("the police said on Monday", "Police"),
        ("the finance ministry said", "Finance Ministry"),
        ("the state department said", "State Department"),
    ],
)
def test_a_body_wire_copy_prints_in_lower_case_speaks(attribution: str, speaker: str) -> None:
    found = _read(f"The suspect had fled across the border, {attribution}.", lede="Officers were deployed.")
    assert found == [(speaker, None, "The suspect had fled across the border")]


def test_a_post_after_and_is_not_joined_to_the_name_before_it() -> None:
    found = _read(
        "The budget would push up borrowing, Otieno said.",
        lede="Finance Minister Grace Mutua and opposition leader Peter Otieno met on Tuesday.",
    )
    assert [(s, r and r.casefold()) for s, r, _ in found] == [("Peter Otieno", "opposition leader")]


def test_stated_this_says_when_not_what() -> None:
    found = _read('"We will not raise taxes," the minister said.\n\nReyes stated this while addressing journalists.')
    assert found == [("Tomas Reyes", "Finance Minister", "We will not raise taxes,")]


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        (
            "The deficit would fall, Reyes told reporters, adding that growth would reach 5 percent.",
            ["The deficit would fall", "growth would reach 5 percent"],
        ),
        ("Reyes told the budget committee the deficit would fall.", ["the deficit would fall"]),
    ],
)
def test_whom_it_was_told_to_is_no_part_of_what_was_said(paragraph: str, said: list[str]) -> None:
    assert [t for _, _, t in _read(paragraph)] == said


@pytest.mark.parametrize(
    ("printed", "name", "region"),
    [
        ("Sen. Jane Marlow, R-Texas,", "Jane Marlow", "Texas"),
        ("Rep. Cody Hartman (R-Texas)", "Cody Hartman", "Texas"),
        ("Rep. Cody Hartman (D-New York)", "Cody Hartman", "New York"),
        ("Sen. Ann Lee (R-South Carolina)", "Ann Lee", "South Carolina"),
    ],
)
def test_a_party_tag_with_the_state_spelled_out_gives_the_state(printed: str, name: str, region: str) -> None:
    text = f"Budget Presented\n\nThe Senate met.\n\n{printed} said the bill was dead on arrival.\n"
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    assert [(s.speaker, s.region) for s in process_source(source, lang="en").statements] == [(name, region)]


@pytest.mark.parametrize(
    "described",
    [
        "Sheldon Ash, a close friend of Israeli Prime Minister Ari Levy,",
        "Sheldon Ash, a longtime ally of Prime Minister Ari Levy,",
        "Sheldon Ash, a fierce critic of the prime minister,",
    ],
)
def test_a_friend_or_critic_of_an_office_holder_does_not_hold_the_office(described: str) -> None:
    found = _read(f"{described} said the plan would fail.", lede="The plan was debated.")
    assert found == [("Sheldon Ash", None, "the plan would fail")]


def test_a_time_opening_is_not_the_subject_of_a_participle_that_hands_on_a_quote() -> None:
    found = _read('Hours later, Reyes returned the compliment, telling Reuters, "We have a great relationship."')
    assert found == [("Tomas Reyes", "Finance Minister", "We have a great relationship.")]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Reyes said taxes would rise next year and attacked the opposition's plans.", "taxes would rise next year"),
        ("Reyes said the deficit would fall, but Reyes did not say when.", "the deficit would fall"),
        ("Reyes said talks with the unions would resume but did not say when.", "talks with the unions would resume"),
        (
            "Reyes said the budget would fund new schools but declined to give figures.",
            "the budget would fund new schools",
        ),
        ("Reyes said the hospital would reopen soon, but gave no date.", "the hospital would reopen soon"),
        (
            "Reyes said the bill was dead in its current form and then walked out.",
            "the bill was dead in its current form",
        ),
        ("Reyes said the deficit would fall, although he did not say how.", "the deficit would fall"),
        ("Reyes said the deficit would fall but would not be drawn on the cost.", "the deficit would fall"),
        (
            "Reyes said nurses deserved a pay rise but stopped short of backing the strike.",
            "nurses deserved a pay rise",
        ),
        # ("refused" after "and" is as often what the words report: "the council ... refused to act")
        (
            "Reyes said the council ignored warnings and refused to act.",
            "the council ignored warnings and refused to act",
        ),
        (
            "Reyes said the deficit would fall by spring before leaving for Brussels.",
            "the deficit would fall by spring",
        ),
        ("Reyes said the deficit would fall and left the room without taking questions.", "the deficit would fall"),
        # (what is said to happen before or after something else is what was said)
        (
            "Reyes said prices would rise before falling back next year.",
            "prices would rise before falling back next year",
        ),
        ("Reyes said he would write a book after leaving office.", "he would write a book after leaving office"),
        (
            "Reyes said the plan, in a speech to the conference, was the only way forward.",
            "the plan, in a speech to the conference, was the only way forward",
        ),
        ("Reyes insists the budget must balance, and has championed cuts to subsidies.", "the budget must balance"),
        (
            "Reyes said the plan was drafted and approved by the cabinet.",
            "the plan was drafted and approved by the cabinet",
        ),
    ],
)
def test_the_speaker_s_next_act_is_no_part_of_what_was_said(sentence: str, said: str) -> None:
    assert [t for _, _, t in _read(sentence)] == [said]


@pytest.mark.parametrize("place", ["Des Moines", "Milton Keynes", "Boston"])
def test_where_an_epithet_s_holder_spoke_is_no_one(place: str) -> None:
    found = _read(
        f"The Texas senator, speaking in {place}, said the deficit would fall by half.",
        lede="Senator Dale Whitcomb toured the state on Monday.",
    )
    assert [speaker for speaker, _, _ in found] == ["Dale Whitcomb"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Gov. Warren Bishop said", "Warren Bishop"),
        ("Councilman Earl Pope said", "Earl Pope"),
        ("Labour MP Peter Judge said", "Peter Judge"),
    ],
)
def test_a_surname_that_is_a_post_s_word_ends_the_name(attribution: str, speaker: str) -> None:
    found = _read(f"{attribution} the deficit would fall by half.", lede="The budget was presented on Tuesday.")
    assert [s for s, _, _ in found] == [speaker]


@pytest.mark.parametrize(
    "subject",
    [
        "Her Republican opponent, state Rep. Greg Tolliver,",
        "His Labour rival, Greg Tolliver,",
        "State Rep. Greg Tolliver, D-San Antonio,",
    ],
)
def test_a_name_in_apposition_after_a_possessive_or_before_a_party_and_city(subject: str) -> None:
    found = _read(f"{subject} said the plan would raise taxes.", lede="Sen. Mary Lane faces a tough race this fall.")
    assert [s for s, _, _ in found] == ["Greg Tolliver"]


@pytest.mark.parametrize(
    "content",
    ["at least forty MPs were ready to vote against the budget", "in future all schools would publish their results"],
)
def test_reported_speech_that_opens_with_a_preposition(content: str) -> None:
    assert _read(f"Reyes said {content}.") == [("Tomas Reyes", "Finance Minister", content)]


@pytest.mark.parametrize("owner", ["Ashford's", "Eleanor Ashford's", "Mrs. Ashford's", "The Ashford"])
def test_a_candidate_s_campaign_named_with_a_full_name_or_a_title(owner: str) -> None:
    found = _read(f"{owner} campaign said the report contained nothing new about her emails.")
    assert [s for s, _, _ in found] == ["Ashford campaign"]


@pytest.mark.parametrize(
    "peer",
    ["Lord Penrose of Tillington", "Baroness Penrose of Kelso", "Lord Penrose of Tillington, a former minister,"],
)
def test_a_peer_s_title_with_its_place_is_the_peer(peer: str) -> None:
    assert _read(f"{peer} said the plan would fail.", lede="The plan was debated.") == [
        ("Penrose", "former minister" if "minister" in peer else None, "the plan would fail")
    ]


@pytest.mark.parametrize(
    ("peer", "role"),
    [
        ("Baroness Penrose, the Conservative peer,", "Conservative peer"),
        ("Crossbench peer Lord Penrose", "Crossbench peer"),
    ],
)
def test_a_peer_sits_in_the_lords_as_an_mp_in_the_commons(peer: str, role: str) -> None:
    assert _read(f"{peer} said the plan would fail.", lede="The plan was debated.") == [
        ("Penrose", role, "the plan would fail")
    ]


@pytest.mark.parametrize("participle", ["adding that", "adding", "insisting that", "while acknowledging that"])
def test_a_participle_after_a_trailing_attribution_says_more(participle: str) -> None:
    found = _read(f"{_CONTENT}, Reyes said, {participle} no homes would be sold.")
    assert found == [
        ("Tomas Reyes", "Finance Minister", _CONTENT),
        ("Tomas Reyes", "Finance Minister", "no homes would be sold"),
    ]


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # (a quoted phrase at the end of the first keeps its closing mark)
        ("voters had rejected 'politics as usual'", "voters had rejected 'politics as usual'"),
        ("voters had rejected “politics as usual”", "voters had rejected “politics as usual”"),
        # (a verb's negative contracted is a verb: the first part is a clause)
        ("the plan wouldn't work", "the plan wouldn't work"),
        ("the plan couldn’t work", "the plan couldn’t work"),
    ],
)
def test_what_was_said_before_the_participle_is_whole(said: str, first: str) -> None:
    assert [t for _, _, t in _read(f"Reyes said {said}, adding that no homes would be sold.")] == [
        first,
        "no homes would be sold",
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Reyes said the budget had failed the poor, warning of a crisis this winter.",
            ["the budget had failed the poor, warning of a crisis this winter"],
        ),
        (
            "The budget had failed the poor, Reyes said, warning of a crisis this winter.",
            ["The budget had failed the poor"],
        ),
        ("Reyes rejected the call, warning of a crisis this winter.", []),
    ],
)
def test_a_participle_with_an_object_and_no_clause_says_nothing_of_its_own(sentence: str, said: list[str]) -> None:
    assert [t for _, _, t in _read(sentence)] == said
