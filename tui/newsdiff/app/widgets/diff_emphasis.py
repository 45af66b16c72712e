"""A sentence's text as the view shows it: one safe screen line, its changed words, and the
segments that emphasize them and the search matches over them."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style

from newsdiff.core.emphasis import Emphasis, emphasis
from newsdiff.core.models import SIDES, CharSpan, Comparison, Side
from newsdiff.core.sanitize import visible


def display_text(text: str) -> str:
    """Sentence text made safe for one screen line: controls visible, line breaks as spaces."""
    return visible(text).replace("\n", " ").replace("\t", " ")


def changed_spans(comparison: Comparison) -> dict[tuple[Side, int], Emphasis]:
    """What to emphasize in every linked sentence, against its best-scoring counterpart: the
    changed words, or only the evidence when the pair is mostly rewritten (core.emphasis)."""
    changed: dict[tuple[Side, int], Emphasis] = {}
    for side in SIDES:
        for aligned in comparison.side(side).sentences:
            if not aligned.links:
                continue
            found = emphasis(comparison, side, aligned.sentence.index)
            if found.spans:
                changed[(side, aligned.sentence.index)] = found
    return changed


def styled_slice(
    text: str,
    start: int,
    end: int,
    changed: tuple[CharSpan, ...],
    offset: int,
    style: Style,
    changed_style: Style,
    matches: tuple[CharSpan, ...] = (),
    match_style: Style | None = None,
) -> list[Segment]:
    """Segments of ``text[start:end]`` with the ``changed`` spans (absolute offsets) emphasized
    and the search ``matches`` over them."""
    line_text = text[start:end].rstrip()
    end = start + len(line_text)
    if not changed and not matches:
        return [Segment(line_text, style)]
    styles = (style, changed_style, match_style or changed_style)
    marks = [0] * (end - start)
    for mark, spans in ((1, changed), (2, matches)):
        for span_start, span_end in spans:
            low = max(span_start - offset, start)
            high = min(span_end - offset, end)
            for position in range(low, high):
                marks[position - start] = mark
    segments: list[Segment] = []
    run_start = 0
    for position in range(1, len(marks) + 1):
        if position == len(marks) or marks[position] != marks[run_start]:
            chunk = line_text[run_start:position]
            if chunk:
                segments.append(Segment(chunk, styles[marks[run_start]]))
            run_start = position
    return segments
