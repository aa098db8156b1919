"""The statistics' chart, drawn on the server as SVG (no script, readable on a phone, and the
same picture for a crawler): per month, cases received beside cases completed."""
from markupsafe import Markup, escape

WIDTH, HEIGHT, TOP, BOTTOM, LEFT = 640, 260, 20, 40, 36
COLOURS = ("#1f5fa8", "#2e8540")


def monthly(rows):
    """``[(month "MM", received, completed)]`` summed over authorities, in month order."""
    months = {}
    for r in rows:
        received, completed = months.get(r["period"], (0, 0))
        months[r["period"]] = (received + r["received"], completed + r["completed"])
    return [(period[-2:], *months[period]) for period in sorted(months)]


def bar_chart(rows, legend):
    """An SVG bar chart of ``rows`` (``rules.statistics`` figures); ``legend`` names the two
    series in the page's language. Every label is escaped."""
    data = monthly(rows)
    peak = max([1] + [max(received, completed) for _, received, completed in data])
    slot = (WIDTH - LEFT) / max(1, len(data))
    bar = slot * 0.35
    plot = HEIGHT - TOP - BOTTOM
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-label="{escape(legend[0])}, {escape(legend[1])}">',
             f'<text x="0" y="{TOP}" font-size="12">{peak}</text>',
             f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH}" y2="{HEIGHT - BOTTOM}" '
             'stroke="currentColor"/>']
    for i, (month, *values) in enumerate(data):
        x = LEFT + i * slot + slot * 0.15
        for j, value in enumerate(values):
            h = plot * value / peak
            parts.append(f'<rect x="{x + j * bar:.1f}" y="{HEIGHT - BOTTOM - h:.1f}" '
                         f'width="{bar:.1f}" height="{h:.1f}" fill="{COLOURS[j]}">'
                         f'<title>{escape(legend[j])}: {value}</title></rect>')
        parts.append(f'<text x="{x + bar:.1f}" y="{HEIGHT - BOTTOM + 16}" font-size="12" '
                     f'text-anchor="middle">{escape(month)}</text>')
    for j, name in enumerate(legend):
        parts.append(f'<rect x="{LEFT + j * 160}" y="{HEIGHT - 14}" width="12" height="12" '
                     f'fill="{COLOURS[j]}"/><text x="{LEFT + j * 160 + 16}" y="{HEIGHT - 4}" '
                     f'font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
