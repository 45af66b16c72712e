"""The story screen's overlap matrix: numbered, shaded cells that read without colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.widgets import DataTable

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
"""The widest file name in the matrix key; longer ones end in an ellipsis."""


def key_text(story: Story, names: list[str]) -> Text:
    """The matrix key: each row's number, file name and title."""
    from newsdiff.export.common import cut_name

    lines = [_line(name) for name in names]
    width = min(NAME_WIDTH, max(map(len, lines), default=0))
    lines = [cut_name(name, width) for name in lines]
    return Text(
        "\n".join(
            f"{k + 1:>2} {name:<{width}}  {_line(a.title)}"
            for k, (a, name) in enumerate(zip(story.articles, lines, strict=True))
        ),
        no_wrap=True,
        overflow="ellipsis",
    )


def _line(text: str) -> str:
    from newsdiff.core.sanitize import visible

    return " ".join(visible(text).split())
