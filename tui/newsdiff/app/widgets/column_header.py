"""The heads of both columns: title, source file, word count, and a legend with counts per label.

Drawn by one widget with the same column geometry as the comparison below it, so each head sits
exactly over its column at every width.
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.widget import Widget

from newsdiff.app.widgets.diff_layout import (
    GUTTER,
    MARGIN,
    SIDE_TAG,
    ColumnGeometry,
    gutter_width,
)
from newsdiff.core.load import ARTICLE_SUFFIXES, shorten
from newsdiff.core.markers import MARKERS, MOVED_MARKER
from newsdiff.core.models import ComparedArticle, Comparison, source_label
from newsdiff.core.path_names import distinct_names
from newsdiff.core.sanitize import visible
from newsdiff.core.stats import count_words
from newsdiff.export.name_cut import cut_names, distinct_width

LABEL_STYLES = {
    "shared": "bold $text-success",
    "paraphrased": "bold $text-warning",
    "unique": "bold $text-error",
    "conflict": "bold reverse $text-secondary",
    "moved": "bold $text-accent",
}
"""Theme-variable styles of the legend markers (never hard-coded colours)."""

SHORT_NAMES = {
    "shared": "shared",
    "paraphrased": "para",
    "conflict": "confl",
    "unique": "unique",
    "moved": "moved",
}
"""Legend names when the column is too narrow for the full ones."""

SOURCE_CELLS = 12
"""Cells of the source (outlet, date, file) a two-column head keeps before the word count
gives way."""


def legend(counts: dict[str, int], width: int | None = None) -> Content:
    """``= 12 shared  ≈ 3 paraphrased  ≠ 1 conflict  + 5 unique  ↕ 1 moved``, shortened to fit
    ``width``."""
    return legends([counts], [width])[0]


def legends(counts: list[dict[str, int]], widths: list[int | None]) -> list[Content]:
    """A legend for each of ``counts`` in one form, the fullest that fits every ``widths``, so
    the two columns' legends read alike (not `=2 shared ≈6 para` over one and `=2 ≈5` over the
    other)."""
    forms = [_legend_forms(side) for side in counts]
    for form in range(len(forms[0])):
        if all(
            width is None or options[form].cell_length <= width
            for options, width in zip(forms, widths, strict=True)
        ):
            return [options[form] for options in forms]
    return [options[-1] for options in forms]


def _legend_forms(counts: dict[str, int]) -> list[Content]:
    """The legend of ``counts`` in every form, fullest first."""
    variants = []
    quiet = counts.get("conflict", 0) == 0
    for names, gap, space, skip_zero_conflict in (
        (None, "  ", " ", False),
        (SHORT_NAMES, " ", "", False),
        (SHORT_NAMES, " ", "", quiet),  # no conflicts: room for the names instead
        ({}, " ", "", False),
    ):
        parts = []
        for label in ("shared", "paraphrased", "conflict", "unique", "moved"):
            if label == "conflict" and skip_zero_conflict:
                continue
            marker = MOVED_MARKER if label == "moved" else MARKERS[label]
            name = label if names is None else names.get(label, "")
            text = f"{space}{counts.get(label, 0)}" + (f" {name}" if name else "")
            parts.append(Content.assemble((marker, LABEL_STYLES[label]), text))
        variants.append(Content(gap).join(parts))
    return variants


def pair_names(comparison: Comparison) -> tuple[str, str] | None:
    """The two sides' file names with the folders that tell them apart, when their bare names
    are alike (``event-eight/nyt.txt`` beside ``event-nine/nyt.txt``: two folders of the same
    outlets); None when the bare names already differ or a side is not a file."""
    paths = [
        side.article.path.replace("\\", "/").rstrip("/")
        for side in (comparison.left, comparison.right)
    ]
    if any(path == "-" or path[:8].lower().startswith(("http://", "https://")) for path in paths):
        return None
    left, right = (" ".join(visible(name).split()) for name in distinct_names(paths))
    if "/" not in left or left == right:
        return None
    return left, right


def _source(side: ComparedArticle, names: tuple[str, str] | None) -> str:
    """``outlet · date · file``, the file with the folder that tells it apart when ``names``
    (this side's, then the other's) are given."""
    article = side.article
    if names is None:
        return " ".join(visible(source_label(article)).split())
    parts = (article.meta.outlet or "", article.meta.date or "")
    known = [" ".join(visible(part).split()) for part in parts if part]
    return " · ".join([*known, names[0]])


def _cut_named_source(source: str, names: tuple[str, str] | None, cells: int) -> str:
    """``source`` in ``cells`` cells: with ``names``, its file name cut where it keeps what
    tells it from the other side's (the outlet and date give way first), else as
    :func:`_cut_source` cuts it."""
    if names is None or len(source) <= cells:
        return _cut_source(source, cells)
    need = distinct_width(list(names), 1)
    parts = source.split(" · ")[:-1]
    for keep in range(len(parts), -1, -1):
        prefix = "".join(f"{part} · " for part in parts[:keep])
        if cells - len(prefix) >= need:
            return prefix + cut_names(list(names), cells - len(prefix))[0]
    return _cut_source(source, cells)


def without_extension(source: str) -> str:
    """``source`` without its file name's article extension (``breitbart.txt`` →
    ``breitbart``): what a head drops before the word count or an ellipsis, since every
    article of a folder has one and it tells them nothing apart."""
    lower = source.lower()
    for suffix in ARTICLE_SUFFIXES:
        if lower.endswith(suffix) and len(source) > len(suffix) and source[-len(suffix) - 1] != "/":
            return source[: -len(suffix)]
    return source


def _head_forms(
    side: ComparedArticle,
    side_name: str,
    names: tuple[str, str] | None,
    *,
    drop_extension: bool = True,
) -> list[tuple[str, int]]:
    """Every form of a head's second line, fullest first, as ``(tail, source cells)``: the
    tail after the source and how many cells of the source that form keeps (at least).

    What gives way, in order: the side's name (the column says it), then the file's
    extension when that keeps the word count (``breitbart · 330 words``: at 100 columns with
    the quote sidebar neither head had a count, eleventh trial; not when ``drop_extension``
    is false, two names alike but for it), then the count when that keeps the source whole,
    then the source is cut (outlet and date kept, the count whole beside it), and last the
    count goes too."""
    article = side.article
    source = _source(side, names)
    words = count_words(article.text)
    known = " · ".join(part for part in (article.meta.outlet, article.meta.date) if part)
    meta = min(len(source), max(SOURCE_CELLS, len(" ".join(visible(known).split())) + 4))
    counted, sided = f" · {words:,} words", f" · {words:,} words · {side_name}"
    whole = len(source)
    stem = len(without_extension(source)) if drop_extension else whole
    return [
        (sided, whole),
        (counted, whole),
        (counted, stem),
        ("", whole),
        (counted, meta),
        (counted, min(whole, SOURCE_CELLS)),
        ("", 0),
    ]


def head_form(forms: list[list[tuple[str, int]]], widths: list[int]) -> int:
    """The fullest form (an index into each side's :func:`_head_forms`) that fits every
    side's width, so both heads give way alike (not a count over one column and none over
    the other, one cell narrower)."""
    for form in range(len(forms[0])):
        if all(
            len(options[form][0]) + options[form][1] <= width
            for options, width in zip(forms, widths, strict=True)
        ):
            return form
    return len(forms[0]) - 1


def _stem_fits(
    side: ComparedArticle,
    side_name: str,
    width: int,
    names: tuple[str, str] | None,
    form: int | None,
    drop_extension: bool,
) -> tuple[str, int, bool]:
    """A head's tail (see :func:`_head_forms`), the cells it leaves the source, and whether
    the source shows without its extension."""
    forms = _head_forms(side, side_name, names, drop_extension=drop_extension)
    tail, cells = forms[head_form([forms], [width]) if form is None else form]
    source = _source(side, names)
    room = max(0, width - len(tail))
    stem = without_extension(source) if drop_extension else source
    # both heads drop the extension in the form that drops it, not one of them
    fits = len(stem) <= room and (len(source) > room or cells == len(stem) < len(source))
    return tail, room, fits


def head_lines(
    side: ComparedArticle,
    side_name: str,
    width: int,
    names: tuple[str, str] | None = None,
    *,
    form: int | None = None,
    drop_extension: bool = True,
    both_stems: bool = False,
) -> list[Content]:
    """Two lines of ``width`` cells: the title, and ``outlet · date · file · N words · side``,
    in the fullest form that fits (or the given ``form``, see :func:`head_form`); the word
    count and a date are whole or left out (``· 4…`` read as 4 words). With ``names`` (this
    side's file name and the other's, see :func:`pair_names`) the file keeps what tells it
    apart. ``both_stems``: the other head shows its name without the extension, so this one
    does too when that fits (``001_9da1…f`` over one column and ``002_e581…a.txt`` over the
    other, one cell wider, at 100 columns)."""
    article = side.article
    title = " ".join(visible(article.whole_title).split()) or "(untitled)"  # as the library
    tail, room, fits = _stem_fits(side, side_name, width, names, form, drop_extension)
    source = _source(side, names)
    stem = without_extension(source) if drop_extension else source
    if both_stems and drop_extension and len(stem) <= room:
        fits = True  # the other head drops it: this one too (appfix12)
    shown = stem if fits else _cut_named_source(source, names, room)
    return [
        # cut at a word (`Israeli Ambassador to…`, not `Israeli Ambassador to U…`)
        Content.styled(shorten(title, width), "bold").truncate(width, ellipsis=True, pad=True),
        Content.assemble(
            Content.styled(shown, "$text-muted"),
            Content.styled(tail, "$text-muted"),
        ).truncate(width, ellipsis=True, pad=True),
    ]


def _cut_source_after_dot(source: str, cells: int, names: tuple[str, str] | None = None) -> Content:
    """`` · source`` in ``cells`` cells, cut as :func:`_cut_named_source` cuts it."""
    if cells < 4:
        return Content.styled(" · "[:cells], "$text-muted")
    return Content.styled(f" · {_cut_named_source(source, names, cells - 3)}", "$text-muted")


def _cut_source(source: str, cells: int) -> str:
    """``source`` in ``cells`` cells, cut with ``…``; a date or number is whole or left out
    (``2026-12-01`` cut to ``202…`` reads as another date)."""
    cut = Content(source).truncate(cells, ellipsis=True).plain
    if cut == source or not re.search(r"\d[\d-]*…$", cut):
        return cut
    part = cut.rfind(" · ")
    return cut[: part + 3] + "…" if part >= 0 else cut.rstrip("0123456789-…") + "…"


def stacked_head(
    side: ComparedArticle,
    tag: str,
    width: int,
    gutter: int,
    key_cells: int,
    key: Content | None = None,
    *,
    margin: int = 0,
    names: tuple[str, str] | None = None,
) -> Content:
    """One line of ``width`` cells for the one-column layout: ``L``/``R``, the title, ``file ·
    N words`` and the legend in the last ``key_cells`` (the wider of the two sides' legends, so
    both start in the same column; ``key``, when given, is that legend). ``gutter`` cells hold
    ``margin`` blank cells, then the tag, as the rows do. The title gives way first, then the
    file name; the word count is whole or left out (``33…`` read as 33). ``names`` as for
    :func:`head_lines`."""
    article = side.article
    title = Content.styled(" ".join(visible(article.whole_title).split()) or "(untitled)", "bold")
    words = Content.styled(f" · {count_words(article.text):,} words", "$text-muted")
    source_text = _source(side, names)
    source = Content.styled(f" · {source_text}", "$text-muted")
    key = key if key is not None else legend(side.summary(), key_cells)
    room = max(0, width - gutter - key_cells - 1)
    if words.cell_length + 10 > room:
        words = Content("")
    rest = room - words.cell_length
    title_cells = min(title.cell_length, max(rest - source.cell_length, rest // 2))
    # cut at a word; the cells the cut frees go to the source
    title = Content.styled(shorten(title.plain, title_cells), "bold").truncate(
        title_cells, ellipsis=True
    )
    head = Content.assemble(
        Content(" " * margin),
        Content.styled(tag.ljust(gutter - margin), "bold $text-primary"),  # as the rows' tags
        title,
        _cut_source_after_dot(source_text, max(0, rest - title.cell_length), names),
        words,
    ).truncate(gutter + room, ellipsis=True, pad=True)
    return Content.assemble(head, " ", key).truncate(width, ellipsis=True, pad=True)


class ColumnHeads(Widget):
    """Title, source and legend above each column of the comparison (above each other, one
    line a side, in the one-column layout)."""

    DEFAULT_CSS = """
    ColumnHeads {
        height: 4;
        border-bottom: solid $foreground 20%;
        padding-right: 1;
        &.-one-column { height: 3; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.comparison: Comparison | None = None
        self._carried = 0
        self._one_column = False

    @property
    def one_column(self) -> bool:
        """Whether the heads are stacked, one line a side, as the one-column comparison is."""
        return self._one_column

    @one_column.setter
    def one_column(self, value: bool) -> None:
        self._one_column = value
        self.set_class(value, "-one-column")
        self.refresh()

    def show(self, comparison: Comparison | None, carried: int = 0) -> None:
        """Show the heads of ``comparison`` over rows whose numbers have ``carried`` cells of
        the story's ``3/5`` before them."""
        self.comparison = comparison
        self._carried = carried
        self.refresh()

    def render(self) -> Content:
        """Both heads side by side, split like the comparison's columns."""
        if self.comparison is None:
            return Content("")
        if self._one_column:
            cells = MARGIN + SIDE_TAG + gutter_width(self.comparison) + self._carried
            width = self.content_size.width
            sides = ((self.comparison.left, "L"), (self.comparison.right, "R"))
            names = pair_names(self.comparison)
            own = (names, names[::-1] if names else None)
            room = max(12, width // 3)
            keys = legends([side.summary() for side, _ in sides], [room, room])
            key_cells = max(key.cell_length for key in keys)
            return Content("\n").join(
                [
                    stacked_head(side, tag, width, cells, key_cells, key, margin=MARGIN, names=pair)
                    for (side, tag), key, pair in zip(sides, keys, own, strict=True)
                ]
            )
        geometry = ColumnGeometry.for_width(
            self.content_size.width, gutter_width(self.comparison) + self._carried
        )
        gutter_cells = geometry.gutter
        names = pair_names(self.comparison)
        own = (names, names[::-1] if names else None)
        sides = ((self.comparison.left, "left"), (self.comparison.right, "right"))
        widths = [geometry.left_text, geometry.right_text]
        stems = {
            without_extension(_source(side, pair))
            for (side, _), pair in zip(sides, own, strict=True)
        }
        drop = len(stems) == 2  # `a.txt` beside `a.html` keeps the extensions
        form = head_form(
            [
                _head_forms(side, name, pair, drop_extension=drop)
                for (side, name), pair in zip(sides, own, strict=True)
            ],
            widths,
        )
        # a column one cell narrower than the other drops the extension alone: both do
        both = drop and any(
            _stem_fits(side, name, width, pair, form, drop)[2]
            for (side, name), width, pair in zip(sides, widths, own, strict=True)
        )
        left, right = (
            head_lines(side, name, width, pair, form=form, drop_extension=drop, both_stems=both)
            for (side, name), width, pair in zip(sides, widths, own, strict=True)
        )
        divider = Content.styled(" │ ", "$foreground 25%")
        gutter = Content(" " * gutter_cells)
        margin = Content(" " * geometry.margin)
        lines = [
            Content.assemble(margin, gutter, l_line, divider, gutter, r_line)
            for l_line, r_line in zip(left, right, strict=True)
        ]
        # The legend starts in the gutter, its markers under the sentence markers (after the
        # sentence numbers).
        indent = Content(" " * (gutter_cells - GUTTER))
        left_width = GUTTER + geometry.left_text
        right_width = GUTTER + geometry.right_text
        left_legend, right_legend = legends(
            [self.comparison.left.summary(), self.comparison.right.summary()],
            [left_width, right_width],
        )
        lines.append(
            Content.assemble(
                margin,
                indent,
                left_legend.truncate(left_width, ellipsis=True, pad=True),
                divider,
                indent,
                right_legend.truncate(right_width, ellipsis=True, pad=True),
            )
        )
        return Content("\n").join(lines)
