"""What two claims of one fact disagree on: figures, polarity, predictions, people (dates and
places: :mod:`newsdiff.core.date_places`; conversions: :mod:`newsdiff.core.conversions`).

Also whether they share enough context for a difference to be a conflict at all. Pure functions of
two claims (:class:`~newsdiff.core.claim.Claim`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.agent_names import agents, same_agents
from newsdiff.core.claim import Claim, fold, polarity
from newsdiff.core.count_groups import one_group
from newsdiff.core.counted_nouns import fate, noun_group, two_counts
from newsdiff.core.figure_goals import apart
from newsdiff.core.figures import Figure, agree, hedge_start
from newsdiff.core.job_titles import HEAD_STEMS, different_jobs, same_job, title_index
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.people import same_given_name
from newsdiff.core.polarity import ANTONYMS, said_since
from newsdiff.core.side_figures import side_context
from newsdiff.core.time_frames import same_frame
from newsdiff.core.words import stem


def figure_check(left: Claim, right: Claim) -> tuple[tuple[str, ...], list[Disagreement], bool]:
    """Agreeing figures, disagreeing figures of one quantity, and "counts of different things".

    Two figures measure one quantity when they have the same unit or currency and count the
    same noun. Where a sentence states several figures of one kind and some agree, the others
    of that kind are taken to measure other quantities (a duration that agrees says nothing
    of an amount of money that does not). A percentage without its noun, or two counts of
    differently named things, are compared only when each sentence states one such figure and
    the rest of their claims match; a goal never with a figure that happened ("needs 35 seats"
    / "won six seats": :func:`~newsdiff.core.counted_nouns.two_counts`). "Counts of different
    things" is true when both sentences state counted figures, none is comparable with the
    other side's, and no value is shared.
    """
    agreeing: list[str] = []
    agreed: set[tuple[str, str]] = set()
    candidates: list[tuple[Figure, Figure]] = []
    comparable = False
    context = same_context(left, right)
    for a in left.figures:
        partners = [b for b in right.figures if _comparable(a, b, left, right, context)]
        if not partners:
            continue
        comparable = True
        if any(agree(a, b) for b in partners):
            agreeing.append(left.text[a.start : a.end])
            agreed.add(_measure(a))
        else:
            candidates.append((a, partners[0]))
    differing: list[tuple[Figure, Figure]] = []
    for a, b in candidates:
        if _measure(a) in agreed:
            continue  # another data point of a quantity the two agree on elsewhere
        if any(agree(c, b) for c in left.figures if c.kind == b.kind) or any(
            agree(a, c) for c in right.figures if c.kind == a.kind
        ):
            continue
        differing.append((a, b))
    disagreeing = [
        _figure_pair(left, right, a, b) for a, b in _whole_tallies(left, right, differing)
    ]
    counted_left = [a for a in left.figures if a.kind == "count" and a.noun]
    counted_right = [b for b in right.figures if b.kind == "count" and b.noun]
    left_values = _values(left.figures)
    right_values = _values(right.figures)
    different_things = (
        bool(counted_left)
        and bool(counted_right)
        and not comparable
        and not left_values & right_values
    )
    return tuple(agreeing), disagreeing, different_things


def _whole_tallies(
    left: Claim, right: Claim, differing: list[tuple[Figure, Figure]]
) -> list[tuple[Figure, Figure]]:
    """A tally whose two numbers both differ ("52-48" / "51-49") is one disagreement, from the
    first number to the second on each side."""
    by_noun = {a.noun: (a, b) for a, b in differing}
    first, second = by_noun.get("tally:1"), by_noun.get("tally:2")
    if first is None or second is None:
        return differing
    (a1, b1), (a2, b2) = first, second
    whole = (
        Figure(a1.value, a1.low, a1.high, "count", "tally", a1.start, a2.end),
        Figure(b1.value, b1.low, b1.high, "count", "tally", b1.start, b2.end),
    )
    return [pair for pair in differing if pair not in (first, second)] + [whole]


def _figure_pair(left: Claim, right: Claim, a: Figure, b: Figure) -> Disagreement:
    # a bound is part of what is said ("at least 12" / "nine", "at least 48" / "almost 48");
    # "about" and "some" are shown only when the numbers are the same
    same = round(a.value, 6) == round(b.value, 6)
    ls = hedge_start(left.text, a.start) if same or a.bounded else a.start
    rs = hedge_start(right.text, b.start) if same or b.bounded else b.start
    return Disagreement(
        "figure", left.text[ls : a.end], right.text[rs : b.end], (ls, a.end), (rs, b.end)
    )


def values_in_common(left: Claim, right: Claim) -> tuple[str, ...]:
    """Figures of the left sentence whose exact value the right one also states."""
    values = _values(right.figures)
    return tuple(left.text[a.start : a.end] for a in left.figures if _values((a,)) & values)


def _values(found: Sequence[Figure]) -> set[float]:
    """The values figures state: each one's, and both ends of a written range."""
    return {round(v, 6) for f in found for v in (f.value, *f.ends)}


def _measure(figure: Figure) -> tuple[str, str]:
    """What a figure measures, for telling data points apart: its kind and noun group."""
    return figure.kind, noun_group(figure.noun) or figure.noun or ""


def _comparable(a: Figure, b: Figure, left: Claim, right: Claim, context: bool) -> bool:
    if a.kind != b.kind or (a.kind == "time" and not same_frame(a, b, left, right)):
        return False
    if two_counts(a, b, left, right):
        return False  # "killed 12 workers" / "injured 30 workers", "needs 35" / "won six"
    if a.noun is not None and a.noun == b.noun:
        return True
    if not context or not _single(left, a.kind) or not _single(right, b.kind):
        return False
    if a.kind == "count":
        return noun_group(a.noun) == noun_group(b.noun) != "" and one_group(
            a, b, left, right, SAME_CONTEXT
        )
    return a.noun is None and b.noun is None


def _single(claim: Claim, kind: str) -> bool:
    return sum(1 for f in claim.figures if f.kind == kind) == 1


SAME_CONTEXT = 0.5
"""Share of the smaller set of claim words (figure nouns left out) two sentences must have in
common for their counts of differently named things to be compared."""


DATE_CONTEXT = 0.7
"""Share of claim words in common before two sentences' dates or places are compared: a
sentence often dates several events ("signed on Tuesday … the club said on Wednesday")."""


def same_context(
    left: Claim, right: Claim, share: float = SAME_CONTEXT, names: bool = False
) -> bool:
    """At least ``share`` of the smaller set of claim words (figure nouns left out, names in
    with ``names``) in common."""
    a, b = left.claim_words, right.claim_words
    if left.figures or right.figures:  # cheap: most sentences state no figure
        nouns = _figure_nouns(left, right)
        a, b = a - nouns, b - nouns
    if names:
        a, b = a | left.who, b | right.who
    if not a or not b:
        return False
    return len(a & b) >= share * min(len(a), len(b))


CONTEXT_WORDS = 2
"""Claim words two sentences must share, besides what they disagree on, before a disagreement
is a conflict: "He pleaded guilty" says too little to contradict "Manafort has pleaded not
guilty to charges of money laundering"."""


def shared_context(
    left: Claim, right: Claim, contested: frozenset[str] = frozenset(), names: bool = False
) -> bool:
    """Do the two sentences make the same claim apart from ``contested`` (and their figures)?

    At least :data:`CONTEXT_WORDS` claim words in common, and :data:`SAME_CONTEXT` of the
    smaller sentence's claim words. With ``names``, the names count as claim words: who the
    claim is about is half of it, and a short sentence ("Reports say Trump will meet the
    Queen") has few other words to share.
    """
    # ``claim_words - nouns - contested``, no set made for an empty difference (tested)
    a, b = left.claim_words, right.claim_words
    dropped: frozenset[str] | set[str] = contested
    if left.figures or right.figures:  # cheap: most sentences state no figure
        dropped = _figure_nouns(left, right) | contested
    if dropped:
        a, b = a - dropped, b - dropped
    if names and contested:
        a, b = a | (left.who - contested), b | (right.who - contested)
    elif names:
        a, b = a | left.who, b | right.who
    common = len(a & b)
    return common >= CONTEXT_WORDS and common >= SAME_CONTEXT * min(len(a), len(b))


def _figure_nouns(left: Claim, right: Claim) -> set[str]:
    """The nouns the two sentences' figures count (left out of the claim words compared)."""
    return {f.noun for f in left.figures + right.figures if f.noun}


def polarity_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    result: list[Disagreement] = []
    if not left.polar and not right.polar:
        return []  # neither sentence negates anything nor uses an antonym: same polarity
    if not (left.polar and right.polar) and not _may_oppose(left, right):
        return []
    left_polarity, left_spans = polarity(left)
    right_polarity, right_spans = polarity(right)
    for concept, sign in left_polarity.items():
        other = right_polarity.get(concept)
        if not sign or not other or other == sign:
            continue
        plain = concept.removeprefix("q:")
        if plain in left.names | right.names:
            continue
        if not shared_context(left, right, _contested(plain) | VAGUE_WORDS):
            continue
        ls, le = left_spans[concept]
        rs, re_ = right_spans[concept]
        if said_since(left.text, le) != said_since(right.text, re_):
            continue  # "has not been seen since Friday" / "was last seen on Friday": one fact
        result.append(
            Disagreement("polarity", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))
        )
    return result


def _may_oppose(left: Claim, right: Claim) -> bool:
    """Whether the polar one of two claims (the other neither negates nor uses an antonym)
    denies a predicate the other may affirm: the other's predicates are its own words' stems,
    all affirmed, so without one of them among the polar claim's denied concepts the two
    cannot disagree, and the other's polarity need not be read."""
    polar, plain = (left, right) if left.polar else (right, left)
    denied = [
        concept.removeprefix("q:") for concept, sign in polarity(polar)[0].items() if sign < 0
    ]
    return bool(denied) and not {stemmed for _, stemmed, _, _ in plain.words}.isdisjoint(denied)


VAGUE_WORDS = frozenset(
    stem(w)
    for w in "many much more most several some few one other others ahead also still again "
    "even just only now then".split()
)
"""Quantifiers and adverbs that say nothing of what is claimed ("many cases" / "many
companies", "one party" / "one-on-one talks", "ahead of his speech" / "the week ahead"): not
context for a polarity conflict, whose two sentences share every other word by chance."""


def _contested(concept: str) -> frozenset[str]:
    """The stems a polarity disagreement is about: the concept and its antonyms."""
    stems = {concept}
    for positive, negative in ANTONYMS:
        if concept in positive or concept in negative:
            stems |= positive | negative
    return frozenset(stems)


ROUTE_PAIRS_PER_QUANTITY = 256
"""A quantity (a counted noun, a unit, a currency) named in more sentence pairs than this is a
topic of both articles, not one fact: its pairs are left to scoring."""


def disagreeing_fact_pairs(
    left: Sequence[Claim | None], right: Sequence[Claim | None]
) -> list[tuple[int, int]]:
    """Sentence pairs that state one quantity with values that do not agree, or give one person
    two jobs, in one claim.

    Scoring lowers pairs whose figures differ, so two outlets' figures for one fact often never
    become candidates. This route proposes them: the sentences count the same noun (people of
    any kind as one) or measure in one unit or currency, none of their figures of it agree, and
    they share the claim around it (:func:`figure_context`; or a side clause states the other's
    fact, :func:`~newsdiff.core.side_figures.side_context`) or give one agent's count of one
    named thing in other words (:func:`one_agents_count`); also pairs giving one person two
    jobs in one claim (:func:`title_disagreements`). The check decides: a pair is kept only
    when it explains its figures (a conflict or a conversion) or finds the title conflict.
    Indexed by quantity (titled surname): the work is the pairs sharing one, never all pairs.
    ``None`` marks a sentence that never links."""
    left_index = _by_quantity(left)
    right_index = _by_quantity(right)
    found: set[tuple[int, int]] = set()
    for key, lefts in left_index.items():
        rights = right_index.get(key)
        if not rights or len(lefts) * len(rights) > ROUTE_PAIRS_PER_QUANTITY:
            continue
        for i, ours in lefts:
            for j, theirs in rights:
                if (i, j) in found or any(agree(x, y) for x in ours for y in theirs):
                    continue
                if (a := left[i]) is None or (b := right[j]) is None:
                    continue
                if figure_context(a, b) or side_context(a, b):
                    found.add((i, j))
                elif key[0] == "count" and one_agents_count(a, b):
                    found.add((i, j))
    return sorted(found | _disagreeing_title_pairs(left, right))


def _disagreeing_title_pairs(
    left: Sequence[Claim | None], right: Sequence[Claim | None]
) -> set[tuple[int, int]]:
    """Sentence pairs giving one titled person two jobs in one claim."""
    left_index, right_index = _by_titled_surname(left), _by_titled_surname(right)
    found: set[tuple[int, int]] = set()
    for surname, lefts in left_index.items():
        rights = right_index.get(surname)
        if not rights or len(lefts) * len(rights) > ROUTE_PAIRS_PER_QUANTITY:
            continue  # a person titled all through both articles is their topic
        for i, ours in lefts:
            for j, theirs in rights:
                if ours == theirs or all(same_job(x, y) for x in ours for y in theirs):
                    continue  # cheap: the same jobs
                a, b = left[i], right[j]
                if a is not None and b is not None and title_disagreements(a, b):
                    found.add((i, j))
    return found


def _by_titled_surname(
    claims: Sequence[Claim | None],
) -> dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]]:
    """Each titled surname's sentences, with the jobs each gives it."""
    index: dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]] = {}
    for k, claim in enumerate(claims):
        if claim is None or HEAD_STEMS.isdisjoint(claim.stems):
            continue
        _heads, surnames, pairs = title_index(claim.text, claim.words)
        for surname in surnames:
            jobs = frozenset(job for name, job in pairs if name == surname)
            index.setdefault(surname, []).append((k, jobs))
    return index


def _quantity(figure: Figure) -> tuple[str, str] | None:
    """What a figure measures, as an index key: a counted noun, a unit, a currency."""
    if figure.kind == "count":
        if not figure.noun:
            return None
        return ("count", noun_group(figure.noun) or figure.noun)
    if figure.kind in ("percent", "points") and not figure.noun:
        return None
    return (figure.kind, figure.noun or "")


def _by_quantity(
    claims: Sequence[Claim | None],
) -> dict[tuple[str, str], list[tuple[int, list[Figure]]]]:
    """Each quantity's sentences, with the sentence's figures of it."""
    index: dict[tuple[str, str], list[tuple[int, list[Figure]]]] = {}
    for k, claim in enumerate(claims):
        if claim is None or not claim.figures:
            continue
        mine: dict[tuple[str, str], list[Figure]] = {}
        for figure in claim.figures:
            key = _quantity(figure)
            if key is not None:
                mine.setdefault(key, []).append(figure)
        for key, found in mine.items():
            index.setdefault(key, []).append((k, found))
    return index


def figure_context(left: Claim, right: Claim, names: bool = False) -> bool:
    """Do two sentences state their figures in one claim? :func:`shared_context` (with
    ``names``, names count: "The 61-year-old Voss has run the port" / "Voss, 58, took charge
    of the port"), or the same agent (:func:`agents`) and a claim word in common besides the
    agent's name and the counted nouns: "Okafor warned that hundreds of thousands of tonnes of
    grain could rot" / "tens of thousands of tonnes of grain are trapped, Okafor said"."""
    if shared_context(left, right, names=names):
        return True
    same = same_agents(agents(left), agents(right))
    if not same:
        return False
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    common = (left.claim_words & right.claim_words) - nouns - {stem(a) for a in same}
    return len(common) >= 1


GENERIC_COUNTS = frozenset(
    stem(w)
    for w in "people persons men women children times years months weeks days hours minutes "
    "others members things ways cases points percent per cent".split()
)
"""Counted nouns too general to name one fact on their own ("12 people", "three times")."""


def one_agents_count(left: Claim, right: Claim) -> bool:
    """One agent's count of one named thing, told in other words.

    "Voss said the archive held 55,000 files" and "Voss revealed that the agency had seized
    hundreds of thousands of files" share no claim word besides the count, yet both give Voss's
    count of one set of files. True when the two sentences name the same agent (:func:`agents`,
    a pronoun's referent included), and each counts one specific noun (not "people", "years",
    :data:`GENERIC_COUNTS`) exactly once, with values that do not agree. A sentence counting the
    noun twice ("12 files in March, 40 files in May") may be telling two counts apart.
    """
    if not left.figures or not right.figures:
        return False  # cheap: most sentences state no figure
    for a in left.figures:
        if a.kind != "count" or not a.noun or a.noun in GENERIC_COUNTS:
            continue
        theirs = [f for f in right.figures if f.kind == "count" and f.noun == a.noun]
        if len(theirs) != 1 or agree(a, b := theirs[0]):
            continue
        if sum(1 for f in left.figures if f.kind == "count" and f.noun == a.noun) != 1:
            continue
        if not (fate(a, left) ^ fate(b, right)) and not apart(a, left, b, right):
            return bool(same_agents(agents(left), agents(right)))  # read last: reads clauses
    return False


def prediction_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    """One predicted predicate, foreseen by one sentence and ruled out by the other.

    "The minister will meet the union" / "the minister is unlikely to meet the union": both
    sentences make the same prediction (:func:`~newsdiff.core.polarity.predictions`) with
    opposite signs, and share the claim around it. A prediction against a report of what
    happened ("will meet" / "met") is not compared: the two may be written days apart.
    """
    ours, theirs = left.predictions, right.predictions
    if not ours or not theirs:
        return []  # read with the claim: most sentences predict nothing
    if len((left.claim_words | left.who) & (right.claim_words | right.who)) < CONTEXT_WORDS:
        return []  # no shared claim, no conflict of it
    result: list[Disagreement] = []
    for concept, (sign, (ls, le)) in ours.items():
        other = theirs.get(concept)
        if not sign or other is None or not other[0] or other[0] == sign:
            continue
        if concept in left.names | right.names:
            continue
        if not shared_context(left, right, _contested(concept), names=True):
            continue
        rs, re_ = other[1]
        result.append(
            Disagreement("polarity", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))
        )
    return result


def person_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    """One claim, told of two people: the same surname with another first name ("Linda Ruiz
    won the vote" / "Loretta Ruiz won the vote"), or the same job title with another name
    ("press secretary Tom Hale announced …" / "press secretary Ann Voss announced …").

    Neither sentence may name the other's person anywhere (a sentence naming both may be about
    both), the rest of the claim must be shared (:func:`shared_context`), and for a title the
    rest of the names too (a title of two words or more: "prime minister" of one country is
    not of another, so "Prime Minister May met Trump at Chequers" and "Prime Minister
    Netanyahu met Trump at the White House" are two claims). One given name written two ways
    (:func:`same_given_name`: "Jim" / "James", "Tim" / "Timothy") is one person.
    """
    a, b = left.names, right.names
    titles = title_disagreements(left, right)
    if titles:
        return titles
    if not (a - b) or not (b - a):
        return []  # cheap: each sentence names someone the other does not
    if not shared_context(left, right, names=True):
        return []  # needed: two people in one claim
    ours = left.people
    if not ours:
        return []  # cheap: the right sentence's people are not read
    theirs = right.people
    if not theirs:
        return []
    left_text, right_text = fold(left.text), fold(right.text)
    for first, last, ls, le, role in ours:
        for other, surname, rs, re_, other_role in theirs:
            if same_given_name(first, other):
                continue
            if surname == last:
                if _named(first, right_text) or _named(other, left_text):
                    continue
            elif len(role) < 2 or role != other_role:
                continue
            elif _named(surname, left_text) or _named(last, right_text):
                continue
            elif a - {stem(first), stem(last)} != b - {stem(other), stem(surname)}:
                continue
            return [
                Disagreement("person", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))
            ]
    return []


def title_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    """One person given two jobs in one claim ("Defence Minister Ana Ruiz" / "Interior
    Minister Ana Ruiz", :func:`~newsdiff.core.job_titles.different_jobs`), the rest of the
    claim shared (:func:`shared_context`, the titles' words left out): a ``title`` conflict.
    A title of another time ("former") is never compared."""
    if left.names.isdisjoint(right.names):
        return []  # cheap: no name in common
    if HEAD_STEMS.isdisjoint(left.stems) or HEAD_STEMS.isdisjoint(right.stems):
        return []  # cheap: no job word on one side
    if not title_index(left.text, left.words)[1]:
        return []  # no titled person on the left: the right sentence's titles are not read
    spans = different_jobs((left.text, left.words), (right.text, right.words))
    if spans is None:
        return []
    (ls, le), (rs, re_) = spans
    contested = frozenset(stem(w) for w in re.findall(r"\w+", fold(left.text[ls:le])))
    contested |= frozenset(stem(w) for w in re.findall(r"\w+", fold(right.text[rs:re_])))
    if not shared_context(left, right, contested, names=True) or not (
        (left.claim_words & right.claim_words) - contested
    ):
        return []  # besides who, something said of them in common
    return [Disagreement("title", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))]


def _named(name: str, folded_text: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", folded_text) is not None
