"""A Title Case phrase inside a body sentence that is a work's title (``its report Building
Back The Harbour``, ``the show Tales From The Quay``) is read by its capitals as nobody: it
is not an organization that ``the council said`` could stand for, nor a speaker (people20
left it; the texts here are invented)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, segment(text))]


def test_a_reports_title_does_not_speak_for_the_council() -> None:
    """Main gave the quotation to "Building Back The Harbour"."""
    text = (
        "The council met on Monday.\n\n"
        'In its report Building Back The Harbour, the council said the pier was "beyond repair".\n'
    )
    assert _speakers(text) == [None]


def test_the_person_after_a_title_still_speaks() -> None:
    text = (
        "Tom Hale met the council on Monday.\n\n"
        'In his report Building Back The Harbour, Hale said the pier was "beyond repair".\n'
    )
    assert _speakers(text) == ["Tom Hale"]


def test_a_name_after_a_work_noun_without_title_case_stays_a_name() -> None:
    """Near miss: ``The study Ann Pike led`` names Ann Pike (no capitalised little word)."""
    text = 'Tom Hale met us.\n\nThe study Ann Pike led found the pier "unsafe", she said.\n'
    assert _speakers(text) == ["Ann Pike"]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["report", "study", "show", "programme", "book", "documentary"]),
    st.sampled_from(
        ["Building Back The Harbour", "Tales From The Quay", "A Pier For All", "Leith And Beyond"]
    ),
)
def test_no_titled_work_is_a_speaker(noun: str, title: str) -> None:
    """Whatever the work and its title, the quotation is never given to the title."""
    text = (
        "The council met on Monday.\n\n"
        f'In its {noun} {title}, the council said the pier was "beyond repair".\n'
    )
    assert title not in _speakers(text)
