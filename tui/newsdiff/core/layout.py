"""The layout pass of segmentation: lines grouped into blocks.

A *block* is a run of lines that reads as one piece of running text: a paragraph, a bullet item,
a heading line. Blank lines always end a block. Between two non-blank lines the pass decides
whether the break is a hard-wrap inside one sentence (a *soft* break: the lines join) or the end
of a block (a *hard* break):

- soft when the next line starts in lower case, when the line ends with a character that cannot
  end a sentence or a title (comma, semicolon, dash, hyphen, opening bracket or quote) or on a
  function word ("…met with the") and the next line does not open a sentence ("In", "The"), when the
  line is a wire-style dateline on its own ("WASHINGTON (AP) —"), when the next line is an
  indented continuation of a bullet item, and, in a hard-wrapped document, when the next line's
  first word would not have fitted on the line (greedy wrapping at the document's line width);
- hard otherwise, and always before or after a Markdown heading, a bullet item, a rule line and
  a boilerplate line ("Advertisement").

Everything here is linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from newsdiff.core.abbreviations import SENTENCE_STARTERS, SMALL_WORDS, TRAILING_FUNCTION_WORDS
from newsdiff.core.lazy_regex import lazy_compile

LineKind = Literal["text", "heading", "bullet", "rule", "boilerplate"]
"""What a non-blank line is: running text, a Markdown heading, a bullet item, a rule line
("---", "* * *") or a boilerplate line ("Advertisement")."""

_MD_HEADING = re.compile(r"#{1,6}(?=\s)")
_BULLET = re.compile(r"(?:[-*+•‣◦▪▸►–·]|\d{1,3}[.)]|\(\d{1,3}\))[ \t\u00a0]+(?=\S)")
_RULE_CHARS = frozenset("-*_=~#•·.—–")
_BOILERPLATE = lazy_compile(
    r"(?:advertisement|advertising|ad|sponsored(?: content)?|story continues(?: below)?"
    r"(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue"
    r"(?: with content)?|read more|also read|related|share this(?: article)?)\W{0,3}",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[^\W_][\w'’\-]*")
_CONTINUATION_END = frozenset(",;([{“‘«—–-/&+")
_MAX_WRAP_WIDTH = 110
_MIN_WRAP_WIDTH = 40
_MIN_WRAPPED_LINES = 3


class Line(NamedTuple):
    """One non-blank line of the text.

    Attributes:
        start: Offset of the first non-whitespace character.
        end: Offset just past the last non-whitespace character.
        indent: Number of whitespace characters before ``start`` on the line.
        width: Length of the line up to ``end`` (indent included).
        kind: What the line is.
        body: Offset where the line's words start (after a bullet or heading marker).
        after_blank: Whether a blank line (or the start of the text) comes before it.
    """

    start: int
    end: int
    indent: int
    width: int
    kind: LineKind
    body: int
    after_blank: bool


class Block(NamedTuple):
    """Consecutive lines joined by soft breaks.

    Attributes:
        start: Offset of the first non-whitespace character.
        end: Offset just past the last non-whitespace character.
        kind: The kind of the block's first line.
        body: Where the words start (after a bullet or heading marker).
        lines: How many lines the block spans.
    """

    start: int
    end: int
    kind: LineKind
    body: int
    lines: int


def scan_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its offsets and kind."""
    lines: list[Line] = []
    offset = 0
    after_blank = True
    for raw in text.split("\n"):
        line_start = offset
        offset += len(raw) + 1
        stripped_left = raw.lstrip()
        if not stripped_left:
            after_blank = True
            continue
        indent = len(raw) - len(stripped_left)
        content = stripped_left.rstrip()
        start = line_start + indent
        end = start + len(content)
        kind, body = _classify(content, start)
        lines.append(Line(start, end, indent, indent + len(content), kind, body, after_blank))
        after_blank = False
    return lines


def _classify(content: str, start: int) -> tuple[LineKind, int]:
    """The kind of a stripped line and the offset where its words begin."""
    if len(content) >= 3 and set(content) - {" "} <= _RULE_CHARS and len(set(content)) <= 2:
        return "rule", start
    heading = _MD_HEADING.match(content)
    if heading:
        rest = content[heading.end() :]
        return "heading", start + heading.end() + (len(rest) - len(rest.lstrip()))
    bullet = _BULLET.match(content)
    if bullet:
        return "bullet", start + bullet.end()
    if len(content) <= 60 and _BOILERPLATE.fullmatch(content):
        return "boilerplate", start
    return "text", start


def wrap_width(lines: list[Line]) -> int | None:
    """The line width a hard-wrapped text was wrapped at, or ``None`` if it is not hard-wrapped.

    Measured on lines of running text followed by another such line (the lines a wrapper
    filled): the 95th percentile of their widths, when that is a plausible wrap width and most
    of those lines come close to it.
    """
    inner = sorted(
        a.width
        for a, b in zip(lines, lines[1:], strict=False)
        if a.kind in ("text", "bullet") and b.kind == "text" and not b.after_blank
    )
    if len(inner) < _MIN_WRAPPED_LINES:
        return None
    width = inner[min(len(inner) - 1, (len(inner) * 95) // 100)]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    filled = sum(1 for w in inner if w >= width * 0.7)
    return width if filled >= len(inner) * 0.6 else None


def blocks(text: str) -> list[Block]:
    """``text`` cut into blocks, in order; together they cover every non-blank character."""
    lines = scan_lines(text)
    width = wrap_width(lines)
    result: list[Block] = []
    first: Line | None = None
    previous: Line | None = None
    count = 0
    for line in lines:
        if first is not None and previous is not None:
            if _soft_break(text, previous, line, first, width):
                previous = line
                count += 1
                continue
            result.append(Block(first.start, previous.end, first.kind, first.body, count))
        first = previous = line
        count = 1
    if first is not None and previous is not None:
        result.append(Block(first.start, previous.end, first.kind, first.body, count))
    return result


def _soft_break(text: str, a: Line, b: Line, first: Line, width: int | None) -> bool:
    """Whether the break between lines ``a`` and ``b`` is a wrap inside running text."""
    if b.after_blank or b.kind != "text" or a.kind not in ("text", "bullet"):
        return False
    if first.kind == "bullet" and b.indent > first.indent:
        return True
    head = text[b.start]
    if head.islower():
        return True
    if b.indent > a.indent:
        return False  # an indented first line opens a new paragraph
    last = text[a.end - 1]
    if (
        last in _CONTINUATION_END
        or last in "\"'\u201e\u201a"
        and text[a.end - 2 : a.end - 1].isspace()
    ):
        return True  # a clause's punctuation, or an opening quotation mark, ends the line
    if a is first and is_dateline(text[a.start : a.end]):
        return True
    if _ends_mid_clause(text, a) and head.isupper():
        return _first_word(text, b).lower() not in SENTENCE_STARTERS
    if width is not None and a.width + 1 + _first_word_length(text, b) > width:
        return not (a is first and looks_like_heading(text[a.start : a.end]))
    return False


def _ends_mid_clause(text: str, line: Line) -> bool:
    """Whether a line stops on a lower-case function word ("…met with the", "…claimed that")."""
    tail = text[max(line.start, line.end - 30) : line.end].rsplit(None, 1)[-1]
    return tail.islower() and tail in TRAILING_FUNCTION_WORDS


def _first_word(text: str, line: Line) -> str:
    """The first word of ``line``, without punctuation around it (bounded scan)."""
    words = text[line.start : min(line.end, line.start + 40)].split(None, 1)
    return words[0].strip("\"'“”‘’«»()[]{}*_:;,.!?") if words else ""


def _first_word_length(text: str, line: Line) -> int:
    """Length of the first whitespace-delimited word of ``line`` (bounded scan)."""
    stop = min(line.end, line.start + 200)
    index = line.start
    while index < stop and not text[index].isspace():
        index += 1
    return index - line.start


def is_dateline(content: str) -> bool:
    """Whether a whole line is a wire dateline alone: "WASHINGTON (AP) —", "NEW DELHI:"."""
    if len(content) > 60 or content[-1] not in ":—–-":
        return False
    outside = re.sub(r"\([^()]*\)", "", content)
    words = outside.split()
    letters = [ch for ch in outside if ch.isalpha()]
    return bool(letters) and len(words) <= 7 and not any(ch.islower() for ch in letters)


def title_case_ratio(content: str) -> float:
    """Share of a line's words (beyond small words like "and", "of") that start in upper case."""
    counted = capital = 0
    for position, word in enumerate(_WORD.findall(content)):
        if word.isdigit() or (position and word.islower() and word in SMALL_WORDS):
            continue
        counted += 1
        if not word[0].islower():
            capital += 1
    return capital / counted if counted else 0.0


def last_word(content: str) -> str:
    """The last word of a line, without surrounding punctuation."""
    words = content[-80:].split()
    return words[-1].strip("\"'“”‘’«»()[]{}*_:;,.!?") if words else ""


def looks_like_heading(
    content: str, *, max_words: int = 12, max_chars: int = 100, sentence_case: bool = False
) -> bool:
    """Whether a standalone line reads as a title: short, title case, not a finished clause.

    "Trade and Energy Discussions" and "Context: US-Pakistan Engagement" do; "At the time,
    President Trump claimed that" (a truncated sentence) and "He said so." do not. With
    ``sentence_case`` (a document's first line), a line without final punctuation needs no
    capitals: "Teachers quit as budget cuts bite".
    """
    if len(content) > max_chars or not any(ch.isalpha() for ch in content):
        return False
    words = content.split()
    if len(words) > max_words:
        return False
    final = content.rstrip("\"'”’»)*_")
    if final and final[-1] in ",;:":
        return False
    tail = last_word(content)
    if tail.islower() and tail in TRAILING_FUNCTION_WORDS:
        return False
    ratio = title_case_ratio(content)
    if final and final[-1] in ".!?…":
        if final[-1] == "." and not sentence_case:
            return False  # a short sentence in title case ("He Said No.") is still a sentence
        return ratio >= 0.85 and len(words) >= 2
    return sentence_case or ratio >= 0.75 or (len(words) <= 3 and "," not in content)
