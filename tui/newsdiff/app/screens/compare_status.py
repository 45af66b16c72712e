"""The cursor sentence's evidence: the status line under the comparison, the subtitle and the
tooltip, with the story's provenance once the story of the corpus is known (``3/5`` in the
gutter, ``carried by 3 of 5`` on the line), and the same in full in the details box (``i``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.screens.compare_titles import HEADER_CHROME, settings_title
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.core.models import Side

if TYPE_CHECKING:
    from newsdiff.app.screens.boxed_modal import BoxedModal
    from newsdiff.core.story import Story
    from newsdiff.core.story_model import Provenance


class CompareStatus(CompareHost):
    """The status line, subtitle and details box for the cursor sentence."""

    _carried_note: str
    """``carried by 3 of 5`` for the cursor sentence once the story is known, else empty."""
    _claim_story: Story | None
    """The story :attr:`_claim_of` was read from."""
    _claim_of: dict[tuple[Side, int], Provenance]
    """Once the story of the corpus is known: each sentence's claim in it, with the claims
    this pair's links join it to (provenance)."""
    _paired: bool
    """Both columns are segmented as the story segments them (its sentence numbers hold)."""

    def _status_follows_cursor(self, cursor: Cursor | None) -> None:
        """The view's cursor moved (subscribed in the cursor's frame)."""
        self._show_provenance(cursor)  # the status line, with the story's provenance

    def _story(self) -> Story | None:
        """The story of this corpus at these thresholds, once computed in the session."""
        story: Story | None = self.news_app.story_cache.get(
            (tuple(a.text for a in self.articles), self.settings)
        )
        return story

    def _carried_counts(self) -> dict[tuple[Side, int], str]:
        """Per sentence on screen: ``3/5``, the corpus articles that carry its claim (none
        until the story of the corpus is known). Also keeps each sentence's claim for the
        status line, so that a cursor move does not search the story."""
        self._claim_of = {}
        story = self._story()
        comparison = self.comparison
        if story is None or comparison is None:
            return {}
        from newsdiff.core.story_model import pair_provenance

        self._claim_story = story
        total = len(story.articles)
        left, right = self.left_index, self.right_index
        shown = {"left": comparison.left.sentences, "right": comparison.right.sentences}
        sides: tuple[tuple[Side, int], ...] = (("left", left), ("right", right))
        same = [
            side for side, article in sides if len(story.sentences[article]) == len(shown[side])
        ]
        links = [  # this pair's links: a sentence is counted with the claims they reach
            (index, link.index)
            for index, aligned in enumerate(comparison.left.sentences)
            for link in aligned.links
        ]
        self._paired = len(same) == 2
        found = pair_provenance(story, left, right, links if self._paired else ())
        counts: dict[tuple[Side, int], str] = {}
        for side, article in sides:
            if side not in same:
                continue  # not the same segmentation: nothing to say
            for index in range(len(shown[side])):
                here = found.get((article, index))
                if here is not None:
                    self._claim_of[(side, index)] = here
                    counts[(side, index)] = f"{len(here.outlets)}/{total}"
        return counts

    def _provenance(self, cursor: Cursor | None) -> str | None:
        """``carried by 3 of 5: a.txt, …`` for the cursor sentence, once the story is known."""
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        if found is None or self._claim_story is None:
            return None
        from newsdiff.core.story_model import provenance_note

        return provenance_note(self._claim_story, found)

    def _grouped_with(self, cursor: Cursor | None) -> tuple[int, ...]:
        """For a sentence this pair links to nothing: the other column's sentences its story
        claim holds (the story groups through every article's links, the pair view links
        this pair's alone; the twelfth trial read ``only in this article`` beside ``carried
        by 5 of 5`` naming the other column's article)."""
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        story, comparison = self._claim_story, self.comparison
        if cursor is None or found is None or story is None or comparison is None:
            return ()
        if not self._paired or comparison.aligned(cursor.side, cursor.index).links:
            return ()
        other = self.right_index if cursor.side == "left" else self.left_index
        claims = (found.claim, *found.linked)
        held = {s for c in claims for article, s in story.claims[c].variants if article == other}
        return tuple(sorted(held))

    def _show_provenance(self, cursor: Cursor | None) -> None:
        """The status line for the cursor sentence and, once the story of this corpus is
        known, which articles carry its claim (status line, hover, subtitle count)."""
        note = self._provenance(cursor)
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        parts = None
        if note is not None and found is not None and self._claim_story is not None:
            from newsdiff.app.widgets.carried_fit import carried_note

            parts = carried_note(self._claim_story, found)  # cut at a name, not inside one
        self.query_one(EvidenceLine).show(
            self.comparison, cursor, carried=parts, grouped=self._grouped_with(cursor)
        )
        self.query_one(DiffView).tooltip = note
        self._carried_note = note.split(":")[0] if note else ""
        self._retitle()

    def _room(self) -> int:
        """Columns the header leaves the subtitle, after the title and its `` — ``."""
        title = self.title if self.title is not None else self.app.title
        return self.app.size.width - HEADER_CHROME - len(title) - len(" — ")

    def _retitle(self) -> None:
        """The subtitle of the comparison on screen, fitted to the header's width."""
        if self.comparison is not None:
            self.sub_title = settings_title(self.comparison, self._room(), self._carried_note)

    # ----------------------------------------------------------- details box

    def action_details(self) -> None:
        """Show the cursor sentence's details in full (what the status line cuts)."""
        cursor = self.query_one(DiffView).cursor
        if self.comparison is None or cursor is None:
            return
        from newsdiff.app.screens.details import DetailsScreen
        from newsdiff.app.widgets.evidence_line import details_lines

        lines = details_lines(
            self.comparison, cursor, self._provenance(cursor), self._grouped_with(cursor)
        )
        name = f"{'L' if cursor.side == 'left' else 'R'}{cursor.index + 1}"
        self.open_box(DetailsScreen(f"Sentence {name} in full", lines))

    def open_box(self, box: BoxedModal) -> None:
        """Open the help or details ``box`` with the cursor's row (its sentence and the
        counterpart) in sight: the row is scrolled above the half the box may take, the box
        goes to the top when the row cannot rise (the end of the text), and closing it
        scrolls back to where the reader was."""
        view = self.query_one(DiffView)
        before = view.scroll_offset.y
        view.lift_cursor((self.app.size.height + 1) // 2)
        box.keep = view.cursor_region()

        def back(_: None) -> None:
            view.scroll_to(y=before, animate=False, immediate=True)

        self.app.push_screen(box, back)
