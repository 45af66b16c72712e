"""Terminal escape sequences in a web page's text are removed as they are from text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article
from newsdiff.core.page_escapes import CARRIED, MARK, shield, unshield

PARAGRAPHS = [
    "The harbour board approved the new ferry timetable on Thursday after a short debate.",
    "Ferries will leave every forty minutes instead of every hour from the first of May.",
    "The board said the change would cost about 310,000 euros a year in extra crew wages.",
    "Island residents had asked for later evening crossings for more than three years.",
]
TITLE = "Ferries to Run More Often"

SEQUENCES = {
    # the same codes as a terminal log holds them, raw or as the references a CMS writes
    "raw colour": "\x1b[1;31m",
    "raw reset": "\x1b[0m",
    "decimal reference": "&#27;[32m",
    "hex reference": "&#x1b;[0m",
    "upper-case hex reference": "&#X1B;[2K",
    "title (OSC, BEL)": "\x1b]0;desk: ~/ferries\x07",
    "title as references": "&#27;]0;desk&#7;",
    "hyperlink start (OSC 8, ST)": "\x1b]8;;https://example.org/board\x1b\\",
    "charset (nF)": "\x1b(B",
    "8-bit CSI": "\x9b1m",
}


def page(paragraphs: list[str], title: str = TITLE) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} - Bay Times</title>"
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def load(tmp_path: Path, html: str, name: str = "page.html") -> tuple[str, int]:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    article = load_article(path)
    return article.text, article.escapes_removed


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    placements=st.lists(
        st.tuples(
            st.integers(0, len(PARAGRAPHS) - 1),
            st.integers(0, 200),
            st.sampled_from(sorted(SEQUENCES)),
        ),
        max_size=12,
    )
)
def test_a_page_with_escape_codes_reads_as_the_plain_page(
    placements: list[tuple[int, int, str]], tmp_path: Path
) -> None:
    plain_text, none = load(tmp_path, page(PARAGRAPHS), "plain.html")
    assert none == 0
    words = [[*text.split(" "), ""] for text in PARAGRAPHS]
    for paragraph, at, kind in placements:
        cut = at % len(words[paragraph])  # before a word or at the end, as colour codes go
        words[paragraph][cut] = SEQUENCES[kind] + words[paragraph][cut]
    painted = [" ".join(line[:-1]) + line[-1] for line in words]
    text, removed = load(tmp_path, page(painted), "painted.html")
    assert text == plain_text
    assert removed == len(placements)


def test_page_text_offsets_index_the_text_without_codes(tmp_path: Path) -> None:
    painted = [f"\x1b[1m{PARAGRAPHS[0]}\x1b[0m", *PARAGRAPHS[1:]]
    text, removed = load(tmp_path, page(painted))
    assert removed == 2
    assert text.startswith(f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n")
    assert not set(text) & set(CARRIED)


def test_a_lone_escape_is_not_text_and_never_reaches_the_terminal(tmp_path: Path) -> None:
    # An ESC that starts no complete sequence stays a mark of something missing: U+FFFD, as
    # every other control character in a page.
    broken = [
        PARAGRAPHS[0] + " \x1b",
        PARAGRAPHS[1] + " &#27;]0;an unterminated title",
        *PARAGRAPHS[2:],
    ]
    text, removed = load(tmp_path, page(broken))
    assert removed == 0
    assert f"{PARAGRAPHS[0]} \ufffd" in text
    assert "\ufffd]0;an unterminated title" in text
    assert not set(text) & set(CARRIED)


def test_the_headline_and_title_lose_their_codes(tmp_path: Path) -> None:
    html = page(PARAGRAPHS, title="Ferries to \x1b[1mRun\x1b[0m More &#27;[4mOften&#27;[0m")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = load_article(path)
    assert article.title == TITLE
    assert article.text.startswith(TITLE + "\n\n")


def test_the_token_character_itself_is_kept(tmp_path: Path) -> None:
    # The character used to carry controls through the parser may be in a page, raw or as a
    # reference, even followed by the letters that name a control.
    kept = [f"{PARAGRAPHS[0]} {MARK}a {MARK}{MARK}b &#x2e3b;c &#11835;&#11835;", *PARAGRAPHS[1:]]
    text, removed = load(tmp_path, page(kept))
    assert removed == 0
    assert f"{PARAGRAPHS[0]} {MARK}a {MARK}{MARK}b {MARK}c {MARK}{MARK}\n" in text


def test_a_page_of_nothing_but_codes_is_refused_saying_so(tmp_path: Path) -> None:
    html = "<html><body><article><p>\x1b[2J\x1b[H</p><p>&#27;[0m</p></article></body></html>"
    with pytest.raises(ArticleError) as refused:
        load(tmp_path, html)
    assert refused.value.problem == (
        "no article text found on the page once its 3 terminal escape sequences are removed"
    )


@given(st.text())
def test_shielding_is_undone_exactly(text: str) -> None:
    shielded = shield(text)
    assert not set(shielded) & set(CARRIED)
    assert unshield(shielded) == text
