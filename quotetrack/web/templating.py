"""The Jinja2 environment: template folder, autoescape, filters and globals in one place."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi.templating import Jinja2Templates

from quotetrack.exports.citations import quote_text
from quotetrack.exports.printed_posts import area_after, area_joint, post_in_area, short_form
from quotetrack.store.watched import format_every
from quotetrack.text.sanitize import web_url
from quotetrack.web.i18n import format_date
from quotetrack.web.present import highlight


def templates_dir() -> Path:
    """Installed wheels carry templates inside the package; a source checkout has them at the top."""
    packaged = Path(__file__).resolve().parents[1] / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates"


@cache
def get_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(templates_dir()))
    env = templates.env
    env.autoescape = True
    env.filters["date_in"] = format_date
    env.filters["highlight"] = highlight
    env.filters["quoted"] = quote_text  # a quote shown alone: the comma that led into "kata X" dropped
    env.filters["web_url"] = web_url  # an article URL as a link only when it is absolute http(s)
    env.filters["area_joint"] = area_joint  # "Mayor, New York" but "Gubernur Jawa Timur"
    env.filters["area_after"] = area_after  # "Kota Surakarta" after "Wali Kota" reads "Surakarta"
    env.filters["in_area"] = post_in_area  # "Bupati Banyuwangi"; a post that names its place alone
    env.filters["place"] = short_form  # a region as the cards print it: "DKI Jakarta", "DI Yogyakarta"
    env.filters["every"] = format_every  # a poll interval in seconds as "15m", "2h"
    env.trim_blocks = True
    env.lstrip_blocks = True
    return templates
