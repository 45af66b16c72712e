"""Provenance in the pair view agrees with the rows: a sentence the pair view links to another
outlet is never said to be carried without that outlet.

``tests/fixtures/story_xref/`` (four invented reports of a bridge closure): the grouping puts
some sentences the pair view links in two claims (a lone link outvoted), and the story lists
those links as cross-references (docs/story.md, *Thirteenth round*).
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.story import StoryScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.core.load import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_xref"


async def test_a_linked_sentence_counts_the_outlet_it_is_linked_to() -> None:
    """East Bank News against Harbour Daily: Harbour Daily's first sentence is linked to East
    Bank News's second, which the story puts in another claim. The gutter and the status line
    count both claims' outlets and say so (fails before: ``1/4`` and ``carried by 1 of 4:
    harbour-daily.txt`` beside a link into east-bank-news.txt)."""
    articles = tuple(load_article(path) for path in sorted(FIXTURES.glob("*.txt")))
    names = [Path(article.path).name for article in articles]
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(160, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = articles
        await pilot.press("s")  # the story of the four, computed for real
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.story is not None
        story = screen.story
        own = story.claim_index()
        app.open_comparison(0, 1, articles=screen.articles, focus=("right", 0))
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.comparison is not None
        view = compare.query_one(DiffView)
        split = [
            (i, link.index)
            for i, aligned in enumerate(compare.comparison.left.sentences)
            for link in aligned.links
            if own[(0, i)] != own[(1, link.index)]
            and not any(
                (0, i) in claim.variants and (1, link.index) in claim.variants
                for claim in story.claims
            )
        ]
        assert (1, 0) in split, "premise: a link the grouping leaves between two claims"
        for i, j in split:
            for side, article, index in (("left", 0, i), ("right", 1, j)):
                view.jump_to(Cursor(side, index))
                await pilot.pause()
                status = compare.query_one(EvidenceLine).render().plain
                note = str(view.tooltip)  # the whole note (the status line cuts it)
                count = view.carried[(side, index)].split("/")[0]
                assert f"carried by {count} of 4: " in status
                # both outlets of the row are named, and which claims were counted
                assert names[0] in note and names[1] in note, note
                assert f"(claim {own[(article, index)] + 1} + linked claim" in note
        # Harbour Daily's first sentence: its own claim (Harbour Daily alone) and East Bank's
        assert view.carried[("right", 0)] == "2/4"
        view.jump_to(Cursor("right", 0))
        await pilot.pause()
        status = compare.query_one(EvidenceLine).render().plain
        # a line too short for the whole note drops the extension all four share (appfix12)
        assert f"carried by 2 of 4: {Path(names[0]).stem}" in status
        assert str(view.tooltip) == (
            f"carried by 2 of 4: {names[0]}, {names[1]} "
            f"(claim {own[(1, 0)] + 1} + linked claim {own[(0, 1)] + 1})"
        )
        assert "carried by 2 of 4" in compare.sub_title
