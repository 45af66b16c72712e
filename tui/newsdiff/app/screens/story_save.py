"""Save the story on screen: the save dialog of a comparison, for the story's four reports.

The thirteenth trial's fact-checker, done reading the claims, pressed ``ctrl+s`` as in the pair
view and nothing happened: the story could be saved only by leaving the app for ``newsdiff story
DIR -o FILE``. The same dialog (format, name, never overwrite silently, written atomically in a
worker) now saves the same reports ``newsdiff story`` writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from newsdiff.app.screens.save_dialog import SaveDialog
from newsdiff.export.story_render import (
    STORY_FORMATS,
    printable_story,
    render_story,
    story_filename,
)

if TYPE_CHECKING:
    from newsdiff.core.story import Story

STORY_SAVE_TEXT = {
    "html": "One self-contained page: the overlap matrix and every claim with its variants "
    "and outlets, as `newsdiff story -o story.html` writes it.",
    "md": "A Markdown report: the matrix, every claim with its outlets, changed words in bold.",
    "json": "The story as data (newsdiff.story/1): articles, matrix, claims with offsets.",
    "text": "The text report of `newsdiff story`: the matrix and every claim, changed words in "
    "[brackets].",
}


class StorySaveDialog(SaveDialog):
    """Save the story as HTML, Markdown, JSON or text, its claims in the screen's sort order.

    Args:
        story: What to save.
        order: The claims' order in the report (``coverage``, ``conflicts``, ``reading``).
        folder: Where the default file name points (default: the current working directory).
        fmt: The format selected at first.
        protected: Files never to write over; the story's articles always are.
    """

    FORMATS: ClassVar[dict[str, str]] = STORY_FORMATS
    TITLE: ClassVar[str] = "Save this story"

    def __init__(
        self,
        story: Story,
        order: str = "coverage",
        *,
        folder: Path | None = None,
        fmt: str = "html",
        protected: Sequence[str] = (),
    ) -> None:
        super(SaveDialog, self).__init__()
        self.story = story
        self.order = order
        self._start((*(a.path for a in story.articles), *protected), folder, fmt, None)

    def file_name(self, extension: str) -> str:
        """``newsdiff-story-<first title>.<extension>``."""
        return story_filename(self.story, extension)

    def render_report(self, fmt: str) -> str:
        """The report ``newsdiff story --format FMT --sort ORDER`` prints."""
        return render_story(printable_story(self.story), fmt, self.order)

    def describe_format(self) -> str:
        """One line on what the selected format gives."""
        return STORY_SAVE_TEXT[self.fmt]
