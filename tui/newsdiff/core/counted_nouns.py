"""What a count counts: nouns that name one group two ways ("residents" / "people",
"signatures" / the people who signed), the fate a count of people is told of ("killed",
"injured"), and whether a figure is one someone needs or aims at ("needing 35 seats") rather
than one that happened, for the figure conflicts of :mod:`newsdiff.core.disagreements`."""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.figure_goals import apart, goal_kind
from newsdiff.core.figures import Figure, agree
from newsdiff.core.words import stem

_FATES = {
    **dict.fromkeys(
        (stem(w) for w in "killed dead died deaths death dying fatalities kill kills".split()),
        "dead",
    ),
    **dict.fromkeys(
        (stem(w) for w in "injured wounded hurt injuries injuring injure".split()), "hurt"
    ),
    **dict.fromkeys((stem(w) for w in "missing".split()), "missing"),
    **dict.fromkeys((stem(w) for w in "arrested detained held".split()), "held"),
    **dict.fromkeys((stem(w) for w in "evacuated displaced rescued".split()), "moved"),
}
"""What happened to the people a count counts, as news reports it: "12 killed" and "30
injured" count two things, however alike the sentences."""

FATE_REACH = 3
"""Words on either side of a count read for its fate ("killed at least 12 people", "12 people
were killed")."""


def fate(figure: Figure, claim: Claim) -> set[str]:
    """The fates named within :data:`FATE_REACH` words of a count (usually none)."""
    words = claim.words
    index = [k for k, w in enumerate(words) if figure.start <= w[2] < figure.end]
    if not index:
        return set()
    low, high = max(0, index[0] - FATE_REACH), min(len(words), index[-1] + FATE_REACH + 1)
    return {_FATES[w[1]] for w in words[low:high] if w[1] in _FATES}


def goal(figure: Figure, claim: Claim) -> bool:
    """Is ``figure`` a requirement, aim or forecast rather than a figure that happened
    (:func:`~newsdiff.core.figure_goals.goal_kind`)?"""
    return bool(goal_kind(figure, claim))


def two_counts(a: Figure, b: Figure, left: Claim, right: Claim) -> bool:
    """Are ``a`` and ``b`` two facts however alike their nouns: counts told of different fates
    ("killed 12" / "injured 30"), a goal against a figure that happened, or two kinds of goal
    ("needs 26 seats" / "hopes to win 30", :func:`~newsdiff.core.figure_goals.apart`)?"""
    if a.kind == "count" and (told := fate(a, left)):  # each fate read once (usually none)
        other = fate(b, right)
        if other and not told & other:
            return True
    # a goal and an outcome that agree are one count told two ways ("hopes to ask dozens of
    # questions" / "has four dozen questions"): only differing ones are two facts; agreement
    # is asked first, as it is cheap and most compared figures agree (no goal read for them)
    return not agree(a, b) and apart(a, left, b, right)


PEOPLE = frozenset(
    stem(w)
    for w in "people persons residents civilians workers staff employees inhabitants villagers "
    "citizens individuals men women children passengers migrants refugees patients "
    "attendees supporters protesters demonstrators participants marchers voters "
    "signatures signatories signers dead victims".split()
)
"""Nouns that count people: "1,200 people" and "1,900 residents" can be one count, and so can
"28,000 attendees" and "100,000 supporters" of one event. A petition's "signatures" are
counted by the people who signed it ("signed by 1.8 million people")."""


MEASURES_TAKEN = frozenset(stem(w) for w in "steps actions measures".split())
"""Nouns that count what someone does about something: "23 steps" and "19 actions" of one
plan are one count."""


def noun_group(noun: str | None) -> str:
    """The group a counted noun belongs to (``"people"``, ``"measures"``), else ``""``: two
    counts of one group, in one claim, may be one count named two ways."""
    if noun in PEOPLE:
        return "people"
    if noun in MEASURES_TAKEN:
        return "measures"
    return ""
