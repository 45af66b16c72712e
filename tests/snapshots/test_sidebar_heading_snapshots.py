"""The quote sidebar with a speaker heading too long for one line: its next line is indented,
so it reads as one heading, not a heading and a quote line (plain def, as snap_compare needs)."""

from __future__ import annotations

import dataclasses

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.models import Comparison
from test_snapshots import settle

LONG_NAME = "Jane Roe-Abernathy Castellanos-Whitfield"
"""An invented speaker whose name does not fit the sidebar's width."""


def _long_speaker() -> Comparison:
    """The sample story with Jane Roe's quotes given to a speaker with a long name."""
    comparison = sample()

    def renamed(compared):
        quotes = []
        for match in compared.quotes:
            quote, other = match.quote, match.counterpart
            if quote.speaker == "Jane Roe":
                quote = dataclasses.replace(quote, speaker=LONG_NAME)
            if other is not None and other.speaker == "Jane Roe":
                other = dataclasses.replace(other, speaker=LONG_NAME)
            quotes.append(dataclasses.replace(match, quote=quote, counterpart=other))
        return dataclasses.replace(compared, quotes=tuple(quotes))

    return dataclasses.replace(
        comparison, left=renamed(comparison.left), right=renamed(comparison.right)
    )


def test_sidebar_long_heading_120x30(snap_compare) -> None:
    """Beside the text: the heading wraps with its second line indented two cells."""
    app = NewsDiffApp(comparison=_long_speaker(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(120, 30), run_before=settle)


def test_sidebar_long_heading_80x24(snap_compare) -> None:
    """Over the text (below 100 columns, ``q``): the same indented heading."""
    app = NewsDiffApp(comparison=_long_speaker(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle, press=["q"])
