"""What a count counts: nouns that name one group two ways ("residents" / "people",
"signatures" / the people who signed), the fate a count of people is told of ("killed",
"injured"), and whether a figure is one someone needs or aims at ("needing 35 seats") rather
than one that happened, for the figure conflicts of :mod:`newsdiff.core.disagreements`."""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.figures import Figure, hedge_start
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


GOAL_REACH = 3
"""Words before a figure (its hedge excluded) read for a word of need or aim ("needing to gain
roughly 35 seats", "a target of 40 seats", "would have to win 24")."""

_GOAL_WORDS = frozenset(
    "need needs needed needing require requires required requiring requirement target targets "
    "goal goals aim aims aiming threshold must".split()
)
"""Words (as written, folded) that make the figure they govern one that is needed, required or
aimed at: a requirement, a target, a goal, a threshold or an obligation. "targeted" and "aimed"
are left out: "the strikes targeted 30 sites" tells what happened."""

_OBLIGED = frozenset("have has had having".split())
"""With a following "to": an obligation ("has to win 24 seats")."""

_NEEDED_AFTER = frozenset("needed required".split())
"""Written just after a figure's noun, the figure after "the" ("the 24 seats needed for a
majority"), or after a copula ("26 seats are required"); not "26 people needed treatment",
which happened."""

_COPULA = frozenset("is are was were be been".split())

_PHRASE = frozenset("over in for during after before since within by at on".split())
"""Prepositions that open another phrase: "will need extra funds over a 40-year span" does not
need the span."""

_BREAK = frozenset(',;:.()[]—–"“”')


def goal(figure: Figure, claim: Claim) -> bool:
    """Is ``figure`` a requirement, target, goal or threshold rather than a figure that happened?

    "Needing to gain roughly 35 seats" and "picked up just six seats" count one noun but two
    facts: what a party needed and what it won. A word of need or aim (:data:`_GOAL_WORDS`) or
    a "have to" within :data:`GOAL_REACH` words before the figure, or "needed" / "required"
    after its noun (:data:`_NEEDED_AFTER`), makes it a goal; punctuation or a preposition
    (:data:`_PHRASE`) between ends the reach. Two goals, or two outcomes, are still one
    quantity ("needs 35 seats" / "needs 30 seats" conflict).
    """
    words = claim.words
    first = hedge_start(claim.text, figure.start)
    index = [k for k, w in enumerate(words) if first <= w[2] < figure.end]
    if not index:
        return False
    text = claim.text
    k = index[0]
    for j in range(k - 1, max(-1, k - 1 - GOAL_REACH), -1):
        if _BREAK.intersection(text[words[j][3] : words[j + 1][2]]):
            break
        word = words[j][0]
        if word in _PHRASE:
            break
        if word in _GOAL_WORDS or (word == "to" and j > 0 and words[j - 1][0] in _OBLIGED):
            return True
    noun = index[-1] + 1
    after = [w[0] for w in words[noun + 1 : noun + 3]]
    unbroken = [_BREAK.isdisjoint(text[figure.end : w[2]]) for w in words[noun + 1 : noun + 3]]
    if after[:1] and after[0] in _COPULA:  # "26 seats are required"
        return after[1:2] != [] and after[1] in _NEEDED_AFTER and unbroken[1]
    # "the 26 seats needed for a majority", not "26 people needed treatment"
    return (
        bool(after)
        and after[0] in _NEEDED_AFTER
        and unbroken[0]
        and k > 0
        and words[k - 1][0] == "the"
    )


def two_counts(a: Figure, b: Figure, left: Claim, right: Claim) -> bool:
    """Are ``a`` and ``b`` two facts however alike their nouns: counts told of different fates
    ("killed 12" / "injured 30"), or a goal against a figure that happened (:func:`goal`)?"""
    if a.kind == "count" and (told := fate(a, left)):  # each fate read once (usually none)
        other = fate(b, right)
        if other and not told & other:
            return True
    return goal(a, left) != goal(b, right)


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
