"""A document whose authoring aside names its filers in apposition (people26; invented
examples): ``The lawsuit, which was brought by Leith's attorney general, Tom Hale, and
Dunmore's attorney general, Ann Pike, accused …`` had the last name of the aside as the verb's
subject (``Ann Pike, accused``). The document is the subject: it speaks for its first filer, as
``the lawsuit says`` later does, and the cue starts at the document.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import read

TWO = (
    "The lawsuit, which was brought by Leith's attorney general, Tom Hale, and Dunmore's "
    "attorney general, Ann Pike, {verb} the council of running a “scheme” to sell the harbour."
)


@pytest.mark.parametrize("verb", ["accused", "says"])
def test_the_document_speaks_for_its_first_filer(verb: str) -> None:
    speaker, cue = read(TWO.format(verb=verb).replace(" of running", " ran", verb == "says"))[0]
    assert speaker == "Tom Hale"
    assert cue is not None and cue.startswith("The lawsuit, which was brought by")
    assert cue.endswith(verb)


def test_one_filer_named_in_apposition() -> None:
    text = (
        "The lawsuit, which was filed by Leith's attorney general, Tom Hale, accused the "
        "council of a “scheme” to sell the harbour."
    )
    speaker, cue = read(text)[0]
    assert speaker == "Tom Hale"
    assert cue is not None and cue.startswith("The lawsuit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside that does not author it: the document, as before
        (
            "The report, which the council published on Friday, says the quay is “unsafe.”",
            "the report",
        ),
        (
            "The lawsuit, which was obtained by Ann Pike, says the council ran a “scheme.”",
            "the lawsuit",
        ),
        # a person's aside: the person, as before
        ("Tom Hale, who was backed by Ann Pike, said the council ran a “scheme.”", "Tom Hale"),
    ],
)
def test_aside_near_misses(text: str, expected: str) -> None:
    assert read(text)[0][0] == expected


@given(
    st.sampled_from(["brought", "filed"]),
    st.sampled_from([("Tom Hale", "Ann Pike"), ("Ann Pike", "Tom Hale")]),
)
def test_the_first_filer_whoever_it_is(participle: str, names: tuple[str, str]) -> None:
    """Whichever officer is named first, the document speaks for that one, not the last."""
    text = (
        f"The lawsuit, which was {participle} by Leith's attorney general, {names[0]}, and "
        f"Dunmore's attorney general, {names[1]}, accused the council of a “scheme.”"
    )
    assert read(text)[0][0] == names[0]
