"""Evidence keeps a hyphenated compound whole: *Dunmore-Mart* agrees as one word, not *Dunmore*
and *Mart*, and emphasis marks the whole compound on both sides (#19, evidence). Scoring and
the claim check still read the parts (so scores do not change). A compound of names is the
exception (#19, evidence13): *Ostel* of *Varnia-Ostel* is a name of its own and agrees as that
name where the other sentence writes it on its own; emphasis marks it inside the compound.
Every text is invented."""

from __future__ import annotations

import re

from app_factory import build
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claims import MAX_AGREE, Evidence, check_claims, read_claim
from newsdiff.core.emphasis import emphasis
from newsdiff.core.evidence import agree_as_written
from newsdiff.core.words import STOPWORDS

LEFT = "Dunmore-Mart shoppers filed a class-action suit against the state-run ferry company."
RIGHT = "A class action suit was filed against Dunmore-Mart by shoppers and the ferry company."


def agree(left: str, right: str) -> tuple[str, ...]:
    return check_claims(read_claim(left), read_claim(right), verbatim=30.0).evidence.agree


def test_a_compound_both_write_is_one_agreeing_word() -> None:
    words = agree(LEFT, RIGHT)
    assert "Dunmore-Mart" in words and "class-action" in words
    assert not {"Dunmore", "Mart", "class", "action"} & set(words)
    # written as the other sentence writes it, hyphen or space
    assert "class action" in agree_as_written(words, RIGHT)
    assert "class-action" in agree(RIGHT, LEFT) or "class action" in agree(RIGHT, LEFT)
    # an abbreviation's compound too, and the other's part of a compound is not its word
    words = agree("Envoy calls the visit harmful to U.K.-Norway ties.", "U.K.-Norway ties fray.")
    assert "U.K.-Norway" in words and "Norway" not in words
    seen = agree_as_written(("state",), "Two states sued the state-run pier company.")
    assert seen == ("states",)


def test_a_part_of_a_compound_the_other_does_not_write_is_no_evidence() -> None:
    """*state-run* / no *state*: *run* and *state* are parts, not the other's words."""
    words = agree(LEFT, RIGHT)
    assert not {"state", "run", "state-run"} & {w.casefold() for w in words}
    assert "ferry" in words and "company" in words  # the plain words still agree


def test_emphasis_covers_the_whole_compound_on_both_sides() -> None:
    left = "Dunmore-Mart faces a class-action suit, the harbour paper reported on Friday."
    right = "Lawyers for shoppers brought the class action against Dunmore-Mart this spring."
    words = agree(left, right)
    comparison = build([left], [right], [(0, 0, "paraphrased", 60.0, Evidence(words))])
    for side, text in (("left", left), ("right", right)):
        found = emphasis(comparison, side, 0)
        assert found.kind == "evidence"
        marked = {text[s:e] for s, e in found.spans}
        assert "Dunmore-Mart" in marked
        assert ("class-action" if side == "left" else "class action") in marked


NAMES_LEFT = "Talks on Varnia-Ostel trade resumed in Karsk after the Brell-Tamsin meeting."
NAMES_RIGHT = "Ostel said trade talks resumed, and Tamsin called it useful."


def test_a_name_inside_a_compound_of_names_agrees_as_that_name() -> None:
    """*Varnia-Ostel* / *Ostel*, *Brell-Tamsin* / *Tamsin*: both sentences name Ostel and
    Tamsin, whichever writes the pair (the other writes neither pair)."""
    words = agree(NAMES_LEFT, NAMES_RIGHT)
    assert "Ostel" in words and "Tamsin" in words
    assert not {"Varnia", "Brell", "Varnia-Ostel", "Brell-Tamsin"} & set(words)
    words = agree(NAMES_RIGHT, NAMES_LEFT)
    assert "Ostel" in words and "Tamsin" in words
    # beside the sentence of the pair, the name as it writes it there (India’s → India)
    assert agree_as_written(("Ostel’s",), NAMES_LEFT) == ("Ostel",)


def test_emphasis_marks_the_name_inside_the_compound() -> None:
    left = "Varnia-Ostel trade talks collapsed, the harbour paper reported on a windy Friday."
    right = "Ostel walked out of the talks in Karsk late this spring, officials confirmed."
    words = agree(left, right)
    assert "Ostel" in words
    comparison = build([left], [right], [(0, 0, "paraphrased", 60.0, Evidence(words))])
    found = emphasis(comparison, "left", 0)
    assert found.kind == "evidence"
    assert (left.index("Ostel"), left.index("Ostel") + 5) in found.spans  # inside Varnia-Ostel
    assert not any(left[s:e] in {"Varnia", "Varnia-Ostel"} for s, e in found.spans)
    found = emphasis(comparison, "right", 0)
    assert (0, 5) in found.spans


def test_a_part_of_other_compounds_still_is_no_evidence() -> None:
    """A compound with a lower-case part is a modifier (*Ostel-led*, *pro-Ostel*, a capitalised
    prefix too); a name is capitalised where the other writes it (*turkey* is no *Turkey*)."""
    assert "Ostel" in agree(
        "The Varnia-Ostel talks resumed in Karsk.", "Ostel said the talks resumed."
    )
    for left in (
        "The Ostel-led talks resumed in Karsk.",
        "The pro-Ostel talks resumed in Karsk.",
        "Pro-Ostel talks resumed in Karsk.",
    ):
        assert "Ostel" not in agree(left, "Ostel said the talks resumed.")
        assert "Ostel" not in agree("Ostel said the talks resumed.", left)
    assert "Turkey" in agree("Varnia-Turkey talks.", "Turkey talks.")
    assert not {"Turkey", "turkey"} & set(agree("Varnia-Turkey talks.", "A turkey talks."))


def test_a_store_of_two_capitalised_parts_is_a_compound_of_names() -> None:
    """*Dunmore-Mart*: both parts capitalised, so *Mart* on its own agrees; a lower-case
    *mart* does not; *Dunmore Mart* agrees as the whole compound."""
    assert "Mart" in agree("Dunmore-Mart shoppers sued.", "Mart shoppers sued.")
    assert "Mart" not in agree("Dunmore-Mart shoppers sued.", "The mart shoppers sued.")
    assert "Dunmore-Mart" in agree("Dunmore-Mart shoppers sued.", "Dunmore Mart shoppers sued.")


PLAIN = ["shoppers", "ferry", "company", "suit", "harbour", "council", "filed", "against", "the"]
COMPOUNDS = [
    "Dunmore-Mart",
    "class-action",
    "state-run",
    "son-in-law",
    "pier-side",
    "two-thirds",
    "U.K.-Norway",
    "Norway-led",
    "Pro-Norway",
]
NAME_COMPOUNDS = {"Dunmore-Mart": ("Dunmore", "Mart"), "U.K.-Norway": ("Norway",)}
"""The compounds of names of ``COMPOUNDS`` (every part capitalised, no prefix), and the names
in them that are content words (``U.K.`` is not)."""
SPLIT = [
    "Dunmore Mart",
    "class action",
    "state",
    "states",
    "run",
    "son",
    "law",
    "pier",
    "side",
    "two",
    "Norway",
    "U.K. Norway",
    "Dunmore",
    "Mart",
    "mart",
]
_HYPHENS = "\\-\u2010\u2011"


def _whole_in(word: str, text: str) -> bool:
    """``word`` stands in ``text`` as whole words, with no hyphen or word character beside it."""
    pattern = rf"(?<![\w{_HYPHENS}]){re.escape(word.casefold())}(?![\w{_HYPHENS}])"
    return re.search(pattern, text.casefold()) is not None


SENTENCE = st.lists(st.sampled_from(PLAIN + COMPOUNDS + SPLIT), min_size=2, max_size=12).map(
    lambda words: " ".join(words) + "."
)


def _alone_in(name: str, text: str) -> bool:
    """``name`` written capitalised on its own in ``text`` (no hyphen beside it)."""
    return re.search(rf"(?<![\w{_HYPHENS}.]){re.escape(name)}(?![\w{_HYPHENS}])", text) is not None


def _pair_written(name: str, text: str) -> bool:
    """``text`` writes a compound of names holding ``name`` (hyphenated or apart)."""
    return any(
        name in parts and _whole_in(form, text)
        for compound, parts in NAME_COMPOUNDS.items()
        for form in (compound, compound.replace("-", " "))
    )


def _name_in_pair(word: str, text: str, other: str) -> bool:
    """``word`` is a name inside a compound of names of ``text``, and ``other`` writes it on
    its own: the one way a part of a compound agrees."""
    return _alone_in(word, other) and any(
        word in parts and _whole_in(compound, text) for compound, parts in NAME_COMPOUNDS.items()
    )


def _title_case(text: str) -> bool:
    """Beside one of its compounds, three words of four letters or more that are no
    stopwords, all capitalised (a headline, where a capital says nothing)."""
    for compound in re.finditer(rf"\S+[{_HYPHENS}]\S+", text):
        words = [
            w.group(0)
            for w in re.finditer(r"[^\W\d_]{4,}", text)
            if not compound.start() <= w.start() < compound.end()
            and w.group(0).casefold() not in STOPWORDS
        ]
        if len(words) >= 3 and all(w[0].isupper() for w in words):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(SENTENCE, SENTENCE)
def test_every_agreeing_word_is_a_whole_word_or_a_name_of_a_pair(left: str, right: str) -> None:
    """Each agreeing word is written whole in the left sentence, and as the right sentence
    writes it, whole there — or it is a name inside a compound of names (*U.K.-Norway*,
    *Dunmore-Mart*) that the other sentence writes capitalised on its own, and then it does
    agree: never a fragment of another hyphenated word (*Norway-led*, *Pro-Norway*,
    *state-run*), never a part the other sentence writes only inside a compound. (A word
    agrees once: a name already inside an agreeing compound, *Norway-led*, is not repeated.)

    (Changed on purpose by #19 evidence13: pairview12's property had every agreeing word
    whole on both sides; a name inside a name pair is now evidence again. And by people20: in
    a Title Case sentence a capital says nothing, so there a pair of capitalised words is not
    taken for names and need not agree, ``_title_case``.)"""
    words = agree(left, right)
    for word in words:
        assert _whole_in(word, left) or _name_in_pair(word, left, right), (word, left, right)
    for theirs in agree_as_written(words, right):
        assert _whole_in(theirs, right) or _name_in_pair(theirs, right, left), (theirs, right)
    if len(words) == MAX_AGREE:
        return  # the rest are cut off
    folded = {part for word in words for part in re.split(rf"[\s{_HYPHENS}]", word.casefold())}
    for name in ("Dunmore", "Mart", "Norway"):
        for mine, theirs in ((left, right), (right, left)):
            if (
                _name_in_pair(name, mine, theirs)
                and not _title_case(mine)
                and not _alone_in(name, mine)
                and not _pair_written(name, theirs)
            ):
                assert name.casefold() in folded, (name, left, right, words)
