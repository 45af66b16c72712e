"""What the parts of the compare screen share: the pair's state, the typed app, and the few
methods one part calls on another.

:class:`~newsdiff.app.screens.compare.CompareScreen` is put together from mixins, one job each
(``compare_pair``, ``compare_status``, ``compare_search``, ...). Each subclasses
:class:`CompareHost`, which mypy reads as the screen (``Screen[None]``) with the state below and at
run time is a plain class: the screen sets the state in its ``__init__``, and every part keeps
its own state in annotations on its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.screen import Screen

    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.widgets.diff_view import PreparedLayout
    from newsdiff.core.models import Article, Comparison, Settings

    _Screen = Screen[None]
else:
    _Screen = object


class CompareHost(_Screen):
    """The state every part of the compare screen reads, and the calls between parts."""

    articles: tuple[Article, ...]
    """The corpus the columns' articles come from."""
    left_index: int
    """The corpus article in the left column."""
    right_index: int
    """The corpus article in the right column."""
    settings: Settings
    """The thresholds the pair is labelled at."""
    comparison: Comparison | None
    """The comparison on screen (``None`` until the first one lands)."""

    @property
    def news_app(self) -> NewsDiffApp:
        """The app, typed."""
        from newsdiff.app.app import NewsDiffApp

        app = self.app
        assert isinstance(app, NewsDiffApp), app
        return app

    @property
    def key(self) -> tuple[str, str]:
        """The paths of the pair on screen (or being computed)."""
        return self.articles[self.left_index].path, self.articles[self.right_index].path

    if TYPE_CHECKING:  # supplied by the parts named

        def recompute(self) -> None:
            """Compute the pair on screen again (``compare_pair``)."""

        def _leave(self) -> None:
            """Go back to where the comparison was opened from (``compare``)."""

        def _show(
            self,
            comparison: Comparison,
            *,
            keep_cursor: bool,
            layout: PreparedLayout | None = None,
            quotes: Any = None,
        ) -> None:
            """Put ``comparison`` on screen (``compare``)."""

        def _room(self) -> int:
            """Columns the header leaves the subtitle (``compare_status``)."""
            ...

        def _match(self, direction: int, *, here: bool = False) -> None:
            """Go to a search match (``compare_search``)."""

        def _stepping_matches(self) -> bool:
            """Whether ``n``/``N`` go to search matches (``compare_search``)."""
            ...
