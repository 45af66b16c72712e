"""A :class:`~newsdiff.core.story.Story` as JSON (``newsdiff.story/1``), text and Markdown.

Every view reads the same model: the overlap matrix (share of the row article's story sentences
the column article carries) and the claims, each with its outlets and its variants. Article
text is shown literally (control characters as visible stand-ins).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newsdiff import __version__
from newsdiff.core.link_evidence import Evidence
from newsdiff.core.models import CharSpan
from newsdiff.core.path_names import distinct_names
from newsdiff.core.story import LINKAGE, SCHEMA, Claim, Story, sorted_claims
from newsdiff.core.story_disagreements import claim_conflicts, conflict_ends, disagreement_words
from newsdiff.core.story_model import (
    PairLink,
    Position,
    conflicts_with,
    linked_note,
    variant_label,
    variants_by_outlet,
    with_disagreements,
)
from newsdiff.core.story_xref import (
    CrossRef,
    cross_reference_line,
    cross_references,
    linked_outlets,
    only_in_one,
)
from newsdiff.export.common import meta_line, now_stamp, one_line, revealed, split_changed
from newsdiff.export.markdown import md_escape
from newsdiff.export.name_cut import cut_names

ORDERS = ("coverage", "conflicts", "reading")
"""How claims can be listed (see :func:`newsdiff.core.story.sorted_claims`)."""

CONFLICT_MARK = "≠"
"""Marks a claim whose variants disagree (as the pair view marks a conflict)."""


def sha256(text: str) -> str:
    """The SHA-256 of an article's text (UTF-8), to tell which text the offsets point into."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_to_dict(story: Story, order: str = "reading") -> dict[str, object]:
    """The ``newsdiff.story/1`` JSON document (see docs/story.md)."""
    position = {k: index for index, k in enumerate(sorted_claims(story, "reading"))}
    refs = cross_references(story)
    linked = linked_outlets(story, refs)
    return {
        "schema": SCHEMA,
        "version": __version__,
        "settings": {
            "shared": story.settings.shared,
            "paraphrase": story.settings.paraphrase,
            "linkage": LINKAGE,
        },
        "scoring": {"meaning": story.scoring.meaning},
        "articles": [
            {
                "index": index,
                "path": article.path,
                "title": article.title,
                "meta": article.meta.to_dict(),
                "sha256": sha256(article.text),
                "sentences": len(story.sentences[index]),
                "story_sentences": sum(1 for flag in story.boilerplate[index] if not flag),
            }
            for index, article in enumerate(story.articles)
        ],
        "matrix": [[round(share, 4) for share in row] for row in story.matrix],
        "claims": [
            _claim_to_dict(story, story.claims[k], position[k], refs[k], position, linked[k])
            for k in sorted_claims(story, order)
        ],
    }


def _claim_to_dict(
    story: Story,
    claim: Claim,
    number: int,
    refs: Sequence[CrossRef] = (),
    position: dict[int, int] | None = None,
    linked: Sequence[int] = (),
) -> dict[str, object]:
    def where(article: int, sentence: int) -> dict[str, int]:
        return {"article": article, "sentence": sentence}

    # a conflict link's evidence (a: the left sentence), read again on demand (#16)
    found = claim_conflicts(story, claim) if claim.conflict else []
    evidence = {(c.left, c.right): c.evidence for c in found}
    variants = []
    for article, index in claim.variants:
        sentence = story.sentences[article][index]
        variants.append(
            {
                "article": article,
                "sentence": index,
                "start": sentence.start,
                "end": sentence.end,
                "text": sentence.text,
                "also": (article, index) in claim.also,
            }
        )
    return {
        "id": number,
        "outlets": list(claim.outlets),
        "outlet_count": len(claim.outlets),
        # the outlets the pair view links it to beyond its own (its cross-references' claims)
        "linked_outlets": list(linked),
        "conflict": claim.conflict,
        "first": where(*claim.first),
        "variants": variants,
        "links": [_link_to_dict(story, link, evidence) for link in claim.links],
        "related": [
            {
                "claim": ref.claim if position is None else position[ref.claim],
                "left": where(*ref.here),
                "right": where(*ref.there),
                "label": ref.label,
                "score": round(ref.score, 1),
            }
            for ref in refs
        ],
    }


def _link_to_dict(
    story: Story, link: PairLink, evidence: dict[tuple[Position, Position], Evidence]
) -> dict[str, object]:
    """A claim's link: its ends, label and score; a conflict's ``evidence`` too, as the
    comparison JSON gives a link's (``left``: ``a``'s words), added within ``/1``."""
    found: dict[str, object] = {
        "a": {"article": link.a[0], "sentence": link.a[1]},
        "b": {"article": link.b[0], "sentence": link.b[1]},
        "label": link.label,
        "score": round(link.score, 1),
    }
    seen = evidence.get((link.a, link.b)) if link.label == "conflict" else None
    if seen is None and link.label == "conflict":
        mirrored = evidence.get((link.b, link.a))
        seen = None if mirrored is None else mirrored.mirrored()
    if seen is not None:
        found["evidence"] = seen.to_dict()
    return found


def _paths(story: Story) -> list[str]:
    return [article.path for article in story.articles]


def summary_line(story: Story, linked: Sequence[Sequence[int]] | None = None) -> str:
    """``5 articles, 57 claims: 3 in all, 20 in several, 34 in one only, 1 conflict``;
    ``linked`` is :func:`~newsdiff.core.story_xref.linked_outlets`'s answer when the caller
    has it (the reports do: reading the cross-references again cost a second pass)."""
    count = len(story.articles)
    everywhere = sum(1 for c in story.claims if len(c.outlets) == count and count > 1)
    one = sum(1 for c in story.claims if len(c.outlets) == 1)
    single = len(only_in_one(story, linked_outlets(story) if linked is None else linked))
    several = len(story.claims) - everywhere - one
    conflicts = sum(1 for c in story.claims if c.conflict)
    # a one-outlet claim the pair view links to another outlet is not "only" there (#16)
    more = f", {one - single} in one linked to more" if one > single else ""
    return (
        f"{count} articles, {len(story.claims)} claims: {everywhere} in all, {several} in "
        f"several, {single} in one only{more}, {conflicts} "
        f"conflict{'s' if conflicts != 1 else ''}"
    )


def made_line(story: Story) -> str:
    """``Made 2026-12-07 11:55 UTC with newsdiff 0.1.0; thresholds: shared ≥ 80, paraphrase ≥
    50``: when and how the story was told, as the comparison's reports say it (the time is
    ``$SOURCE_DATE_EPOCH`` when set, so two runs print the same bytes)."""
    settings = story.settings
    return (
        f"Made {now_stamp()} with newsdiff {__version__}; thresholds: shared ≥ "
        f"{settings.shared:g}, paraphrase ≥ {settings.paraphrase:g}"
    )


def matrix_lines(story: Story, width: int | None = None) -> list[str]:
    """The overlap matrix as fixed-width text: ``37%`` per cell, ``—`` on the diagonal.

    With ``width``, a matrix wider than it is printed in blocks of columns that fit (columns
    1–15, then 16–30, …, each block with every row), as R prints a wide matrix: a wrapped row
    puts its cells under other columns' numbers."""
    count = len(story.articles)
    cell = max(5, len(str(count)) + 2)  # "100%" plus a space between cells
    per_block = count if width is None else max(1, (width - cell) // cell)
    lines: list[str] = []
    for first in range(0, max(count, 1), max(per_block, 1)):
        columns = range(first, min(count, first + per_block))
        if lines:
            lines.append("")
        lines.append("".rjust(cell) + "".join(str(b + 1).rjust(cell) for b in columns))
        for a in range(count):
            cells = "".join(
                ("—" if a == b else f"{round(100 * story.matrix[a][b])}%").rjust(cell)
                for b in columns
            )
            lines.append(str(a + 1).rjust(cell) + cells)
    return lines


def claim_heading(
    story: Story, claim: Claim, number: int | None = None, linked: Sequence[int] = ()
) -> str:
    """``claim 4 · carried by 3 of 5 (1, 2, 4) · ≠ conflict`` or ``only in 2`` (conflict only
    when one); ``number`` is the claim's place in reading order (the JSON's ``id``), shown from
    1 so that a cross-reference's ``claim 4`` can be found. ``linked``: the outlets the pair
    view links it to beyond its own (:func:`~newsdiff.core.story_xref.linked_outlets`),
    `` · linked in 2 more (1, 3)``; a claim of one outlet with some is not "only in" it."""
    outlets = ", ".join(str(article + 1) for article in claim.outlets)
    text = "" if number is None else f"claim {number + 1} · "
    if len(claim.outlets) == 1 and not linked:
        text += f"only in {outlets}"
    else:
        text += f"carried by {len(claim.outlets)} of {len(story.articles)} ({outlets})"
    if linked:
        text += f" · {linked_note(linked)}"
    if claim.conflict:
        text += f" · {CONFLICT_MARK} conflict"
    return text


Piece = tuple[str, str]
"""A run of report text and its role: ``""``, ``"heading"``, ``"muted"``, ``"changed"`` (a word
the first variant does not use), ``"conflict"`` or ``"label"`` (plain; what follows it wraps
under itself, not under the label)."""

VARIANT_LIMIT = 600
"""Characters of a variant the text report shows; a longer one ends in ``… (N characters)``.

No sentence of the real-dev reporting is longer than 520 characters; only a text without sentence
ends (a one-line dump cut into 2,000-character pieces) reaches it, and there the report would
otherwise be as long as the text itself."""


def cut_pieces(
    pieces: list[Piece], length: int | None = None, limit: int = VARIANT_LIMIT
) -> list[Piece]:
    """``pieces`` cut after ``limit`` characters (at a space when one is near), then
    ``… (N characters)`` naming the full ``length`` (default: the pieces'); unchanged when they
    fit."""
    shown = sum(len(text) for text, _role in pieces)
    total = shown if length is None else length
    kept, rest = split_pieces(pieces, limit)
    if not rest:
        return pieces
    return [*kept, (f" … ({total:,} characters)", "muted")]


def split_pieces(
    pieces: list[Piece], limit: int = VARIANT_LIMIT
) -> tuple[list[Piece], list[Piece]]:
    """``pieces`` as the start :func:`cut_pieces` shows (trailing spaces dropped) and the rest,
    from where the start ends (``rest`` empty when they fit in ``limit``)."""
    if sum(len(text) for text, _role in pieces) <= limit:
        return pieces, []
    kept: list[Piece] = []
    room = limit
    for at, (text, role) in enumerate(pieces):
        if len(text) >= room:
            cut = text[:room]
            space = cut.rfind(" ")
            if space >= room - 40:
                cut = cut[:space]
            cut = cut.rstrip()
            if cut:
                kept.append((cut, role))
            rest = [(text[len(cut) :], role), *pieces[at + 1 :]]
            return kept, [(text, role) for text, role in rest if text]
        kept.append((text, role))
        room -= len(text)
    return kept, []


def variant_runs(text: str, start: int, spans: Sequence[tuple[int, int]]) -> list[Piece]:
    """A variant's text (at offset ``start``) as pieces, ``spans`` marked ``changed``; raw text,
    each report escapes it its own way."""
    return [
        (chunk, "changed" if on else "") for chunk, on in split_changed(text, start, tuple(spans))
    ]


def conflict_mark(against: Sequence[int], names: Sequence[str]) -> str:
    """``≠ breitbart.txt · `` before a variant that contradicts the outlets ``against``
    (article indices; ``names`` the key's), so that with three outlets or more the reader sees
    who contradicts whom."""
    return f"{CONFLICT_MARK} {', '.join(names[k] for k in against)} · "


def story_key_names(story: Story, width: int) -> list[str]:
    """The articles' names for a key, each in ``width`` characters, cut where they stay apart
    (:func:`~newsdiff.export.name_cut.cut_names`)."""
    return cut_names([one_line(name) for name in distinct_names(_paths(story))], width)


def story_lines(
    story: Story, order: str = "coverage", width: int | None = None
) -> list[list[Piece]]:
    """The text report as lines of pieces: summary, matrix with its key, then every claim
    (the matrix in blocks of columns that fit ``width``, when given)."""
    refs = cross_references(story)
    linked = linked_outlets(story, refs)
    lines: list[list[Piece]] = [[(summary_line(story, linked), "heading")], []]
    caption = "Overlap: share of the row article's sentences that the column article carries"
    lines.append([(caption, "muted")])
    lines.extend([(line, "")] for line in matrix_lines(story, width))
    lines.append([])
    names = story_key_names(story, 40)
    name_width = max(map(len, names), default=0)
    number_width = len(str(len(names)))
    for index, (article, name) in enumerate(zip(story.articles, names, strict=True)):
        key = str(index + 1).rjust(number_width)
        source = meta_line(article.meta)
        lines.append(
            [
                (f"  {key}  {name.ljust(name_width)}  ", "label"),
                (one_line(article.title), "muted"),
                *([(f" — {one_line(source)}", "muted")] if source else []),
            ]
        )
    legend = "Claims (words a variant adds to the first one, and a conflict's words, are marked)"
    lines += [[], [(legend, "muted")]]
    for number in sorted_claims(story, order):
        claim = story.claims[number]
        heading = claim_heading(story, claim, number, linked[number])
        lines.append([])
        # the heading counts the outlets (``carried by 3 of 5``): no ``[3/5]`` before it
        lines.append([(heading, "conflict" if claim.conflict else "heading")])
        disagree = conflicts_with(claim)
        for (outlet, index), spans in _variants(story, claim):
            sentence = story.sentences[outlet][index]
            runs = split_changed(sentence.text, sentence.start, tuple(spans))
            pieces = [
                (revealed(chunk.replace("\n", " ")), "changed" if on else "") for chunk, on in runs
            ]
            against = disagree.get((outlet, index))
            mark = [] if against is None else [(conflict_mark(against, names), "conflict")]
            tag = variant_label(claim, (outlet, index))
            lines.append(
                [
                    (f"  {outlet + 1}{tag}: ", "muted"),
                    *mark,
                    *cut_pieces(pieces, len(sentence.text)),
                ]
            )
        for ends, words in disagreement_lines(story, claim, names):  # what disagrees (#16)
            lines.append([("  conflict: ", "muted"), (ends, "label"), (words, "conflict")])
        lines.extend([(f"  {line}", "label")] for line in related_lines(refs[number], names))
    return lines


def _variants(story: Story, claim: Claim) -> list[tuple[Position, tuple[CharSpan, ...]]]:
    """The variants as the reports mark them: each one's changed words and, on both ends of
    a conflict, the words it disagrees on (the first variant's figure too)."""
    conflicts = claim_conflicts(story, claim) if claim.conflict else []
    return with_disagreements(story, variants_by_outlet(story, claim), conflicts)


def disagreement_lines(story: Story, claim: Claim, names: Sequence[str]) -> list[tuple[str, str]]:
    """Per conflict link of ``claim``: its two ends (``a.txt S2 ≠ b.txt S2``) and what
    disagrees, after `` · `` (`` · figure: 800 ↔ 2,500``; ``""`` when the check names no
    words), as the pair view says it (:mod:`newsdiff.core.story_disagreements`); none for a
    claim without a conflict, whose links are not read again."""
    if not claim.conflict:
        return []
    found = []
    for conflict in claim_conflicts(story, claim):
        words = disagreement_words(story, conflict)
        found.append((conflict_ends(conflict, names), f" · {words}" if words else ""))
    return found


def related_lines(refs: Sequence[CrossRef], names: Sequence[str]) -> list[str]:
    """``also linked: claim 12 · a.txt S15 ≈ b.txt S10 (score 62)``, one line per
    cross-reference of a claim (:mod:`newsdiff.core.story_xref`): a link the pair view makes
    from one of its variants to another claim's."""
    return [f"also linked: {cross_reference_line(ref, names)}" for ref in refs]


_PLAIN_ESCAPES = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]"})

UNESCAPED_ROLES = ("heading", "label")
"""Pieces the text report prints as they are: the report's own claim headings and summary, and
the key's file names. Every other piece can hold article text."""


def plain_piece(text: str, role: str) -> str:
    """A piece of the text report without colour: changed words in ``[brackets]``, and the
    article's own ``\\``, ``[`` and ``]`` escaped with a backslash, so that a bracket without a
    backslash before it is always the report's mark (``pay \\[for\\] it`` is the source's)."""
    if role in UNESCAPED_ROLES:
        return text
    escaped = text.translate(_PLAIN_ESCAPES)
    return f"[{escaped}]" if role == "changed" else escaped


def story_text(story: Story, order: str = "coverage") -> str:
    """The plain-text report; changed words in ``[brackets]``, the text's own brackets
    escaped (see :func:`plain_piece`)."""
    return (
        "\n".join(
            "".join(plain_piece(text, role) for text, role in line).rstrip()
            for line in story_lines(story, order)
        )
        + "\n"
    )


def story_markdown(story: Story, order: str = "coverage") -> str:
    """The Markdown report: summary, matrix table, claims as sections with variants."""
    count = len(story.articles)
    refs = cross_references(story)
    linked = linked_outlets(story, refs)
    lines = ["# Story: " + _md(one_line(story.articles[0].title)) if story.articles else "# Story"]
    lines += ["", summary_line(story, linked), "", made_line(story) + ".", "", "## Articles", ""]
    names = story_key_names(story, 40)
    for index, (article, name) in enumerate(zip(story.articles, names, strict=True)):
        source = meta_line(article.meta)
        source = f" — {md_escape(source)}" if source else ""
        lines.append(f"{index + 1}. {_md(one_line(article.title))} (`{name}`){source}")
    lines += ["", "## Overlap", "", "Share of the row article's sentences the column carries.", ""]
    lines.append("| | " + " | ".join(str(b + 1) for b in range(count)) + " |")
    lines.append("|---|" + "---:|" * count)
    for a in range(count):
        cells = ["—" if a == b else f"{round(100 * story.matrix[a][b])}%" for b in range(count)]
        lines.append(f"| **{a + 1}** | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Claims",
        "",
        "Words that differ from the first variant, and a conflict's words, are in **bold**.",
    ]
    for number in sorted_claims(story, order):
        claim = story.claims[number]
        lines += ["", f"- **{claim_heading(story, claim, number, linked[number])}**"]
        disagree = conflicts_with(claim)
        for (outlet, index), spans in _variants(story, claim):
            sentence = story.sentences[outlet][index]
            pieces = cut_pieces(variant_runs(sentence.text, sentence.start, spans))
            text = " ".join("".join(_md_piece(text, role) for text, role in pieces).split())
            against = disagree.get((outlet, index))
            mark = "" if against is None else _md(conflict_mark(against, names))
            tag = variant_label(claim, (outlet, index))
            lines.append(f"  - {outlet + 1}{tag}: {mark}{text}")
        for ends, words in disagreement_lines(story, claim, names):
            lines.append(f"  - *conflict: {_md(ends + words)}*")
        lines.extend(f"  - *{_md(line)}*" for line in related_lines(refs[number], names))
    return "\n".join(lines) + "\n"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-!|~"})


def _md_piece(text: str, role: str) -> str:
    """A piece of a variant in Markdown: changed words bold, the cut's length note italic."""
    if role == "changed":
        return f"**{_md(text)}**"
    if role == "muted":
        return f" *{_md(text.strip())}*"
    return _md(text)


def _md(text: str) -> str:
    """Article text made inert in Markdown (every markup character escaped)."""
    return revealed(text).translate(_MD_SPECIAL)
