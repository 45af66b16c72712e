"""Speaker headings of the quote sidebar: one person, one heading; a long heading reads as one.

A person one outlet names by surname alone (``Lopez said``) and another in full (``Maria
Lopez``) used to get the bare surname as a heading of its own, beside (or instead of) the full
name; two people who share a surname must still stay apart. A heading that wraps (a long name
and ``(for …)``) used to start its second line at the edge, like a quote line. Names, places
and articles are invented.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar, surname_owners
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from textual.widgets import OptionList

SURNAME_ONLY = """Tarsk council delays the ferry vote

The council of Tarsk postponed its vote on the new ferry line on Monday.

"We need another month to read the engineers' report," Lopez said.

Residents packed the hall for three hours.
"""

FULL_NAMES = """Ferry vote put off in Tarsk

Tarsk's council will not vote on the ferry line until next month.

"We need another month to read the engineers' report," Maria Lopez told the meeting.

"The harbour fees must come down first," said Daniel Lopez, who runs the Tarsk ferry company.
"""

THIRD = """Tarsk ferry operator speaks out

"The harbour fees must come down first," said Daniel Lopez, the head of the Tarsk ferry company.

"We have waited two years for this line," Lopez said.
"""

VOICE_LEFT = """Tarrowmere plant to close

"The plant has lost money for six years in a row," Tarrowmere Consolidated Holdings said in a \
statement.

"We are talking to every worker about a move to Orrin Falls," said Annelise Brockhaus, a \
spokesperson for Tarrowmere Consolidated Holdings.
"""

VOICE_RIGHT = """Plant to close

"The plant has lost money for six years in a row," Annelise Brockhaus, a spokesperson for \
Tarrowmere Consolidated Holdings, told reporters.

"We are talking to every worker about a move to Orrin Falls," Brockhaus said.
"""


def _headings(folder: Path, texts: dict[str, str]) -> list[str]:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    articles = [load_article(str(folder / name)) for name in texts]
    comparison = compare_articles(articles[0], articles[1], corpus=articles)
    options = QuoteSidebar.listing(comparison).options
    return [str(option.prompt) for option in options if option is not None and option.disabled]


def test_a_surname_and_its_full_name_in_the_other_article_are_one_heading(tmp_path) -> None:
    # The third article names another Lopez: the corpus cannot tell which one "Lopez" is,
    # but the quote "Lopez" says is Maria Lopez's in the other outlet.
    texts = {"a.txt": SURNAME_ONLY, "b.txt": FULL_NAMES, "c.txt": THIRD}
    assert _headings(tmp_path, texts) == ["Maria Lopez", "Daniel Lopez"]


def test_two_people_who_share_a_surname_keep_their_own_headings() -> None:
    assert surname_owners(["Lopez", "Maria Lopez"]) == {"Lopez": "Maria Lopez"}
    assert surname_owners(["Ms Lopez", "Maria Lopez"]) == {"Ms Lopez": "Maria Lopez"}
    # which of the two a bare "Lopez" is would be a guess: neither
    assert surname_owners(["Lopez", "Maria Lopez", "Daniel Lopez"]) == {}
    assert surname_owners(["Maria Lopez", "Daniel Lopez"]) == {}
    # the quote match names the person, even with a second Lopez in the sidebar
    matched = {"Lopez": {"Maria Lopez"}}
    assert surname_owners(["Lopez", "Maria Lopez", "Daniel Lopez"], matched) == {
        "Lopez": "Maria Lopez"
    }


async def test_a_wrapped_heading_is_indented_on_its_next_lines(tmp_path) -> None:
    for name, text in (("left.txt", VOICE_LEFT), ("right.txt", VOICE_RIGHT)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = NewsDiffApp([tmp_path / "left.txt", tmp_path / "right.txt"])
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        assert sidebar.display
        option_list = sidebar.query_one(OptionList)
        lines = [option_list.render_line(y).text for y in range(option_list.size.height)]
        first = next(n for n, line in enumerate(lines) if "Annelise Brockhaus (for" in line)
        start = lines[first].index("Annelise")
        assert "Holdings)" not in lines[first]  # it wraps at this width
        assert lines[first + 1][start : start + 2] == "  "
        assert lines[first + 1][start + 2 :].lstrip().startswith(("Tarrowmere", "Consolidated"))
