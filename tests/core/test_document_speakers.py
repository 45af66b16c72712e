"""A document's author speaks for it: a quotation attributed to ``a report by the Gazette`` is
the Gazette's (DESIGN §3: the speaker is who said or wrote the words), with ``the report`` kept
in the cue; a document that names no author stays ``the report``; whoever merely obtained a
document (``documents obtained by the Gazette``) wrote none of it, so the documents speak.
Each form is checked both ways on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import Quote, extract_quotes
from newsdiff.core.segment import segment

QUOTED = '"set without any public consultation"'


def _quote(sentence: str) -> Quote:
    text = "Ferry Fares Rise in Leith\n\nFerry fares rose on Monday.\n\n" + sentence + "\n"
    quotes = [q for q in extract_quotes(text, segment(text)) if "consultation" in q.text]
    assert len(quotes) == 1, quotes
    return quotes[0]


FORMS = [
    # (sentence with {src}, the author-named source, its speaker, the same source without one)
    ("The fares were {q}, according to {src}.", "a report by the Leith Gazette", "the report"),
    ("According to {src}, the fares were {q}.", "a report by Harbour Watch", "the report"),
    ("The fares were {q}, according to {src}.", "a report from Harbour Watch", "the report"),
    ("{src} found the fares were {q}.", "A report by Harbour Watch", "the report"),
    ("{src} said the fares were {q}.", "A report by the Leith Gazette", "the report"),
    ("The fares were {q}, {src} said.", "a report by Harbour Watch", "the report"),
    ("The fares were {q}, said {src}.", "a report by Harbour Watch", "the report"),
    ("{src} found the fares were {q}.", "A study from the University of Leith", "the study"),
    (
        "The fares were {q}, according to {src}.",
        "a study from the University of Leith",
        "the study",
    ),
    ("{src} found the fares were {q}.", "An analysis by the Leith Gazette", "the analysis"),
    ("The fares were {q}, said {src}.", "a statement released by Harbour Watch", "the statement"),
]
AUTHORS = {"Leith Gazette", "Harbour Watch", "University of Leith"}


def _without_author(source: str) -> str:
    """The same document with its author cut off ("a report by X" → "a report")."""
    for cut in (" released by ", " by ", " from "):
        if cut in source:
            return source.split(cut)[0]
    raise AssertionError(source)


@pytest.mark.parametrize(("form", "source", "unnamed"), FORMS)
def test_the_author_of_a_document_is_the_speaker(form: str, source: str, unnamed: str) -> None:
    quote = _quote(form.format(q=QUOTED, src=source))
    author = next(name for name in AUTHORS if name in source)
    assert quote.speaker == author
    assert quote.cue is not None
    noun = unnamed.split()[-1]
    assert noun in quote.cue.text.lower() and author.split()[-1] in quote.cue.text


@pytest.mark.parametrize(("form", "source", "unnamed"), FORMS)
def test_a_document_naming_no_author_stays_the_document(
    form: str, source: str, unnamed: str
) -> None:
    quote = _quote(form.format(q=QUOTED, src=_without_author(source)))
    assert quote.speaker == unnamed


@pytest.mark.parametrize("owner", ["Harbour Watch", "The Leith Gazette"])
def test_a_possessive_owner_of_a_report_is_the_speaker(owner: str) -> None:
    quote = _quote(f"{owner}'s report said the fares were {QUOTED}.")
    assert quote.speaker == owner.removeprefix("The ")
    assert _quote(f"The new report said the fares were {QUOTED}.").speaker == "the new report"


def test_in_a_statement_released_by_names_the_body() -> None:
    quote = _quote(f"In a statement released by the Harbour Board, the fares were called {QUOTED}.")
    assert quote.speaker == "Harbour Board"
    assert _quote(f"In a statement, the fares were called {QUOTED}.").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Watch said in a statement released by the Leith Gazette the fares were {q}.",
        "The fares were {q}, Harbour Watch said in a statement released by the Leith Gazette.",
    ],
)
def test_a_speaker_named_with_a_statement_keeps_the_speaker(sentence: str) -> None:
    assert _quote(sentence.format(q=QUOTED)).speaker == "Harbour Watch"


@pytest.mark.parametrize(
    ("form", "speaker"),
    [
        ("Documents obtained by the Leith Gazette show the fares were {q}.", "documents"),
        ("Emails obtained by Harbour Watch show the fares were {q}.", "emails"),
        ("The fares were {q}, according to documents obtained by the Leith Gazette.", "documents"),
        ("The fares were {q}, according to a memo seen by Harbour Watch.", "the memo"),
        ("A study commissioned by Harbour Watch found the fares were {q}.", "the study"),
    ],
)
def test_who_obtained_or_commissioned_a_document_did_not_write_it(form: str, speaker: str) -> None:
    quote = _quote(form.format(q=QUOTED))
    assert quote.speaker == speaker


def test_documents_are_not_the_speaker_of_another_verb() -> None:
    text = (
        "Ferry Fares Rise in Leith\n\n"
        'Documents obtained by the Leith Gazette show the board called the fares "a windfall."\n'
    )
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker != "documents"


@pytest.mark.parametrize(
    "sentence",
    [
        "The fares were {q}, according to a report by the Leith Gazette.",
        "The fares were {q}, according to a report from Harbour Watch.",
        "The fares were {q}, according to a report.",
        "The fares were {q}, according to documents obtained by the Leith Gazette.",
        "According to a report by Harbour Watch, the fares were {q}.",
        "The fares were {q}, according to a study from the University of Leith.",
        "The fares were {q}, according to a statement released by Harbour Watch.",
    ],
)
def test_the_claim_check_reads_according_to_a_report_by_x_as_the_quotes_do(sentence: str) -> None:
    text = sentence.format(q=QUOTED)
    speaker = _quote(text).speaker
    names = attributed_speakers(text)
    if speaker in AUTHORS:
        assert names == (speaker,)
    else:
        assert names == ()


def test_the_claim_check_never_reads_what_a_document_is_about_as_its_author() -> None:
    assert (
        attributed_speakers("The fares rose, according to an analysis of Harbour Board data.") == ()
    )
    assert attributed_speakers("According to Tom Hale, the fares will rise.") == ("Tom Hale",)


_NAME_WORDS = ["Harbour", "Watch", "Kestrel", "Gazette", "Tidewater", "Institute", "Pellow"]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=3, unique=True),
    form=st.sampled_from(
        [
            "The fares were {q}, according to a report by {name}.",
            "A report by {name} said the fares were {q}.",
            "The fares were {q}, said a study from {name}.",
        ]
    ),
)
def test_any_named_author_speaks_and_an_obtainer_never_does(words: list[str], form: str) -> None:
    name = " ".join(words)
    assert _quote(form.format(q=QUOTED, name=name)).speaker == name
    obtained = f"Documents obtained by {name} show the fares were {QUOTED}."
    assert _quote(obtained).speaker == "documents"


def test_a_capitalised_modifier_is_no_author() -> None:
    quote = _quote(f"The fares were {QUOTED}, said a statement from the Harbour committee.")
    assert quote.speaker == "the statement"
