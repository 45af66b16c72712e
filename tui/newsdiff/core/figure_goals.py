"""Is a figure one someone needs, aims at or expects rather than one that happened?

"Needing to gain roughly 35 seats", "hopes to win 30 seats", "the aim, set in March, was 40,000
homes" and "expects to hire 500" give figures that nobody has reached: a requirement, an aim, a
forecast. Told against a figure that happened ("won just six seats", "built 25,000 homes"),
they are two facts of one noun, never a disagreement; two outlets' figures of one aim are one
fact, and differ when the numbers do. Pure functions of a :class:`~newsdiff.core.claim.Claim`;
the clause's subject and main verb come from :func:`~newsdiff.core.clauses.read_clause`.
"""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.clause_words import AUXILIARIES, BE_FORMS, IRREGULAR, SUBORDINATORS
from newsdiff.core.clauses import read_clause
from newsdiff.core.figures import Figure, hedge_start
from newsdiff.core.verb_forms import verb_base, verb_like
from newsdiff.core.words import stem

NEED, AIM, FUTURE = "need", "aim", "future"
"""The kinds of goal: what is required (a threshold, an obligation), what someone wants, plans or
expects, and what *will* happen. "Needs 26 seats for a majority" and "hopes to win 30" are two
facts of one party; "plans to cut 500 jobs" and "will cut 800 jobs" are one, and so are "will cut
500 jobs" and "cuts 800 jobs" (a future act told as news), but not "hopes to cut 500 jobs" and
"cut 800 jobs" (an aim against an outcome)."""

PAST = "past"
"""Not a goal: a figure governed by a verb plainly in the past ("won", "has cut"), which a
figure that *will* be never is one with ("will last 6 weeks" / "lasted 9 weeks": a forecast
against the event). Read only by :func:`apart`; :func:`goal_kind` gives ``""`` for it."""

_KINDS: dict[str, str] = {
    **dict.fromkeys(
        "need needs needed needing require requires required requiring requirement "
        "requirements threshold must".split(),
        NEED,
    ),
    **dict.fromkeys(
        "target targets goal goals aim aims aiming want wants wanted wanting hope hopes hoped "
        "hoping plan plans planned planning seek seeks seeking sought try tries tried trying "
        "intend intends intended intending aspire aspires ambition objective expect expects "
        "expected expecting forecast forecasts predict predicts predicted projection ambitions "
        "objectives".split(),
        AIM,
    ),
    **dict.fromkeys("will shall".split(), FUTURE),
}
"""Words (as written, folded) that make a figure they govern a goal of a kind; "will" foretells
as "expects to" does ("will last 6 weeks" / "expect it to last nine weeks" disagree). "targeted"
and "aimed" are left out: "the strikes targeted 30 sites" tells what happened."""

_WITH_TO = frozenset(
    "try tries tried trying intend intends intended intending hope hopes hoped hoping aim aims "
    "aiming aspire aspires".split()
)
"""Verbs that give a goal only with "to" or "for" after them ("tried to win 30 seats", "hopes
for 30"), or as nouns with "of" ("hopes of 30 seats", "the aim of winning 30"): "a court tried
30 cases" happened."""

_NOUN_OF = frozenset("hope hopes aim aims".split())
"""Of :data:`_WITH_TO`, the nouns whose "of" names what is hoped or aimed at."""

_PACKAGING = frozenset("total maximum minimum number sum majority tally count".split())
"""Nouns whose "of" leads to the figure itself ("wants a total of 30 seats"); after any other
noun "of" names something else ("overturn the portion of Amendment 64")."""

_TIME_AFTER = frozenset("after ago later earlier before since".split())
"""Words after a duration that make it a time adverbial ("seeking justice 15 years after the
attacks"), never a goal."""

_SUBJECT_NOUNS = frozenset(
    "aim goal target threshold requirement ambition objective plan hope forecast projection".split()
)
"""A clause's subject that makes the figure after its copula a goal ("the aim, set in March,
was 40,000 homes")."""

_OBLIGED = frozenset("have has had having".split())
"""With a following "to": an obligation ("has to win 24 seats")."""

_FOR_VERBS = frozenset(stem(w) for w in "call push ask press lobby campaign appeal".split())
"""Verbs (by stem) whose "for" names what is wanted ("called for 40,000 homes", "is pressing
for 30 seats")."""

_SET_AT = frozenset("set put fixed pegged".split())
"""Verbs whose "at" names the figure aimed at ("the goal was set at 40 seats")."""

_PHRASE = frozenset("over in for during after before since within by at on from".split())
"""Prepositions that open another phrase: "will need extra funds over a 40-year span" does not
need the span, "needed help after 3 storms hit" does not need the storms."""

_BOUNDARY = SUBORDINATORS | frozenset(
    "and but or nor who whom which whose that when where while as than until".split()
)
"""Words that open another clause or join another predicate: the goal word does not reach past
them."""

_NEEDED_AFTER = frozenset("needed required".split())
"""Written just after a figure's noun, the figure after "the" ("the 24 seats needed for a
majority"), or after a copula ("26 seats are required"); not "26 people needed treatment",
which happened."""

_BREAK = frozenset(',;:.()[]—–"“”')

REACH = 12
"""Words read back from a figure for the verb that governs it (the clause ends it sooner)."""


def goal_kind(figure: Figure, claim: Claim) -> str:
    """The kind of goal ``figure`` is (:data:`NEED`, :data:`AIM`, :data:`FUTURE`), else ``""``.

    Read back from the figure (its hedge left out) through the verbs that govern it ("needs to
    win back at least 26 seats", "is trying to win 30"), up to the clause's finite verb, a
    clause boundary (punctuation, "after", "which", "and") or a preposition that opens another
    phrase: a goal word on the way (:data:`_KINDS`) makes the figure a goal; a copula whose
    subject, as the clause reader reads it, is an aim or a threshold does too ("the aim, set in
    March, was 40,000 homes"). "Needed" after the figure's noun makes it one when written "the
    26 seats needed" or "26 seats are required". "Will" makes it :data:`FUTURE`.
    """
    found = _kind(figure, claim)
    return "" if found == PAST else found


def _kind(figure: Figure, claim: Claim) -> str:
    """:func:`goal_kind`, or :data:`PAST` for a figure plainly told in the past."""
    key = (claim.text, figure.start, figure.end, figure.kind)
    found = _MEMORY.get(key)
    if found is None:
        if len(_MEMORY) >= 8192:
            _MEMORY.clear()
        found = _MEMORY[key] = _goal_kind(figure, claim)
    return found


_MEMORY: dict[tuple[str, int, int, str], str] = {}
"""Each figure's goal kind, by its sentence and place: a figure is asked about once per pair of
sentences it is compared in."""


def _goal_kind(figure: Figure, claim: Claim) -> str:
    words = claim.words
    first = hedge_start(claim.text, figure.start)
    index = [k for k, w in enumerate(words) if first <= w[2] < figure.end]
    if not index:
        return ""
    k = index[0]
    after = index[-1] + 1
    if figure.kind == "time" and after < len(words) and words[after][0] in _TIME_AFTER:
        return ""  # "15 years after the attacks": when, not what is sought
    found = _governing(claim, k)
    if found is None and k > 0:
        found = _set_off(claim, k, after)
    if found and found != PAST:
        return found
    return NEED if _needed_after(claim, figure, index[-1] + 1, k) else found or ""


def _governing(claim: Claim, k: int) -> str | None:
    """The goal kind the verbs before word ``k`` give it; ``None`` when none does. The clause
    is read only when a goal word or a copula is met (most figures meet neither)."""
    words, text = claim.words, claim.text
    verbs = 0  # verbs passed after "to" or an auxiliary ("said it would cut 500")
    passed: list[str] = []  # the bases of the words passed, and of those a clause may take
    finite: list[str] = []  # for its own verb (not after "to" or an auxiliary)
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        if _BREAK.intersection(text[words[j][3] : words[j + 1][2]]):
            return None
        word = words[j][0]
        previous = words[j - 1][0] if j else ""
        if j and text[words[j][2]].isupper():
            continue  # a name ("Target", "Hope"), not a goal word
        kind = ""
        following = words[j + 1][0]
        if word in _KINDS and (
            word not in _WITH_TO
            or following in ("to", "for")
            or (following == "of" and word in _NOUN_OF)
        ):
            kind = _KINDS[word]
        elif word == "to" and previous in _OBLIGED:
            kind = NEED
        elif word == "for" and (previous in _KINDS or verb_base(previous) in _FOR_VERBS):
            kind = _KINDS.get(previous, AIM)  # "aims for 30 seats", "called for 40,000 homes"
        if kind:
            return None if _past_the_verb(text, finite) else kind
        if word == "at" and previous in _SET_AT:
            continue
        if word == "of" and previous not in _PACKAGING and previous not in _KINDS:
            return None  # "the portion of Amendment 64": another noun's "of"
        if word in _PHRASE or word in _BOUNDARY:
            return None
        if word in BE_FORMS:
            if _past_the_verb(text, finite):
                return None
            clause = read_clause(text)
            for read in (clause, clause.core):
                if read.subject in _SUBJECT_NOUNS and (read.verb == "be" or read.verb in passed):
                    return _KINDS.get(read.subject, AIM)
            return None
        if word in AUXILIARIES:
            continue
        # "hopes of winning 30 seats": the gerund of a goal noun's "of" is what it aims at
        aimed = previous in ("of", "for") and j > 1 and words[j - 2][0] in _KINDS
        infinitive = previous == "to" or previous in AUXILIARIES or aimed
        if infinitive and previous in _PERFECT and not verbs:
            return PAST  # "has cut 800 jobs"
        if not infinitive and verb_like(word, previous):
            return PAST if not verbs and _plain_past(word) else None  # "won 30 seats"
        passed.append(verb_base(word))
        verbs += infinitive
        if not infinitive:
            finite.append(passed[-1])
    return None


_PERFECT = frozenset("has have had".split())
"""Auxiliaries of the perfect: the verb after them tells what has happened ("has cut 800")."""


def _plain_past(word: str) -> bool:
    """Is ``word`` (a finite verb) plainly past ("won", "lasted"), not a present or a form
    that is both ("cut", "put")?"""
    base = IRREGULAR.get(word)
    if base is not None:
        return base != word and not word.endswith("s")
    return word.endswith("ed")


_PAST_TIMES = frozenset("ago yesterday already previously".split())
"""Words that place what a sentence tells in the past ("two years ago", "already cut")."""

_LAST = frozenset(
    "week month year night weekend summer spring autumn fall winter monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
"""Words after "last" that name a past time ("last year"; not "the last 500 jobs")."""


def _told_past(claim: Claim) -> bool:
    """Does the sentence place what it tells in the past ("two years ago", "last week",
    "already")? Read only for a figure a *will* is compared with."""
    folded = [w[0] for w in claim.words]
    return not _PAST_TIMES.isdisjoint(folded) or any(
        w == "last" and n in _LAST for w, n in zip(folded, folded[1:], strict=False)
    )


def apart(a: Figure, left: Claim, b: Figure, right: Claim) -> bool:
    """Are ``a`` and ``b`` of goal kinds that are never one quantity, whatever their nouns?

    A goal of one kind is never a goal of another, nor a figure that happened; what *will*
    happen (:data:`FUTURE`) is one with what someone plans or expects and with a figure told
    as news ("will cut 500 jobs" / "cuts 800 jobs"), but not with what is needed or with a
    figure plainly in the past ("will last 6 weeks" / "lasted 9 weeks").
    """
    one, other = _kind(a, left), _kind(b, right)
    if FUTURE in (one, other) and "" in (one, other):
        told = left if one == "" else right  # "cut 800 jobs last year" is plainly past
        one, other = (PAST if k == "" and _told_past(told) else k for k in (one, other))
    if one == other:
        return False
    if FUTURE in (one, other):
        return bool({one, other} & {NEED, PAST})
    return (one or PAST) != (other or PAST)


_GOAL_NOUNS = _SUBJECT_NOUNS | frozenset(
    "aims goals targets thresholds requirements ambitions objectives plans hopes".split()
)
"""Nouns that make a figure set off after them a goal ("the council's goal: 40,000 homes")."""


def _set_off(claim: Claim, k: int, after: int) -> str | None:
    """The goal kind of a figure set off by a colon, dash or comma after a goal noun, or after
    a goal noun, its copula and a word or two ("the council's goal: 40,000 homes", "the aim is
    clear: 40,000 homes", "its target — 40,000 homes — was missed"); only when the figure's
    phrase has no verb of its own ("under the plan, 40,000 homes will be built" is read by the
    verbs). ``k``: the figure's first word, ``after``: the word after it."""
    words, text = claim.words, claim.text
    gap = text[words[k - 1][3] : words[k][2]]
    if not {":", "—", "–", ","} & set(gap) or set(gap) & {".", ";", "(", ")", '"', "“", "”"}:
        return None
    for j in range(after, len(words)):
        if _BREAK.intersection(text[words[j - 1][3] : words[j][2]]):
            break
        word = words[j][0]
        if (
            word in BE_FORMS
            or word in AUXILIARIES
            or verb_like(text[words[j][2] : words[j][3]], words[j - 1][0])
        ):
            return None
    for back in range(k - 1, max(-1, k - 5), -1):
        word = words[back][0]
        if word in _GOAL_NOUNS and not text[words[back][2]].isupper():
            between = [w[0] for w in words[back + 1 : k]]
            if not between or (between[0] in BE_FORMS and len(between) <= 3):
                return _KINDS.get(word, AIM)
            return None
        if back < k - 1 and _BREAK.intersection(text[words[back][3] : words[back + 1][2]]):
            return None
    return None


def _past_the_verb(text: str, passed: list[str]) -> bool:
    """Did the walk pass the clause's own verb ("the party that needs help wins 30 seats":
    "wins", which only the clause reader knows for a verb)?"""
    if not passed:
        return False
    clause = read_clause(text)
    return not ({clause.verb, clause.core.verb} - {""}).isdisjoint(passed)


def _needed_after(claim: Claim, figure: Figure, noun: int, k: int) -> bool:
    """ "the 26 seats needed for a majority", "26 seats are required" (``noun``: the word
    after the figure, its noun)."""
    words, text = claim.words, claim.text
    after = [w[0] for w in words[noun + 1 : noun + 3]]
    unbroken = [_BREAK.isdisjoint(text[figure.end : w[2]]) for w in words[noun + 1 : noun + 3]]
    if after[:1] and after[0] in BE_FORMS:  # "26 seats are required"
        return after[1:2] != [] and after[1] in _NEEDED_AFTER and unbroken[1]
    # "the 26 seats needed for a majority", not "26 people needed treatment"
    return (
        bool(after)
        and after[0] in _NEEDED_AFTER
        and unbroken[0]
        and k > 0
        and words[k - 1][0] == "the"
    )
