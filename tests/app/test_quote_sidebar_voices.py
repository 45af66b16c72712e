"""The quote sidebar groups one voice together: a person with the organisations they speak for.

An organisation and its spokesperson are one voice (no ``≠ other speaker``): a reader asking
"who said what" expects the company's statement and its spokesperson's other quotes under one
heading, not the shared remark under the company and the rest under her name. Names, bodies and
articles are invented.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar, entry_prompt, quote_entries, voices
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Comparison
from textual.widgets import OptionList

LEFT = """Acme to close its Kestrel Bay plant

Acme Holdings will shut its Kestrel Bay plant by the end of the year.

"The plant has lost money for six years in a row," Acme Holdings said in a statement.

"We are talking to every worker about a move to Orrin Falls," said Dara Quill, a spokesperson \
for Acme Holdings.

"Nobody saw this coming," said Tom Hale, the plant's union steward.

"The site will be sold once it is cleared," Acme Holdings said.
"""

RIGHT = """Kestrel Bay plant to close

"The plant has lost money for six years in a row," Dara Quill, a spokesperson for Acme \
Holdings, told reporters.

"We are talking to every worker about a move to Orrin Falls," Quill said.

"Nobody saw this coming," said Tom Hale, the plant's union steward.

"Every worker will be paid until March," Quill added.
"""

SECOND_VOICE = """Acme plant closes

"The plant has lost money for six years in a row," said Ilse Varga, a spokeswoman for Acme \
Holdings.

"We are talking to every worker about a move to Orrin Falls," said Dara Quill, a spokesperson \
for Acme Holdings.
"""


def _compare(folder: Path, left: str = LEFT, right: str = RIGHT) -> Comparison:
    (folder / "left.txt").write_text(left, encoding="utf-8")
    (folder / "right.txt").write_text(right, encoding="utf-8")
    return compare_articles(load_article(folder / "left.txt"), load_article(folder / "right.txt"))


def _groups(options: OptionList) -> list[tuple[str, list[str]]]:
    """(heading, the entries' prompts under it) in the order shown."""
    groups: list[tuple[str, list[str]]] = []
    for k in range(options.option_count):
        option = options.get_option_at_index(k)
        if option.disabled:
            groups.append((str(option.prompt), []))
        else:
            groups[-1][1].append(str(option.prompt))
    return groups


async def test_a_company_and_its_spokesperson_share_one_heading(tmp_path: Path) -> None:
    comparison = _compare(tmp_path)
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        options = app.screen.query_one(QuoteSidebar).query_one(OptionList)
        groups = _groups(options)
        assert [heading for heading, _ in groups] == [
            "Dara Quill (for Acme Holdings)",
            "Tom Hale",
        ]
        voice = " ".join(groups[0][1])
        for words in ("lost money", "every worker about", "site will be sold", "paid until March"):
            assert words in voice  # the company's remarks and her own, together
        assert "other speaker" not in voice
        assert "Nobody saw this coming" in " ".join(groups[1][1])
        # what each entry says is unchanged: its cue still names who the article credits
        lost = next(p for p in groups[0][1] if "lost money" in p)
        assert "← Acme Holdings said" in lost
        # choosing the company's remark still jumps to its sentence
        sold = next(
            n
            for n in range(options.option_count)
            if "site will be sold" in str(options.get_option_at_index(n).prompt)
        )
        await pilot.press("tab")
        options.highlighted = sold
        await pilot.press("enter")
        await pilot.pause()
        target = next(m for m in comparison.left.quotes if "site will be sold" in m.quote.text)
        assert app.screen.query_one(DiffView).cursor == Cursor("left", target.quote.sentence)


def test_grouping_changes_no_entry(tmp_path: Path) -> None:
    """Every quote is listed once, each saying what it said before, only moved together."""
    comparison = _compare(tmp_path)
    entries = quote_entries(comparison)
    listing = QuoteSidebar.listing(comparison)
    assert listing.entries == entries
    shown = [str(o.prompt) for o in listing.options if o is not None and not o.disabled]
    assert shown == [str(entry_prompt(entry)) for entry in entries]
    assert len({entry.own.start for entry in entries if entry.own_side == "left"}) == 4


def test_a_body_two_people_speak_for_keeps_its_own_heading(tmp_path: Path) -> None:
    """Two spokespeople of one company: whose voice its statement is would be a guess."""
    comparison = _compare(tmp_path, LEFT, SECOND_VOICE)
    assert voices(comparison) == {}
    headings = [str(o.prompt) for o in QuoteSidebar.listing(comparison).options if o and o.disabled]
    assert "Acme Holdings" in headings and "Dara Quill" in headings
