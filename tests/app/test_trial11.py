"""The eleventh user trial (#16): what misled a fact-checker on the Story screen and the pair
view — a variant's last words lost, the quote summary's six lines, the heads' word count."""

from __future__ import annotations

import pytest
from app_factory import article
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
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
