"""Server-rendered SVG charts (no JavaScript, no CDN): statements per month, and topic shares.

A bar is the number of statements of a month, each statement counted once (a statement with
three topics is one statement, not three). Topics are a separate breakdown, not stacked
segments: stacking topic tags made bars taller than the statements they stood for.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from quotetrack.store.reads import Month

BAR = "#0072B2"  # Okabe-Ito blue: readable for colour-blind readers, 4.8:1 on white
INK = "#24292f"
MUTED = "#57606a"
GRID = "#d0d7de"


def month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("2024-05"), so empty months show as gaps."""
    y, m = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def y_ticks(peak: int) -> list[int]:
    """Axis labels from 0 to exactly `peak` (the tallest bar reads as its own count), with
    round steps between that stay clear of the top label."""
    if peak <= 0:
        return [0]
    # 1, 2, 5, 10, 20, 50, ...: the first step that leaves at most five below the peak
    step = next(s for e in itertools.count() for s in (10**e, 2 * 10**e, 5 * 10**e) if peak / s <= 5)
    ticks = list(range(0, peak, step))
    if len(ticks) > 1 and peak - ticks[-1] <= step / 2:
        ticks.pop()  # too close to the top label to be read apart
    return [*ticks, peak]


def _label_every(n_bars: int, slot: float, label_width: float) -> int:
    return max(1, math.ceil(label_width / slot)) if n_bars else 1


def timeline_svg(
    months: Mapping[str, Month],
    *,
    title: str,
    month_names: Sequence[str],
    bar_title: Callable[[str, Month], str],
    width: int = 720,
    height: int = 200,
    font: int = 12,
    css_class: str = "",
) -> Markup:
    """One bar per month, height = statements that month; an x label under every few bars, a
    tick under each, and the first and last months always labelled. `width` is the SVG's own
    coordinate width: the page shows it at that size or smaller, so make one per layout."""
    if not months:
        return Markup("")
    keys = month_range(min(months), max(months))[-60:]  # at most five years of bars
    peak = max((months[k].statements for k in keys if k in months), default=0)
    ticks = y_ticks(peak)
    left = 10 + font * 0.62 * len(str(peak))
    top, bottom = font + 8, font * 2 + 14
    plot_w, plot_h = width - left - 6, height - top - bottom
    slot = plot_w / len(keys)
    bar = max(1.5, min(slot * 0.7, 48))
    base_y = top + plot_h

    def y_of(n: int) -> float:
        return base_y - plot_h * n / (peak or 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline {css_class}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" font-size="{font}" '
        f'font-family="system-ui, sans-serif"><title>{escape(title)}</title>'
    ]
    for n in ticks:
        y = y_of(n)
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{width - 6}" y2="{y:.1f}" stroke="{GRID if n else MUTED}"/>'
        )
        parts.append(f'<text x="{left - 5:.1f}" y="{y + font * 0.35:.1f}" text-anchor="end" fill="{INK}">{n}</text>')
    every = _label_every(len(keys), slot, font * 3.2)
    labelled = {i for i in range(0, len(keys), every)}
    last = len(keys) - 1
    if last not in labelled:
        labelled.discard(max(labelled))  # the last month's label takes the place of the one before
        labelled.add(last)
    show_values = slot >= font * 1.8
    shown_year = ""
    for i, month in enumerate(keys):
        cx = left + i * slot + slot / 2
        data = months.get(month, Month(0, {}))
        parts.append(f'<line x1="{cx:.1f}" y1="{base_y}" x2="{cx:.1f}" y2="{base_y + 4}" stroke="{MUTED}"/>')
        if data.statements:
            y = y_of(data.statements)
            parts.append(
                f'<rect x="{cx - bar / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{base_y - y:.1f}" fill="{BAR}">'
                f"<title>{escape(bar_title(month, data))}</title></rect>"
            )
            if show_values:
                parts.append(
                    f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="{INK}">{data.statements}</text>'
                )
        if i in labelled:
            year, mon = month.split("-")
            # Kept inside the drawing: the first and last labels would otherwise be cut at its edges.
            lx = min(max(cx, left + font * 1.3), width - font * 1.3)
            parts.append(
                f'<text x="{lx:.1f}" y="{base_y + font + 5}" text-anchor="middle" fill="{INK}">'
                f"{escape(month_names[int(mon) - 1][:3])}</text>"
            )
            if year != shown_year:  # the year under the first label of each year
                shown_year = year
                parts.append(
                    f'<text x="{lx:.1f}" y="{base_y + 2 * font + 8}" text-anchor="middle" fill="{MUTED}">{year}</text>'
                )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True, slots=True)
class TopicShare:
    slug: str
    label: str
    statements: int  # statements carrying the topic
    total: int  # statements in the chart

    @property
    def percent(self) -> int:
        return round(100 * self.statements / self.total) if self.total else 0


def topic_shares(months: Mapping[str, Month], labels: Mapping[str, str]) -> list[TopicShare]:
    """Each topic's share of the charted statements, most frequent first. Shares add up to
    more than 100% when statements carry several topics, and the page says "of N statements"."""
    total = sum(m.statements for m in months.values())
    counts: dict[str, int] = {}
    for month in months.values():
        for slug, n in month.topics.items():
            counts[slug] = counts.get(slug, 0) + n
    return [
        TopicShare(slug, labels.get(slug, slug), n, total)
        for slug, n in sorted(counts.items(), key=lambda kv: (-kv[1], labels.get(kv[0], kv[0])))
    ]
