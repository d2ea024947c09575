"""Ready-to-paste citations of a statement in the styles reporters and researchers use.

Every style names the speaker with the role held that day, the statement date, the outlet,
title, author, URL, an archived copy (the article as stored here) and the access date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from quotetrack.exports.printed_posts import post_in_area
from quotetrack.kinds import StatementKind
from quotetrack.models import StatementPublic
from quotetrack.resolve.gazetteer import acting_starts
from quotetrack.text.dates import MONTH_NAMES
from quotetrack.text.lexicon import fold

STYLES = ("plain", "markdown", "apa", "chicago", "bibtex", "csl-json")
_MONTHS = MONTH_NAMES["en"]

# The plain style in the reader's language: an Indonesian reporter pastes it into Indonesian copy.
# The other styles follow their English manuals (APA, Chicago) or are data (BibTeX, CSL-JSON).
_PLAIN_WORDS = {
    "en": {
        "source": "Source",
        "by": "by",
        "archived": "archived",
        "archived_at": "archived at",
        "accessed": "accessed",
        "permalink": "Permalink",
        "undated": "undated",
        "no_date": "n.d.",
        "reported": "reported speech",
        "denied": "denied",
        "acting": "acting",
    },
    "id": {
        "source": "Sumber",
        "by": "oleh",
        "archived": "arsip",
        "archived_at": "arsip di",
        "accessed": "diakses",
        "permalink": "Tautan tetap",
        "undated": "tanpa tanggal",
        "no_date": "t.t.",
        "reported": "kutipan tidak langsung",
        "denied": "dibantah",
        "acting": "penjabat",
    },
}
CITATION_LANGUAGES = tuple(_PLAIN_WORDS)


@dataclass(frozen=True, slots=True)
class CitationParts:
    speaker: str
    role: str  # "Pj. Bupati Subang", "Mayor, New York" (as the cards print it) or ""
    acting: bool  # held in an acting capacity that the post's own words ("Pj.", "Plt.") do not say
    said_on: dt.date | None
    quote: str
    direct: bool
    denied: bool  # reported words the speaker denied ("denied that ..."), never a claim of theirs
    outlet: str
    title: str | None  # None: the article has no title, and none is made up
    author: str | None
    published: dt.date | None
    url: str | None
    archived: str
    permalink: str
    accessed: dt.date | None

    @property
    def link(self) -> str:
        return self.url or self.archived


def quote_text(text: str) -> str:
    """A statement's words as quoted: the comma or colon that led into "kata X" dropped."""
    return text.strip().rstrip(",;:").rstrip()


def _web_url(url: str | None) -> str | None:
    # Only an absolute http(s) address is a link; anything else (javascript:, data:) is left out.
    if url and re.match(r"(?i)https?://[^\s]", url.strip()):
        return url.strip()
    return None


def says_acting(role: str) -> bool:
    """Whether a post's own first word says it is held acting ("Pj. Bupati", "Plt. Kepala Dinas",
    "Pelaksana Tugas Kepala Dinas", "Acting Chief Executive"): the citation says it once."""
    first = _FIRST_WORD.match(role)
    return first is not None and fold(first.group()) in acting_starts()


_FIRST_WORD = re.compile(r"[^\s.]+")  # ("Pj.Bupati": a dot glues the word to the post)


def parts_of(stmt: StatementPublic, base_url: str) -> CitationParts:
    post = stmt.held_role or stmt.role
    # The post as the statement's card and the press print it ("Gubernur DKI Jakarta", not
    # "Gubernur, Daerah Khusus Ibukota Jakarta"): a reporter pastes it into copy as it stands.
    role = post_in_area(post, stmt.held_region or stmt.region) if post else ""
    article = stmt.article
    return CitationParts(
        speaker=stmt.speaker_name or "Unknown speaker",
        role=role,
        acting=bool(post) and stmt.acting and not says_acting(post or ""),
        said_on=stmt.date,
        quote=quote_text(stmt.text),
        direct=stmt.kind == StatementKind.DIRECT,
        denied=stmt.denied,
        outlet=article.outlet or "Unknown outlet",
        title=(article.title or "").strip() or None,
        author=article.author,
        published=article.published,
        url=_web_url(article.url),
        archived=f"{base_url}/articles/{article.id}",
        permalink=f"{base_url}/statements/{stmt.id}",
        accessed=article.retrieved_at.date() if article.retrieved_at else None,
    )


def _long(d: dt.date | None) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}" if d else "n.d."


def _day_month(d: dt.date | None, lang: str = "en") -> str:
    if d is None:
        return _PLAIN_WORDS[lang]["undated"]
    return f"{d.day} {MONTH_NAMES[lang][d.month - 1]} {d.year}"


def _role(p: CitationParts, lang: str = "en") -> str:
    """The speaker's post as cited, "(acting)" after it in the citation's language where it applies."""
    return f"{p.role} ({_PLAIN_WORDS[lang]['acting']})" if p.acting else p.role


def _who(p: CitationParts, lang: str = "en") -> str:
    return f"{p.speaker} ({_role(p, lang)})" if p.role else p.speaker


def _reported(p: CitationParts, label: str = "reported speech") -> str:
    return f"{label}, denied" if p.denied else label


def _quoted(p: CitationParts, lang: str = "en") -> str:
    if p.direct:
        return f"\u201c{p.quote}\u201d"
    words = _PLAIN_WORDS[lang]
    label = f"{words['reported']}, {words['denied']}" if p.denied else words["reported"]
    return f"({label}) {p.quote}"


def _sentence(text: str) -> str:
    """`text` closed by a full stop, unless it already ends a sentence."""
    return text if re.search(r"[.!?\u2026][\u201d\"')]*$", text) else text + "."


def plain(p: CitationParts, lang: str = "en") -> str:
    """The one-paragraph citation, in English or Indonesian (`lang` "en" or "id")."""
    w = _PLAIN_WORDS[lang]
    by = f" {w['by']} {p.author}" if p.author else ""
    title = f", \u201c{p.title}\u201d" if p.title else ""
    accessed = f"{w['accessed']} {p.accessed.isoformat() if p.accessed else w['no_date']}"
    # Without the publisher's URL the archived copy is the link, named once.
    where = (
        f"{p.url} ({w['archived']}: {p.archived}; {accessed})"
        if p.url
        else f"{w['archived_at']} {p.archived} ({accessed})"
    )
    return (
        f"{_who(p, lang)}, {_day_month(p.said_on, lang)}: {_sentence(_quoted(p, lang))} "
        f"{w['source']}: {p.outlet}{title}{by}, {_day_month(p.published, lang)}, {where}. "
        f"{w['permalink']}: {p.permalink}"
    )


def markdown(p: CitationParts) -> str:
    who = f"**{_md_escape(p.speaker)}**" + (f", {_md_escape(_role(p))}" if p.role else "")
    quote = _md_escape(p.quote) if p.direct else f"*({_reported(p)})* {_md_escape(p.quote)}"
    # Without a title the outlet and date are the link text, so the outlet is not named twice.
    source = (
        f"[{_md_escape(p.title)}]({_md_url(p.link)}), {_md_escape(p.outlet)}, {_day_month(p.published)}"
        if p.title
        else f"[{_md_escape(p.outlet)}, {_day_month(p.published)}]({_md_url(p.link)})"
    )
    archived = f"[archived]({_md_url(p.archived)}), " if p.url else ""
    return (
        f"> {quote}\n>\n> \u2014 {who}, {_day_month(p.said_on)}. {source} "
        f"({archived}[permalink]({_md_url(p.permalink)}))"
    )


def _md_escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, link, HTML, heading or list it could start.
    CommonMark lets a backslash escape any ASCII punctuation; the ones below are those that mean
    something inline, and line breaks become spaces so nothing leaves the blockquote."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([\\`*_{}\[\]()<>#+!|~&])", r"\\\1", text)
    # A leading "-", "1." or "=" would make a list item or a heading underline.
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", re.sub(r"^([-=])", r"\\\1", text))


def _md_url(url: str) -> str:
    """A link destination that cannot end early: parentheses, spaces and angle brackets
    percent-encoded (a ")" in the URL would otherwise close the link)."""
    return re.sub(r"[()<>\s\\`]", lambda m: f"%{ord(m.group(0)):02X}", url)


def _apa_author(name: str) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{parts[-1]}, " + " ".join(f"{w[0]}." for w in parts[:-1])


def apa(p: CitationParts) -> str:
    author = _apa_author(p.author) if p.author else p.outlet
    date = f"{p.published.year}, {_MONTHS[p.published.month - 1]} {p.published.day}" if p.published else "n.d."
    # APA describes an untitled work in square brackets instead of inventing a title.
    title = _sentence(p.title) if p.title else "[Untitled article]."
    quoted = f"{p.speaker}" + (f" ({_role(p)})" if p.role else "")
    # The site is named once: APA leaves out a site name that is already the author.
    site = f"{p.outlet}. " if p.author else ""
    # The bracketed description carries the statement's own page: the article's URL alone does
    # not lead a reader back to which of its statements was cited.
    return (
        f"{author.rstrip('.')}. ({date}). {title} {site}{p.link} "
        f"[Statement by {quoted}: {_quoted(p)}; statement page {p.permalink}; retrieved {_long(p.accessed)}]"
    )


def chicago(p: CitationParts) -> str:
    role = f", {_role(p)}" if p.role else ""
    author = f"{p.author}, " if p.author else ""
    said = f"\u201c{p.quote},\u201d" if p.direct else f"({_reported(p, 'reported')}) {p.quote},"
    title = f"\u201c{p.title},\u201d " if p.title else ""
    return (
        f"{p.speaker}{role}, {said} quoted in {author}{title}{p.outlet}, {_long(p.published)}, "
        f"{p.link}. Accessed {_long(p.accessed)}. Statement page: {p.permalink}."
    )


def _bib(text: str) -> str:
    return re.sub(r"([{}\\&%$#_^~])", r"\\\1", text)


def _bib_url(url: str) -> str:
    """A url field as the url/biblatex packages read it: verbatim, so nothing is backslashed
    (a backslash would become part of the address); only what would unbalance the field's
    braces, or is not allowed in a URL anyway, is percent-encoded."""
    return re.sub(r"[{}\\\s]", lambda m: f"%{ord(m.group(0)):02X}", url)


def bibtex(p: CitationParts, key: str) -> str:
    source = f"Quoted in {p.outlet}" + (f", \u201c{p.title}\u201d" if p.title else "")
    fields = [
        ("author", p.speaker),
        ("title", f"{'Denial' if p.denied else 'Statement'}: {p.quote}"),
        ("howpublished", source + (f" by {p.author}" if p.author else "")),
        ("year", str(p.published.year) if p.published else "n.d."),
    ]
    if p.published:
        fields.append(("month", _MONTHS[p.published.month - 1][:3].lower()))
    # The note always says when the words were said and where the statement and the article
    # are kept here (it was left out with the post, for a speaker without one).
    held = [_role(p)] if p.role else []
    said = f"said {_day_month(p.said_on)}"
    fields.append(("note", "; ".join([*held, said, f"archived at {p.archived}", f"statement page {p.permalink}"])))
    fields += [("url", p.link), ("urldate", p.accessed.isoformat() if p.accessed else "")]

    def field(name: str, value: str) -> str:
        if name == "month":  # a BibTeX macro (jan, feb, ...), written without braces
            return f"  {name} = {value}"
        return f"  {name} = {{{_bib_url(value) if name == 'url' else _bib(value)}}}"

    body = ",\n".join(field(name, value) for name, value in fields if value)
    return f"@misc{{{key},\n{body}\n}}"


def _date_parts(d: dt.date | None) -> dict | None:
    return {"date-parts": [[d.year, d.month, d.day]]} if d else None


def csl_json(p: CitationParts, key: str) -> str:
    item: dict = {
        "id": key,
        "type": "article-newspaper",
        "title": p.title or "Untitled",
        "container-title": p.outlet,
        "URL": p.link,
        "note": f"{'Denied by' if p.denied else 'Statement by'} {_who(p)}: {p.quote} (statement page {p.permalink})",
        "archive_location": p.archived,
    }
    if p.author:
        given, _, family = p.author.rpartition(" ")
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}]
    for name, value in (("issued", _date_parts(p.published)), ("accessed", _date_parts(p.accessed))):
        if value:
            item[name] = value
    return json.dumps([item], ensure_ascii=False, indent=2)


def cite(stmt: StatementPublic, style: str, base_url: str, lang: str = "en") -> str:
    """The citation of `stmt` in `style` (one of STYLES); the plain style in `lang` (en or id)."""
    if lang not in CITATION_LANGUAGES:
        raise ValueError(f"unknown citation language {lang!r}; use one of {', '.join(CITATION_LANGUAGES)}")
    p = parts_of(stmt, base_url)
    key = f"quotetrack{stmt.id}"
    match style:
        case "plain":
            return plain(p, lang)
        case "markdown":
            return markdown(p)
        case "apa":
            return apa(p)
        case "chicago":
            return chicago(p)
        case "bibtex":
            return bibtex(p, key)
        case "csl-json":
            return csl_json(p, key)
    raise ValueError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")
