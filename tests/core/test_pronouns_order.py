"""Which antecedent the writer's "he" / "she" takes (people14).

Invented texts. Three readings that gave a quotation to the wrong person: a name in a side
clause opening the sentence before (``If last spring's keynote - given by radio host Dan Moss -
…, Hale's stood out``) taken for the subject a later "he" stands for; a "he" opening an
adverbial clause after an indirect question (``Hale asked whether Pike is honest when he …``),
which may stand for either man; and a "he" that reached past an unnamed person (``My father
…``) for a name further back. Each test holds the near miss that must keep its speaker beside
it. Where the reading is unsure, no speaker beats a wrong one.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.mention_types import read_tokens
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


SIDE_CLAUSE = (
    "In a long speech that touched on his own troubles, Tom Hale held the hall from the "
    "start.\n\n"
    "But the talk was spent chiding his friends. If last spring's keynote - given by radio "
    "host Dan Moss - was about rage, Hale's stood out for its calm.\n\n"
    '"Ann Pike told me it would be a fine year," he said at one point. "It will be a fine '
    'year. But that is not enough."\n'
)


def test_a_name_in_a_side_clause_opening_the_sentence_is_not_who_he_is() -> None:
    assert _speakers(SIDE_CLAUSE) == ["Tom Hale", "Tom Hale"]
    # near miss: past the comma that closes the side clause, Moss is the main clause's subject
    main_clause = SIDE_CLAUSE.replace(
        "If last spring's keynote - given by radio host Dan Moss - was about rage, Hale's stood "
        "out for its calm.",
        "If the keynote was about rage, radio host Dan Moss said, the calm was worse.",
    )
    assert _speakers(main_clause) == ["Dan Moss", "Dan Moss"]
    # near miss: the side clause names the only man around: "he" still finds him
    alone = "Mayor Dan Moss spoke first.\n\nIf the keynote by Dan Moss ran long, nobody minded.\n\n"
    alone += '"It will be a fine year," he said.\n'
    assert _speakers(alone) == ["Dan Moss"]
    after = 'After Dan Moss left the stage, Tom Hale spoke.\n\n"We won," he said.\n'
    assert _speakers(after) == ["Tom Hale"]
    # near miss: "After the vote," is a phrase: Moss is the main clause's subject
    phrase = 'After the vote, Dan Moss spoke.\n\n"We won," he said.\n'
    assert _speakers(phrase) == ["Dan Moss"]
    unlike = 'Unlike Dan Moss, Tom Hale backed the pier.\n\n"It is over," he said.\n'
    assert _speakers(unlike) == ["Tom Hale"]
    # near miss: the opening phrase names nobody
    others = 'Unlike the others, Dan Moss backed the pier.\n\n"It is over," he said.\n'
    assert _speakers(others) == ["Dan Moss"]


WHETHER = (
    "Tom Hale said Sunday he was not asking whether Governor Pike is honest when he spoke of "
    'his "crooked ledger of lies" at the fair.\n'
)


def test_he_after_an_indirect_question_about_another_man_is_not_told() -> None:
    assert _speakers(WHETHER) == [None]
    # near miss: the indirect question's subject is a woman: "he" is Hale
    woman = WHETHER.replace("Governor Pike", "Governor Ann Pike").replace("his", "her")
    assert _speakers(woman) == ["Tom Hale"]
    # near miss: no other person in the sentence
    plain = 'Tom Hale said Sunday the fair was fine when he spoke of his "crooked ledger".\n'
    assert _speakers(plain) == ["Tom Hale"]


def test_the_unsure_pronoun_removes_a_false_other_speaker_flag(tmp_path: Path) -> None:
    (tmp_path / "left.txt").write_text("Fair row\n\n" + WHETHER, encoding="utf-8")
    right = 'Fair row\n\n"It is a crooked ledger of lies," Tom Hale said on Saturday.\n'
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    (match,) = comparison.left.quotes
    assert match.counterpart is not None
    assert not match.speaker_differs


FATHER = (
    "Governor Tom Hale spoke in the town on Monday.\n\n"
    "My father sold the farm to buy tinned food. The food spoiled in the barn.\n\n"
    'He also told his young friends that "the end is near."\n'
)


def test_he_does_not_reach_past_an_unnamed_person_for_an_older_name() -> None:
    assert _speakers(FATHER) == [None]
    said = FATHER.replace(
        "The food spoiled in the barn.", '"We live in the last days," my father often said.'
    )
    assert _speakers(said) == [None, None]
    # near miss: an unnamed woman does not stand for "he"
    mother = FATHER.replace("My father", "My mother")
    assert _speakers(mother) == ["Tom Hale"]
    # near miss: the father is named ("my father, Tom Hale")
    named = FATHER.replace("My father sold", "My father, Tom Hale, sold")
    assert _speakers(named) == ["Tom Hale"]
    # near miss: "the man" stands for the man last named, not someone new
    arrest = "Police arrested Tom Hale on Monday. The man was charged with theft.\n\n"
    arrest += 'He told reporters he was "innocent of everything."\n'
    assert _speakers(arrest) == ["Tom Hale"]


SECOND_HAND = (
    "Attorney General John Reyes called the suit baseless on Monday.\n\n"
    "Ann Pike, director of the Growers Guild, told reporters that the guild agrees with "
    'Reyes\' opinion that the suit is "without merit."\n'
)


def test_words_quoted_second_hand_are_the_owner_of_the_opinion_not_the_teller() -> None:
    assert _speakers(SECOND_HAND) == ["John Reyes"]
    curly = SECOND_HAND.replace("Reyes'", "Reyes\u2019")
    assert _speakers(curly) == ["John Reyes"]
    # near miss: no possessor of the opinion: the teller's words
    plain = SECOND_HAND.replace("Reyes' opinion", "the opinion")
    assert _speakers(plain) == ["Ann Pike"]


@given(
    st.from_regex(r"[A-Z][a-z]{1,8}s", fullmatch=True),
    st.sampled_from(["'", "\u2019"]),
    st.from_regex(r"[a-z]{1,8}", fullmatch=True),
)
def test_a_plural_possessive_is_one_possessive_word(name: str, mark: str, noun: str) -> None:
    text = f"{name}{mark} {noun} was read."
    first, second, *_ = read_tokens(text, 0, len(text))
    assert (first.text, first.possessive, first.end) == (name, True, len(name) + 1)
    assert (second.text, second.possessive) == (noun, False)
