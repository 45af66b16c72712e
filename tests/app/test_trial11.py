"""The eleventh user trial (#16): what misled a fact-checker on the Story screen and the pair
view — a variant's last words lost, the quote summary's six lines, the heads' word count."""

from __future__ import annotations

import pytest
from app_factory import article
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.stats import count_words
from newsdiff.core.story import Claim, PairLink, Story
from story_factory import open_story
from textual.widgets import OptionList

RELEASE = "The Harrowgate dam released water for the first time in forty years"
CATTLE = "Farmers below the Harrowgate dam moved their cattle to higher ground"


def exact_sentence(lead: str, k: int, length: int) -> str:
    """Outlet ``k``'s report, ``lead`` cut or lengthened to exactly ``length`` characters
    (its gate number padded), ending with a whole word and a full stop."""
    gate = f" at gate {k + 1}"
    words = lead.split()
    while len(" ".join(words)) + len(gate) + 1 > length and len(words) > 3:
        words.pop()
    text = " ".join(words) + gate
    return text + "0" * (length - len(text) - 1) + "."


def exact_story(length: int, count: int = 40) -> Story:
    """``count`` outlets that each report a dam release and the cattle moved, two claims of
    ``count`` variants, each variant's text exactly ``length`` characters."""
    built = [
        article(
            f"gate-{k + 1:02}.txt",
            [exact_sentence(RELEASE, k, length), exact_sentence(CATTLE, k, length)],
        )
        for k in range(count)
    ]
    sentences = tuple(s for _, s in built)
    release, cattle = (
        Claim(
            variants=tuple((k, n) for k in range(count)),
            links=tuple(PairLink((0, n), (k, n), "paraphrased", 90.0) for k in range(1, count)),
        )
        for n in (0, 1)
    )
    return Story(
        articles=tuple(a for a, _ in built),
        sentences=sentences,
        boilerplate=tuple(tuple(False for _ in s) for s in sentences),
        matrix=tuple(tuple(1.0 if a == b else 0.5 for b in range(count)) for a in range(count)),
        claims=(release, cattle),
    )


def _pane_rows(options: OptionList) -> list[str]:
    """Every row of an option list as the reader scrolls through it."""
    rows: dict[int, str] = {}
    height = options.scrollable_content_region.height
    for top in range(0, options.virtual_size.height, max(height, 1)):
        options.scroll_to(y=top, animate=False, immediate=True)
        at = round(options.scroll_offset.y)  # the last page stops at the end
        rows.update((at + y, options.render_line(y).text) for y in range(height))
    return [rows[y] for y in sorted(rows) if y < options.virtual_size.height]


async def _story_app(monkeypatch: pytest.MonkeyPatch, story: Story) -> NewsDiffApp:
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    return NewsDiffApp(theme="textual-dark")


@pytest.mark.parametrize("size", [(120, 30), (100, 30), (80, 24)])
async def test_every_word_of_every_variant_is_on_screen(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The trial: at 120×30 on a real corpus, going from one claim to the next, a variant's
    last line was not drawn (``Israel uncovered secret Iranian`` without ``files.``): the
    pane measured the first variants' lines while its scrollbar was gone (the list emptied)
    and drew them wrapped at the width left once the scrollbar came back, in the rows
    measured. Here every variant's line is exactly as wide as the pane without a scrollbar."""
    small = exact_story(20, count=2)  # measures the pane: no scrollbar
    app = await _story_app(monkeypatch, small)
    async with app.run_test(size=size) as pilot:
        screen = await open_story(pilot, app, small)
        variants = screen.query_one("#variants", OptionList)
        assert not variants.show_vertical_scrollbar
        prefix = len(str(variants.get_option_at_index(0).prompt).split(": ")[0]) + 2
        width = variants.scrollable_content_region.width - prefix
    story = exact_story(width)
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=size) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        variants = screen.query_one("#variants", OptionList)
        for number, lead in ((0, RELEASE), (1, CATTLE), (0, RELEASE)):  # both scroll
            claims.highlighted = number
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert variants.option_count == 40 and variants.show_vertical_scrollbar
            shown = " ".join(" ".join(_pane_rows(variants)).split())
            for k in range(40):
                said = exact_sentence(lead, k, width)
                assert said in shown, (number, k, said)


@pytest.mark.parametrize("size", [(120, 30), (200, 50)])
async def test_the_quote_summary_takes_one_line_a_side(size: tuple[int, int]) -> None:
    """The trial: at 38 columns the sidebar's worded counts (`Left: 5 quotes (1 verbatim,
    2 excerpt, 0 altered, 2 only here)`) took three lines a side, six of a 30-line terminal's
    sidebar, before the first quote. Now one line a side, the same numbers under the entries'
    markers, the words in the tooltip."""
    from app_factory import sample
    from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
    from newsdiff.export.quotes_view import quote_counts, quote_tally

    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        assert sidebar.display
        summary = sidebar.query_one("#quotes-summary")
        rows = str(summary.render()).split("\n")
        tooltip = str(summary.tooltip)
        first_quote = sidebar.query_one("#quote-list").region.y - sidebar.region.y
    assert len(rows) == 2, rows
    assert first_quote <= 3  # title, two lines of counts
    markers = {"verbatim": "=", "excerpt": "⊂", "altered": "≈", "only here": "+"}
    sides = (("Left", comparison.left), ("Right", comparison.right))
    for row, (name, side) in zip(rows, sides, strict=True):
        counts = quote_counts(side)
        assert row.split()[:2] == [name, str(len(side.quotes))], row
        assert [markers[s] + str(counts[s]) for s in markers] == row.split()[3:], row
        assert f"{name}: {quote_tally(side)}" in tooltip


def many_quotes(count: int = 40):
    """A comparison whose left article has ``count`` quotes of Mara Voss, each a character
    longer than the last, and whose right article has none: some quote wraps to one more line
    one cell narrower, at any sidebar width."""
    from app_factory import build

    words = "the river will be open to boats again by the end of the summer season this year"
    said = [words[: 30 + k].rstrip() for k in range(count)]
    left = [f'"{text}," Mara Voss said.' for text in said]
    right = ["The harbour office said nothing."]
    quotes = [("left", k, text, "Mara Voss") for k, text in enumerate(said)]
    return build(left, right, [], quotes=quotes)


async def test_every_quote_entry_keeps_all_its_lines_after_a_swap() -> None:
    """The quote list measured its entries while it was empty (no scrollbar) and drew them
    a cell narrower once the scrollbar came back: an entry that wrapped to one more line lost
    its last (found with the variants pane's defect, on the real clusters after `s` and `]`)."""
    from newsdiff.app.widgets.hanging_text import HangingContent

    app = NewsDiffApp(comparison=many_quotes())
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _swap in range(2):
            await pilot.press("s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            options = app.screen.query_one("#quote-list", OptionList)
            assert options.show_vertical_scrollbar
            width = options.scrollable_content_region.width
            padding = options.get_component_styles("option-list--option").padding.width
            expected = []
            for k in range(options.option_count):
                prompt = options.get_option_at_index(k).prompt
                assert isinstance(prompt, HangingContent)
                expected += prompt.wrapped(width - padding).plain.split("\n")
            drawn = [row for row in _pane_rows(options) if set(row.strip()) != {"─"}]
            assert [row.strip() for row in drawn] == [row.strip() for row in expected]


def _named_sample(paths: tuple[str, str]):
    """The sample comparison (three quotes: the sidebar shows) under other file names."""
    import dataclasses

    from app_factory import sample

    comparison = sample()
    sides = [
        dataclasses.replace(side, article=dataclasses.replace(side.article, path=path))
        for side, path in zip((comparison.left, comparison.right), paths, strict=True)
    ]
    return dataclasses.replace(comparison, left=sides[0], right=sides[1])


async def _heads(comparison, size: tuple[int, int]) -> list[list[str]]:
    from newsdiff.app.widgets.column_header import ColumnHeads

    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        heads = app.screen.query_one(ColumnHeads)
        rows = str(heads.render()).split("\n")
    return [[part.strip() for part in row.split("│")] for row in rows]


@pytest.mark.parametrize("size", [(100, 30), (104, 30)])
async def test_at_100_columns_both_heads_keep_their_word_count(size: tuple[int, int]) -> None:
    """The trial: at 100 columns with the quote sidebar neither head had its word count
    (`breitbart.txt` whole, no `330 words`): the file's extension, the same on every article
    of a folder, now goes first, on both sides alike."""
    comparison = _named_sample(("gazette-east.txt", "courier-west.txt"))
    titles, sources, _legend = await _heads(comparison, size)
    words = [f"{count_words(s.article.text)} words" for s in (comparison.left, comparison.right)]
    assert sources == [f"gazette-east · {words[0]}", f"courier-west · {words[1]}"], sources


async def test_names_alike_but_for_the_extension_keep_it() -> None:
    """`report.txt` beside `report.html`: without the extension the heads would read alike."""
    comparison = _named_sample(("report.txt", "report.html"))
    _titles, sources, _legend = await _heads(comparison, (100, 30))
    assert sources[0].startswith("report.t") and sources[1].startswith("report.h"), sources


@pytest.mark.parametrize("columns", [80, 100, 120, 200])
async def test_a_head_cuts_the_title_at_a_word(columns: int) -> None:
    """`Israeli Ambassador to U…` read as a word of its own: a cut title ends at a word."""
    import dataclasses

    comparison = _named_sample(("east.txt", "west.txt"))
    title = "Harbour authority confirms the eastern pier will reopen after winter storms " * 2
    article = dataclasses.replace(comparison.left.article, title=title.strip())
    comparison = dataclasses.replace(
        comparison, left=dataclasses.replace(comparison.left, article=article)
    )
    rows = await _heads(comparison, (columns, 30))
    shown = next(part for row in rows for part in row if "Harbour" in part)
    shown = shown[shown.index("Harbour") :].split(" · ")[0]  # one column: `L  title · file`
    assert shown.endswith("…"), shown
    kept = shown.removesuffix("…")
    assert title.startswith(kept) and title[len(kept)] == " ", shown


async def test_while_the_story_is_computed_the_status_line_says_what_and_how_to_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial: on a folder of 93 articles the story screen showed a bare progress bar for
    seconds (minutes at 300), the status line empty: nothing said what was being done or that
    escape stops it."""
    import threading

    from newsdiff.app.screens.story import StoryScreen
    from newsdiff.core.story import StoryCancelled
    from story_factory import sample_story

    started = threading.Event()

    def slow(articles, settings, progress, cancelled):
        progress(0.25)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise StoryCancelled

    monkeypatch.setattr(engine, "build_story", slow)
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = sample_story().articles
        await pilot.press("s")
        assert started.wait(5)
        await pilot.pause(0.1)
        assert isinstance(app.screen, StoryScreen)
        status = str(app.screen.query_one("#story-status").render())
        assert "scoring every pair of the 3 articles" in status, status
        assert "esc cancels" in status, status
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StoryScreen)


async def test_a_wide_head_shows_more_of_a_title_than_the_loaders_80_characters() -> None:
    """The library shows a long title as far as its width allows (appfix11); the heads kept
    the loader's 80-character cut (`…` at 80 with room for all of it at 360 columns)."""
    import dataclasses

    comparison = _named_sample(("east.txt", "west.txt"))
    whole = (
        "Harbour authority confirms the eastern pier will reopen after the winter storms, "
        "and the ferry returns to its summer timetable"
    )
    article = dataclasses.replace(comparison.left.article, title=whole[:79] + "…", full_title=whole)
    comparison = dataclasses.replace(
        comparison, left=dataclasses.replace(comparison.left, article=article)
    )
    titles, _sources, _legend = await _heads(comparison, (360, 30))
    assert titles[0] == whole, titles


@pytest.mark.parametrize("columns", [80, 90])
async def test_the_matrix_key_drops_the_shared_extension_before_it_cuts_a_name(
    monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """The trial: at 80 columns the key read `nyt.t…` (`nyt` would do), at 90 `breitbart.t…`
    beside `foxnews.txt`: the extension every file has went before the names' letters."""
    from dataclasses import replace

    from story_factory import wire_story

    story = wire_story(5)
    names = ["harbourgazette.txt", "nyt.txt", "valleycourier.txt", "foxnews.txt", "usatoday.txt"]
    articles = tuple(
        replace(article, path=name) for article, name in zip(story.articles, names, strict=True)
    )
    story = replace(story, articles=articles)
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=(columns, 30)) as pilot:
        screen = await open_story(pilot, app, story)
        key = str(screen.query_one("#matrix-key").render()).split("\n")
    assert ".t…" not in " ".join(key) and ".txt" not in " ".join(key), key
    assert key[1].split()[:2] == ["2", "nyt"], key
    shown = [line.split()[1] for line in key]
    assert all(name.removesuffix("…") in full for name, full in zip(shown, names, strict=True))
