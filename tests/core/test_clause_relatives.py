"""Two misreads of the clause reader mended (``core/clauses.py``, ``core/verb_forms.py``,
``core/clause_openings.py``): a past participle with *by* after the subject opens a reduced
relative clause ("The questions reported by the panel ask …": the verb is *ask*), and a
quotation of a determiner, a noun and a word in *-s* is a clause ("'The ferry stays,' Pike
said": *ferry* stays). Each is checked next to the nearest reading it must keep.

Example sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.clauses import read_clause
from newsdiff.core.verb_forms import verb_base


def who_did(text: str) -> tuple[str, str]:
    clause = read_clause(text)
    return clause.subject, clause.verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The questions reported by the panel ask whether the pier was sold.",
            ("questions", "ask"),
        ),
        ("The boats seized by the harbour police were sold in May.", ("boats", "be")),
        ("Most of the letters sent by Voss say that the fees rose.", ("letters", verb_base("say"))),
        ("The report written by the panel members says that fees rose.", ("report", "say")),
    ],
)
def test_a_participle_with_by_after_the_subject_is_not_the_verb(
    text: str, expected: tuple[str, str]
) -> None:
    assert who_did(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no verb after the by-phrase: the participle is the sentence's past tense
        ("The bill passed by a wide margin on Tuesday.", ("bill", verb_base("passed"))),
        ("The ferry passed by the quay and sank.", ("ferry", verb_base("passed"))),
        # a comma ends the phrase: no verb of this clause in reach
        ("The fee rose by a third, Hale said.", ("fee", verb_base("rose"))),
        ("The council voted by a show of hands, and the pier was approved.", ("council", "vot")),
    ],
)
def test_a_past_tense_with_by_stays_the_verb(text: str, expected: tuple[str, str]) -> None:
    assert who_did(text) == expected


PLURALS = ["questions", "letters", "boats", "complaints", "files"]
PARTICIPLES = ["reported", "filed", "seized", "listed", "obtained"]
AGENTS = ["the panel", "Voss", "the harbour police", "the Marlow Gazette"]


@given(st.sampled_from(PLURALS), st.sampled_from(PARTICIPLES), st.sampled_from(AGENTS))
def test_the_verb_after_a_reduced_relative_is_the_main_verb(
    things: str, participle: str, agent: str
) -> None:
    assert who_did(f"The {things} {participle} by {agent} show that the quay was sold.") == (
        things,
        verb_base("show"),
    )
    assert who_did(f"The {things} were {participle} by {agent} last week.") == (
        things,
        verb_base(participle),
    )


@pytest.mark.parametrize(
    "text",
    [
        '"But the ferry stays," Pike said.',
        '"The ferry stays," Pike said on Monday.',
        '"The ferry stays", Pike said.',
    ],
)
def test_a_quoted_noun_and_verb_in_s_is_a_clause(text: str) -> None:
    reported = read_clause(text).reported
    assert reported is not None
    assert (reported.subject, reported.verb) == ("ferry", verb_base("stays"))


@pytest.mark.parametrize(
    "text",
    [
        '"The new rules," Pike said.',  # an adjective and a plural noun
        '"The federal fees," Pike said.',
        '"The ferry stays," Pike said, "and the quay closes."',  # a split quotation: read on
        '"Most stays," Pike said.',
    ],
)
def test_a_quoted_noun_phrase_gets_no_verb(text: str) -> None:
    reported = read_clause(text).reported
    assert reported is None or not reported.verb


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"But Voss will close the quay," Hale said.', {"voss"}),
        ('"And Brin signed the lease," Hale said.', {"brin"}),
    ],
)
def test_a_quotations_opening_connective_is_no_name(text: str, names: set[str]) -> None:
    """A quotation that opens with "But" or "And" before a name: the name is the subject,
    the connective no part of it (two quotations opening "But …" share no name)."""
    reported = read_clause(text).reported
    assert reported is not None
    assert reported.names == names and "but" not in reported.phrase


def test_a_quotations_now_that_is_not_skipped_as_a_connective() -> None:
    """ "Now that they …, it is time": *now* opens a subordinate clause, not the subject's."""
    reported = read_clause('"Now that they have opened the door, it is time," said Cowan.').reported
    assert reported is None or reported.subject != "they"
