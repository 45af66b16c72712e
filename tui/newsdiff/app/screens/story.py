"""The story: every article of the corpus at once — pair overlap and claims by outlet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from newsdiff.app import engine
from newsdiff.app.screens.story_keys import STORY_BINDINGS
from newsdiff.app.screens.story_messages import StoryFailed, StoryProgress, StoryReady
from newsdiff.app.widgets.key_footer import KeyFooter
from newsdiff.app.widgets.story_claims import ClaimList, claim_prompt, story_status, visible_claims
from newsdiff.app.widgets.story_matrix import MatrixKey, StoryMatrix, pair_line
from newsdiff.app.widgets.story_variants import (
    VariantList,
    conflict_note,
    linked_claim,
    pair_to_open,
    variant_prompt,
)
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Settings
from newsdiff.core.path_names import distinct_names
from newsdiff.core.story_model import story_inputs

if TYPE_CHECKING:
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.core.story import Claim, Story
    from newsdiff.core.story_xref import CrossRef

ORDER_NAMES = {
    "coverage": "coverage (most outlets first)",
    "conflicts": "conflicts first",
    "reading": "reading order",
}
STACKED_BELOW = 100
"""Narrower than this, the claims list sits above the variants, not beside them: side by side
at 80 columns a claim's line kept about 20 characters of its words."""
__all__ = ["ORDER_NAMES", "StoryScreen", "variant_prompt"]


class StoryScreen(Screen[None]):
    """The whole corpus at once: an overlap matrix and every claim with its outlets.

    | Key | Action |
    | --- | --- |
    | `enter` | on a cell: that pair; on a claim: at its sentence (a conflict: where it is) |
    | `enter` | on a variant: against the first carrier (a `≠` variant: the one it contradicts) |
    | `enter` / `x` | on an *Also linked* line: the claim it names (`x` elsewhere: the first) |
    | `tab` | matrix ↔ claims ↔ variants |
    | `o` | sort claims: coverage, conflicts first, reading order |
    | `1` | only claims carried by one outlet |
    | `c` | only claims whose outlets conflict |
    | `ctrl+s` | save the story: HTML, Markdown, JSON or text, as ``newsdiff story`` writes it |
    | `escape` | stop computing / back to the library |
    """

    CSS_PATH = Path(__file__).resolve().parent / "story.tcss"
    """This screen's stylesheet: the app reads it after the library's first frame (Textual reads
    it as the screen opens only if the app has not)."""

    BINDINGS: ClassVar[list[BindingType]] = list(STORY_BINDINGS)
    """Every key of the screen: :data:`~newsdiff.app.screens.story_keys.STORY_BINDINGS`."""

    HORIZONTAL_BREAKPOINTS = [
        (0, "-stacked"),
        (STACKED_BELOW, "-side-by-side"),
    ]

    def __init__(self, articles: Iterable[Article], settings: Settings | None = None) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.settings = settings or Settings()
        self.story: Story | None = None
        self._names: list[str] = []
        self.order = "coverage"
        self.filters: set[str] = set()
        self.shown: list[int] = []
        self.current: int | None = None
        self._came_from: list[int] = []
        """The claims a cross-reference jump left, the latest last (escape goes back)."""
        self._refs: tuple[tuple[CrossRef, ...], ...] = ()
        self._linked: tuple[tuple[int, ...], ...] = ()  # outlets linked beyond each claim's own

    @property
    def news_app(self) -> NewsDiffApp:
        """The app, typed."""
        from newsdiff.app.app import NewsDiffApp

        app = self.app
        assert isinstance(app, NewsDiffApp), app
        return app

    def compose(self) -> ComposeResult:
        """Header, progress, matrix with its key, claims and variants, status, footer."""
        yield Header()
        yield ProgressBar(id="story-progress", total=100, show_eta=False)
        with Vertical(id="story-top"):
            yield Static(
                " Overlap: share of the row article's sentences the column article carries",
                id="matrix-caption",
            )
            with Horizontal(id="matrix-row"):
                yield StoryMatrix(id="matrix", cursor_type="cell", zebra_stripes=False)
                yield MatrixKey(id="matrix-key")
            yield Static(id="matrix-cell")
        with Horizontal(id="story-bottom"):
            yield ClaimList(id="claims")
            yield VariantList(id="variants")
        yield Static(id="story-status")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        """Start computing the story (or take it from the app's cache)."""
        self.sub_title = f"story of {len(self.articles)} articles"
        known = self.news_app.story_cache.get(self._key())
        if known is not None:
            self._show(known)
        else:
            self.query_one("#claims", OptionList).loading = True
            # what the bar measures and how to stop it: a bare bar on a 300-article folder
            # left a reader guessing for minutes (eleventh trial)
            self.query_one("#story-status", Static).update(
                Text(
                    f"  scoring every pair of the {len(self.articles)} articles, then grouping "
                    "the claims · esc cancels"
                )
            )
            self._compute(self.articles, self.settings)

    def _key(self) -> tuple[Any, ...]:
        return (tuple(a.text for a in self.articles), self.settings)

    # ---------------------------------------------------------------- worker

    @work(thread=True, exclusive=True, group="story", exit_on_error=False)
    def _compute(self, articles: tuple[Article, ...], settings: Settings) -> None:
        worker = get_current_worker()

        def report(done: float) -> None:
            self.post_message(StoryProgress(done))

        try:  # an article over the sentence limit is left out, as the command line skips it
            kept, left_out = story_inputs(articles)
            if left_out and len(kept) < 2:
                raise left_out[0]
            story = engine.build_story(kept, settings, report, lambda: worker.is_cancelled)
        except Exception as error:  # noqa: BLE001 - reported to the user, never a traceback
            if not worker.is_cancelled:  # an input's own problem, as the CLI says it
                known = isinstance(error, ArticleError)
                problem = str(error) if known else f"{type(error).__name__}: {error}"
                self.post_message(StoryFailed(problem))
            return
        if not worker.is_cancelled:
            self.post_message(StoryReady(story, left_out))

    @on(StoryProgress)
    def _progress(self, message: StoryProgress) -> None:
        self.query_one(ProgressBar).update(progress=round(100 * message.done))

    @on(StoryFailed)
    def _failed(self, message: StoryFailed) -> None:
        """Say why on the status line, where it stays (the bar at 0 % and `esc cancels` stayed,
        as if still working, once the toast was gone: the fourteenth trial)."""
        self.query_one("#claims", OptionList).loading = False
        self.query_one(ProgressBar).display = False
        problem = f"Could not read the story: {message.problem}"
        self.query_one("#story-status", Static).update(Text(f"  {problem} · esc goes back"))
        self.notify(problem, severity="error", timeout=8)

    @on(StoryReady)
    def _ready(self, message: StoryReady) -> None:
        self.news_app.story_cache[self._key()] = message.story
        self._show(message.story)
        for error in message.left_out:
            self.notify(f"Left out of the story: {error}", severity="warning", timeout=8)

    def _show(self, story: Story) -> None:
        from newsdiff.core.story_xref import cross_references, linked_outlets

        self.story = story
        if len(story.articles) != len(self.articles):  # some left out: number as the story does
            left = len(self.articles) - len(story.articles)
            self.articles = story.articles
            self.sub_title = f"story of {len(story.articles)} articles · {left} left out"
        self._refs = cross_references(story)
        self._linked = linked_outlets(story, self._refs)
        self._names = distinct_names([article.path for article in story.articles])
        self.query_one(ProgressBar).display = False
        self.query_one("#claims", OptionList).loading = False
        self._fill_matrix()
        self._fill_claims()
        matrix = self.query_one("#matrix", StoryMatrix)
        key = self.query_one("#matrix-key", MatrixKey)
        self.watch(matrix, "scroll_y", lambda y: key.follow(round(y)))
        self.query_one("#matrix", DataTable).focus()
        self.refresh_bindings()

    # ---------------------------------------------------------------- matrix

    def _fill_matrix(self) -> None:
        assert self.story is not None
        self.query_one("#matrix", StoryMatrix).show(self.story)
        titles = [article.title for article in self.story.articles]
        self.query_one("#matrix-key", MatrixKey).show(self._names, titles)

    @on(DataTable.CellHighlighted, "#matrix")
    def _cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._name_pair(event.coordinate.row, event.coordinate.column - 1)

    def on_resize(self) -> None:
        """Names in the line under the matrix are cut to its width: cut them again."""
        matrix = self.query_one("#matrix", StoryMatrix)
        if self.story is not None and matrix.row_count:
            self._name_pair(matrix.cursor_row, matrix.cursor_column - 1)
            self._update_status()  # said short where the line is short

    def _name_pair(self, row: int, column: int) -> None:
        """Name the matrix cursor's pair (``column`` -1: the row numbers) under the matrix."""
        if self.story is None:
            return
        line = self.query_one("#matrix-cell", Static)
        titles = [article.title for article in self.story.articles]
        line.update(Text(pair_line(self._names, titles, row, column, line.size.width)))

    @on(DataTable.CellSelected, "#matrix")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        a = event.coordinate.row
        b = event.coordinate.column - 1
        if b < 0 or a == b:
            self.notify("Choose a cell off the diagonal: a pair of two articles.", timeout=3)
            return
        self.news_app.open_comparison(a, b, articles=self.articles)

    # ---------------------------------------------------------------- claims

    def _visible_claims(self) -> list[int]:
        assert self.story is not None
        return visible_claims(self.story, self.order, self.filters, self._linked)

    def _fill_claims(self) -> None:
        claims = self.query_one("#claims", OptionList)
        self.shown = self._visible_claims()
        assert self.story is not None
        claims.clear_options()
        claims.add_options(
            Option(claim_prompt(self.story, self.story.claims[k], self._linked[k]), id=str(k))
            for k in self.shown
        )
        if self.shown:
            claims.highlighted = 0
        self._show_variants(self.shown[0] if self.shown else None)
        if not self.shown and self.filters:
            what, undo = self._nothing_shown()
            claims.add_option(Option(Text(what, style="italic"), disabled=True))
            # the claim list does not wrap; the variants pane, empty now, does
            self.query_one("#variants", OptionList).add_option(
                Option(Text(f"{what}. {undo}", style="italic"), disabled=True)
            )
        self._update_status()

    def _nothing_shown(self) -> tuple[str, str]:
        """Why the filtered claim list is empty, and the keys that undo it."""
        what = {
            frozenset({"conflict"}): "No claim with a conflict (≠)",
            frozenset({"single"}): "No claim in one outlet only",
        }.get(frozenset(self.filters), "No one-outlet claim with a conflict")
        keys = " and ".join(
            self._key_of(f"toggle_filter('{name}')")
            for name in ("single", "conflict")  # the footer's order
            if name in self.filters
        )
        return what, f"Press {keys} to show every claim."

    def _key_of(self, action: str) -> str:
        """The key shown for one of this screen's actions (remapped keys included)."""
        for bindings in self._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.action == action:
                    return self.app.get_key_display(binding)
        return action

    def _update_status(self) -> None:
        assert self.story is not None
        at = self.query_one("#claims", OptionList).highlighted
        claim = None
        if self.current is not None:  # its number, linked outlets, what its conflict says
            found = self.query_one(VariantList).conflicts_of(self.story, self.current)
            claim = (self.current, self._linked[self.current], conflict_note(self.story, found))
        status = self.query_one("#story-status", Static)
        order = (self.order, ORDER_NAMES[self.order])
        line = story_status(
            at,
            len(self.shown),
            len(self.story.claims),
            claim,
            order,
            self.filters,
            max(0, status.size.width - 2),
        )
        status.update(Text(line))

    @on(OptionList.OptionHighlighted, "#claims")
    def _claim_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._show_variants(int(event.option.id))
            self._update_status()

    def _show_variants(self, number: int | None) -> None:
        """Stack the variants of claim ``number``, words differing from the first emphasized,
        then its cross-references (links the pair view makes to other claims)."""
        self.current = number
        refs = self._refs[number] if number is not None and self._refs else ()
        self.query_one("#variants", VariantList).show(self.story, number, self._names, refs)
        self.refresh_bindings()

    def action_linked_claim(self) -> None:
        """Go to the claim the highlighted *Also linked* line names (else the first one)."""
        variants = self.query_one("#variants", VariantList)
        option = (
            variants.get_option_at_index(variants.highlighted)
            if variants.highlighted is not None and self.focused is variants
            else None
        )
        target = None if option is None else linked_claim(option.id)
        if target is not None:
            self.jump_to_claim(target)
        elif self.current is not None and self._refs and self._refs[self.current]:
            self.jump_to_claim(self._refs[self.current][0].claim)

    def jump_to_claim(self, number: int, *, back: bool = False) -> None:
        """Highlight claim ``number`` in the claims list (filters off when they hide it) and
        focus the list, the claim's variants and cross-references beside it; ``escape`` then
        returns to the claim left (unless this is that return, ``back``)."""
        if not back and self.current is not None and self.current != number:
            self._came_from.append(self.current)
        if number not in self.shown:
            self.filters.clear()
            self._fill_claims()
        claims = self.query_one("#claims", ClaimList)
        claims.highlighted = self.shown.index(number)
        self._show_variants(number)
        self._update_status()
        claims.focus()

    @on(OptionList.OptionSelected, "#claims")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
        if self.story is None or event.option.id is None:
            return
        from newsdiff.core.story_model import first_conflict

        claim = self.story.claims[int(event.option.id)]
        conflict = first_conflict(claim)
        if conflict is not None:  # the pair that disagrees, at the sentence that does
            left, right = sorted((conflict.a, conflict.b))
            self.news_app.open_comparison(
                left[0], right[0], articles=self.articles, focus=("left", left[1])
            )
            return
        self._open_at(claim, claim.variants[1] if len(claim.variants) > 1 else None)

    @on(OptionList.OptionSelected, "#variants")
    def _variant_selected(self, event: OptionList.OptionSelected) -> None:
        claims = self.query_one("#claims", OptionList)
        if self.story is None or event.option.id is None or claims.highlighted is None:
            return
        target = linked_claim(event.option.id)
        if target is not None:  # an Also linked line
            self.jump_to_claim(target)
            return
        claim = self.story.claims[self.shown[claims.highlighted]]
        pair = pair_to_open(claim, event.option.id)
        if pair is not None:  # a ≠ variant or a Conflict line: the pair that disagrees
            (article, index), (partner, _) = pair
            self.news_app.open_comparison(
                article, partner, articles=self.articles, focus=("left", index)
            )
            return
        article, index = (int(part) for part in event.option.id.split(":"))
        self._open_at(claim, (article, index))

    def _open_at(self, claim: Claim, other: tuple[int, int] | None) -> None:
        """Compare the claim's first carrier with ``other``'s article, cursor on the claim."""
        first_article, first_index = claim.first
        if other is None or other[0] == first_article:
            others = [v for v in claim.variants if v[0] != first_article]
            other = others[0] if others else None
        if other is None:
            count = len(self.articles)
            partner = (first_article + 1) % count
            self.news_app.open_comparison(
                first_article, partner, articles=self.articles, focus=("left", first_index)
            )
            return
        self.news_app.open_comparison(
            first_article, other[0], articles=self.articles, focus=("left", first_index)
        )

    # --------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Sorting and filters need the story."""
        if action in ("cycle_order", "toggle_filter", "save") and self.story is None:
            return None
        if action == "linked_claim":  # in the footer only while a claim has cross-references
            return self.current is not None and bool(self._refs and self._refs[self.current])
        return True

    def action_move(self, direction: str) -> None:
        """j/k/h/l move the focused matrix or list, as they move the library and the pair view."""
        move = getattr(self.focused, f"action_cursor_{direction}", None)
        if callable(move):
            move()

    def action_cycle_order(self) -> None:
        """Sort the claims the next way."""
        orders = list(ORDER_NAMES)  # the orders of export.story_report.ORDERS, named
        self.order = orders[(orders.index(self.order) + 1) % len(orders)]
        self._fill_claims()
        self._focus_claims()

    def action_toggle_filter(self, name: str) -> None:
        """Turn a filter (``single`` or ``conflict``) on or off."""
        self.filters ^= {name}
        self._fill_claims()
        self._focus_claims()

    def _focus_claims(self) -> None:
        """Focus the claims list a sort or filter just changed, so ``enter`` opens its first
        claim: `c` then `enter` on the matrix opened the highlighted cell's pair at its first
        sentence, not the conflict the filter had listed (thirteenth trial)."""
        self.query_one("#claims", ClaimList).focus()

    def action_save(self) -> None:
        """Open the save dialog for the story, its claims in the order on screen."""
        if self.story is None:
            return
        from newsdiff.app.screens.story_save import STORY_FORMATS, StorySaveDialog

        app = self.news_app
        memory = app.save_memory
        self.app.push_screen(
            StorySaveDialog(
                self.story,
                self.order,
                folder=memory.folder,
                fmt=memory.fmt if memory.fmt in STORY_FORMATS else "html",
                protected=[article.path for article in app.articles],
            ),
            callback=memory.remember,
        )

    def action_back(self) -> None:
        """Back to the claim a cross-reference left (escape after ``x`` went to the library,
        the claim read before it lost: the fourteenth trial), else stop computing and go back
        to the library."""
        if self._came_from and self.story is not None:
            self.jump_to_claim(self._came_from.pop(), back=True)
            return
        self.workers.cancel_group(self, "story")
        self.app.pop_screen()

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries for this screen's actions."""
        yield SystemCommand(
            "Sort claims", "Coverage, conflicts first, reading (o)", self.action_cycle_order
        )
        yield SystemCommand(
            "Only in one outlet",
            "Show only claims one outlet carries (1)",
            lambda: self.action_toggle_filter("single"),
        )
        yield SystemCommand(
            "Conflicts only",
            "Show only claims whose outlets conflict (c)",
            lambda: self.action_toggle_filter("conflict"),
        )
        yield SystemCommand(
            "Save story…", "HTML, Markdown, JSON or text (ctrl+s)", self.action_save
        )
