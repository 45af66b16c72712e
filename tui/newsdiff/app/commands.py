"""Command palette providers: put any corpus article in the left or right column."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from newsdiff.core.sanitize import visible

if TYPE_CHECKING:
    from newsdiff.app.screens.compare import CompareScreen


class ArticleProvider(Provider):
    """``Left: <title>`` / ``Right: <title>`` for every article of the corpus."""

    def _compare_screen(self) -> CompareScreen | None:
        """The screen this provider serves (it is registered on the compare screen only)."""
        from newsdiff.app.screens.compare import CompareScreen  # a cycle at import time

        screen = self.screen
        return screen if isinstance(screen, CompareScreen) else None

    def _choices(self) -> list[tuple[str, str, int]]:
        screen = self._compare_screen()
        if screen is None:
            return []
        choices: list[tuple[str, str, int]] = []
        for index, article in enumerate(screen.articles):
            title = " ".join(visible(article.title).split()) or article.path
            for side in ("left", "right"):
                choices.append((f"{side.capitalize()} column: {title}", side, index))
        return choices

    async def discover(self) -> Hits:
        """Every article, for the empty query."""
        screen = self._compare_screen()
        if screen is None:
            return
        for text, side, index in self._choices():
            yield DiscoveryHit(
                text, partial(screen.show_article, side, index), help="Show this article"
            )

    async def search(self, query: str) -> Hits:
        """Articles whose title matches ``query``."""
        screen = self._compare_screen()
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, side, index in self._choices():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(text),
                    partial(screen.show_article, side, index),
                    help="Show this article in that column",
                )
