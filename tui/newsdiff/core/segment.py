"""Text → segments (sentences and standalone lines) with character offsets.

Two passes:

1. **Layout** (:mod:`newsdiff.core.layout`): lines grouped into blocks — paragraphs (with
   hard-wrapped lines joined), bullet items, Markdown headings, standalone lines.
2. **Sentences**: a standalone line that reads as a headline, heading or byline is one segment;
   every other block is split at sentence ends (:func:`sentence_starts`).

A sentence end is a run of ``.``, ``!``, ``?`` or ``…`` plus any closing quotes or brackets,
followed by whitespace and a character that can open a sentence (upper case, digit, opening
quote or bracket, or a letter of a caseless script). It is not an end when:

- the next word starts in lower case ("…?” he asked", "3 p.m. on Friday");
- the period closes a title before a name ("Mr.", "Gen.", "Sen."), a single initial
  ("S. Jaishankar"), a dotted abbreviation ("U.S.", "J.R.R.", "a.m.") or another known
  abbreviation ("Inc.", "etc.") — unless the next word is a capitalised function word that
  usually opens a sentence ("…in the U.S. The talks…");
- the period closes a US state's abbreviation ("Va.", "Calif.", "Del.") and a title or a word
  of a state's office follows ("Calif. Gov. Ann Roe", "the Va. Senate"), or "Del." is a title
  before a name ("said Del. Ann Pike": a state is written after a town and a comma, so
  "…moved to Springfield, Va. The next day…" and "…in Dover, Del. Police said…" still split);
- the period follows "No.", "pp.", "Jan." and similar words and a number follows ("No. 10");
- "a.m." or "p.m." is followed by a time zone, day or month ("5 p.m. ET", "9 a.m. Monday");
- a closing quotation mark after ``?`` or ``!`` is followed by an attribution ("…?” Rubio
  asked reporters."), or after ``.`` by a bare one ("…done.” Rubio said.");
- an ellipsis stands apart from the previous word ("we will … Pakistan").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.core.abbreviations import (
    MONTHS,
    NEVER_FINAL,
    NUMBER_PREFIXES,
    OFFICE_WORDS,
    OTHER,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    STATE_TITLES,
    STATES,
    TIME_FOLLOWERS,
    TITLES,
    TRAILING_FUNCTION_WORDS,
)
from newsdiff.core.layout import (
    Block,
    blocks,
    is_dateline,
    last_word,
    looks_like_heading,
)
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS, pieces
from newsdiff.core.models import Sentence, SentenceKind

# A run of terminal marks, matched from its first mark only and possessively, so that a long
# run of dots without whitespace after it is scanned once, not once per position.
_TERMINAL = lazy_compile(r"(?<![.!?…])[.!?…]++[”“\"’‘'»«)\]*_]*+(?=\s)")
_NONSPACE = lazy_compile(r"\S")
_DOTTED = lazy_compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_BYLINE = re.compile(
    r"(?i:(?:written|reported|reporting|story|words|text|edited|compiled|photos?|"
    r"interview|analysis)\s+)?(?i:by):?(?:\s+[\"“]?[^\W\d_](?<![a-z]).*)?"
)
_OPENERS = frozenset("“„‟\"‘‚'«([¿¡*_#")
_QUOTE_CLOSERS = frozenset("”\"’'»“‘«")
_QUOTE_MARKS = _QUOTE_CLOSERS | frozenset("„‚‟")
_CLOSERS = "".join(sorted(_QUOTE_CLOSERS)) + ")]"
"""What may follow a paragraph's last word or full stop: closing quote marks and brackets."""
_WORD_STRIP = "\"'“”„‟‘’‚«»()[]{}*_:;,.!?"
_NAME_LINKS = frozenset({"of", "the", "de", "da", "van", "von", "bin", "al", "for"})
_MAX_ATTRIBUTION_WORDS = 7
_LOOKBACK = 60
_LOOKAHEAD = 120
_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 200


def segment(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into segments whose offsets slice back to their text.

    Segments are in order, do not overlap, have no surrounding whitespace, and together cover
    every non-whitespace character of ``text``. A sentence over
    :data:`~newsdiff.core.long_sentences.MAX_SENTENCE_CHARS` characters is cut into pieces
    (:func:`~newsdiff.core.long_sentences.pieces`), each a segment of its own.
    """
    return _segmentation(text)[0]


def overlong_sentences(text: str) -> int:
    """How many sentences of ``text`` :func:`segment` cut because they were over-long.

    A segment never crosses a blank line, so a text whose blank-line paragraphs are all within
    the cap is answered without segmenting it.
    """
    if all(len(part) <= MAX_SENTENCE_CHARS for part in text.split("\n\n")):
        return 0
    return _segmentation(text)[1]


@lru_cache(maxsize=4)
def _segmentation(text: str) -> tuple[tuple[Sentence, ...], int]:
    """The segments of ``text`` and how many over-long sentences were cut into them (the
    latest few texts are kept, so the loading note and the analysis segment a text once)."""
    spans: list[tuple[int, int, SentenceKind]] = []
    for number, block in enumerate(blocks(text)):
        kind = _standalone_kind(text, block, first=number == 0)
        if kind is not None:
            spans.append((block.start, block.end, kind))
            continue
        piece_kind: SentenceKind = "bullet" if block.kind == "bullet" else "text"
        starts = [block.start, *sentence_starts(text, block.body, block.end)]
        for begin, finish in zip(starts, [*starts[1:], block.end], strict=True):
            end = finish
            while end > begin and text[end - 1].isspace():
                end -= 1
            spans.append((begin, end, piece_kind))
    cut = 0
    sentences: list[Sentence] = []
    for start, end, kind in spans:
        if end - start > MAX_SENTENCE_CHARS:
            cut += 1
            for begin, finish in pieces(text, start, end):
                sentences.append(Sentence(len(sentences), begin, finish, text[begin:finish], kind))
        else:
            sentences.append(Sentence(len(sentences), start, end, text[start:end], kind))
    return tuple(sentences), cut


def _standalone_kind(text: str, block: Block, *, first: bool) -> SentenceKind | None:
    """The kind of a block kept whole (headline, heading, byline), or ``None`` to split it."""
    if block.kind == "heading":
        return "headline" if first and text.startswith("# ", block.start) else "heading"
    if block.kind == "boilerplate":
        return "heading"
    if block.kind == "rule":
        return "text"
    if block.kind != "text" or block.lines != 1:
        return None
    content = text[block.start : block.end]
    if len(content) <= 120 and _BYLINE.fullmatch(content) and not content.rstrip().endswith("."):
        return "byline"
    headline = first and looks_like_heading(
        content, max_words=_MAX_HEADLINE_WORDS, max_chars=_MAX_HEADLINE_CHARS, sentence_case=True
    )
    if not headline and (
        is_dateline(content)
        or _quoted_sentence(content)
        or not (looks_like_heading(content) or _section_label(content))
    ):
        return None
    if sentence_starts(text, block.body, block.end):
        return None  # two sentences (a photo caption and its credit) are not a title
    return "headline" if headline else "heading"


SECTION_LABEL_WORDS = 8
"""A paragraph of at most this many words with no final punctuation is a section heading."""


def _section_label(content: str) -> bool:
    """A sentence-case section heading: "What the study found", "What it means for you".

    A paragraph of its own, a few words long and without a full stop, labels the section that
    follows; a sentence cut off mid-way ends with a word like "that" and is not one, and a
    quoted sentence (“We will win.”) ends with its full stop inside the marks.
    """
    words = content.split()
    final = content.rstrip().rstrip(_CLOSERS)[-1:]
    tail = last_word(content)
    return (
        0 < len(words) <= SECTION_LABEL_WORDS
        and (final.isalnum() or _question_label(content))
        and not (tail.islower() and tail in TRAILING_FUNCTION_WORDS)
        and any(ch.isalpha() for ch in content)
    )


def _quoted_sentence(content: str) -> bool:
    """A sentence inside quotation marks, its final punctuation within them: “It is over!”.

    News prints a short quotation as a paragraph of its own; below the headline that is
    somebody's words, however capitalised, not a section heading.
    """
    stripped = content.strip()
    inner = stripped.rstrip(_CLOSERS)
    return (
        len(stripped) > 2
        and stripped[0] in _QUOTE_MARKS
        and stripped[-1] in _QUOTE_MARKS
        and inner[-1:] in (".", "!", "?", "…")
    )


def _question_label(content: str) -> bool:
    """A question standing as a section heading: "Why does it matter?", "What happens next?".

    Explainers head their sections with the reader's question; one in quotation marks is
    somebody's words, not a heading.
    """
    return content.rstrip().endswith("?") and not any(mark in content for mark in _QUOTE_MARKS)


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a new sentence begins (the first one excluded)."""
    starts: list[int] = []
    for match in _TERMINAL.finditer(text, start, end):
        following = _NONSPACE.search(text, match.end(), end)
        if following is None:
            break
        if match.start() == start + 1 and match.group(0) == "." and text[start].isupper():
            continue  # a label opening the paragraph: "Q. When…", "A. Possibly…"
        if _ends_sentence(text, start, end, match, following.start()):
            starts.append(following.start())
    return starts


def _ends_sentence(text: str, start: int, end: int, match: re.Match[str], after: int) -> bool:
    """Whether the terminal run ``match`` ends a sentence, the next word starting at ``after``.

    ``start`` and ``end`` bound the block: the scans never look outside it.
    """
    head = text[after]
    if head == "»" and text[after + 1 : after + 2].isalnum():
        head = "«"  # German »…«: an opening mark before a word
    if not (head.isupper() or head.isdigit() or head in _OPENERS):
        if not head.isalpha() or head.islower():
            return False
    run = match.group(0)
    marks = run.rstrip("”“\"’‘'»«)]*_")
    closers = run[len(marks) :]
    next_word = _next_word(text, after, end)
    if any(ch in _QUOTE_CLOSERS for ch in closers) and _is_attribution(
        text, after, end, short_only="?" not in marks and "!" not in marks
    ):
        return False
    token = _previous_token(text, start, match.start())
    if "…" in marks or marks.startswith(".."):
        return bool(token)  # an ellipsis set apart from the words marks an omission
    if "!" in marks or "?" in marks or closers:
        return True
    if token.lower() in STATES and token[:1].isupper():
        return _state_ends_sentence(token, next_word, _after_comma(text, start, match.start()))
    return _period_ends_sentence(token, head, next_word)


def _after_comma(text: str, start: int, end: int) -> bool:
    """Whether the word ending at ``end`` follows a comma ("Springfield, Va.")."""
    before = text[max(start, end - _LOOKBACK) : end].rstrip(".").rsplit(None, 1)
    return len(before) == 2 and before[0].endswith(",")


def _state_ends_sentence(token: str, next_word: str, after_comma: bool) -> bool:
    """Whether a state abbreviation ends its sentence before a capitalised ``next_word``.

    Not before a title or a word of a state's office or body ("Calif. Gov. Ann Pike", "the
    Va. Senate"), nor when it is itself a title before a name ("said Del. Ann Pike": a state is
    written after a town and a comma); else it does ("…moved to Springfield, Va. The next
    day…", "…in Dover, Del. Police said…").
    """
    lowered = next_word.lower()
    if lowered in TITLES or lowered in OFFICE_WORDS or lowered in STATES:
        return False
    return after_comma or token.lower() not in STATE_TITLES


def _period_ends_sentence(token: str, head: str, next_word: str) -> bool:
    """Whether a single period after ``token`` ends a sentence before ``next_word``."""
    if not token:
        return True
    starter = head in "“„‟\"‘‚'«" or (
        next_word[:1].isupper() and next_word.lower().replace("’", "'") in SENTENCE_STARTERS
    )
    lowered = token.lower()
    if "." in token:
        if lowered in NEVER_FINAL:
            return False
        if lowered in ("a.m", "p.m"):
            return head not in "(" and next_word not in TIME_FOLLOWERS
        if _DOTTED.fullmatch(token):
            return starter
        return True  # a URL, a file name or a number such as "3.5"
    if len(token) == 1 and token.isalpha() and token.isupper():
        return starter  # an initial: "S. Jaishankar"
    if lowered in TITLES and token[0].isupper():
        return False
    if lowered in NUMBER_PREFIXES and head.isdigit():
        return False
    if lowered in MONTHS and token[0].isupper():
        return not head.isdigit() and starter
    if lowered in OTHER:
        return lowered not in NEVER_FINAL and starter
    return True


def _previous_token(text: str, start: int, end: int) -> str:
    """The word just before a terminal mark, without opening punctuation (bounded scan)."""
    low = max(start, end - _LOOKBACK)
    index = end
    while index > low and not text[index - 1].isspace():
        index -= 1
    return text[index:end].lstrip("\"'“„‟‘‚«»([{*_")


def _next_word(text: str, after: int, end: int) -> str:
    """The word starting at ``after``, without surrounding punctuation (bounded scan)."""
    window = text[after : min(end, after + _LOOKAHEAD)].split(maxsplit=1)
    return window[0].strip(_WORD_STRIP) if window else ""


def _is_attribution(text: str, after: int, end: int, *, short_only: bool) -> bool:
    """Whether the words at ``after`` are an attribution: a capitalised name or title
    ("Rubio", "Secretary of State Marco Rubio") followed by a speech verb.

    With ``short_only`` the attribution must also end right after the verb ("Rubio said."):
    after a quotation closed by a full stop, "Rubio said the talks…" opens a new sentence.
    """
    raw_words = text[after : min(end, after + _LOOKAHEAD)].split()[:_MAX_ATTRIBUTION_WORDS]
    for position, raw in enumerate(raw_words):
        word = raw.strip(_WORD_STRIP)
        lowered = word.lower()
        if position > 0 and lowered in SPEECH_VERBS:
            return not short_only or raw[-1] in ".,;" or position == len(raw_words) - 1
        if position > 0 and lowered in _NAME_LINKS:
            continue
        if not word[:1].isupper() or lowered in SENTENCE_STARTERS:
            return False
    return False
