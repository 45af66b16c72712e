"""A comparison as one self-contained HTML file: inline CSS, no scripts, no network.

Both articles sit in aligned columns (one table row per comparison row) with the app's gutter
markers and label colours; changed words are ``<del>`` (left) and ``<ins>`` (right). Every
piece of article text goes through :func:`html.escape`, and control characters are shown as
visible stand-ins, so nothing in an article can become markup, script or reordered text.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from newsdiff.core.evidence import (
    describe_evidence,
    describe_link,
    describe_scores,
    disagreeing_spans,
)
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    AlignedSentence,
    ArticleMeta,
    CharSpan,
    ComparedArticle,
    Comparison,
    Link,
    Settings,
    Side,
    other_side,
    side_letter,
)
from newsdiff.export.common import (
    LABEL_NAMES,
    marker,
    now_stamp,
    reveal,
    same_text_note,
    scoring_note,
    sides,
    split_changed,
    top_links,
)
from newsdiff.export.quotes_view import other_speaker_note, quote_rows, quote_tally, rows_note

CHANGE_TAGS: dict[Side, str] = {"left": "del", "right": "ins"}
"""How a side's changed words are marked up: the left's as removed, the right's as added."""

COMPARISON_CSS = """
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --rule: #d1d9e0; --head: #f6f8fa;
  --shared: #1a7f37; --paraphrased: #8a5d00; --unique: #cf222e; --moved: #7a45d6;
  --conflict: #a8327a; --conflict-bg: rgba(191, 57, 137, 0.12);
  --paraphrased-bg: rgba(212, 167, 44, 0.16); --unique-bg: rgba(207, 34, 46, 0.09);
  --changed-bg: rgba(212, 167, 44, 0.42); --target: rgba(130, 80, 223, 0.18);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --rule: #3d444d; --head: #151b23;
    --shared: #4ebf71; --paraphrased: #ffa62b; --unique: #ff7b72; --moved: #be8fff;
    --conflict: #f778ba; --conflict-bg: rgba(247, 120, 186, 0.14);
    --paraphrased-bg: rgba(255, 166, 43, 0.12); --unique-bg: rgba(255, 123, 114, 0.12);
    --changed-bg: rgba(255, 166, 43, 0.36); --target: rgba(190, 143, 255, 0.22);
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; padding: 1.5rem; max-width: 90rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
h1 { font-size: 1.45rem; margin: 0 0 0.6rem; line-height: 1.3; }
h1 .vs { color: var(--muted); font-weight: normal; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; }
.meta {
  display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem;
}
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
table { border-collapse: collapse; width: 100%; }
th, td { vertical-align: top; text-align: left; }
.legend th, .legend td, .quotes th, .quotes td {
  border: 1px solid var(--rule); padding: 0.25rem 0.6rem;
}
.legend { width: auto; margin-bottom: 1.2rem; }
.legend thead th { white-space: nowrap; }
.legend td.count { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: var(--head); }
.compare { table-layout: fixed; }
.compare caption {
  caption-side: top; text-align: left; color: var(--muted); font-size: 0.85em; padding: 0 0 0.4rem;
}
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.compare col.gutter { width: 2.2rem; }
.compare thead th { padding: 0.4rem 0.5rem; border-bottom: 2px solid var(--rule); }
.compare td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); }
.compare td.sentence { overflow-wrap: anywhere; }
.compare td.sentence.left { border-right: 1px solid var(--rule); }
td.gutter { text-align: center; font-weight: bold; font-family: ui-monospace, monospace; }
td.gutter.shared { color: var(--shared); }
td.gutter.paraphrased { color: var(--paraphrased); }
td.gutter.unique { color: var(--unique); }
td.gutter.conflict { color: var(--conflict); }
.conflict { background: var(--conflict-bg); }
.legend .conflict, .quotes .conflict { background: none; }
.legend .mark.conflict { color: var(--conflict); }
mark.disagree {
  background: var(--conflict-bg); color: var(--conflict); font-weight: 700;
  outline: 1px solid var(--conflict); text-decoration: none;
}
.evidence { display: block; color: var(--muted); font-size: 0.8em; }
.evidence.agree { display: none; }
.in-print { display: none; }
.evidence.disagree { color: var(--conflict); font-weight: 600; }
.paraphrased { background: var(--paraphrased-bg); }
.unique { background: var(--unique-bg); }
.legend .paraphrased, .legend .unique, .quotes .paraphrased, .quotes .unique { background: none; }
.legend .mark { font-family: ui-monospace, monospace; font-weight: bold; }
.legend .mark.shared { color: var(--shared); }
.legend .mark.paraphrased { color: var(--paraphrased); }
.legend .mark.unique { color: var(--unique); }
.legend .mark.moved { color: var(--moved); }
.boilerplate .text { color: var(--muted); font-style: italic; }
.num {
  color: var(--muted); font-size: 0.78em; margin-right: 0.35rem;
  font-variant-numeric: tabular-nums;
}
.links { color: var(--muted); font-size: 0.78em; margin-left: 0.35rem; white-space: nowrap; }
.links a { color: inherit; }
.text { unicode-bidi: isolate; }
del, ins, mark {
  color: inherit; background: var(--changed-bg); font-weight: 600;
  text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px;
}
.ctl {
  font-family: ui-monospace, monospace; font-size: 0.8em; color: var(--unique);
  border: 1px dotted currentColor; border-radius: 3px; padding: 0 1px;
}
td.sentence:target { outline: 2px solid var(--moved); background: var(--target); }
.status { font-weight: 600; white-space: nowrap; }
.status.verbatim { color: var(--shared); }
.status.altered { color: var(--paraphrased); }
.status.excerpt { color: var(--shared); }
.cue { display: block; font-size: 0.85em; font-style: italic; opacity: 0.75; }
.status.only-here { color: var(--unique); }
.speaker-differs { color: var(--conflict); font-weight: 600; }
.quotes td.quote { overflow-wrap: anywhere; }
.empty-note { color: var(--muted); }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85em; }
@media screen and (max-width: 60rem) {
  /* A half-screen window or a tablet: the tables wrap, and scroll by themselves if they
     still do not fit, so the page never scrolls sideways. */
  body { padding: 1rem 0.75rem; }
  .legend thead th { white-space: normal; }
  .quotes td { overflow-wrap: anywhere; }
  .legend, .quotes { display: block; overflow-x: auto; }
}
@media print {
  :root {
    --bg: #ffffff; --fg: #000000; --muted: #444c56; --rule: #9aa4ae; --head: #eef1f4;
    --shared: #116329; --paraphrased: #7d4e00; --unique: #a40e26; --moved: #6639ba;
    --conflict: #99286e;
  }
  .evidence.agree { display: block; }
  .in-print { display: inline; }
  .on-screen { display: none; }
  body { padding: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .links a { text-decoration: none; }
  h2 { break-after: avoid; }
}
"""


def render_html(comparison: Comparison, *, version: str, now: datetime | None = None) -> str:
    """The comparison as a self-contained HTML document.

    Args:
        comparison: What to render.
        version: The newsdiff version written in the header.
        now: The date written in the header (default: the current time).
    """
    left_title = comparison.left.article.title
    right_title = comparison.right.article.title
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="newsdiff {escape(version)}">\n',
        f"<title>newsdiff: {_plain(left_title)} vs {_plain(right_title)}</title>\n",
        f"<style>{COMPARISON_CSS}</style>\n</head>\n<body>\n",
        _header(comparison, version, now),
        "<main>\n",
        _legend(comparison),
        _rows(comparison),
        _quotes(comparison),
        "</main>\n<footer>Made with newsdiff ",
        escape(version),
        f". Markers: {MARKERS['shared']} shared, {MARKERS['paraphrased']} paraphrased, "
        f"{MARKERS['conflict']} conflict, {MARKERS['unique']} unique, {MOVED_MARKER} moved. "
        "Highlighted words are worded differently in the linked sentence; outlined words "
        'disagree with it; <span class="on-screen">hover a link for the evidence</span>'
        '<span class="in-print">the evidence is printed under each linked sentence</span>; '
        "⟨U+…⟩ stands for an invisible character "
        "in the article.</footer>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _plain(text: str) -> str:
    """Article text for an attribute or the <title>: escaped, controls revealed, one line."""
    return escape(" ".join("".join(piece.text for piece in reveal(text)).split()))


def _text(text: str) -> str:
    """Article text as HTML: escaped, with control characters as visible, labelled stand-ins."""
    out: list[str] = []
    for piece in reveal(text):
        if piece.control is None:
            out.append(escape(piece.text))
        else:
            out.append(
                f'<span class="ctl" title="{escape(piece.control)}">{escape(piece.text)}</span>'
            )
    return "".join(out)


def _meta_html(meta: ArticleMeta) -> str:
    """`` — outlet · author · date · <a>url</a>`` for the header, or nothing when unknown."""
    if not meta.known:
        return ""
    parts = [_text(part) for part in (meta.outlet, meta.author, meta.date) if part]
    if meta.url and meta.url[:8].lower().startswith(("http://", "https://")):
        link = escape(meta.url, quote=True)
        parts.append(f'<a href="{link}" rel="noopener noreferrer">{_text(meta.url)}</a>')
    elif meta.url:
        parts.append(_text(meta.url))  # never a link: javascript: and the like stay text
    return f' <span class="source">— {" · ".join(parts)}</span>'


def _header(comparison: Comparison, version: str, now: datetime | None) -> str:
    settings = comparison.settings
    left, right = comparison.left.article, comparison.right.article
    return (
        "<header>\n"
        f'<h1><span class="title left">{_text(left.title)}</span> <span class="vs">vs</span> '
        f'<span class="title right">{_text(right.title)}</span></h1>\n'
        '<dl class="meta">\n'
        f"<dt>Left</dt><dd>{_text(left.title)} — <code>{_text(left.path)}</code>"
        f"{_meta_html(left.meta)}</dd>\n"
        f"<dt>Right</dt><dd>{_text(right.title)} — <code>{_text(right.path)}</code>"
        f"{_meta_html(right.meta)}</dd>\n"
        f"<dt>Compared</dt><dd>{escape(now_stamp(now))}</dd>\n"
        f"<dt>Thresholds</dt><dd>shared ≥ {settings.shared:g} (word-order score), "
        f"paraphrase ≥ {settings.paraphrase:g} (calibrated score 0–100)</dd>\n"
        f"<dt>Scoring</dt><dd>{_text(scoring_note(comparison))}</dd>\n"
        f"<dt>Version</dt><dd>newsdiff {escape(version)}</dd>\n"
        "</dl>\n"
        + (
            f'<p class="same-text">{escape(note)}</p>\n'
            if (note := same_text_note(comparison))
            else ""
        )
        + "</header>\n"
    )


def _legend(comparison: Comparison) -> str:
    summary = comparison.summary()
    head = "".join(
        f'<th><span class="mark {name}">{symbol}</span> {name}</th>'
        for name, symbol in (*MARKERS.items(), ("moved", MOVED_MARKER))
    )
    body = []
    for side, compared in sides(comparison):
        counts = summary[side]
        cells = "".join(
            f'<td class="count {name}">{counts.get(name, 0)}</td>' for name in (*MARKERS, "moved")
        )
        body.append(
            f'<tr class="{side}"><th scope="row">{side.capitalize()}: '
            f"{_text(compared.article.title)}</th>{cells}</tr>\n"
        )
    return (
        '<section class="summary">\n<h2>Summary</h2>\n'
        '<table class="legend">\n'
        f"<thead><tr><th>Sentences</th>{head}</tr></thead>\n<tbody>\n"
        + "".join(body)
        + "</tbody>\n</table>\n"
        + _quote_counts(comparison)
        + "</section>\n"
    )


def _quote_counts(comparison: Comparison) -> str:
    """Each article's quotes by status, under the sentence counts as in the Markdown summary."""
    tallies = "<br>".join(
        f"{side.capitalize()}: {escape(quote_tally(compared))}"
        for side, compared in sides(comparison)
    )
    return f'<p class="quote-counts">Quotes, counted in each article:<br>{tallies}</p>\n'


def _rows(comparison: Comparison) -> str:
    out = [
        '<section class="comparison">\n<h2>Side by side</h2>\n<table class="compare">\n',
        "<caption>The two articles aligned row by row. Beside each sentence its label: "
        f"{MARKERS['shared']} shared, {MARKERS['paraphrased']} paraphrased, "
        f"{MARKERS['conflict']} conflict, {MARKERS['unique']} unique, {MOVED_MARKER} moved, "
        f"{BOILERPLATE_MARKER} site furniture (not compared); sentences are numbered from 1 "
        "(L1, R1, …).</caption>\n",
        '<colgroup><col class="gutter"><col class="side"><col class="gutter"><col class="side">'
        "</colgroup>\n<thead><tr>",
        '<th scope="col" class="gutter-head"><span class="sr-only">Left label</span></th>',
        f'<th scope="col">Left: {_text(comparison.left.article.title)}</th>',
        '<th scope="col" class="gutter-head"><span class="sr-only">Right label</span></th>',
        f'<th scope="col">Right: {_text(comparison.right.article.title)}</th>',
        "</tr></thead>\n<tbody>\n",
    ]
    for row in comparison.rows:
        out.append('<tr class="row">')
        out.append(_cell(comparison, "left", comparison.left, row.left))
        out.append(_cell(comparison, "right", comparison.right, row.right))
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n</section>\n")
    return "".join(out)


def _cell(comparison: Comparison, side: Side, compared: ComparedArticle, index: int | None) -> str:
    if index is None:
        return f'<td class="gutter empty {side}"></td><td class="sentence empty {side}"></td>'
    aligned = compared.sentences[index]
    classes = _classes(aligned)
    prefix = side_letter(side)
    other = side_letter(other_side(side))
    title = LABEL_NAMES[aligned.label] + (", moved" if aligned.moved else "")
    if aligned.boilerplate:
        title += ", boilerplate"
    spans = comparison.changed_spans(side, index)
    tag = CHANGE_TAGS[side]
    links = ""
    if aligned.links:
        shown, more = top_links(aligned)
        own = aligned.sentence.text  # evidence in this sentence's words
        settings = comparison.settings
        anchors = ", ".join(
            f'<a href="#{other}{link.index + 1}" title="{escape(link.label)} · '
            f'{describe_scores(link, settings)}{_hover(link, side, own)}">'
            f"{other}{link.index + 1}</a>"
            for link in shown
        )
        extra = f" +{more} more" if more else ""
        links = f'<span class="links">→ {anchors}{extra}</span>'
        links += "".join(_evidence_line(link, side, index, own, settings) for link in shown)
    if aligned.label == "conflict":
        spans = disagreeing_spans(comparison, side, index)
        tag = 'mark class="disagree"'
    return (
        f'<td class="gutter {side} {classes}" title="{title}">{escape(marker(aligned))}</td>'
        f'<td class="sentence {side} {classes}" id="{prefix}{index + 1}" '
        f'data-label="{aligned.label}" data-moved="{str(aligned.moved).lower()}">'
        f'<span class="num">{prefix}{index + 1}</span>'
        f'<span class="text" dir="auto">'
        f"{_marked(aligned.sentence.text, aligned.sentence.start, spans, tag)}</span>"
        f"{links}</td>"
    )


def _hover(link: Link, side: Side, text: str) -> str:
    detail = describe_evidence(link.evidence, side, text)
    return f" · {escape(detail)}" if detail else ""


def _evidence_line(link: Link, side: Side, index: int, text: str, settings: Settings) -> str:
    """The link's evidence under the sentence: always for a conflict, in print for the rest."""
    if not link.evidence.agree and not link.evidence.disagree:
        return ""
    kind = "disagree" if link.label == "conflict" else "agree"
    line = describe_link(side, index, link, text, settings)
    return f'<span class="evidence {kind}">{_text(line)}</span>'


def _classes(aligned: AlignedSentence) -> str:
    names: list[str] = [aligned.label]
    if aligned.moved:
        names.append("moved")
    if aligned.boilerplate:
        names.append("boilerplate")
    return " ".join(names)


def _marked(text: str, offset: int, spans: tuple[CharSpan, ...], tag: str) -> str:
    """Escaped ``text`` with the ``spans`` (absolute offsets) wrapped in ``<tag>``."""
    out = []
    for chunk, changed in split_changed(text, offset, spans):
        html = _text(chunk)
        close = tag.split()[0]
        out.append(f"<{tag}>{html}</{close}>" if changed else html)
    return "".join(out)


def _quotes(comparison: Comparison) -> str:
    rows = quote_rows(comparison)
    out = ['<section class="quotes-section">\n<h2>Quotes</h2>\n']
    if not rows:
        out.append('<p class="empty-note">No quotations found in either article.</p>\n')
        return "".join(out) + "</section>\n"
    out.append(f"<p>{escape(rows_note(comparison, rows))}</p>\n")
    out.append(
        '<table class="quotes">\n<thead><tr><th>Side</th><th>Speaker</th><th>Quote</th>'
        "<th>Status</th><th>Other article</th><th>Articles</th></tr></thead>\n<tbody>\n"
    )
    for row in rows:
        match = row.match
        quote = match.quote
        mine, theirs = CHANGE_TAGS[row.side], CHANGE_TAGS[other_side(row.side)]
        speaker = _text(quote.speaker) if quote.speaker else '<span class="empty-note">—</span>'
        if quote.cue is not None:
            speaker += f'<span class="cue">← {_text(quote.cue.shown)}</span>'
        counterpart = (
            "“"
            + _marked(
                match.counterpart.text, match.counterpart.start, row.counterpart_changed, theirs
            )
            + "”"
            if match.counterpart is not None
            else '<span class="empty-note">—</span>'
        )
        status_class = match.status.replace(" ", "-")
        differs = (
            f'<br><span class="speaker-differs">{_text(other_speaker_note(match))}</span>'
            if match.other_speaker is not None
            else ""
        )
        quoted = _marked(quote.text, quote.start, match.changed, mine)
        out.append(
            f'<tr class="{row.side} {status_class}">'
            f"<td>{row.side.capitalize()}</td><td>{speaker}</td>"
            f'<td class="quote" dir="auto">“{quoted}”'
            f' <span class="num">({escape(quote.kind)})</span></td>'
            f'<td class="status {status_class}">{escape(match.status)}{differs}</td>'
            f'<td class="quote" dir="auto">{counterpart}</td>'
            f"<td>{match.articles}</td></tr>\n"
        )
    out.append("</tbody>\n</table>\n</section>\n")
    return "".join(out)
