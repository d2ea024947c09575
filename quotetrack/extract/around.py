"""What an article prints around a name: the sentence it stands in, the post printed before or
after it, and what the whole article shows about its words. Pure functions of the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from quotetrack.extract.words import Lexicon
from quotetrack.text.dates import WEEKDAYS
from quotetrack.text.lexicon import is_past_post, tokens, word_set
from quotetrack.text.stem import is_dictionary_word

# Written to open with the set of its first characters (the mark, or the line break) so the
# engine skips to those instead of trying both branches at every character: twice as fast.
# An initial's or a title's full stop ends no sentence: "Chief Minister R. Sundaram met Prime
# Minister Anil Desai. He told ...", "M.K. Sundaram", "Mr. Greer", "Gov. Kay Linder" (else the name
# after it opens a sentence of its own and the one named later is taken for its subject).
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[.!?])(?<![\s.][A-Z]\.)(?<!\bM[rs]\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bGov\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bSt\.)"
    # (Indonesian titles before a name: "Bupati X Hj. Y dan Wakil Bupati Z" is one sentence)
    r"(?<!\bHj\.)(?<!\bIr\.)(?<!\bKH\.)(?<!\bDrs\.)(?<!\bDra\.)(?<!\bTgk\.)(?<!\bPdt\.)(?<!\bProf\.)(?<!\bdr\.)"
    r"[\"”’]?\s+(?=[\"“”]?[A-Z]))"
)
_SENTENCE_LOOKBACK = 400
# What may stand between an office and the name it precedes: capitalised words, bracketed short
# forms, commas and the few lower-case words of long post names ("bidang", "dan", "of").
_POST_WORD = re.compile(r"\([^()]{1,60}\)|[^\s(),]+,?")
_POST_JOINERS = frozenset({"bidang", "dan", "and", "of", "for", "the", "urusan", "&", "se", "untuk"})
_POST_LOOKBACK = 200
_RANKING = frozenset({"nomor", "urut", "no"})  # a candidate's ballot number inside the post
_UNIT_NUMBER = re.compile(r"\d+/[\w-]+")  # a command's number and its place: "Dandim 0809/Kediri", "Danrem 121/Bjm"
# English gives the post after the name: "Luay Qasim, 33, the community center's program coordinator,".
_EN_POST_AFTER = re.compile(
    # (dots inside: "of the A.F.L.-C.I.O.", "an adviser to Mr. Romney's campaign")
    r",[ \t]*(?:\d{1,3},[ \t]*)?(?:(?:the|a|an)[ \t]+)?"
    r"(?![ \t]*(?:said|says|told|added|wrote|warned|insisted|argued)\b)"  # ("X, 31, said she ...": no post)
    # ("his brother, George W. Bush, and the former first lady, Laura Bush": the next one's post)
    r"(?![ \t]*(?:and|or|but|nor)\b)"
    # ("X, will become the campaign manager": a verb, not an apposition)
    r"(?![ \t]*(?:will|would|has|had|have|is|was|are|were|can|could|may|might|shall|should|must)\b)"
    r"(?P<post>(?:[^,.;:\"“”()\n]|(?<=[A-Z])\.(?=[A-Z-])|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){3,120}?)[ \t]*"
    # ("X, Welsh secretary of the British Medical Association (BMA), welcomed": the body's short form)
    r"(?:\([A-Z][\w&.-]{1,11}\)[ \t]*)?"
    # '..." said Matt Bai, a political columnist.'; "X, the reporter who uncovered ...".
    r"(?=,|[ \t]+(?:said|says|told|added|who|whose)\b|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)\.(?:\s|$))"
)
# A research post held at a named body, in apposition after the name: "Joshua Huder, a senior
# fellow at the Government Affairs Institute", "Victor Cha, a Korea scholar at the Center for
# Strategic and International Studies". Alone these words describe rather than name a post
# ("Soil expert Sir Ian", "Fellow Democrat Joe Biden"), so they are no post words (roles_en.txt).
_RESEARCH_POST = re.compile(
    r"\b(?:fellow|scholar|scientist|physicist|expert)\b[^,;]*?\s(?:at|of|with)\s+(?:the\s+)?[A-Z]"
)
# Verbs of heading a body, now and before, and the post each gives: "who chairs the Commons
# committee" (its chair), "who helmed the DNC from 1995 to 1997" (its former head).
_HEADING = (
    ("chairs", "chaired", "chair of"),
    ("heads", "headed", "head of"),
    ("leads", "led", "leader of"),
    ("runs", "ran", "head of"),
    ("directs", "directed", "director of"),
    ("helms", "helmed", "head of"),
)
_HEAD_OF = {now: post for now, _, post in _HEADING}
_HEADED_BEFORE = {then: post for _, then, post in _HEADING}
# "X, who chairs the Commons committee, said": the post a relative clause gives, as its head.
_EN_POST_RELATIVE = re.compile(
    r",[ \t]+who[ \t]+(?:also[ \t]+|now[ \t]+|once[ \t]+|previously[ \t]+|formerly[ \t]+)?"
    rf"(?P<verb>{'|'.join([*_HEAD_OF, *_HEADED_BEFORE])})[ \t]+"
    r"(?P<body>(?:the[ \t]+)?[^,.;:\"“”()\n]{3,80}?)(?=,|\.(?:\s|$))"
)
# "who was elected mayor of London last week": the post a relative clause says its person holds,
# up to a word of time or circumstance.
_WHO_HOLDS = re.compile(
    r"who\s+(?:(?:also|now|currently)\s+)?(?P<verb>is|was|has\s+been|had\s+been|became|becomes|serves\s+as|served\s+as)\s+"
    # ("who is also the chairman of X", "who also serves as the regional secretary": a second post)
    r"(?:(?:also|now|currently|concurrently)\s+)?(?P<chosen>(?:re-?)?(?:elected|appointed|named|sworn\s+in)\s+)?(?:as\s+)?(?:the\s+|an?\s+)?(?P<post>[^,;]+)$"
)
_POST_STOPS = frozenset(
    {"last", "this", "next", "earlier", "on", "in", "at", "after", "before", "when", "since", "until", "by", "with"}
)


def before_time(printed: str) -> list[str]:
    """The words of a post printed before a word of time or circumstance ("mayor of London last
    week" -> mayor, of, London)."""
    words = printed.split()
    stop = next(
        (
            k
            for k, w in enumerate(words)
            if k
            and (
                w.casefold() in _POST_STOPS
                # ("governor of Texas for 14 years": how long, not the post's portfolio)
                or (w == "for" and k + 1 < len(words) and (words[k + 1][:1].isdigit() or words[k + 1] in _SPAN_WORDS))
            )
        ),
        len(words),
    )
    return words[:stop]


_SPAN_WORDS = frozenset({"two", "three", "four", "five", "six", "eight", "ten", "more", "nearly", "almost", "over"})
_SPAN_WORDS |= frozenset({"a", "decades", "years", "months", "several", "many"})


def held_post(clause: str, lex: Lexicon) -> str | None:
    """The post in "who was elected mayor of London last week" ("mayor of London"), or None."""
    found = _WHO_HOLDS.match(clause)
    if found is None:
        return None
    words = before_time(found.group("post"))
    if not any(w.casefold() in lex.roles for w in words) or is_past_post(words[:1]):
        return None
    if found.group("chosen") is None and " ".join(found.group("verb").split()) in _HELD_BEFORE:
        return f"former {' '.join(words)}"  # "who was chief executive of the bank until 2010"
    return " ".join(words)


_HELD_BEFORE = frozenset({"was", "had been", "served as"})


# Where a body's name stops in such a clause: the time it was led ("from 1995 to 1997", "during
# the 2008 campaign", "until 2010", "for a decade").
_LED_WHEN = re.compile(
    r"\s+(?:(?:from|during|between|until|till|since|when|before|after)\s"
    r"|(?:in|for)\s+(?:the\s+)?(?:\d|a\s+(?:decade|year)|(?:two|three|four|five|six|eight|ten|several|many)\s)).*$"
)
# Indonesian names the post after the name with "selaku" (in the capacity of) or ", sebagai":
# "Andi Erwin, selaku Juru Bicara DPRD Tanah Bumbu". The post is its capitalised run.
_ID_POST_WORD = r"(?:[A-Z][^\s,.;:()]*|\([^()]{1,40}\)|dan|bidang|urusan)"
_ID_POST_AFTER = re.compile(
    rf"(?:,?[ \t]+selaku|,[ \t]*sebagai)[ \t]+(?P<post>{_ID_POST_WORD}(?:[ \t]+{_ID_POST_WORD})*)"
)
# "Witjaksono yang merupakan wakil ketua Majelis Pertimbangan PPP": a relative clause gives the
# post, its head words often in lower case.
_ID_POST_RELATIVE = re.compile(
    r",?[ \t]+yang[ \t]+(?:juga[ \t]+|kini[ \t]+|saat[ \t]+ini[ \t]+)?"
    r"(?:merupakan|adalah|menjabat(?:[ \t]+sebagai)?|juga)[ \t]+(?P<post>[^,.;:\"“”\n]{3,120})"
)
# A short bracket right after a name, a nickname, short form or age ("Sukirman (Kang Man)",
# "(45)"): the post in apposition comes after it.
_ID_BRACKET_AFTER_NAME = re.compile(r" \([^(),\n]{1,30}\)")
# A post in apposition after the name, between commas: "Tri Mahawati, dokter emergensi dari X, memaparkan".
_ID_POST_APPOSED = re.compile(r",[ \t]+(?P<post>[^,.;:\"“”\n]{3,120}),")
# Lower-case words English prints inside a post before its head ("Republican presidential candidate").
EN_POST_MODIFIERS = frozenset(
    {
        "presidential",
        "vice",
        "deputy",
        "assistant",
        "general",
        "executive",
        "chief",
        "senior",
        "shadow",
        "acting",
        "interim",
        "party",
        "state",
        "federal",
        "national",
        "regional",
        "city",
        "county",
        "district",
        "program",
        "programme",
        "community",
        "center's",
        "centre's",
        "press",
        "foreign",
        "home",
        "prime",
        "majority",
        "minority",
        "opposition",
        "parliamentary",
        "cabinet",
        "health",
        "education",
        "defence",
        "defense",
        "finance",
        "justice",
        "trade",
        "police",
        "fire",
        "school",
        "council",
        "union",
        "campaign",
    }
)
# Words after which a capitalised word names a place or a body, not a person: "di Pamulang",
# "Kecamatan Cangkringan", "PP Muhammadiyah", "Hotel Santika".
_PLACE_OR_BODY_BEFORE = frozenset({"di", "ke", "asal", "wilayah", "warga", "in", "at", "from", "near"})
# Lower-case nouns of a company or of the people of one ("perusahaan Torch", "pendiri Jouska",
# "users of Tokopedia"; "Torch, produsen ..."): the capitalised word beside them names a body.
_BODY_NOUNS = frozenset(
    {
        *("perusahaan", "startup", "platform", "aplikasi", "merek", "produsen", "maskapai", "situs"),
        *("layanan", "komunitas", "organisasi", "lembaga", "asosiasi", "koperasi", "pabrikan", "penerbit"),
        *("pendiri", "pemilik", "pengelola", "pengurus", "karyawan", "pegawai", "pelanggan", "pengguna"),
        *("company", "firm", "brand", "founder", "owner", "employees", "customers", "users", "staff"),
    }
)
EPITHET_DETERMINERS = frozenset({"the", "this", "that", "itu", "ini", "tersebut", "sang", "si"})


def sentence_end(text: str, start: int) -> int:
    """Offset where the sentence holding `start` ends (looking ahead a bounded stretch)."""
    stop = _SENTENCE_END.search(text, start, min(len(text), start + _SENTENCE_LOOKBACK))
    return stop.start() if stop else min(len(text), start + _SENTENCE_LOOKBACK)


def sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding `position` starts (looking back a bounded stretch)."""
    # The sentence ends of the whole text, found once: an article asks about 20 positions, and a
    # scan of the 400 characters before each read every character several times (2% of extraction).
    # The windowed scan below decides where the window's edges could make it differ: a match
    # reaching into the window from before it, one ending at `position`, one running across it.
    starts, ends = _sentence_ends(text)
    lo = max(0, position - _SENTENCE_LOOKBACK)
    last = bisect_left(ends, position)  # the matches that end before `position`: ends[:last]
    if last and starts[last - 1] >= lo and (last == len(starts) or starts[last] > position):
        return ends[last - 1]
    return _sentence_start_in_window(text, position)


def _sentence_start_in_window(text: str, position: int) -> int:
    lo = max(0, position - _SENTENCE_LOOKBACK)
    start = lo
    # One character past `position`, so a sentence that opens exactly there is seen to (the
    # pattern looks ahead for its capital).
    for match in _SENTENCE_END.finditer(text, lo, min(len(text), position + 1)):
        if match.end() <= position:
            start = match.end()
    return start


@lru_cache(maxsize=4)  # one article's text at a time (its hash is computed once per string)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every _SENTENCE_END match in `text`, in order (ends rise strictly)."""
    matches = [match.span() for match in _SENTENCE_END.finditer(text)]
    return [start for start, _ in matches], [end for _, end in matches]


def _past_bracket(text: str, end: int) -> int:
    """Where the words after a name go on past a short bracket right after it ("Sukirman (Kang
    Man), Kepala Desa X,", "Parmin (52), petani,"): the post in apposition follows the bracket."""
    if text.startswith(" (", end) and (bracket := _ID_BRACKET_AFTER_NAME.match(text, end)) is not None:
        return bracket.end()
    return end


def may_have_post(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A cheap look around a name before the costlier post_before / post_after."""
    if lex.lang == "en" and text.startswith(",", end):
        return True
    if lex.lang == "id":
        end = _past_bracket(text, end)
    if lex.lang == "id" and text.startswith((" selaku", ", selaku", ", sebagai", " yang ", ", yang "), end):
        return True
    if lex.lang == "id" and text.startswith(", ", end):
        after = text[end + 2 : end + 40].split(" ", 1)[0].strip(",").casefold()
        if after in lex.roles or _PROFESSION.fullmatch(after):
            return True  # "Tri Mahawati, dokter emergensi dari ..., memaparkan"
    before = text[max(0, start - _POST_LOOKBACK) : start]
    # Folding the stretch once is folding each word: casefold() maps character by character and
    # neither makes nor removes white space or ",()" (tests/extract/test_fast_paths.py).
    words = [w.strip(",()") for w in before.casefold().split()]
    if lex.lang == "id" and words and _PROFESSION.fullmatch(words[-1]):
        return True  # "kata dokter Tri Maharani"
    return not lex.roles.isdisjoint(words)


# English words for a relative, with the gender they give: "X, the daughter of a former
# governor," or "X, the senator's wife,": the post named is the relative's, not X's.
KIN_GENDER_EN: dict[str, str | None] = {
    **dict.fromkeys(("daughter", "wife", "widow", "mother", "sister", "niece", "granddaughter", "grandmother"), "f"),
    **dict.fromkeys(("stepdaughter", "stepmother", "aunt", "fiancee", "fiancée"), "f"),
    **dict.fromkeys(("son", "husband", "widower", "father", "brother", "nephew", "grandson", "grandfather"), "m"),
    **dict.fromkeys(("stepson", "stepfather", "uncle", "fiance", "fiancé"), "m"),
    "cousin": None,
}
KIN_EN = frozenset(KIN_GENDER_EN)


# Words for one who stands with or against someone: "X, a close friend of Israeli Prime Minister
# Y,", "a fierce critic of the governor": the post named is the other's.
RELATION_EN = frozenset(
    {"friend", "friends", "ally", "allies", "supporter", "critic", "opponent", "rival", "confidant", "confidante"}
    | {"backer", "donor", "admirer", "fan", "foe", "nemesis"}
)


def _names_a_relative(words: list[str]) -> bool:
    """Whether the words of a post name a relative ("daughter of the governor", "senator's wife")
    or one who stands with or against the post's holder ("close friend of Prime Minister Y")."""
    keys = [w.casefold().removesuffix("'s").removesuffix("’s").strip(",.") for w in words]
    return any(k in KIN_EN for k in keys) or any(
        k in RELATION_EN and keys[n + 1 : n + 2] in (["of"], ["to"]) for n, k in enumerate(keys)
    )


# English nouns that end a public body's name printed in lower case ("the regional planning
# agency", "a parliamentary committee"): what "head of" or "who chairs" a body may govern.
BODY_NOUNS_EN = frozenset(
    {"agency", "board", "bureau", "commission", "committee", "council", "department", "directorate"}
    | {"ministry", "office", "authority", "assembly", "parliament", "court", "secretariat", "taskforce"}
    # ("who heads the central bank", "the energy regulator", "the state's audit watchdog")
    | {"bank", "regulator", "watchdog", "tribunal", "inspectorate"}
)


# "Health Ministry official", "a senior Finance Ministry official": a body's capitalised name, then
# "official", a job at the body and no post of it.
_BODY_OFFICIAL = re.compile(
    r"(?P<pre>(?:(?:an?|the|senior|top|junior|local)\s+)*)(?P<body>(?:[A-Z][\w&'’.-]*\s+){1,5})officials?"
)


def official_of_body(role: str | None) -> str | None:
    """ "Health Ministry official" -> "official of the Health Ministry": English names no post by
    "official", so the role is the job in lower case with the body kept, as pages show a private
    person's description, and never a post the registry files under the body's name."""
    found = _BODY_OFFICIAL.fullmatch(role) if role else None
    if found is None:
        return role
    body = found.group("body").strip()
    article = "the " if body.split()[-1].casefold() in BODY_NOUNS_EN else ""
    pre = " ".join(w for w in found.group("pre").split() if w.casefold() not in {"a", "an", "the"})
    return " ".join(filter(None, (pre.lower(), f"official of {article}{body}")))


def _names_a_body_run(words: list[str]) -> bool:
    """Whether the words after a verb of heading name a body: a capitalised name ("the Commons
    work and pensions committee") or a body's noun at the end ("the regional planning agency"),
    not a trade or a shop ("a food stall", "the family business")."""
    return any(w[:1].isupper() for w in words) or (bool(words) and words[-1].casefold() in BODY_NOUNS_EN)


def post_after(text: str, end: int, lex: Lexicon) -> str | None:
    """The post printed after a name: English "X, 33, the community center's program
    coordinator,", Indonesian "X, selaku Juru Bicara DPRD Tanah Bumbu"."""
    if lex.lang != "en":
        end = _past_bracket(text, end)
        found = _ID_POST_AFTER.match(text, end)
        if found is not None:
            words = found.group("post").split()
        elif (relative := _ID_POST_RELATIVE.match(text, end)) is not None:
            words = _post_run(relative.group("post").split(), lex)
        elif (apposed := _ID_POST_APPOSED.match(text, end)) is not None:
            words = _post_run(apposed.group("post").split(), lex)  # "X, dokter emergensi dari Y, memaparkan"
        else:
            return None
        while words and words[-1].casefold() in _POST_JOINERS:
            words.pop()
        opens = bool(words) and (words[0].casefold() in lex.roles or _PROFESSION.fullmatch(words[0].casefold()))
        return " ".join(words) if opens else None
    relative = _EN_POST_RELATIVE.match(text, end)
    if relative is not None:
        # "Sir Archy Kirkwood, who chairs the Commons work and pensions committee,": its head;
        # "who helmed the DNC from 1995 to 1997": its former head.
        verb, body = relative.group("verb"), relative.group("body")
        if verb in _HEADED_BEFORE:
            body = _LED_WHEN.sub("", body)
            # (a named body only: "who ran the marathon", "who led the march" held no post)
            named = any(w[:1].isupper() for w in body.split())
            return f"former {_HEADED_BEFORE[verb]} {body}" if named else None
        if not _names_a_body_run(body.split()):
            return None  # "who runs a food stall": a trade, no body's post
        return f"{_HEAD_OF[verb]} {body}"
    match = _EN_POST_AFTER.match(text, end)
    if match is None:
        return None
    post = match.group("post")
    if post.startswith("who "):
        return held_post(post, lex)  # "X, who was elected mayor of London last week,"
    if " who " in post and (held := held_post(post[post.index(" who ") + 1 :], lex)) is not None:
        return held  # "James Acton, a physicist who is co-director of the Nuclear Policy Program,"
    post = post.split(" who ", 1)[0]  # "a former foreign minister who is a harsh critic of ...": the post
    words = [w.casefold().removesuffix("'s").removesuffix("’s") for w in post.split()]
    if (not any(w in lex.roles for w in words) and not _RESEARCH_POST.search(post)) or _names_a_relative(words):
        return None
    # ("X, a former Democratic National Committee chairman,": a past post from its marker on, which
    # citations print and the registry files as no post held)
    past = next((k for k in range(len(words)) if is_past_post(words[k : k + 1])), None)
    if past is not None and any(w in lex.roles for w in words[:past]):
        # "X, executive vice president of the Brookings Institution and a former U.S. ambassador":
        # the post held now, before the one held once
        now = post.split()[:past]
        while now and now[-1].casefold().strip(",") in {"and", "a", "an", "the"}:
            now.pop()
        return " ".join(now).rstrip(",") or None
    post = without_country_s(post)
    return post if past is None else " ".join(post.split()[past:])


def without_country_s(post: str) -> str:
    """A post in lower case without the country whose post it is: "Indonesia's coordinating
    minister for economic affairs" -> "coordinating minister for economic affairs" (as before a
    capitalised post: "Indonesia's Finance Minister X"). Any other post as it is."""
    owner, _, rest = post.partition(" ")
    if not rest[:1].islower() or not owner.endswith(("'s", "’s", "s'", "s’")):
        return post
    # ("the Philippines' secretary of foreign affairs": a plural name's apostrophe alone)
    country = owner.removesuffix("'s").removesuffix("’s").rstrip("'’").casefold()
    return rest if country == "indonesia" or country in word_set("quotetrack.text", "countries.txt") else post


def _post_run(words: list[str], lex: Lexicon) -> list[str]:
    """The post at the front of a clause: post words in any case ("wakil ketua"), then the
    capitalised name of its body, up to the first other lower-case word."""
    run: list[str] = []
    for word in words:
        key = word.casefold()
        if (
            key in lex.roles
            or word[:1].isupper()
            or (run and key in _POST_JOINERS)
            or word.startswith("(")
            or (not run and _PROFESSION.fullmatch(key))  # "dokter emergensi dari ..."
        ):
            run.append(word)
        else:
            break
    return run


# A lower-case word, then "the", right before a post: the post is inside a clause ("did not trust the").
_OBJECT_THE = re.compile(r"\b[a-z][a-z'’]*\s+the\s+$")
_NAME_AT = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# The titles English copy prints before a name, which a post never is ("Mr Blair and ... leader X").
HONORIFICS_EN = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady"})


def post_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The office printed right before a name at `start`, across brackets and commas:
    "Gubernur Jawa Timur (Jatim) Kholifah", "Menteri Koordinator bidang Politik, Hukum,
    dan Keamanan (Menko Polhukam) Munir MS", "The Scottish National Party's Holyrood leader,
    Nicola Sturrock". None when the words before are narration."""
    lo = max(sentence_start(text, start), start - _POST_LOOKBACK)
    english = lex.lang == "en"
    if not english and (profession := _PROFESSION_BEFORE.search(text, lo, start)) is not None:
        before = text[lo : profession.start()].rstrip().rsplit(None, 1)[-1:]
        if not before or not (before[0][:1].isupper() or before[0].endswith(")")):
            return profession.group(1)  # "pakar epidemiologi Fakultas X, Pandu": a profession and its field
        return None  # "Ketua Presidium MER-C dokter Sarbini": a title after the post, which the name's run has
    words = list(_POST_WORD.finditer(text, lo, start))
    head = leftmost = None
    portfolio = 0  # lower-case words of an English post's portfolio; -1 once they can no longer come
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        token = word.group().rstrip(",")
        if token.startswith("("):
            continue
        if english and token == "the" and index and words[index - 1].group().casefold() in {"and", "or"}:
            break  # "criticize Obama and the Democratic presidential nominee, Hillary Clinton": a list
        if (
            english
            and token.casefold() in {"and", "or"}
            and index >= 2
            and words[index - 2].group().rstrip(".") in HONORIFICS_EN
        ):
            break  # "Mr Blair and Liberal Democrat leader Charles Pennock": the post is the second's alone
        if english and token.casefold() in {"and", "or"} and head is not None and _name_ends_item(words, index, lex):
            break  # "Finance Minister Grace Mutua and opposition leader X": the first item ends with a name
        if english and token.casefold() in {"and", "or"} and (head is None or _names_post_head(words, index, lex)):
            # "campaign's chief executive, and Kellyanne Conway": a list, the name opens its next
            # item; "Both the prime minister and Chancellor Gordon Brown": another's post before "and"
            break
        key = token.casefold().removesuffix("’s").removesuffix("'s")
        if (
            english
            and head is not None
            and (
                (token == "the" and not (index and words[index - 1].group().casefold() in {"of", "for"}))
                or key in WEEKDAYS
            )
        ):
            # "claims that he did not trust the prime minister, Mr Brown": the post opens after
            # "the"; "On Tuesday, deputy prime minister Mr Prescott": a day opens none
            break
        if not english and head is not None and key in _LIST_JOINERS_ID and _starts_post(text, word.end(), lex):
            break  # "Kepala Dinas X Budi dan peneliti Y, Rizky": another person's post before "dan"
        if not english and head is not None and word.group().endswith(",") and key not in lex.roles:
            # "Menaker Ida Farhaniyah, Menteri Sosial (Mensos) Tri": a list, the item before the comma
            # another person's (a post's own commas come before its head: "Menteri Koordinator
            # bidang Politik, Hukum, dan Keamanan")
            break
        if key in lex.roles and (
            token[:1].isupper()
            or english
            or key in CANDIDACIES_ID
            or (key in _INTRODUCED_HEADS_ID and _introduces_a_person(text, word.start()))
        ):
            head = leftmost = word.start()  # English posts print their head in lower case
            portfolio = 0 if token == key else -1
        elif not english and key in lex.roles and head is None and _PROFESSION.fullmatch(key):
            head = leftmost = word.start()  # "peneliti Pusat Kajian X, Rizky": a profession in lower case
        elif english and key in POSSESSIVES:
            break  # "Its leader, X", "His spokesman X": whose is said before, the post follows
        elif english and head is not None and token != word.group() and key in KIN_EN:
            break  # "her brother, opposition leader X": who the person is to another, then the post
        elif token[:1].isupper() and key not in EPITHET_DETERMINERS and key not in lex.clause_openers:
            leftmost = word.start()  # "Meanwhile Lib Dem leader X": the adverb opens no post
            portfolio = -1
        elif english and head is not None and 0 <= portfolio < 4 and token == key and _portfolio_word(key, lex):
            # "Conservative shadow international development secretary X": the portfolio in lower
            # case, between a lower-case head and the party or body before it.
            leftmost = word.start()
            portfolio += 1
        elif not (
            key in _POST_JOINERS
            or (english and head is not None and key in EN_POST_MODIFIERS)
            or (
                not english
                and (
                    key in lex.roles or key in _RANKING or key.replace(".", "").isdigit() or _UNIT_NUMBER.fullmatch(key)
                )
            )
        ):
            break  # "Calon wakil presiden (cawapres) nomor urut 1, X": lower-case post words go on
    if head is None:
        return None
    if english and text[head:start].split()[0].islower() and _VERB_BEFORE.search(text, lo, head):
        return None  # "Cafod will host Mr Brown's speech": a verb, not a post
    # Indonesian opens a post with its head ("Menteri ..."); English may name the portfolio,
    # the party or the body first ("Scottish National Party's Holyrood leader").
    first = leftmost if english and leftmost is not None else head
    marker = _PAST_MARKER.search(text, max(lo, first - 12), first)
    if marker is not None:
        first = marker.start()  # "former shadow attorney general Bill Cash": a post no longer held
    post = text[first:start].strip(" ,\t")
    if not english:
        # "Direktur X Bareskrim Polri Brigjen (Pol) Helmy": the rank before the name is the person's
        # ("Mantan Kapolda Jawa Timur, Irjen (Purn) X": the post's comma before the rank goes too)
        post = _without_trailing_titles(post, lex).rstrip(" ,\t")
    if (
        english
        and _OBJECT_THE.search(text, lo, first)
        and (name := _NAME_AT.match(text, start)) is not None
        and not text.startswith((",", ")", " (", ";"), name.end())
    ):
        # "... claims that he did not trust the prime minister, Mr Brown replied": the post is the
        # verb's object and the name opens the main clause, not an apposition to it
        return None
    printed = post.split()
    heads = [k for k, w in enumerate(printed) if w.casefold().strip(",") in lex.roles]
    if (
        english
        and heads
        and heads[-1] + 1 < len(printed)
        and printed[heads[-1] + 1][:1].isupper()
        and printed[heads[-1] + 1].casefold().strip(",") not in lex.roles
        and text[start - 2 : start] == ", "
    ):
        return None  # "attributes a quote to President-elect Brackett, Emery wrote": the post is Brackett's
    if english and _names_a_relative(printed):
        return None  # "The daughter of the governor, Ann Lake": the post is her father's
    last = [w for w in printed if w.casefold() not in {"the", "a", "an"}][-1:]  # ("for the Ivanka Brackett brand")
    if not last or last[0].casefold() in _OBJECT_LINKS:
        return None  # "campaign chairman for Hillary Clinton": the post is another's, she is whom it serves
    return post if post.count("(") == post.count(")") else None


def _name_ends_item(words: list[re.Match[str]], index: int, lex: Lexicon) -> bool:
    """Whether the "and" at `index` follows a person's name and opens a post in lower case: two
    capitalised words that are no post words before it, a lower-case word after it ("Trade and
    Industry Secretary" is one post)."""
    if index < 2 or index + 1 >= len(words):
        return False
    before = [w.group().rstrip(",") for w in words[index - 2 : index]]
    after = words[index + 1].group()
    return (
        after[:1].islower()
        and all(w[:1].isupper() and w.casefold() not in lex.roles for w in before)
        and not any(w.casefold() in lex.institutions for w in before)
    )


_HONORARY_MARKS = frozenset({"(h.c.)", "(h.c)", "(hc)"})


def _without_trailing_titles(post: str, lex: Lexicon) -> str:
    """`post` without the titles and ranks that end it ("... Polri Brigjen (Pol)", "... Jatim
    dr."): they are the name's; a post that is only titles stays as it is."""
    words = post.split()
    end = len(words)
    while end > 1 and _is_title_word(words[end - 1], lex):
        end -= 1
    return " ".join(words[:end]) if end < len(words) and words[end - 1].casefold() not in lex.titles else post


def _is_title_word(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a title or a rank's word, bare or in brackets: "(Pol)", and the navy's
    corps "(P)" whose brackets the list of titles keeps ("Kolonel Laut (P)"), and an honorary
    doctorate's mark ("Dr. (H.C.)")."""
    key = word.casefold()
    return key.strip("()") in lex.titles or key in lex.titles or key in _HONORARY_MARKS


def _names_post_head(words: list[re.Match[str]], index: int, lex: Lexicon) -> bool:
    """Whether the word after "and" at `index` is a post's own head ("and Chancellor"), not a
    portfolio's word inside one post ("Trade and Industry Secretary")."""
    following = words[index + 1].group().rstrip(",").casefold() if index + 1 < len(words) else ""
    return following in lex.roles and following not in EN_POST_MODIFIERS


_VERB_BEFORE = re.compile(r"\b(?:will|would|to|can|could|may|might|shall|should|must|did|does|do)[ \t]+$")
# Candidacies, which the Indonesian press prints in lower case before a name: "calon presiden (capres) nomor
# urut 3 Galih Pranoto", "cawapres nomor urut 1 Muhaimin Iskandar".
CANDIDACIES_ID = frozenset(
    {"calon", "capres", "cawapres", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "cawawalkot", "paslon"}
)
# And where it introduces a person: "kata anggota Komisi XI DPR RI, X", "oleh kuasa hukum Iwan,
# Calvin Wijaya", "Sementara itu, juru bicara KPK X", "Ketua Bidang X sekaligus anggota Komisi XI
# DPR RI, Puteri" (their second words, "hukum" and "bicara", go on a post but open none:
# "penegakan hukum" is no post). Not after a noun ("pengejaran anggota kelompok itu, Lasaliu menegaskan":
# the members hunted are no post of Lasaliu's) nor after "dan" ("Wakil Ketua MPR dan anggota
# Komisi III DPR, Arsal Sahid": the first post is the one given).
_INTRODUCED_POSTS_ID = ("anggota", "kuasa hukum", "juru bicara", "jubir")
_INTRODUCED_HEADS_ID = frozenset(post.split()[0] for post in _INTRODUCED_POSTS_ID)
_INTRODUCED_POST_BEFORE = re.compile(rf"\b({'|'.join(_INTRODUCED_POSTS_ID)})[ \t]+$")
_INTRODUCING = re.compile(
    r"(?:^|[.!?,;:(\n][ \t]*|\b(?:oleh|menurut|kata|ujar|tutur|ucap|jelas|ungkap|sebut|tegas|imbuh|papar|"
    r"terang|tambah|lanjut|sekaligus)[ \t]+)$"
)


def _introduces_a_person(text: str, at: int) -> bool:
    """Whether the words before `at` introduce the person named next (see _INTRODUCED_POSTS_ID)."""
    return _INTRODUCING.search(text[max(0, at - 12) : at]) is not None


def lower_post_before(text: str, start: int) -> str | None:
    """The lower-case head of a post right before `start` ("anggota", "kuasa hukum"), or None."""
    lower = _lower_post_match(text, start)
    return lower.group(1) if lower is not None else None


def _lower_post_match(text: str, start: int) -> re.Match[str] | None:
    return _INTRODUCED_POST_BEFORE.search(text, max(0, start - 16), start)


def introduced_post_before(text: str, start: int, role: str) -> str | None:
    """The lower-case head of a post right before a capitalised run at `start` whose words
    `role` the run opens with ("anggota" before "Komisi XI DPR RI, Puteri", "kuasa hukum" before
    "Iwan, Calvin Wijaya"), where the words before it introduce a person; else None."""
    lower = _lower_post_match(text, start)
    if lower is None or role.split()[0].casefold() in _INTRODUCED_HEADS_ID:
        return None
    return lower.group(1) if _introduces_a_person(text, lower.start()) else None


_OBJECT_LINKS = frozenset({"for", "to", "of", "untuk", "bagi", "kepada"})
_PAST_MARKER = re.compile(r"(?:\b(?:[Ff]ormer|[Mm]antan|[Ee]ks|[Bb]ekas)[ \t]+|\b[Ee]x-)$")
_LIST_JOINERS_ID = frozenset({"dan", "serta"})
# Indonesian professions printed in lower case before a name or a body ("peneliti", "pakar").
_PROFESSION = re.compile(
    r"peneliti|pakar|pengamat|dosen|pengajar|guru\s*besar|epidemiolog|ekonom|analis|dokter|pendiri|perencana|"
    r"penulis|praktisi|akademisi|sosiolog|psikolog|sejarawan|budayawan|aktivis|advokat|pengacara"
)

# A profession and up to two lower-case words of its field right before the name or body.
_FUNCTION_WORDS_ID = r"(?:di|ke|dari|pada|dalam|yang|dan|dengan|untuk|oleh|itu|ini|asal)\b"
_PROFESSION_BEFORE = re.compile(
    rf"(?<![\w-])((?:{_PROFESSION.pattern})(?:[ \t]+(?!{_FUNCTION_WORDS_ID})[a-z][\w-]*){{0,2}}?)[ \t,]*$"
)


def _starts_post(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the word after `at` is a post's word ("dan peneliti ...", "serta Kepala ...")."""
    following = text[at : at + 30].split(None, 1)
    return bool(following) and following[0].strip(",").casefold() in lex.roles


POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_NOT_PORTFOLIO = POSSESSIVES | {"the", "a", "an", "this", "that", "who"}


# Portfolios whose English word the Indonesian dictionary also holds, or reads as one of its own
# words ("shadow spokesman for sport", "energy and mineral resources minister", "law and human
# rights minister").
_LOANED_PORTFOLIOS = frozenset({"sport", "sports", "media", "film", "digital", "mineral", "human", "regional", "bank"})


@lru_cache(maxsize=1 << 12)  # read for every lower-case word of an English post run
def is_portfolio_word(word: str) -> bool:
    """A lower-case English word that may name a post's portfolio ("transport" spokesman, "work and
    pensions" secretary): a plain word that is no speech verb, determiner, pronoun or past marker,
    and no Indonesian word ("baik jaksa": both). Shared by extraction and resolution."""
    key = word.lower()
    return (
        word.isascii()
        and word.isalpha()
        and key not in _NOT_PORTFOLIO
        and (key in _LOANED_PORTFOLIOS or not is_dictionary_word(key))
        and key not in word_set("quotetrack.extract", "speech_verbs_en.txt")
        and not is_past_post([key])
    )


# English function words and verb forms is_portfolio_word lets through ("met local government
# spokesman X": "met" is no portfolio).
_EN_NOT_PORTFOLIO = frozenset(
    {
        *("with", "by", "from", "at", "in", "on", "to", "as", "but", "or", "nor", "whom", "which", "when"),
        *("while", "after", "before", "than", "met", "meet", "has", "had", "have", "was", "were", "is", "are"),
        *("be", "been", "will", "would", "could", "should", "may", "might", "also", "then", "now", "not", "new"),
        *("both", "all", "some", "many", "other", "such", "did", "does", "do", "and", "of", "for", "about"),
        *("over", "into", "against", "between", "under", "like", "via", "his", "her", "its", "their", "our"),
    }
)


def _portfolio_word(key: str, lex: Lexicon) -> bool:
    """A lower-case word that may name a post's portfolio or field ("transport", "international
    development"): what is_portfolio_word allows, less function words, verb forms and adverbs."""
    return (
        len(key) >= 3
        and is_portfolio_word(key)
        and key not in _EN_NOT_PORTFOLIO
        and not key.endswith(("ed", "ing", "ly"))
        and key not in lex.adverbs
        and lex.verb_re.fullmatch(key) is None
    )


_CAPITAL = re.compile(r"[A-Z]")
# A body's short form: "PLN", "BKN", "KAI" (a person's initials are never printed on their own).
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@dataclass(frozen=True, slots=True)
class _Evidence:
    place_triggers: frozenset[str]  # "di Pamulang", "PP Muhammadiyah": the word after names a place or body
    roots: frozenset[str]  # "kata Hifdzil": a one-word reference to a speaker follows
    verbs: frozenset[str]  # "Haedar menambahkan": a one-word reference to a speaker precedes


@cache
def _evidence_words(lex: Lexicon) -> _Evidence:
    if lex.lang == "en":
        roots = frozenset({"said", "says", "added", "told", "asked", "explained", "insisted", "warned", "according"})
        verbs = word_set("quotetrack.extract", "speech_verbs_en.txt")
    else:
        roots = word_set("quotetrack.extract", "speech_roots_id.txt") | {"menurut"}
        verbs = word_set("quotetrack.extract", "speech_verbs_id.txt")
    single = frozenset(w for w in verbs if " " not in w)
    return _Evidence(frozenset(_PLACE_OR_BODY_BEFORE | _BODY_NOUNS | lex.institutions), roots, single)


@dataclass(frozen=True, slots=True)
class WordEvidence:
    """What an article shows about its words: capitalised words it prints as a place or body
    ("di Pamulang"), one-word references to a speaker ("kata Hifdzil"), and lower-case words."""

    places: frozenset[str]
    short_names: frozenset[str]
    common: frozenset[str]


def word_evidence(text: str, lex: Lexicon) -> WordEvidence:
    """Read the article's evidence about words in one pass over its tokens."""
    words = tokens(text).tokens  # read by text preparation already (its language)
    evidence = _evidence_words(lex)
    places, short = set(), set()
    common = frozenset(filter(str.islower, words))
    last = len(words) - 1
    # Only tokens that open with a capital ([A-Z][a-z] words and acronyms, a quarter of them) are
    # read, found by a pattern over the string of every token's first character: a Python test of
    # each token was a third of this function (tokens are never empty).
    for first in _CAPITAL.finditer("".join(map(itemgetter(0), words))):
        i = first.start()
        word = words[i]
        if not "a" <= word[1:2] <= "z":
            if _ACRONYM.fullmatch(word):
                # "(PLN)", "pihak PLN menyebut": printed alone after a lower-case word or in
                # brackets, an upper-case word names a body; in front of a name it is the post's.
                before = words[i - 1] if i else ""
                after = words[i + 1] if i < last else ""
                if (before.islower() and not (after[:1].isupper() or after == "(")) or (before == "(" and after == ")"):
                    places.add(word.casefold())
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i < last else ""
        alone = not (after[:1].isupper() or after == "(")
        described = after == "," and i + 2 <= last and words[i + 2] in _BODY_NOUNS  # "Torch, produsen"
        if (alone and before.casefold() in evidence.place_triggers) or described:
            places.add(word.casefold())
        if (alone and before.casefold() in evidence.roots) or (
            after.casefold() in evidence.verbs and not (before[:1].isupper() or before == ",")
        ):
            short.add(word.casefold())
    return WordEvidence(frozenset(places), frozenset(short), common)
