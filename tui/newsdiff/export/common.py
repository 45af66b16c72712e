"""Pieces every writer shares: markers, changed words, control characters made visible.

No Textual and no Rich here: the HTML, Markdown and JSON writers must stay importable without them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    SIDES,
    AlignedSentence,
    Article,
    ArticleMeta,
    CharSpan,
    ComparedArticle,
    Comparison,
    Link,
    Side,
)

CHANGED_STYLE = "bold underline"
"""How terminal reports (the text comparison, the quotes report) emphasize changed words."""

LABEL_NAMES = {
    "shared": "shared",
    "paraphrased": "paraphrased",
    "conflict": "conflict",
    "unique": "unique",
}

_INVISIBLE_FORMAT = {
    0x200B,  # zero width space
    0x200E,  # left-to-right mark
    0x200F,  # right-to-left mark
    0x2028,  # line separator
    0x2029,  # paragraph separator
    0x202A,
    0x202B,
    0x202C,
    0x202D,
    0x202E,  # embeddings and overrides
    0x2060,  # word joiner
    0x2061,
    0x2062,
    0x2063,
    0x2064,
    0x2066,
    0x2067,
    0x2068,
    0x2069,  # isolates
    0xFEFF,  # zero width no-break space
}
"""Formatting characters that are invisible or reorder text: shown as ``⟨U+XXXX⟩`` in reports.

Zero-width (non-)joiners are kept: Persian, Indic scripts and emoji sequences need them.
"""


@dataclass(frozen=True, slots=True)
class RevealedText:
    """A run of text to show, either ordinary text or one revealed control character.

    Attributes:
        text: What to show (for a control: a visible stand-in such as ``⟨U+202E⟩`` or ``␛``).
        control: The code point's name when this piece stands for a control character.
    """

    text: str
    control: str | None = None


def _stand_in(char: str) -> str | None:
    code = ord(char)
    if char in "\n\t":
        return None
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0 or code in _INVISIBLE_FORMAT:
        return f"⟨U+{code:04X}⟩"
    return None


def reveal(text: str) -> Iterator[RevealedText]:
    """Split ``text`` into ordinary runs and visible stand-ins for control characters.

    Terminal escapes, C1 controls, bidi overrides/isolates and zero-width characters become
    visible symbols, so a report shows exactly what is in the article and nothing can reorder
    or hide its text.
    """
    run: list[str] = []
    for char in text:
        stand_in = _stand_in(char)
        if stand_in is None:
            run.append(char)
            continue
        if run:
            yield RevealedText("".join(run))
            run = []
        yield RevealedText(stand_in, unicodedata.name(char, f"U+{ord(char):04X}"))
    if run:
        yield RevealedText("".join(run))


_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    + "".join(re.escape(chr(code)) for code in sorted(_INVISIBLE_FORMAT))
    + "]"
)
"""Any character :func:`reveal` replaces (a text without one is shown as it is)."""


def revealed(text: str) -> str:
    """``text`` with every control character replaced by its visible stand-in."""
    if _HIDDEN.search(text) is None:
        return text
    return "".join(piece.text for piece in reveal(text))


def one_line(text: str) -> str:
    """``text`` with runs of whitespace (a hard-wrapped sentence's line breaks) as one space."""
    return " ".join(text.split())


def sides(comparison: Comparison) -> tuple[tuple[Side, ComparedArticle], ...]:
    """The two sides with their names, left first."""
    return tuple((side, comparison.side(side)) for side in SIDES)


def marker(aligned: AlignedSentence) -> str:
    """The gutter marker of a sentence, as the app shows it: ``·`` for boilerplate (never
    compared), ``↕`` when moved, else its label's marker; a conflict keeps ``≠`` when moved
    (a disagreement must not be missed, and its colour alone does not say it in print)."""
    if aligned.boilerplate:
        return BOILERPLATE_MARKER
    moved = aligned.moved and aligned.label != "conflict"
    return MOVED_MARKER if moved else MARKERS[aligned.label]


REPORT_LINKS_SHOWN = 3
"""Links listed per sentence in reports; a sentence tied to many others lists its best ones."""


def top_links(aligned: AlignedSentence, limit: int = REPORT_LINKS_SHOWN) -> tuple[list[Link], int]:
    """The sentence's ``limit`` best-scoring links (in index order) and how many were left out."""
    best = sorted(aligned.links, key=lambda link: (-link.score, link.index))[:limit]
    return sorted(best, key=lambda link: link.index), max(len(aligned.links) - limit, 0)


def split_changed(text: str, offset: int, spans: tuple[CharSpan, ...]) -> list[tuple[str, bool]]:
    """``text`` (starting at absolute ``offset``) cut into ``(chunk, changed)`` runs.

    Spans outside the text are clipped; overlapping spans merge; empty chunks are dropped.
    """
    clipped = sorted(
        (max(start - offset, 0), min(end - offset, len(text)))
        for start, end in spans
        if min(end - offset, len(text)) > max(start - offset, 0)
    )
    merged: list[list[int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    runs: list[tuple[str, bool]] = []
    done = 0
    for start, end in merged:
        if start > done:
            runs.append((text[done:start], False))
        runs.append((text[start:end], True))
        done = end
    if done < len(text):
        runs.append((text[done:], False))
    return runs


def slug(text: str, limit: int = 40) -> str:
    """A file-name-safe lowercase ASCII slug of ``text`` (empty when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] if "-" in words[:limit] else words[:limit]
    return words.strip("-")


def default_filename(comparison: Comparison, extension: str) -> str:
    """``newsdiff-<left>-vs-<right>.<extension>``, slugged from the titles (or file names)."""
    names = []
    for side, compared in sides(comparison):
        article = compared.article
        stem = article.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        names.append(slug(article.title, 30) or slug(stem, 30) or side)
    return f"newsdiff-{names[0]}-vs-{names[1]}.{extension}"


def scoring_note(comparison: Comparison) -> str:
    """How the scores were made, in words: which articles weighed the words, the meaning signal.

    A saved report then says why it can differ from another run on the same two articles (the
    app scores with its whole library, ``newsdiff compare`` with ``--corpus`` or the pair alone).
    """
    scoring = comparison.scoring
    count = len(scoring.corpus)
    if count:
        weights = f"word weights from these two articles and {count} more"
    else:
        weights = "word weights from these two articles alone"
    return f"{weights}; meaning signal {scoring.meaning}"


SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
"""The reproducible-builds.org variable: when set, reports print this time, not the clock's."""

LATEST_EPOCH = 253402300799
"""9999-12-31 23:59:59 UTC, the last second a four-digit year can print."""


def source_date() -> datetime | None:
    """The time ``$SOURCE_DATE_EPOCH`` names (seconds since 1970-01-01 UTC), or None unset.

    Two runs with it set print the same bytes, so a pipeline that diffs or versions reports
    sees only real changes (https://reproducible-builds.org/specs/source-date-epoch/).

    Raises:
        ValueError: The value is not a whole number of seconds (the spec asks to refuse it).
    """
    value = os.environ.get(SOURCE_DATE_EPOCH, "")
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or int(value) > LATEST_EPOCH:
        raise ValueError(
            f"{SOURCE_DATE_EPOCH}: {value!r} is not a time: give whole seconds since "
            "1970-01-01 UTC, such as 1767225600"
        )
    return datetime.fromtimestamp(int(value), UTC)


def now_stamp(now: datetime | None = None) -> str:
    """The report date, in UTC to the minute: ``now``, else ``$SOURCE_DATE_EPOCH``, else the
    current time (a malformed value, refused by the command line, is ignored here)."""
    if now is None:
        try:
            now = source_date()
        except ValueError:
            now = None
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


SAME_TEXT_NOTE = (
    "The two articles have the same text (one article named twice, or a copy of it): "
    "nothing in it differs between them."
)
"""What a report says above its counts when both sides hold one text: nothing differs, and
the reader most likely named one file twice."""


def same_text_note(comparison: Comparison) -> str:
    """:data:`SAME_TEXT_NOTE` when both articles hold the same text, else empty."""
    left, right = comparison.left.article.text, comparison.right.article.text
    return SAME_TEXT_NOTE if left == right and left.strip() else ""


def meta_line(meta: ArticleMeta) -> str:
    """``Outlet · by Author · 2024-03-05 · https://…``: what is known of an article's source."""
    parts = [meta.outlet, f"by {meta.author}" if meta.author else None, meta.date, meta.url]
    return " · ".join(part for part in parts if part)


def meta_rows(left: Article, right: Article, escape: Callable[[str], str]) -> list[str]:
    """Markdown table rows ``| Outlet | … | … |`` for each field either article has."""
    rows = []
    for name, key in (("Outlet", "outlet"), ("Author", "author"), ("Date", "date"), ("URL", "url")):
        values = [getattr(article.meta, key) for article in (left, right)]
        if any(values):
            cells = " | ".join(escape(value) if value else "–" for value in values)
            rows.append(f"| {name} | {cells} |")
    return rows
