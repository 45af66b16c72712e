"""A comparison as a readable Markdown report.

Summary counts first, then the sentence pairs by label with changed words marked
(``~~old~~ **new**``), the sentences only one side has, the moved ones, and the quotes with their
statuses; a section of more than :data:`FOLD_AFTER` entries is folded into ``<details>``.
Article text is escaped so Markdown or HTML inside it shows as the characters it is.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsdiff.core.emphasis import too_different, word_spans
from newsdiff.core.evidence import (
    agree_as_written,
    describe_evidence,
    describe_pair_agreement,
    disagreeing_spans,
    quoted_elsewhere,
)
from newsdiff.core.markers import MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    AlignedSentence,
    CharSpan,
    Comparison,
    Sentence,
    Side,
    WordDiff,
    WordOp,
    other_side,
    side_letter,
)
from newsdiff.export.common import (
    meta_rows,
    now_stamp,
    one_line,
    revealed,
    same_text_note,
    scoring_note,
    sides,
    split_changed,
    top_links,
)
from newsdiff.export.quotes_view import other_speaker_note, quote_rows, quote_tally, rows_note

CHANGE_MARKS: dict[Side, str] = {"left": "~~", "right": "**"}
"""How a side's changed words are marked: the left's struck through, the right's in bold."""

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$])")
"""ASCII punctuation CommonMark/GFM acts on in the middle of a line (article text never starts one).

Backslash, code, emphasis, links and images, HTML and autolinks, entities, heading closers,
table pipes, strikethrough and GitHub math; CommonMark allows escaping any of them.
"""


def md_escape(text: str) -> str:
    """Article text as literal Markdown: one line, controls revealed, specials backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(revealed(text)))


def _wrap(text: str, mark: str) -> str:
    """``text`` escaped and wrapped in ``mark`` (``~~`` or ``**``), whitespace kept outside."""
    core = text.strip()
    if not core:
        return " " if text else ""
    lead = " " if text[: len(text) - len(text.lstrip())] else ""
    trail = " " if text[len(text.rstrip()) :] else ""
    return f"{lead}{mark}{md_escape(core)}{mark}{trail}"


def _marked(text: str, offset: int, spans: tuple[CharSpan, ...], mark: str) -> str:
    out = []
    for chunk, changed in split_changed(text, offset, spans):
        if changed:
            out.append(_wrap(chunk, mark))
        else:
            lead = " " if chunk[:1].isspace() else ""
            trail = " " if chunk[-1:].isspace() and chunk.strip() else ""
            out.append(lead + md_escape(chunk) + trail if chunk.strip() else " ")
    return re.sub(" {2,}", " ", "".join(out)).strip()


def _merged(comparison: Comparison, left: int, right: int) -> str:
    """One line for a near-verbatim pair: the left text with ``~~removed~~ **added**`` words."""
    lsent = comparison.left.sentences[left].sentence
    rsent = comparison.right.sentences[right].sentence
    ltext, rtext = comparison.left.article.text, comparison.right.article.text
    diff: WordDiff | None = comparison.word_diff(left, right)
    if diff is None or not diff.ops:
        return md_escape(lsent.text)
    out: list[str] = []
    cursor = lsent.start

    def clip(span: CharSpan, low: int, high: int) -> CharSpan:
        start = min(max(span[0], low), high)
        return start, min(max(span[1], start), high)

    ops = sorted(diff.ops, key=lambda op: (op.left[0], op.right[0]))
    for number, op in enumerate(ops):
        lstart, lend = clip(op.left, lsent.start, lsent.end)
        rstart, rend = clip(op.right, rsent.start, rsent.end)
        if lstart > cursor:
            out.append(ltext[cursor:lstart])
        old, new = ltext[lstart:lend], rtext[rstart:rend]
        if op.tag == "equal":
            out.append(old)
        else:
            pieces = []
            if old.strip():
                pieces.append(("~~", old))
            if new.strip():
                pieces.append(("**", new))
            token = " ".join(_wrap(text, mark).strip() for mark, text in pieces)
            if op.tag == "insert":
                # The word ops skip punctuation, so an insert is anchored at the end of the
                # left word before it; when the right article has the punctuation that
                # follows that word before the inserted words (`it," said`), write it first.
                gap_end = _after_shared_gap(ops, number, (ltext, lend, lsent.end), (rtext, rsent))
                out.append(ltext[lend:gap_end])
                lend = gap_end
                before = "".join(out)[-1:]
                after = ltext[lend : lsent.end][:1]
                # The right article says whether the inserted words stand apart.
                next_start = ops[number + 1].right[0] if number + 1 < len(ops) else rsent.end
                right_gap = rtext[rend : max(rend, min(next_start, rsent.end))]
                right_before = rtext[rstart - 1 : rstart] if rstart > rsent.start else ""
                space_before = before and not before.isspace() and right_before.isspace()
                space_after = (
                    after
                    and not after.isspace()
                    and (rend >= rsent.end or any(char.isspace() for char in right_gap))
                )
                token = (" " if space_before else "") + token + (" " if space_after else "")
            out.append(_Token(token))
        cursor = max(cursor, lend)
    if cursor < lsent.end:
        out.append(ltext[cursor : lsent.end])
    rendered = "".join(
        part if isinstance(part, _Token) else md_escape_keep_space(part) for part in out
    )
    return re.sub(" {2,}", " ", rendered).strip()


def _after_shared_gap(
    ops: list[WordOp],
    number: int,
    left: tuple[str, int, int],
    right: tuple[str, Sentence],
) -> int:
    """Where the inserted words of ``ops[number]`` go in the left text: after the punctuation
    that follows their anchor when the right sentence has that same punctuation before them
    (`it," said` is not `it said ,"`); else at the anchor, ``left``'s second item."""
    ltext, anchor, end = left
    rtext, rsent = right
    following = ops[number + 1].left[0] if number + 1 < len(ops) else end
    gap = ltext[anchor : min(max(following, anchor), end)]
    if not gap.strip() or any(char.isalnum() for char in gap):
        return anchor
    start = max(ops[number].right[0], rsent.start)
    preceding = ops[number - 1].right[1] if number > 0 else rsent.start
    right_gap = rtext[min(max(preceding, rsent.start), start) : start]
    return anchor + len(gap) if right_gap.split() == gap.split() else anchor


class _Token(str):
    """Already-rendered Markdown that must not be escaped again."""


def md_escape_keep_space(text: str) -> str:
    """Like :func:`md_escape`, but a leading or trailing space survives."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return lead + md_escape(text) + trail


def _evidence(comparison: Comparison, left: int, right: int) -> str:
    """The evidence line of the linked pair ``(left, right)`` (empty when none was saved): a
    conflict's disagreeing pairs, left first, or the words the two agree on, each sentence's
    own when they write them differently (:func:`describe_pair_agreement`)."""
    for link in comparison.left.sentences[left].links:
        if link.index == right:
            text = comparison.left.sentences[left].sentence.text
            if link.evidence.disagree:
                return describe_evidence(link.evidence, "left", text)
            other = comparison.right.sentences[right].sentence.text
            return describe_pair_agreement(link.evidence, text, other)
    return ""


def _evidence_lines(comparison: Comparison, left: int, right: int) -> list[str]:
    """A mostly reworded pair: both sentences with only the words they share in bold (the
    evidence of the link), as a word diff would mark nearly everything."""
    lsent = comparison.left.sentences[left].sentence
    rsent = comparison.right.sentences[right].sentence
    agree = _link(comparison, left, right)
    left_spans = word_spans(lsent.text, lsent.start, agree)
    right_spans = word_spans(rsent.text, rsent.start, agree_as_written(agree, rsent.text))
    lines = [
        f"  - Left: {_marked(lsent.text, lsent.start, left_spans, '**')}",
        f"  - Right: {_marked(rsent.text, rsent.start, right_spans, '**')}",
    ]
    evidence = _evidence(comparison, left, right)
    if evidence:
        lines.append(f"  - Agree: {md_escape(evidence)} (mostly reworded: shared words in bold)")
    return lines


def _quoted_note(comparison: Comparison, side: Side, index: int) -> str:
    """`` _(no sentence linked; its quote = verbatim in R3)_`` for a sentence listed as only
    in one article whose quote the other one carries (the app's status line says the same);
    empty otherwise."""
    quoted = quoted_elsewhere(comparison, side, index)
    return f" _(no sentence linked; its quote {md_escape(quoted)})_" if quoted else ""


def _link(comparison: Comparison, left: int, right: int) -> tuple[str, ...]:
    for link in comparison.left.sentences[left].links:
        if link.index == right:
            return link.evidence.agree
    return ()


def _pairs_count(pairs: list[tuple[int, int, str]]) -> str:
    """``1 pair``, ``3 pairs``."""
    return f"{len(pairs)} pair{'' if len(pairs) == 1 else 's'}"


def _pairs(comparison: Comparison) -> list[tuple[int, int, str]]:
    """Linked pairs ``(left, right, label)`` once each, in left order.

    Each sentence contributes its best few links, so a sentence tied to hundreds of others
    cannot blow the report up.
    """
    pairs: dict[tuple[int, int], str] = {}
    for aligned in comparison.left.sentences:
        for link in top_links(aligned)[0]:
            pairs[(aligned.sentence.index, link.index)] = link.label
    for aligned in comparison.right.sentences:
        for link in top_links(aligned)[0]:
            pairs.setdefault((link.index, aligned.sentence.index), link.label)
    return [(left, right, label) for (left, right), label in sorted(pairs.items())]


def _moved(comparison: Comparison) -> list[tuple[Side, AlignedSentence]]:
    """Moved sentences: every left one, then right ones no moved left sentence already lists."""
    listed: set[tuple[int, int]] = set()
    moved: list[tuple[Side, AlignedSentence]] = []
    for aligned in comparison.left.sentences:
        if aligned.moved:
            moved.append(("left", aligned))
            listed.update((aligned.sentence.index, link.index) for link in aligned.links)
    for aligned in comparison.right.sentences:
        pairs = {(link.index, aligned.sentence.index) for link in aligned.links}
        if aligned.moved and not (pairs and pairs <= listed):
            moved.append(("right", aligned))
    return moved


def render_markdown(comparison: Comparison, *, version: str, now: datetime | None = None) -> str:
    """The comparison as a Markdown report (see the module docstring)."""
    left, right = comparison.left.article, comparison.right.article
    settings = comparison.settings
    summary = comparison.summary()
    lines = [
        f"# newsdiff: {md_escape(left.title)} vs {md_escape(right.title)}",
        "",
        "| | Left | Right |",
        "|---|---|---|",
        f"| Title | {md_escape(left.title)} | {md_escape(right.title)} |",
        f"| File | {md_escape(left.path)} | {md_escape(right.path)} |",
        *meta_rows(left, right, md_escape),
        "",
        f"Compared {now_stamp(now)} with newsdiff {md_escape(version)}; thresholds: "
        f"shared ≥ {settings.shared:g}, paraphrase ≥ {settings.paraphrase:g}; "
        f"{md_escape(scoring_note(comparison))}.",
        *(["", f"**{same_text_note(comparison)}**"] if same_text_note(comparison) else []),
        "",
        "## Summary",
        "",
        f"| Sentences | {MARKERS['shared']} shared | {MARKERS['paraphrased']} paraphrased "
        f"| {MARKERS['conflict']} conflict | {MARKERS['unique']} unique | {MOVED_MARKER} moved |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for side, _compared in sides(comparison):
        counts = summary[side]
        lines.append(
            f"| {side.capitalize()} | {counts['shared']} | {counts['paraphrased']} "
            f"| {counts['conflict']} | {counts['unique']} | {counts['moved']} |"
        )
    lines += ["", "Quotes, counted in each article:", ""]
    lines += [
        f"- {side.capitalize()}: {quote_tally(compared)}" for side, compared in sides(comparison)
    ]
    lines.append("")
    pairs = _pairs(comparison)
    shared = [pair for pair in pairs if pair[2] == "shared"]
    paraphrased = [pair for pair in pairs if pair[2] == "paraphrased"]
    conflicts = [pair for pair in pairs if pair[2] == "conflict"]
    lines += [f"## {MARKERS['conflict']} Conflicts ({_pairs_count(conflicts)})", ""]
    for li, ri, _ in conflicts:
        lsent = comparison.left.sentences[li].sentence
        rsent = comparison.right.sentences[ri].sentence
        left_spans = disagreeing_spans(comparison, "left", li)
        right_spans = disagreeing_spans(comparison, "right", ri)
        lines.append(f"- **L{li + 1} ≠ R{ri + 1}**")
        lines.append(f"  - Left: {_marked(lsent.text, lsent.start, left_spans, '**')}")
        lines.append(f"  - Right: {_marked(rsent.text, rsent.start, right_spans, '**')}")
        lines.append(f"  - Disagree: {md_escape(_evidence(comparison, li, ri))}")
    if not conflicts:
        lines.append("_None._")
    lines += ["", f"## {MARKERS['shared']} Shared ({_pairs_count(shared)})", ""]
    for li, ri, _ in shared:
        if too_different(comparison, li, ri):  # no edit script when it would mark most words
            lines.append(f"- **L{li + 1} = R{ri + 1}**")
            lines += _evidence_lines(comparison, li, ri)
        else:
            lines.append(f"- **L{li + 1} = R{ri + 1}** {_merged(comparison, li, ri)}")
    if not shared:
        lines.append("_None._")
    lines += ["", f"## {MARKERS['paraphrased']} Paraphrased ({_pairs_count(paraphrased)})", ""]
    for li, ri, _ in paraphrased:
        lsent = comparison.left.sentences[li].sentence
        rsent = comparison.right.sentences[ri].sentence
        diff = comparison.word_diff(li, ri)
        lines.append(f"- **L{li + 1} ≈ R{ri + 1}**")
        if too_different(comparison, li, ri):
            lines += _evidence_lines(comparison, li, ri)
            continue
        left_changed = diff.left_changed if diff else ()
        right_changed = diff.right_changed if diff else ()
        lines.append(f"  - Left: {_marked(lsent.text, lsent.start, left_changed, '~~')}")
        lines.append(f"  - Right: {_marked(rsent.text, rsent.start, right_changed, '**')}")
        evidence = _evidence(comparison, li, ri)
        if evidence:
            lines.append(f"  - Agree: {md_escape(evidence)}")
    if not paraphrased:
        lines.append("_None._")
    for side, compared in sides(comparison):
        prefix = side_letter(side)
        unique = [a for a in compared.sentences if a.label == "unique" and not a.boilerplate]
        lines += [
            "",
            f"## {MARKERS['unique']} Only in the {side} article ({len(unique)})",
            "",
        ]
        lines += [
            f"- **{prefix}{a.sentence.index + 1}** {md_escape(a.sentence.text)}"
            + _quoted_note(comparison, side, a.sentence.index)
            for a in unique
        ] or ["_None._"]
    moved = _moved(comparison)
    lines += ["", f"## {MOVED_MARKER} Moved ({len(moved)})", ""]
    for side, aligned in moved:
        prefix, other = side_letter(side), side_letter(other_side(side))
        shown, more = top_links(aligned)
        targets = ", ".join(f"{other}{link.index + 1}" for link in shown)
        targets += f" +{more} more" if more else ""
        lines.append(
            f"- **{prefix}{aligned.sentence.index + 1} {MOVED_MARKER} {targets}** "
            f"({aligned.label}) {md_escape(aligned.sentence.text)}"
        )
    if not moved:
        lines.append("_None._")
    lines += ["", "## Quotes", ""]
    rows = quote_rows(comparison)
    if rows:
        lines += [
            rows_note(comparison, rows),
            "",
            "| Side | Speaker | Quote | Status | Other article | Articles |",
            "|---|---|---|---|---|--:|",
        ]
    for row in rows:
        match = row.match
        mine, theirs = CHANGE_MARKS[row.side], CHANGE_MARKS[other_side(row.side)]
        quote = _marked(match.quote.text, match.quote.start, match.changed, mine)
        other = (
            "“"
            + _marked(
                match.counterpart.text, match.counterpart.start, row.counterpart_changed, theirs
            )
            + "”"
            if match.counterpart is not None
            else "—"
        )
        speaker = md_escape(match.quote.speaker) if match.quote.speaker else "—"
        if match.quote.cue is not None:
            speaker += f" (_{md_escape(match.quote.cue.shown)}_)"
        status: str = match.status
        if match.other_speaker is not None:
            status += f" **{md_escape(other_speaker_note(match))}**"
        lines.append(
            f"| {row.side.capitalize()} | {speaker} | “{quote}” | {status} | {other} "
            f"| {match.articles} |"
        )
    if not rows:
        lines.append("_No quotations found in either article._")
    lines.append("")
    return "\n".join(fold_long_sections(lines))


FOLD_AFTER = 8
"""A section with more entries than this is folded into ``<details>`` (GitHub, GitLab, Gitea
and most Markdown viewers show it closed, with a line to open it)."""


def fold_long_sections(lines: list[str]) -> list[str]:
    """Fold the body of every long ``##`` section (not the summary) into ``<details>``.

    The heading stays outside, so the outline and its anchors stay as they were; blank lines
    around the body keep it Markdown inside the HTML block.
    """
    out: list[str] = []
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")] + [len(lines)]
    out += lines[: starts[0]]
    for start, end in zip(starts, starts[1:], strict=False):
        heading, body = lines[start], lines[start + 1 : end]
        entries = sum(
            1
            for line in body
            if line.startswith("- ") or (line.startswith("| ") and not line.startswith("| Side"))
        )
        out.append(heading)
        if heading == "## Summary" or entries <= FOLD_AFTER:
            out += body
            continue
        content = list(body)
        while content and not content[0].strip():
            content.pop(0)
        while content and not content[-1].strip():
            content.pop()
        lead: list[str] = []  # a paragraph saying what the entries are stays in sight
        while content and not content[0].startswith(("- ", "| ")):
            lead.append(content.pop(0))
        while lead and not lead[-1].strip():
            lead.pop()
        out += ["", *lead] if lead else []
        out += ["", "<details>", f"<summary>Show all {entries}</summary>", ""]
        out += content
        out += ["", "</details>", ""]
    return out
