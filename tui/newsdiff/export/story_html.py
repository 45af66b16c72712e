"""A :class:`~newsdiff.core.story.Story` as one self-contained HTML file (no scripts, no network).

The overlap matrix is a table whose cells are shaded by the share and always show the number;
claims follow, each with its outlets and its variants, the words that differ from the first
variant marked with ``<mark>``. All article text goes through :func:`html.escape`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from newsdiff.core.models import Sentence
from newsdiff.core.story import Story, sorted_claims
from newsdiff.core.story_disagreements import (
    Conflict,
    claim_conflicts,
    conflict_ends,
    disagreement_words,
)
from newsdiff.core.story_model import (
    Position,
    conflicts_with,
    variant_label,
    variants_by_outlet,
    with_disagreements,
)
from newsdiff.core.story_xref import cross_reference_line, cross_references, linked_outlets
from newsdiff.export.common import (
    meta_line,
    one_line,
    revealed,
)
from newsdiff.export.story_report import (
    CONFLICT_MARK,
    Piece,
    claim_heading,
    made_line,
    split_pieces,
    story_key_names,
    summary_line,
    variant_runs,
)

CSS = """
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --rule: #d1d9e0;
  --cell: 31, 111, 235; --conflict: #cf222e; --mark: rgba(212, 167, 44, 0.42); }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1;
  --rule: #3d444d; --cell: 88, 166, 255; --conflict: #ff7b72; --mark: rgba(255, 166, 43, .36); } }
body { margin: 0 auto; padding: 1.5rem; max-width: 80rem; background: var(--bg);
  color: var(--fg); font: 15px/1.5 system-ui, sans-serif; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.muted { color: var(--muted); }
table.matrix { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.matrix th, .matrix td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: right; }
.matrix td.self { color: var(--muted); text-align: center; }
ol.articles li { margin: .15rem 0; }
.claim { border-top: 1px solid var(--rule); padding: .5rem 0; }
.claim .head { font-weight: 600; } .claim.conflict .head { color: var(--conflict); }
b.ne { color: var(--conflict); }
.claim ul { margin: .25rem 0; padding-left: 1.25rem; }
mark { background: var(--mark); color: inherit; }
details.long, details.long > summary, details.long[open]::details-content { display: inline; }
details.long > summary { list-style: none; cursor: pointer; }
details.long > summary::-webkit-details-marker { display: none; }
details.long[open] .more { display: none; }
"""


def _text(value: str) -> str:
    return escape(revealed(value))


def _marked(pieces: Sequence[Piece]) -> str:
    """Pieces as HTML: changed words marked, the cut's length note muted."""
    return "".join(
        f"<mark>{_text(text)}</mark>"
        if role == "changed"
        else f' <span class="muted">{_text(text.strip())}</span>'
        if role == "muted"
        else _text(text)
        for text, role in pieces
    )


def _variant(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> str:
    """A variant's text, marked. One over ``VARIANT_LIMIT`` characters shows its start and its
    length; a click (no script) unfolds the rest after it. Each character is in the file once:
    a 10 MB one-line dump made a 14 MB report when the whole text was folded beside its start.
    """
    runs = variant_runs(sentence.text, sentence.start, spans)
    start, rest = split_pieces(runs)
    if not rest:
        return _marked(runs)
    note = f"… ({len(sentence.text):,} characters: show the rest)"
    return (
        f'<details class="long"><summary>{_marked(start)} <span class="muted more">{note}'
        f"</span></summary>{_marked(rest)}</details>"
    )


def _hover(story: Story, conflicts: Sequence[Conflict], position: Position) -> str:
    """`` title="figure: 800 ↔ 2,500"`` for a variant's ``≠``: what it disagrees on, in its
    own words first, as the pair HTML's link says it on hover; ``""`` when nothing is named."""
    words = [
        disagreement_words(story, conflict, position)
        for conflict in conflicts
        if position in (conflict.left, conflict.right)
    ]
    shown = "; ".join(dict.fromkeys(filter(None, words)))
    return f' title="{escape(shown)}"' if shown else ""


def story_html(story: Story, order: str = "coverage") -> str:
    """The whole report as one HTML document."""
    count = len(story.articles)
    title = one_line(story.articles[0].title) if story.articles else "Story"
    refs = cross_references(story)
    linked = linked_outlets(story, refs)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Story: {escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>Story: {escape(title)}</h1>",
        f"<p>{escape(summary_line(story, linked))}</p>"
        f'<p class="muted">{escape(made_line(story))}.</p>',
        '<h2>Articles</h2><ol class="articles">',
    ]
    names = story_key_names(story, 60)
    for article, name in zip(story.articles, names, strict=True):
        source = meta_line(article.meta)
        source = f' <span class="source">— {escape(one_line(source))}</span>' if source else ""
        parts.append(
            f'<li>{escape(one_line(article.title))} <span class="muted">{escape(name)}</span>'
            f"{source}</li>"
        )
    parts.append("</ol><h2>Overlap</h2>")
    parts.append(
        '<p class="muted">Share of the row article\'s sentences that the column article '
        "carries (shared, paraphrased or conflict).</p>"
    )
    parts.append('<table class="matrix"><tr><th></th>')
    parts.extend(f'<th scope="col">{b + 1}</th>' for b in range(count))
    parts.append("</tr>")
    for a in range(count):
        parts.append(f'<tr><th scope="row">{a + 1}</th>')
        for b in range(count):
            if a == b:
                parts.append('<td class="self">—</td>')
                continue
            share = story.matrix[a][b]
            parts.append(
                f'<td style="background: rgba(var(--cell), {share * 0.6:.2f})">'
                f"{round(100 * share)}%</td>"
            )
        parts.append("</tr>")
    parts.append("</table><h2>Claims</h2>")
    parts.append(
        '<p class="muted">Words that differ from the first variant, and a conflict&#x27;s '
        "words, are marked.</p>"
    )
    for number in sorted_claims(story, order):
        claim = story.claims[number]
        kind = "claim conflict" if claim.conflict else "claim"
        heading = claim_heading(story, claim, number, linked[number])
        heading = escape(heading).replace(CONFLICT_MARK, "&ne;")
        anchor = f"claim-{number + 1}"  # a cross-reference's link goes here
        parts.append(f'<div class="{kind}"><div class="head" id="{anchor}">{heading}</div><ul>')
        disagree = conflicts_with(claim)
        conflicts = claim_conflicts(story, claim) if claim.conflict else []
        variants = with_disagreements(story, variants_by_outlet(story, claim), conflicts)
        for (outlet, index), spans in variants:  # a conflict's words marked on both ends
            sentence = story.sentences[outlet][index]
            against = disagree.get((outlet, index))
            mark = ""
            if against is not None:  # who it contradicts: the key's names; hover: on what
                who = escape(", ".join(names[k] for k in against))
                mark = f'<b class="ne">&ne; {who}</b>'
                hover = _hover(story, conflicts, (outlet, index))
                mark = f"<span{hover}>{mark}</span> &middot; " if hover else f"{mark} &middot; "
            tag = variant_label(claim, (outlet, index))
            parts.append(
                f'<li><span class="muted">{outlet + 1}{tag}:</span> {mark}'
                f"{_variant(sentence, spans)}</li>"
            )
        for conflict in conflicts:  # what disagrees, shown and printed as the pair HTML's
            words = disagreement_words(story, conflict)
            line = escape(conflict_ends(conflict, names) + (f" · {words}" if words else ""))
            parts.append(f'<li class="evidence disagree"><b class="ne">conflict: {line}</b></li>')
        for ref in refs[number]:  # a link the pair view makes to another claim's variant
            line = escape(cross_reference_line(ref, names))
            target = f"claim {ref.claim + 1}"
            line = line.replace(target, f'<a href="#claim-{ref.claim + 1}">{target}</a>', 1)
            parts.append(f'<li class="muted">also linked: {line}</li>')
        parts.append("</ul></div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
