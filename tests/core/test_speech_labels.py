"""Quotes given to someone who did not say them, and cues that are not attributions (people18).

Invented texts. A quotation that names a thing said by its words (``blasts Tom Hale over
'reckless' comments``) is the comments' owner's, not the words of the subject whose verb comes
before it; a quotation a thing ``reads`` borrows no speaker from the sentences around it; a cue
that names nobody (``and claiming``) reaches back to the speaker's name; a participle set off
after the clause that follows a quotation (``he planned to ask, referring to …``) is not its
cue; a lawsuit's filers named in a relative clause are its author.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

BODY = "\n\nThe harbour board met on Monday in Leith.\n"


def _quotes(text: str) -> list[Quote]:
    return list(extract_quotes(text, segment(text)))


def _cue(quote: Quote) -> str | None:
    return quote.cue.text if quote.cue is not None else None


def test_a_headline_quote_naming_someone_elses_comments_is_not_the_subjects() -> None:
    (quote,) = _quotes("Dana Quill blasts Tom Hale over 'reckless' comments" + BODY)
    assert quote.speaker is None  # whose comments the headline does not say
    (owned,) = _quotes('Dana Quill blasted Tom Hale\'s "reckless" remark on Monday.\n')
    assert owned.speaker == "Tom Hale"
    assert _cue(owned) == 'Tom Hale\'s "reckless" remark'
    # near misses: the subject's own words keep the subject
    calls = _quotes("Dana Quill calls Tom Hale's plan 'reckless'" + BODY)
    assert [q.speaker for q in calls] == ["Dana Quill"]
    warns = _quotes("Dana Quill warns of 'reckless' cuts" + BODY)
    assert [q.speaker for q in warns] == ["Dana Quill"]  # cuts are no thing said
    said = _quotes('Dana Quill said on Monday that the plan was "reckless" and cruel.\n')
    assert [q.speaker for q in said] == ["Dana Quill"]
    apart = _quotes('Tom Hale called the plan a "harbour grab," comments that angered the board.\n')
    assert [q.speaker for q in apart] == ["Tom Hale"]  # the comments are the quote's own


_VERBS = ("blasts", "slams", "mocks", "criticizes", "rips", "attacks")
_NOUNS = ("comments", "remarks", "remark", "claims", "tweet", "statement", "joke")
_WORDS = st.lists(
    st.sampled_from(("cruel", "reckless", "harbour", "grab", "lazy", "toll")),
    min_size=1,
    max_size=3,
)


@given(
    subject=st.sampled_from(("Dana Quill", "Ann Pike", "Rosa Vell")),
    verb=st.sampled_from(_VERBS),
    noun=st.sampled_from(_NOUNS),
    words=_WORDS,
    over=st.booleans(),
)
def test_a_labelled_thing_said_is_never_the_subjects_words(
    subject: str, verb: str, noun: str, words: list[str], over: bool
) -> None:
    where = "Tom Hale over " if over else ""
    headline = f"{subject} {verb} {where}'{' '.join(words)}' {noun}" + BODY
    (quote,) = _quotes(headline)
    assert quote.speaker != subject


def test_a_sign_that_reads_borrows_no_speaker() -> None:
    text = (
        "Dana Quill spoke at the pier on Monday.\n\n"
        '"We will not pay for the ferry," reads a sign at the gate.\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
    said = text.replace("reads a sign at the gate", "she said")
    assert [q.speaker for q in _quotes(said)] == ["Dana Quill"]


def test_a_cue_that_names_nobody_reaches_back_to_the_speaker() -> None:
    text = (
        'Dana Quill, the harbour master, issued a statement calling the plan "reckless" and '
        'claiming "the ferry will not sail this year."\n'
    )
    first, second = _quotes(text)
    assert second.speaker == "Dana Quill"
    cue = _cue(second)
    assert cue is not None and cue.startswith("Dana Quill") and cue.endswith("and claiming")


def test_a_participle_after_the_clause_is_not_the_cue() -> None:
    text = (
        'Tom Hale said the board had questions. "Will the ferry sail in June?" he planned to '
        "ask, referring to the harbour plan.\n"
    )
    quote = _quotes(text)[-1]
    assert quote.speaker == "Tom Hale"
    assert _cue(quote) is None or "referring" not in (_cue(quote) or "")
    plain = '"We see no delay," the mayor said, noting that it needs "two weeks."\n'
    first = _quotes("Mayor Dana Quill spoke at the pier on Monday.\n\n" + plain)[0]
    assert first.speaker == "Dana Quill"
    assert _cue(first) == "the mayor said"  # not "noting that it"


def test_a_lawsuits_filers_in_a_relative_clause_are_its_author() -> None:
    text = (
        "The lawsuit, which was brought by Leith's harbour master, Ann Pike, accused the city "
        'of neglect.\n\n"The city has failed its harbour," the lawsuit says.\n'
    )
    assert [q.speaker for q in _quotes(text)] == ["Ann Pike"]
    held = text.replace("was brought by", "was seen by")
    assert [q.speaker for q in _quotes(held)] == ["the lawsuit"]


def test_a_cue_is_the_quotes_own_attribution_not_the_next_clauses() -> None:
    figure = (
        "Tom Hale spoke at the dock.\n\n"
        'He called the $1.7 million grant a "harbour gift" for the port and said the town '
        "would thrive.\n"
    )
    assert _cue(_quotes(figure)[0]) == "He called"  # "1.7" ends no clause
    passive = 'Dana Quill said it was "sad" that "faults" were found in the harbour plan.\n'
    assert _cue(_quotes(passive)[1]) != "were found"
    joined = 'Rosa Vell called the ferry plan "overdue" and said she hoped the port would act.\n'
    assert _cue(_quotes(joined)[0]) == "Rosa Vell called"
    # near miss: a clause going on after the quotation keeps the attribution after it
    going_on = 'The plan is "based on old maps" and should be dropped, Rosa Vell said on Monday.\n'
    assert _cue(_quotes(going_on)[0]) == "Rosa Vell said"


def test_a_headline_speaker_before_a_colon_says_the_quote_after_it() -> None:
    (quote,) = _quotes("Dana Quill: the ferry will 'sail again' by June" + BODY)
    assert quote.speaker == "Dana Quill"
    # near miss: a kicker before the colon is nobody
    (kicker,) = _quotes("Report: the ferry will 'sail again' by June" + BODY)
    assert kicker.speaker is None
