"""The story screen's overlap matrix: numbered, shaded cells that read without colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import DataTable

from newsdiff.export.name_cut import cut_names, distinct_width

if TYPE_CHECKING:
    from newsdiff.core.story import Story

LEVELS = " ▁▂▃▄▅▆▇█"
"""A cell's share as a bar, so the matrix reads without colour."""


class StoryMatrix(DataTable[Text]):
    """Row article ``a``, column ``b``: the share of ``a``'s sentences that ``b`` carries."""

    def cell_style(self, share: float) -> Style:
        """The theme's primary colour over the surface, scaled by ``share`` (ANSI: text styles)."""
        variables = self.app.theme_variables
        base: Color | None = None
        tint: Color | None = None
        try:
            base = Color.parse(variables.get("surface") or variables["background"])
            tint = Color.parse(variables["primary"])
        except Exception:  # noqa: BLE001 - any unparsable theme colour: no tint
            base = tint = None
        if base is None or tint is None or base.ansi is not None or tint.ansi is not None:
            return Style(bold=share >= 0.5, dim=share < 0.2)
        background = base.blend(tint, 0.15 + 0.7 * share)
        return Style(bgcolor=background.rich_color, color=background.get_contrast_text().rich_color)

    def show(self, story: Story) -> None:
        """Fill the matrix from ``story``; the cursor starts on the first pair."""
        self.clear(columns=True)
        count = len(story.articles)
        self.add_column("", key="row", width=3)
        for b in range(count):
            self.add_column(Text(str(b + 1), justify="right"), key=str(b), width=6)
        for a in range(count):
            cells: list[Text] = [Text(str(a + 1), style="bold")]
            for b in range(count):
                if a == b:
                    cells.append(Text("—", justify="center", style="dim"))
                    continue
                share = story.matrix[a][b]
                level = LEVELS[min(len(LEVELS) - 1, round(share * (len(LEVELS) - 1)))]
                cells.append(Text(f"{level}{round(100 * share):>4}%", style=self.cell_style(share)))
            self.add_row(*cells, key=str(a))
        if count > 1:
            self.move_cursor(row=0, column=2)


NAME_WIDTH = 24
"""The widest file name in the matrix key; longer ones are cut where they stay apart."""
NAME_FLOOR = 6
"""A key too narrow for whole names and titles cuts names down to what tells them apart, but
not below this many cells (``000_3…`` reads as a name; ``0…`` does not)."""
TITLE_ROOM = 24
"""The cells a title keeps before the names give up theirs: at 80 columns a key of 24-cell
names left 2–3 characters of each title, too few to tell the rows apart."""
TITLE_FLOOR = 12
"""The cells a title keeps when whole names take the rest: names come first (a name is what
enter compares), but a title of fewer cells says nothing."""


class MatrixKey(Widget):
    """Beside the matrix, each row's number, file name and title, fitted to the key's width:
    names give up cells (never those that tell them apart) before titles do."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.names: list[str] = []
        self.titles: list[str] = []
        self.first = 0
        """The article on the key's first line: the matrix's first row in view."""
        self._fitted: dict[int, tuple[int, list[str]]] = {}
        """Name column width and cut names by key width (300 names take a third of a second
        to fit: not on every scroll)."""

    def follow(self, first: int) -> None:
        """Start the key at article ``first``, as the matrix scrolled (its rows and the key's
        lines stay beside each other)."""
        if first != self.first:
            self.first = first
            self.refresh()

    def show(self, names: list[str], titles: list[str]) -> None:
        """The key of these articles (names from :func:`distinct_names`)."""
        self.names = [_line(name) for name in names]
        self.titles = [_line(title) for title in titles]
        self._fitted = {}
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line an article (the first beside the matrix's first row: see the stylesheet)."""
        return len(self.names)

    def name_width(self, width: int, names: list[str] | None = None) -> int:
        """The name column's cells in a key ``width`` cells wide (see :data:`TITLE_ROOM`),
        for ``names`` (default: the key's)."""
        names = self.names if names is None else names
        longest = min(NAME_WIDTH, max(map(cell_len, names), default=0))
        number = max(2, len(str(len(names)))) + 1
        spare = width - number - 2 - TITLE_ROOM
        if spare >= longest:
            return longest
        need = distinct_width(names, min(NAME_FLOOR, longest))
        return min(longest, max(need, spare))

    def fitted(self, width: int) -> tuple[int, list[str]]:
        """The name column's cells and the names in it, at key ``width``: whole when they and
        the titles' :data:`TITLE_ROOM` fit; else, for bare file names, without the extension
        they all share (``nyt``, not ``nyt.t…``: it tells no name from another, eleventh trial);
        else those names whole while the titles keep :data:`TITLE_FLOOR` (a name is what enter
        compares, a title is context: ``breit…`` beside 20 cells of title at 80 columns,
        appfix12); else cut. Names with a folder are cut as the library's File column cuts
        them."""
        bare = not any("/" in name for name in self.names)
        if bare:
            from newsdiff.app.widgets.story_variants import without_shared_extension

            short = without_shared_extension(self.names)
        else:
            short = self.names
        room = width - self._number_width() - 2
        for names, floor in ((self.names, TITLE_ROOM), (short, TITLE_ROOM), (short, TITLE_FLOOR)):
            longest = max(map(cell_len, names), default=0)
            if longest <= NAME_WIDTH and room - longest >= floor:
                return longest, list(names)
        name_width = self.name_width(width, short)
        return name_width, cut_names(short, name_width)

    def _number_width(self) -> int:
        """The row number's cells and the space after it."""
        return max(2, len(str(len(self.names)))) + 1

    def render(self) -> Text:
        """The key fitted to the widget's width."""
        width = self.content_size.width
        if width not in self._fitted:
            self._fitted[width] = self.fitted(width)
        name_width, names = self._fitted[width]
        digits = max(2, len(str(len(self.names))))
        lines = [
            f"{k + 1:>{digits}} {name}{' ' * (name_width - cell_len(name))}  {title}"
            for k, (name, title) in enumerate(zip(names, self.titles, strict=True))
            if k >= self.first
        ]
        return Text("\n".join(lines), no_wrap=True, overflow="ellipsis")


def _line(text: str) -> str:
    from newsdiff.core.sanitize import visible

    return " ".join(visible(text).split())


def pair_line(names: list[str], titles: list[str], row: int, column: int, width: int) -> str:
    """The line under the matrix naming the cursor's pair in full (a key beside a wide matrix
    has little room, and rows the matrix scrolls to have no key line in view)."""
    if column < 0:  # the row numbers
        return f" {row + 1} {_line(names[row])}: {_line(titles[row])}"
    if row == column:
        return f" {row + 1} {_line(names[row])}: the diagonal (an article against itself)"
    fixed = len(f" {row + 1}  → {column + 1} : enter compares them")
    shown = cut_names([_line(name) for name in names], max(1, (width - fixed) // 2))
    return f" {row + 1} {shown[row]} → {column + 1} {shown[column]}: enter compares them"
