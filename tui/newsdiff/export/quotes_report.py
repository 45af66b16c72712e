"""The ``newsdiff quotes`` report: quotes per article and quote groups across articles.

For each article, its quotes with their own status (the one the quote sidebar and the compare
reports show, :mod:`newsdiff.core.quote_status`), kind and speaker; then every remark across the
articles, headed by the remark's status: carried word for word (``=`` verbatim), a word-for-word
part of a longer rendering (``⊂`` excerpt), with words changed somewhere (``≈`` altered, the
changed words emphasized), or found in one article only (``+`` only here); each rendering keeps
its own mark. Speakers carry one canonical name across the articles, and each
quote's attribution words (its cue) are shown under it. Article text is shown literally (control
characters as visible symbols, never read as markup). The report is built as lines of styled
runs: :func:`plain_text` writes them for a pipe (changed words in ``[…]`` so the emphasis
survives), :func:`styled_lines` as Rich ``Text`` for a terminal. Rich is imported only there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsdiff import __version__
from newsdiff.core.article_cache import analyse
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import bundled_seeds_dir
from newsdiff.core.markers import QUOTE_MARKERS, SPEAKER_DIFFERS_MARKER, SPEAKER_DIFFERS_NOTE
from newsdiff.core.models import Article, CharSpan, Quote, QuoteMatch, QuoteStatusName
from newsdiff.core.quote_groups import (
    QuoteGroup,
    group_quotes,
    is_trimmed,
    quote_fields,
    quote_words,
)
from newsdiff.core.quote_status import own_statuses
from newsdiff.core.sanitize import visible, visible_line
from newsdiff.core.serialize import quote_to_dict
from newsdiff.core.speaker_names import unify_speakers
from newsdiff.export.common import CHANGED_STYLE

if TYPE_CHECKING:
    from rich.text import Text

QUOTES_SCHEMA = "newsdiff.quotes/2"
"""The schema name of the ``newsdiff quotes --format json`` document."""
QUOTE_STATUS_STYLES = {
    "verbatim": "green",
    "excerpt": "cyan",
    "altered": "yellow",
    "only here": "magenta",
}
"""Terminal colour per quote status."""
NO_SPEAKER = "(no speaker)"
"""Shown where a quote has no speaker (scare quotes, or none could be read)."""


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """An article, the quotes found in it and (``matches``, in the same order) each quote's
    own status against the other articles."""

    article: Article
    quotes: tuple[Quote, ...]
    matches: tuple[QuoteMatch, ...] = ()

    def status_of(self, quote: Quote) -> QuoteStatusName:
        """``quote``'s own status (``only here`` when it was not matched)."""
        for match in self.matches:
            if match.quote is quote:
                return match.status
        return "only here"


@dataclass(frozen=True, slots=True)
class QuotesReport:
    """Everything ``newsdiff quotes`` shows: per-article quotes and groups across articles."""

    articles: tuple[ArticleQuotes, ...]
    groups: tuple[QuoteGroup, ...]

    def group_of(self, path: str, quote: Quote) -> int | None:
        """The index of the group holding ``quote`` of the article at ``path``."""
        for index, group in enumerate(self.groups):
            if (path, quote) in group.variants:
                return index
        return None


def build_report(articles: Sequence[Article]) -> QuotesReport:
    """Extract every article's quotes and group them across the articles."""
    unified = unify_speakers([analyse(article.text).quotes for article in articles])
    matches = own_statuses(unified)
    found = tuple(
        ArticleQuotes(article, quotes, mine)
        for article, quotes, mine in zip(articles, unified, matches, strict=True)
    )
    groups = group_quotes([(item.article.path, item.quotes) for item in found])
    return QuotesReport(found, groups)


def report_to_dict(report: QuotesReport, errors: Sequence[ArticleError] = ()) -> dict[str, object]:
    """The ``newsdiff.quotes/2`` JSON document (docs/design.md §4)."""
    lookup = {
        (path, quote): index
        for index, group in enumerate(report.groups)
        for path, quote in group.variants
    }
    return {
        "schema": QUOTES_SCHEMA,
        "version": __version__,
        "articles": [
            {
                "path": item.article.path,
                "title": item.article.title,
                "meta": item.article.meta.to_dict(),
                "quotes": [
                    {
                        **quote_to_dict(quote),
                        "status": item.status_of(quote),
                        "group": lookup.get((item.article.path, quote)),
                    }
                    for quote in item.quotes
                ],
            }
            for item in report.articles
        ],
        "groups": [group_to_dict(group) for group in report.groups],
        "errors": [{"path": error.path, "problem": error.problem} for error in errors],
    }


def group_to_dict(group: QuoteGroup) -> dict[str, object]:
    """A group as JSON-ready data (the ``groups`` entries of ``newsdiff.quotes/2``)."""
    return {
        "speaker": group.speaker,
        "status": group.status,
        "speaker_differs": group.speaker_differs,
        "articles": group.articles,
        "reference": group.reference,
        "variants": [
            {
                "path": path,
                **quote_fields(quote),
                "changed": [list(span) for span in changed],
            }
            for (path, quote), changed in zip(group.variants, group.changed, strict=True)
        ],
    }


def short_path(path: str) -> str:
    """A bundled article by its file name; any other path as given."""
    try:
        if Path(path).resolve().parent == bundled_seeds_dir().resolve():
            return Path(path).name
    except (OSError, RuntimeError, ValueError):
        pass
    return path


@dataclass(frozen=True, slots=True)
class TextRun:
    """A run of output text with an optional style; ``changed`` marks altered words."""

    text: str
    style: str = ""
    changed: bool = False


Line = list[TextRun]
"""One line of the text report."""


_BREAKS_AS_SPACES = {0x09: 0x20, 0x0A: 0x20}


def running_text(text: str) -> str:
    """Article text on one line, as a reader sees it: the line breaks of a hard-wrapped
    paragraph (and tabs) as spaces, one for one, everything else as :func:`visible` shows it
    (``visible_line`` would show a quote wrapped over two lines with a ``␊`` in it)."""
    return visible(text).translate(_BREAKS_AS_SPACES)


def _quote_pieces(quote: Quote, changed: Sequence[CharSpan] = ()) -> Line:
    pieces: Line = [TextRun("\u201c")]
    cursor = quote.start
    for start, end in sorted(changed):
        start, end = max(start, cursor), min(end, quote.end)
        if start >= end:
            continue
        pieces.append(TextRun(running_text(quote.text[cursor - quote.start : start - quote.start])))
        pieces.append(
            TextRun(
                running_text(quote.text[start - quote.start : end - quote.start]),
                CHANGED_STYLE,
                True,
            )
        )
        cursor = end
    pieces.append(TextRun(running_text(quote.text[cursor - quote.start :])))
    pieces.append(TextRun("\u201d"))
    return pieces


def _counted(count: int, noun: str) -> str:
    """``1 article``, ``3 articles``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


ONE_ARTICLE = "nothing to compare {} with (name two articles or more)"
"""The summary of a report on one article: no quote is verbatim, altered or only here there."""


def report_lines(report: QuotesReport) -> list[Line]:
    """The text report as lines of styled pieces (rendered plain or with Rich); the *Across
    articles* section only when there are two articles or more to compare."""
    lines: list[Line] = []
    total = sum(len(item.quotes) for item in report.articles)
    alone = len(report.articles) < 2  # nothing to compare across: no status means anything
    counts = {status: 0 for status in QUOTE_MARKERS}
    for group in report.groups:
        counts[group.status] += 1
    opening = f"{_counted(len(report.articles), 'article')}, {_counted(total, 'quote')}"
    if alone:
        lines.append(
            [TextRun(f"{opening}: " + ONE_ARTICLE.format("it" if total == 1 else "them"), "bold")]
        )
    else:
        lines.append(
            [
                TextRun(
                    f"{opening}, {_counted(len(report.groups), 'remark')}: "
                    f"{counts['verbatim']} verbatim, {counts['excerpt']} excerpt, "
                    f"{counts['altered']} altered, {counts['only here']} only here",
                    "bold",
                )
            ]
        )
        lines.append(
            [
                TextRun(
                    f"{QUOTE_MARKERS['verbatim']} verbatim in several articles  "
                    f"{QUOTE_MARKERS['excerpt']} excerpt (a word-for-word part)  "
                    f"{QUOTE_MARKERS['altered']} altered (words changed)  "
                    f"{QUOTE_MARKERS['only here']} only in one article",
                    "dim",
                )
            ]
        )
    own = {
        (item.article.path, quote): item.status_of(quote)
        for item in report.articles
        for quote in item.quotes
    }
    for item in report.articles:
        path = item.article.path
        lines.append([])
        header = f"{visible_line(short_path(path))}  {_counted(len(item.quotes), 'quote')}"
        lines.append(
            [TextRun(header, "bold"), TextRun(f"  {visible_line(item.article.title)}", "dim")]
        )
        if not item.quotes:
            lines.append([TextRun("  (no quotes)", "dim")])
        for quote in item.quotes:
            status = own.get((path, quote), "only here")  # the sidebar's, never the remark's
            speaker = running_text(quote.speaker) if quote.speaker else NO_SPEAKER
            lines.append(
                [
                    TextRun("    ")  # no mark: with one article, none is shared or unique
                    if alone
                    else TextRun(f"  {QUOTE_MARKERS[status]} ", QUOTE_STATUS_STYLES[status]),
                    TextRun(f"{quote.kind:<8} "),
                    TextRun(speaker, "bold" if quote.speaker else "dim"),
                    TextRun(": "),
                    *_quote_pieces(quote),
                ]
            )
            if quote.cue is not None:
                lines.append(
                    [TextRun(f"             \u2190 {running_text(quote.cue.shown)}", "dim")]
                )
    if alone:  # every remark would be "only here"
        return lines
    lines.append([])
    lines.append(
        [
            TextRun("Across articles", "bold"),
            TextRun("  (a remark's status: ≈ if any rendering changed words)", "dim"),
        ]
    )
    compact_started = False
    for group in report.groups:
        speaker = running_text(group.speaker) if group.speaker else NO_SPEAKER
        named = group.status.upper()  # the remark's; each rendering's own mark is beside it
        head = [
            TextRun(f"{QUOTE_MARKERS[group.status]} {named}", QUOTE_STATUS_STYLES[group.status]),
            TextRun(f"  {speaker}", "bold"),
        ]
        if group.articles == 1 and len(group.variants) == 1:
            path, quote = group.variants[0]
            if not compact_started:
                lines.append([])
                compact_started = True
            lines.append(
                [
                    *head,
                    TextRun(f"  {visible_line(short_path(path))}: ", "dim"),
                    *_quote_pieces(quote),
                ]
            )
            continue
        lines.append([])
        lines.append([*head, TextRun(f"  in {_counted(group.articles, 'article')}", "dim")])
        for index, note in enumerate(variant_notes(group)):
            (path, quote), changed = group.variants[index], group.changed[index]
            mine = own.get((path, quote), "only here")
            lines.append(
                [
                    TextRun(f"    {QUOTE_MARKERS[mine]} ", QUOTE_STATUS_STYLES[mine]),
                    TextRun(visible_line(short_path(path)), "dim"),
                    TextRun(f" ({note})" if note else "", "dim"),
                    TextRun(": ", "dim"),
                    *_quote_pieces(quote, changed),
                    *_other_speaker(quote, group),
                ]
            )
    return lines


def _other_speaker(quote: Quote, group: QuoteGroup) -> Line:
    """A note when this outlet gives the words to someone else than the group's speaker
    (not when it names nobody, nor the same person spelt otherwise)."""
    if quote.speaker is None or not group.differs(quote):
        return []
    note = f"{SPEAKER_DIFFERS_MARKER} {SPEAKER_DIFFERS_NOTE}: {running_text(quote.speaker)}"
    return [TextRun(f"  {note}", "bold magenta")]


def variant_notes(group: QuoteGroup) -> list[str]:
    """Per variant of an altered or excerpt group: reference, same words, a part of it, or
    words changed."""
    if group.status not in ("altered", "excerpt"):
        return ["" for _variant in group.variants]
    reference = quote_words(group.variants[group.reference][1])
    notes = []
    for index, (_path, quote) in enumerate(group.variants):
        words = quote_words(quote)
        if index == group.reference:
            notes.append("reference")
        elif words.words == reference.words:
            notes.append("same words")
        elif is_trimmed(words, reference):
            notes.append("a part of it")
        else:
            notes.append("words changed")
    return notes


def plain_text(lines: Sequence[Line]) -> str:
    """The report without styles; changed words wrapped in ``[…]``."""
    out = []
    for line in lines:
        out.append("".join(f"[{p.text}]" if p.changed else p.text for p in line).rstrip())
    return "\n".join(out) + "\n"


def styled_lines(lines: Sequence[Line]) -> list[Text]:
    """The report as Rich ``Text`` lines (styles, never markup), for a terminal."""
    from rich.text import Text

    out = []
    for line in lines:
        text = Text()
        for run in line:
            text.append(run.text, style=run.style or None)
        out.append(text)
    return out
