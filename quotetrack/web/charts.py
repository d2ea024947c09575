"""Server-rendered SVG charts (no JavaScript, no CDN): statements per month, stacked by topic."""

from __future__ import annotations

from markupsafe import Markup, escape

# Colour-blind-safe palette (Okabe-Ito), then greys for further topics.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#999999",
    "#666666",
    "#BBBBBB",
    "#444444",
]


def _month_range(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_svg(
    months: dict[str, dict[str, int]],
    labels: dict[str, str],
    *,
    title: str,
    untagged: str = "other",
    width: int = 720,
    height: int = 220,
) -> Markup:
    """A stacked bar chart: one bar per month, one colour per topic, with a legend.

    Every bar segment carries a <title>, so the numbers are readable by screen readers and on hover.
    """
    if not months:
        return Markup("")
    keys = _month_range(min(months), max(months))[-60:]  # at most five years of bars
    topics = sorted({t for counts in months.values() for t in counts}, key=lambda t: (t == "", t))
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(topics)}
    peak = max(sum(months.get(k, {}).values()) for k in keys) or 1
    left, top, bottom, legend_h = 36, 10, 34, 18 * ((len(topics) + 3) // 4)
    plot_h = height - top - bottom
    slot = (width - left - 10) / len(keys)
    bar = max(2.0, slot * 0.7)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height + legend_h}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#57606a"/>',
        f'<text x="{left - 6}" y="{top + 8}" text-anchor="end" font-size="11">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" font-size="11">0</text>',
    ]
    label_every = max(1, len(keys) // 8)
    for i, month in enumerate(keys):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        for topic in topics:
            n = months.get(month, {}).get(topic, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            name = labels.get(topic, topic) if topic else untagged
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour[topic]}">'
                f"<title>{month}: {n} × {escape(name)}</title></rect>"
            )
        if i % label_every == 0:
            label_y = top + plot_h + 14
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{label_y}" text-anchor="middle" font-size="11">{month}</text>'
            )
    for i, topic in enumerate(topics):
        lx, ly = left + (i % 4) * ((width - left) / 4), height + 4 + 18 * (i // 4)
        name = labels.get(topic, topic) if topic else untagged
        parts.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{colour[topic]}"/>')
        parts.append(f'<text x="{lx + 16:.1f}" y="{ly}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
