"""Titles: the headline when the first line reads as one, else the first sentence, shortened."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.core.load import TITLE_LIMIT, load_article, make_title, shorten


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Washington Balances Its Pakistan Push\n\nNew Delhi: The United States said.\n",
            "Washington Balances Its Pakistan Push",
        ),
        (
            "Talks resume in Geneva\nWASHINGTON — Officials met on Tuesday.\n",
            "Talks resume in Geneva",
        ),
        ("Will the talks resume?\n\nBody text here.\n", "Will the talks resume?"),
        ("\n\n   Leading blank lines are skipped   \n\nBody.\n", "Leading blank lines are skipped"),
        ("# Markdown   heading **bold**\n\nBody.\n", "Markdown heading bold"),
        ("## Second level\n\nBody.\n", "Second level"),
        ("**Whole line in bold**\n\nBody.\n", "Whole line in bold"),
        ('---\ntitle: "From front matter"\ndate: 2025-10-26\n---\n# Other\n', "From front matter"),
        (
            "---\nauthor: Someone\n---\n\nHeadline after front matter\n\nBody.\n",
            "Headline after front matter",
        ),
    ],
)
def test_first_line_reads_as_a_headline(text: str, title: str) -> None:
    assert make_title(text) == title


def test_first_line_with_a_full_stop_gives_its_first_sentence() -> None:
    text = "Officials met on Tuesday. They agreed to meet again.\nMore text.\n"
    assert make_title(text) == "Officials met on Tuesday."


def test_bullet_first_line_drops_the_bullet_mark() -> None:
    text = "- Rubio calls India “mature” in its approach.\n- Second point.\n"
    assert make_title(text) == "Rubio calls India “mature” in its approach."


def test_long_first_sentence_is_shortened_at_a_word() -> None:
    sentence = (
        "US Secretary of State Marco Rubio has clarified that Washington’s efforts to expand "
        "its strategic relationship with Pakistan will not come at the expense of India."
    )
    title = make_title(sentence + "\nNext paragraph.\n")
    assert len(title) <= TITLE_LIMIT
    assert title.endswith("…")
    assert sentence.startswith(title[:-1])
    assert sentence[len(title) - 1] == " "  # cut between words


def test_long_line_without_full_stop_is_not_a_headline() -> None:
    line = " ".join(["word"] * 40)
    title = make_title(line + "\n")
    assert title.endswith("…") and len(title) <= TITLE_LIMIT


def test_hard_wrapped_first_line_is_not_taken_for_a_headline() -> None:
    text = (
        "The minister said on Tuesday that the\n"
        "talks would resume next week in Geneva.\n"
        "Officials agreed.\n"
    )
    assert make_title(text) == (
        "The minister said on Tuesday that the talks would resume next week in Geneva."
    )


def test_wrapped_line_ending_in_a_function_word() -> None:
    text = "Officials from both countries met at the\nUnited Nations on Tuesday.\n"
    assert make_title(text) == "Officials from both countries met at the United Nations on Tuesday."


def test_shorten_keeps_short_titles_and_cuts_long_words() -> None:
    assert shorten("Short") == "Short"
    long_word = "x" * 200
    assert shorten(long_word) == "x" * (TITLE_LIMIT - 1) + "…"


def test_title_has_no_line_breaks_or_tabs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\twith   tab\n\nBody.\n", encoding="utf-8")
    assert load_article(path).title == "Title with tab"


def test_bundled_titles(seed_paths: list[Path]) -> None:
    titles = [load_article(path).title for path in seed_paths]
    assert titles[2] == "Washington Balances Its Pakistan Push With India Ties"
    assert titles[3] == "Rubio calls India “mature” in its diplomatic approach."
    for title in titles:
        assert 10 < len(title) <= TITLE_LIMIT


def test_page_furniture_is_never_the_title() -> None:
    text = "Advertisement\n\nSkip to main content\nTalks resume in Geneva\n\nBody text.\n"
    assert make_title(text) == "Talks resume in Geneva"


def test_a_long_title_is_kept_whole_beside_the_short_one(tmp_path: Path) -> None:
    """The library showed titles cut at 80 characters even at 200 columns (appfix11): the
    loaded article keeps the whole title for it; ``title`` (the JSON's) stays the short one."""
    headline = " ".join(["Harwick council weighs a longer closure of the swing bridge"] * 2)
    path = tmp_path / "a.txt"
    path.write_text(f"{headline}\n\nBody text here.\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == shorten(headline) and article.title.endswith("…")
    assert article.whole_title == headline
    short = tmp_path / "b.txt"
    short.write_text("Bridge shut\n\nBody text here.\n", encoding="utf-8")
    assert load_article(short).whole_title == load_article(short).title == "Bridge shut"
