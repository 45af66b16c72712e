"""What the reader takes away from the comparison: the save dialog (``ctrl+s``: HTML, SVG,
Markdown, JSON) and the cursor sentence or quote copied with its source (``y``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.widgets import OptionList

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.citation import citation

if TYPE_CHECKING:
    from textual.widget import Widget


class CompareExport(CompareHost):
    """Saving the comparison and copying a cited sentence."""

    def action_save(self) -> None:
        """Open the save dialog (from the export module)."""
        if self.comparison is None:
            return
        # The SVG is a picture of the comparison: a notice still up (`Saved HTML to …`, `match
        # 3 of 12`) stood over the text in it, and over the dialog's buttons (New name, No,
        # Overwrite) when the file it named was saved again. The notices step aside for the
        # picture (a frame later) and are done with when the dialog opens.
        racks = [rack for rack in self.query("ToastRack") if rack.display and rack.children]
        if racks:
            for rack in racks:
                rack.display = False
            self.call_after_refresh(self._open_save_dialog, racks)
        else:
            self._open_save_dialog()

    def _open_save_dialog(self, racks: Sequence[Widget] = ()) -> None:
        from newsdiff.app.screens.save_dialog import SaveDialog  # loaded on first save

        svg = self.app.export_screenshot()
        if racks:
            self.app.clear_notifications()
        for rack in racks:
            rack.display = True
        if self.comparison is None or not self.is_current:
            return
        loaded = [article.path for article in (*self.articles, *self.news_app.articles)]
        memory = self.news_app.save_memory
        self.app.push_screen(
            SaveDialog(
                self.comparison,
                svg=svg,
                protected=loaded,
                folder=memory.folder,
                fmt=memory.fmt,
            ),
            callback=memory.remember,
        )

    def citation(self) -> str | None:
        """The cursor sentence, or the highlighted quote when the sidebar has focus, cited."""
        comparison = self.comparison
        if comparison is None:
            return None
        sidebar = self.query_one(QuoteSidebar)
        quotes = sidebar.query_one(OptionList)
        option = quotes.highlighted_option if quotes.has_focus else None
        if option is not None and (option.id or "").startswith("quote-"):
            entry = sidebar.entries[int((option.id or "").removeprefix("quote-"))]
            quote = entry.own
            article = comparison.side(entry.own_side)
            return citation(
                article.article, quote.text, sentence=quote.sentence, speaker=quote.speaker
            )
        cursor = self.query_one(DiffView).cursor
        if cursor is None:
            return None
        side = comparison.side(cursor.side)
        sentence = side.sentences[cursor.index].sentence
        return citation(side.article, sentence.text, sentence=cursor.index)

    def action_copy_citation(self) -> None:
        """Copy the cursor sentence or highlighted quote with its source (OSC 52 clipboard)."""
        text = self.citation()
        if text is None:
            return
        self.app.copy_to_clipboard(text)
        first = text.splitlines()[0]
        shown = first if len(first) <= 60 else first[:59] + "…"
        self.notify(f"Copied with its source: {shown}", timeout=3)
