"""``newsdiff quotes``: quotes per article and quote groups across articles.

For each article, its quotes with kind and speaker; then every remark across the articles:
carried word for word (``=`` verbatim), a word-for-word part of a longer rendering (``⊂``
excerpt), with words changed (``≈`` altered, the changed words emphasized), or found in one
article only (``+`` only here). Speakers carry one canonical name across the articles, and each
quote's attribution words (its cue) are shown under it. Article text is shown literally (control
characters as visible symbols, never read as markup); styles only on a terminal (or with
``--color always``). Without colour the changed words are wrapped in ``[…]`` so the emphasis
survives a pipe.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsdiff import __version__
from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    app,
    encoding_option,
    max_bytes_option,
    offline_option,
    report_errors,
)
from newsdiff.cli.options import (
    ColorMode,
    ColorOption,
    OutputStyle,
    PathsArgument,
    WidthOption,
    console,
    output_style,
)
from newsdiff.core.article_cache import analyse
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.core.markers import QUOTE_MARKERS
from newsdiff.core.models import Article, CharSpan, Quote, quote_to_dict
from newsdiff.core.quote_groups import (
    QuoteGroup,
    group_quotes,
    group_to_dict,
    is_trimmed,
    quote_words,
)
from newsdiff.core.sanitize import UNSAFE, visible_line
from newsdiff.core.speaker_names import unify_speakers

SCHEMA = "newsdiff.quotes/2"
STATUS_STYLE = {
    "verbatim": "green",
    "excerpt": "cyan",
    "altered": "yellow",
    "only here": "magenta",
}
CHANGED_STYLE = "bold underline"
NO_SPEAKER = "(no speaker)"


class QuotesFormat(StrEnum):
    """Output formats of ``newsdiff quotes``."""

    text = "text"
    json = "json"


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """An article and the quotes found in it."""

    article: Article
    quotes: tuple[Quote, ...]


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
    found = tuple(
        ArticleQuotes(article, quotes) for article, quotes in zip(articles, unified, strict=True)
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
        "schema": SCHEMA,
        "version": __version__,
        "articles": [
            {
                "path": item.article.path,
                "title": item.article.title,
                "quotes": [
                    {**quote_to_dict(quote), "group": lookup.get((item.article.path, quote))}
                    for quote in item.quotes
                ],
            }
            for item in report.articles
        ],
        "groups": [group_to_dict(group) for group in report.groups],
        "errors": [{"path": error.path, "problem": error.problem} for error in errors],
    }


def json_text(data: object) -> str:
    """Indented JSON with every character a terminal would act on escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def short_path(path: str) -> str:
    """A bundled article by its file name; any other path as given."""
    try:
        if Path(path).resolve().parent == bundled_seeds_dir().resolve():
            return Path(path).name
    except (OSError, RuntimeError, ValueError):
        pass
    return path


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of output text with an optional style; ``changed`` marks altered words."""

    text: str
    style: str = ""
    changed: bool = False


Line = list[Piece]


def _quote_pieces(quote: Quote, changed: Sequence[CharSpan] = ()) -> Line:
    pieces: Line = [Piece("\u201c")]
    cursor = quote.start
    for start, end in sorted(changed):
        start, end = max(start, cursor), min(end, quote.end)
        if start >= end:
            continue
        pieces.append(Piece(visible_line(quote.text[cursor - quote.start : start - quote.start])))
        pieces.append(
            Piece(
                visible_line(quote.text[start - quote.start : end - quote.start]),
                CHANGED_STYLE,
                True,
            )
        )
        cursor = end
    pieces.append(Piece(visible_line(quote.text[cursor - quote.start :])))
    pieces.append(Piece("\u201d"))
    return pieces


def report_lines(report: QuotesReport) -> list[Line]:
    """The text report as lines of styled pieces (rendered plain or with Rich)."""
    lines: list[Line] = []
    total = sum(len(item.quotes) for item in report.articles)
    counts = {status: 0 for status in QUOTE_MARKERS}
    for group in report.groups:
        counts[group.status] += 1
    lines.append(
        [
            Piece(
                f"{len(report.articles)} articles, {total} quotes, "
                f"{len(report.groups)} remarks: {counts['verbatim']} verbatim, "
                f"{counts['excerpt']} excerpt, {counts['altered']} altered, "
                f"{counts['only here']} only here",
                "bold",
            )
        ]
    )
    lines.append(
        [
            Piece(
                f"{QUOTE_MARKERS['verbatim']} verbatim in several articles  "
                f"{QUOTE_MARKERS['excerpt']} excerpt (a word-for-word part)  "
                f"{QUOTE_MARKERS['altered']} altered (words changed)  "
                f"{QUOTE_MARKERS['only here']} only in one article",
                "dim",
            )
        ]
    )
    lookup = {(path, quote): group for group in report.groups for path, quote in group.variants}
    for item in report.articles:
        path = item.article.path
        lines.append([])
        header = f"{visible_line(short_path(path))}  {len(item.quotes)} quotes"
        lines.append([Piece(header, "bold"), Piece(f"  {visible_line(item.article.title)}", "dim")])
        if not item.quotes:
            lines.append([Piece("  (no quotes)", "dim")])
        for quote in item.quotes:
            remark = lookup.get((path, quote))
            status = remark.status if remark is not None else "only here"
            speaker = visible_line(quote.speaker) if quote.speaker else NO_SPEAKER
            lines.append(
                [
                    Piece(f"  {QUOTE_MARKERS[status]} ", STATUS_STYLE[status]),
                    Piece(f"{quote.kind:<8} "),
                    Piece(speaker, "bold" if quote.speaker else "dim"),
                    Piece(": "),
                    *_quote_pieces(quote),
                ]
            )
            if quote.cue is not None:
                lines.append([Piece(f"             \u2190 {visible_line(quote.cue.text)}", "dim")])
    lines.append([])
    lines.append([Piece("Across articles", "bold")])
    compact_started = False
    for group in report.groups:
        speaker = visible_line(group.speaker) if group.speaker else NO_SPEAKER
        head = [
            Piece(
                f"{QUOTE_MARKERS[group.status]} {group.status.upper()}", STATUS_STYLE[group.status]
            ),
            Piece(f"  {speaker}", "bold"),
        ]
        if group.articles == 1 and len(group.variants) == 1:
            path, quote = group.variants[0]
            if not compact_started:
                lines.append([])
                compact_started = True
            lines.append(
                [
                    *head,
                    Piece(f"  {visible_line(short_path(path))}: ", "dim"),
                    *_quote_pieces(quote),
                ]
            )
            continue
        lines.append([])
        lines.append([*head, Piece(f"  in {group.articles} articles", "dim")])
        for index, note in enumerate(variant_notes(group)):
            (path, quote), changed = group.variants[index], group.changed[index]
            lines.append(
                [
                    Piece(f"    {visible_line(short_path(path))}", "dim"),
                    Piece(f" ({note})" if note else "", "dim"),
                    Piece(": ", "dim"),
                    *_quote_pieces(quote, changed),
                    *_other_speaker(quote, group),
                ]
            )
    return lines


def _other_speaker(quote: Quote, group: QuoteGroup) -> Line:
    """A note when this outlet gives the words to someone else than the group's speaker."""
    if quote.speaker == group.speaker or group.speaker is None:
        return []
    who = visible_line(quote.speaker) if quote.speaker else "nobody named"
    return [Piece(f"  \u2190 attributed to {who}", STATUS_STYLE["altered"])]


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


def print_rich(lines: Sequence[Line], style: OutputStyle | None = None) -> None:
    """The report with styles (Rich ``Text``, never markup).

    Without ``style``, Rich decides from the environment (``NO_COLOR`` drops colours and keeps
    bold and underline).
    """
    from rich.console import Console
    from rich.text import Text

    printer = (
        Console(highlight=False, markup=False, emoji=False) if style is None else console(style)
    )
    for line in lines:
        text = Text()
        for piece in line:
            text.append(piece.text, style=piece.style or None)
        printer.print(text)


@app.command("quotes")
def quotes_command(
    paths: PathsArgument = None,
    fmt: Annotated[
        QuotesFormat,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="text or json.", case_sensitive=False
        ),
    ] = QuotesFormat.text,
    color: ColorOption = ColorMode.auto,
    width: WidthOption = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
    offline: OfflineOption = False,
) -> None:
    """Quotes per article, and which are verbatim, altered or only in one article.

    Bad files are reported on stderr, one line each; the exit status is 2 if any input failed.
    Without colour, changed words are shown in [brackets].

    \b
    Examples:
      newsdiff quotes                        # the five bundled articles
      newsdiff quotes coverage/              # every article in a folder
      newsdiff quotes a.txt b.txt -f json    # newsdiff.quotes/2 for scripts
      newsdiff quotes coverage/ --color always | less -R
    """
    offline_option(offline)
    style = output_style(color, width)
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    report = build_report(corpus.articles)
    if QuotesFormat(fmt) is QuotesFormat.json:
        sys.stdout.write(json_text(report_to_dict(report, corpus.errors)))
    elif corpus.articles:
        lines = report_lines(report)
        if style.color:
            print_rich(lines, style)
        else:
            sys.stdout.write(plain_text(lines))
    if report_errors(corpus.errors) or not corpus.articles:
        if not corpus.errors:
            report_errors([ArticleError(" ".join(map(str, paths or [])), "no articles found")])
        raise typer.Exit(EXIT_BAD_INPUT)
