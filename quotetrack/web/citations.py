"""Ready-to-paste citations of a statement in the styles reporters and researchers use.

Every style names the speaker with the role held that day, the statement date, the outlet,
title, author, URL, an archived copy (the article as stored here) and the access date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from quotetrack.models import StatementPublic

STYLES = ("plain", "markdown", "apa", "chicago", "bibtex", "csl-json")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@dataclass(frozen=True, slots=True)
class CitationParts:
    speaker: str
    role: str  # "Pj. Bupati, Kabupaten Subang (acting)" or ""
    said_on: dt.date | None
    quote: str
    direct: bool
    outlet: str
    title: str
    author: str | None
    published: dt.date | None
    url: str | None
    archived: str
    permalink: str
    accessed: dt.date | None


def parts_of(stmt: StatementPublic, base_url: str) -> CitationParts:
    role_bits = [b for b in (stmt.held_role or stmt.role, stmt.held_region or stmt.region) if b]
    role = ", ".join(role_bits)
    if role and stmt.acting and not (stmt.held_role or "").startswith(("Pj", "Plt", "Plh")):
        role += " (acting)"
    article = stmt.article
    return CitationParts(
        speaker=stmt.official.name if stmt.official else "Unknown speaker",
        role=role,
        said_on=stmt.date,
        quote=stmt.text.strip().rstrip(","),
        direct=stmt.kind == "direct",
        outlet=article.outlet or "Unknown outlet",
        title=article.title or f"Article of {article.published.isoformat() if article.published else 'unknown date'}",
        author=article.author,
        published=article.published,
        url=article.url,
        archived=f"{base_url}/articles/{article.id}",
        permalink=f"{base_url}/statements/{stmt.id}",
        accessed=article.retrieved_at.date() if article.retrieved_at else None,
    )


def _long(d: dt.date | None) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}" if d else "n.d."


def _day_month(d: dt.date | None) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}" if d else "undated"


def _who(p: CitationParts) -> str:
    return f"{p.speaker} ({p.role})" if p.role else p.speaker


def _quoted(p: CitationParts) -> str:
    return f"\u201c{p.quote}\u201d" if p.direct else f"(reported speech) {p.quote}"


def plain(p: CitationParts) -> str:
    by = f" by {p.author}" if p.author else ""
    link = p.url or p.archived
    return (
        f"{_who(p)}, {_day_month(p.said_on)}: {_quoted(p)} "
        f"Source: {p.outlet}, \u201c{p.title}\u201d{by}, {_day_month(p.published)}, {link} "
        f"(archived: {p.archived}; accessed {p.accessed.isoformat() if p.accessed else 'n.d.'}). "
        f"Permalink: {p.permalink}"
    )


def markdown(p: CitationParts) -> str:
    link = p.url or p.archived
    who = f"**{p.speaker}**" + (f", {p.role}" if p.role else "")
    quote = p.quote if p.direct else f"*(reported speech)* {p.quote}"
    return (
        f"> {quote}\n>\n> \u2014 {who}, {_day_month(p.said_on)}. "
        f"[{_md_escape(p.title)}]({link}), {p.outlet}, {_day_month(p.published)} "
        f"([archived]({p.archived}), [permalink]({p.permalink}))"
    )


def _md_escape(text: str) -> str:
    return re.sub(r"([\[\]\\*_`])", r"\\\1", text)


def _apa_author(name: str) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{parts[-1]}, " + " ".join(f"{w[0]}." for w in parts[:-1])


def apa(p: CitationParts) -> str:
    author = _apa_author(p.author) if p.author else p.outlet
    date = f"{p.published.year}, {_MONTHS[p.published.month - 1]} {p.published.day}" if p.published else "n.d."
    link = p.url or p.archived
    quoted = f"{p.speaker}" + (f" ({p.role})" if p.role else "")
    return (
        f"{author.rstrip('.')}. ({date}). {p.title}. {p.outlet}. {link} "
        f"[Statement by {quoted}: {_quoted(p)}; retrieved {_long(p.accessed)}]"
    )


def chicago(p: CitationParts) -> str:
    role = f", {p.role}" if p.role else ""
    author = f"{p.author}, " if p.author else ""
    link = p.url or p.archived
    said = f"\u201c{p.quote},\u201d" if p.direct else f"(reported) {p.quote},"
    return (
        f"{p.speaker}{role}, {said} quoted in {author}\u201c{p.title},\u201d {p.outlet}, {_long(p.published)}, "
        f"{link}. Accessed {_long(p.accessed)}."
    )


def _bib(text: str) -> str:
    return re.sub(r"([{}\\&%$#_^~])", r"\\\1", text)


def bibtex(p: CitationParts, key: str) -> str:
    fields = [
        ("author", p.speaker),
        ("title", f"Statement: {p.quote}"),
        ("howpublished", f"Quoted in {p.outlet}, \u201c{p.title}\u201d" + (f" by {p.author}" if p.author else "")),
        ("year", str(p.published.year) if p.published else "n.d."),
    ]
    if p.published:
        fields.append(("month", _MONTHS[p.published.month - 1][:3].lower()))
    if p.role:
        fields.append(("note", f"{p.role}; said {_day_month(p.said_on)}; archived at {p.archived}"))
    fields += [("url", p.url or p.archived), ("urldate", p.accessed.isoformat() if p.accessed else "")]
    # Months are BibTeX macros (jan, feb, ...), written without braces.
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{_bib(value)}}}" for name, value in fields if value
    )
    return f"@misc{{{key},\n{body}\n}}"


def _date_parts(d: dt.date | None) -> dict | None:
    return {"date-parts": [[d.year, d.month, d.day]]} if d else None


def csl_json(p: CitationParts, key: str) -> str:
    item: dict = {
        "id": key,
        "type": "article-newspaper",
        "title": p.title,
        "container-title": p.outlet,
        "URL": p.url or p.archived,
        "note": f"Statement by {p.speaker}" + (f" ({p.role})" if p.role else "") + f": {p.quote}",
        "archive_location": p.archived,
    }
    if p.author:
        given, _, family = p.author.rpartition(" ")
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}]
    for field, value in (("issued", _date_parts(p.published)), ("accessed", _date_parts(p.accessed))):
        if value:
            item[field] = value
    return json.dumps([item], ensure_ascii=False, indent=2)


def cite(stmt: StatementPublic, style: str, base_url: str) -> str:
    """The citation of `stmt` in `style` (one of STYLES)."""
    p = parts_of(stmt, base_url)
    key = f"quotetrack{stmt.id}"
    match style:
        case "plain":
            return plain(p)
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
