"""The claim check: do two candidate sentences state the same claim, a conflicting one, or another?

Scoring (:mod:`newsdiff.core.similarity`) finds sentences that look alike. Looking alike is not
stating the same thing: "the ministry disputed the report" and "the ministry did not dispute the
report" share every content word. This module reads what each sentence claims — who, the
predicate and its polarity, figures, dates, places, the speaker of a quotation — and compares
the two claims:

* ``conflict``: the same fact with a disagreement (polarity, figure, date, place, speaker);
* ``not linked``: a look-alike (same names and pattern, a different claim: another speaker's
  statement, a count of another thing);
* otherwise the link stands (``shared`` when near-verbatim, else ``paraphrased``).

Every outcome comes with :class:`Evidence`: the agreeing words and figures, and each
disagreeing pair with its kind. Pure functions of two sentences (plus their speakers); no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from newsdiff.core.actors import different_actors, different_statements
from newsdiff.core.claim import Claim, _read_claim, forget_polarity, polarity, read_claim
from newsdiff.core.compounds import (
    Compounds,
    compounds_of,
    has_hyphen,
    names_alone,
    written_run,
)
from newsdiff.core.conversions import find_conversions
from newsdiff.core.date_places import date_disagreements, place_disagreements
from newsdiff.core.disagreements import (
    DATE_CONTEXT,
    figure_check,
    figure_context,
    one_agents_count,
    person_disagreements,
    polarity_disagreements,
    prediction_disagreements,
    same_context,
    shared_context,
    values_in_common,
)
from newsdiff.core.headline_links import headline_lookalike
from newsdiff.core.link_evidence import Disagreement, Evidence
from newsdiff.core.lookalikes import (
    different_actions,
    different_claim,
    different_cores,
    different_quotations,
    different_subjects,
    quotation_excerpt,
    same_quotation,
    speaker_disagreement,
)
from newsdiff.core.news_clause import another_time, only_in_background
from newsdiff.core.owned_acts import owner_note
from newsdiff.core.referred_subjects import referent_of, reports_the_other
from newsdiff.core.sentence_mood import mood_lookalike
from newsdiff.core.side_figures import side_figure_conflicts

__all__ = [
    "Claim",
    "ClaimCheck",
    "Disagreement",
    "Evidence",
    "Outcome",
    "_read_claim",
    "check_claims",
    "forget_polarity",
    "outlet_consistent",
    "polarity",
    "read_claim",
]

Outcome = Literal["shared", "paraphrased", "conflict", "not linked"]


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The outcome of comparing two sentences' claims, with the evidence for it.

    ``figures_explained`` is true when the two sentences' figures differ in writing but the
    claim check accounts for it (a conflict over one quantity, or a currency or unit
    conversion): scoring counted the difference against the pair, the check says why.
    """

    outcome: Outcome
    evidence: Evidence
    figures_explained: bool = False


def check_claims(
    left: Claim,
    right: Claim,
    *,
    verbatim: float = 0.0,
    shared_at: float = 80.0,
    meaning: float | Callable[[], float | None] | None = None,
    written: tuple[str | None, str | None] = (None, None),
    headlines: tuple[bool, bool] = (False, False),
) -> ClaimCheck:
    """Compare the claims of two candidate sentences (:func:`_check`), then read the figures
    of a side clause that states the other sentence's fact (:mod:`~newsdiff.core.side_figures`):
    a pair whose main claims differ, or share too little, still conflicts over the fact both
    give ("… voted to sell the Kessing depot, which employs 40 mechanics, to a private firm" /
    "The Kessing depot employs 65 mechanics and repairs …"); not over another speaker's
    statement, another quotation, or another day's.
    """
    found = _check(left, right, verbatim, shared_at, meaning, written, headlines)
    if found.outcome == "conflict" or not left.figures or not right.figures:
        return found
    if found.evidence.note.startswith(_OTHER_FACTS):
        return found
    side = side_figure_conflicts(left, right, figure_check)
    if not side or same_quotation(left, right):
        return found
    return ClaimCheck("conflict", Evidence(found.evidence.agree, tuple(side)), True)


_OTHER_FACTS = ("different speakers", "different quotations", "one speaker", "another time")
"""Notes of look-alikes whose side-clause figures are not compared (two statements, two days)."""


def _check(
    left: Claim,
    right: Claim,
    verbatim: float,
    shared_at: float,
    meaning: float | Callable[[], float | None] | None,
    written: tuple[str | None, str | None],
    headlines: tuple[bool, bool],
) -> ClaimCheck:
    """Compare the claims of two candidate sentences: every rule but the side clauses'.

    Args:
        left: The left sentence's claim (:func:`read_claim`).
        right: The right sentence's claim.
        verbatim: Their near-verbatim score (0–100) from scoring.
        shared_at: The near-verbatim score at which a link is ``shared``.
        meaning: The cosine of their meaning vectors (``None`` when the signal is off), or a
            function that reads it (called only by the one rule that needs it).
        written: The two articles' dates (``YYYY-MM-DD``; ``None`` when unknown): relative
            dates ("last week", "yesterday") are read against them.
        headlines: Whether each sentence is its article's headline
            (:mod:`newsdiff.core.headline_links`: what a headline's link needs).
    """
    agree_words = _agreeing_words(left, right)
    disagree: list[Disagreement] = []
    same_quote = same_quotation(left, right)
    if headlines[0] != headlines[1] and verbatim < COPIED and not same_quote:
        head, body = (left, right) if headlines[0] else (right, left)
        if note := headline_lookalike(head, body):
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
    excerpts: list[bool] = []

    def excerpt() -> bool:
        """One statement quoted whole or in part: the look-alike tests do not apply (read
        only once a test would drop the pair: most candidates pass them)."""
        if not excerpts:
            excerpts.append(quotation_excerpt(left, right))
        return excerpts[0]

    named = speaker_disagreement(left, right, explicit=True)
    if named is not None and (same_quote or verbatim >= SAME_REPORT):
        disagree.append(named)  # the same words, attributed to someone else
    # read only where it can decide: another speaker's words, not copied ones (it may read
    # whom a "he said" stands for)
    speaker = None
    if not disagree and verbatim < COPIED and not same_quote:
        speaker = speaker_disagreement(left, right)
    if speaker is not None:
        if not excerpt():
            note = f"different speakers: {speaker.left} / {speaker.right}"
            return ClaimCheck("not linked", Evidence(agree_words, (speaker,), note))
    # one claim told of two people of one surname ("Linda" / "Loretta Ortiz won the vote") is
    # a conflict, not two subjects: read before the rules that tell two people's acts apart
    people = person_disagreements(left, right)
    # one agent's count of one named thing in other words: the look-alike tests read the
    # wording, which is all that differs (see one_agents_count)
    counted = one_agents_count(left, right)
    if not same_quote and verbatim < COPIED and not people and not counted:
        referents = (referent_of(left), referent_of(right))  # read only if needed
        texts = (left.text, right.text)
        subjects = different_subjects(left.text, right.text, referents)
        if subjects is not None and not excerpt():
            note = owner_note(
                f"different subjects: {subjects[0]} / {subjects[1]}", subjects, *texts, mutual=True
            )
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
        actions = different_actions(left.text, right.text, referents) or different_actors(
            left, right
        )
        if actions is not None and not excerpt() and not reports_the_other(left, right):
            note = owner_note(f"different actions: {actions[0]} / {actions[1]}", actions, *texts)
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if not same_quote and verbatim < COPIED and different_quotations(left, right) and not excerpt():
        note = "different quotations: two statements"
        return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if not same_quote and verbatim < COPIED and not people:
        statements = different_statements(left, right)
        if statements is not None and not excerpt():
            note = f"one speaker, different statements: {statements[0]} / {statements[1]}"
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
    figure_agree, figure_disagree, different_things = _figure_readings(left, right)
    conversions = find_conversions(left, right) if left.figures and right.figures else ()
    if (
        different_things
        and not figure_agree
        and not same_quote
        and not _much_in_common(left, right, verbatim)
        and not excerpt()
    ):
        note = "figures of different things"
        return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if figure_disagree and len(figure_disagree) > 1 and not figure_agree:
        note = "several figures differ: different data points"
        return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if (
        not same_quote
        and not disagree
        and not figure_agree
        and not counted
        and different_claim(left, right, verbatim)
        and not excerpt()
    ):
        return ClaimCheck("not linked", Evidence(agree_words, (), "same names, different claim"))
    if (
        not same_quote
        and not disagree
        and verbatim < COPIED
        and (background := only_in_background(left, right))
        and not excerpt()
    ):
        return ClaimCheck("not linked", Evidence(agree_words, (), background))
    if (
        not same_quote
        and not disagree
        and not figure_agree
        and not counted
        and verbatim < COPIED
        and different_cores(left, right, meaning() if callable(meaning) else meaning)
        and not excerpt()
    ):
        note = "same background, different claim"
        return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if figure_disagree and (counted or figure_context(left, right, names=True)):
        disagree += figure_disagree
    disagree += polarity_disagreements(left, right)
    disagree += people
    predicted = prediction_disagreements(left, right)
    if predicted:
        seen = {(d.left_span, d.right_span) for d in disagree}
        disagree += [
            d
            for d in predicted
            if not any(_overlap(d.left_span, a) and _overlap(d.right_span, b) for a, b in seen)
        ]
    dated = bool(left.dates and right.dates) or bool(left.places and right.places)
    if (
        dated
        and shared_context(left, right, names=True)
        and (verbatim >= 40.0 or same_context(left, right, DATE_CONTEXT, names=True))
    ):
        disagree += date_disagreements(left, right, written)
        disagree += place_disagreements(left, right)
    if conversions or figure_agree:
        converted = tuple(
            f for f in figure_agree if not any(c.startswith(f + " ≈") for c in conversions)
        )
        if has_hyphen(left.text):  # "97", "1" of a "97-1" vote both write: the tally
            converted = tuple(_figure_compound(f, left, right) for f in converted)
        agree_all = tuple(dict.fromkeys(conversions + converted + agree_words))
    else:
        agree_all = agree_words  # one word per stem: no two alike
    # a date in digits ("since 2002") is a figure to scoring: a date conflict explains it too
    explained = bool(conversions) or (
        bool(disagree) and any(d.kind in ("figure", "date", "title") for d in disagree)
    )
    if disagree:
        return ClaimCheck("conflict", Evidence(agree_all, tuple(disagree)), explained)
    mood = None if same_quote or verbatim >= COPIED else mood_lookalike(left, right)
    if mood is not None and not excerpt():
        return ClaimCheck("not linked", Evidence(agree_words, (), mood))
    if dated and not same_quote and verbatim < COPIED:
        other_time = another_time(left, right, written)
        if other_time is not None and not excerpt():
            note = f"another time: {other_time.left} / {other_time.right}"
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
    outcome: Outcome = "shared" if verbatim >= shared_at or same_quote else "paraphrased"
    note = "same quotation" if same_quote and verbatim < shared_at else ""
    if excerpts and excerpts[0] and not same_quote:
        note = "part of the same quotation"  # what kept a look-alike test from dropping it
    if conversions and not note:
        note = "figures converted"
    return ClaimCheck(outcome, Evidence(agree_all, (), note), explained)


MAX_AGREE = 8
"""Evidence lists at most this many agreeing words (rarest first would need the corpus; the
sentence order is what a reader follows)."""


def _figure_readings(left: Claim, right: Claim) -> tuple[tuple[str, ...], list[Disagreement], bool]:
    """What the two sentences' figures agree and disagree on (:func:`figure_check`, with the
    values both state standing in for agreeing figures), and whether they count different
    things. A sentence without figures agrees, disagrees and counts nothing: most candidates
    are not read further (``tests/core/test_check_shortcuts.py`` holds it to the full reading).
    """
    if not left.figures or not right.figures:
        return (), [], False
    agreeing, disagreeing, different_things = figure_check(left, right)
    shared_values = values_in_common(left, right)
    return agreeing or shared_values, disagreeing, different_things


def _agreeing_words(left: Claim, right: Claim) -> tuple[str, ...]:
    """The left sentence's content words (as written) whose stems the right one also uses;
    a hyphenated compound whole (:mod:`newsdiff.core.compounds`)."""
    mine = compounds_of(left.text, left.words)
    theirs = compounds_of(right.text, right.words)
    right_stems = right.stems
    distinct = _distinct_content(left)
    if mine is not None or theirs is not None:
        shared = [stemmed for stemmed, _ in distinct if stemmed in right_stems]
        if _compound_shared(shared, mine, theirs):
            return _agreeing_compounds(left, right, mine, theirs)
    # the first MAX_AGREE of one comprehension: the words a loop stopping there finds
    return tuple([word for stemmed, word in distinct if stemmed in right_stems][:MAX_AGREE])


def _compound_shared(shared: list[str], mine: Compounds | None, theirs: Compounds | None) -> bool:
    """Whether a shared stem sits inside a compound of the left, or the right writes it
    nowhere outside its compounds: only then can a compound change the agreeing words (else
    each is the word as the left first writes it, as on the plain path)."""
    if mine is not None and not mine.holding.keys().isdisjoint(shared):
        return True
    return theirs is not None and not theirs.alone.issuperset(shared)


def _agreeing_compounds(
    left: Claim, right: Claim, mine: Compounds | None, theirs: Compounds | None
) -> tuple[str, ...]:
    """:func:`_agreeing_words` where a sentence writes a compound: a word inside one agrees
    as the whole compound when the other sentence writes it too (hyphen or space), and not at
    all when it does not; a word the other writes only inside compounds, likewise. A name
    inside a compound of names (*India* of *US-India*) agrees as that name where the other
    sentence writes it capitalised on its own."""
    left_tokens = mine.tokens if mine else None
    right_tokens = theirs.tokens if theirs else _tokens(right)
    whole: dict[int, str | None] = {}  # each compound of the left read once
    found: dict[str, str] = {}  # folded: as written (a compound's parts give it once)
    done: set[str] = set()
    named: frozenset[str] | None = None  # the names the right writes on their own
    for stemmed, start, end in left.content:
        if stemmed in done or stemmed not in right.stems:
            continue
        item = None
        k = _holding(mine, start, end)
        if mine is not None and k is not None:
            if k not in whole:
                written = written_run(mine.parts[k], right_tokens, right.text)
                first, last = mine.spans[k]
                whole[k] = left.text[first:last] if written else None
            item = whole[k]
            if item is None and mine.of_names(k):  # US-India / India: the name on its own
                if named is None:
                    named = theirs.named_alone if theirs else names_alone(right.text, right_tokens)
                item = left.text[start:end] if stemmed in named else None
        elif theirs is None or stemmed in theirs.alone:
            item = left.text[start:end]
        else:  # the right writes it only inside compounds: this sentence may write one apart
            left_tokens = left_tokens or _tokens(left)
            holding = theirs.holding.get(stemmed, ())
            writes_one = False  # this sentence writes one of those compounds (it agrees there)
            for n in holding:
                run = written_run(theirs.parts[n], left_tokens, left.text)
                writes_one = writes_one or run is not None
                if run is not None and run[0] <= start and end <= run[1]:
                    item = left.text[run[0] : run[1]]
                    break
            capital = not writes_one and left.text[start].isupper()
            if item is None and capital and any(theirs.of_names(n) for n in holding):
                item = left.text[start:end]  # India / US-India: a name inside names
        if item is None:
            continue
        done.add(stemmed)
        found.setdefault(item.casefold(), item)
        if len(found) == MAX_AGREE:
            break
    return tuple(found.values())


def _holding(compounds: Compounds | None, start: int, end: int) -> int | None:
    """The index of the compound of ``compounds`` that holds ``start``–``end``, if any."""
    if compounds is None:
        return None
    for k, (first, last) in enumerate(compounds.spans):
        if first <= start and end <= last:
            return k
    return None


def _tokens(claim: Claim) -> tuple[tuple[str, int, int], ...]:
    return tuple((stemmed, start, end) for _, stemmed, start, end in claim.words)


def _figure_compound(figure: str, left: Claim, right: Claim) -> str:
    """An agreeing figure written as part of a compound (``97`` of ``97-1``) both sentences
    write whole: the compound; any other figure as it is."""
    mine = compounds_of(left.text, left.words)
    if mine is None:
        return figure
    for (first, last), parts in zip(mine.spans, mine.parts, strict=True):
        if any(first <= a and b <= last and left.text[a:b] == figure for _, a, b in mine.tokens):
            if written_run(parts, _tokens(right), right.text):
                return left.text[first:last]
    return figure


_DISTINCT: dict[str, tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, str], ...]]] = {}
_DISTINCT_MEMORY = 16384


def _distinct_content(claim: Claim) -> tuple[tuple[str, str], ...]:
    """Each content stem of the claim once, first occurrence first, with its word as written
    (kept per sentence: a sentence is a candidate of several others)."""
    kept = _DISTINCT.get(claim.text)
    if kept is not None and kept[0] is claim.content:
        return kept[1]
    seen: dict[str, str] = {}
    for stemmed, start, end in claim.content:
        if stemmed not in seen:
            seen[stemmed] = claim.text[start:end]
    distinct = tuple(seen.items())
    if len(_DISTINCT) >= _DISTINCT_MEMORY:
        _DISTINCT.clear()
    _DISTINCT[claim.text] = (claim.content, distinct)
    return distinct


COPIED = 60.0
"""Near-verbatim score from which word order shows copying (as scoring's copy floor): copied
sentences are never look-alikes of each other."""


SAME_REPORT = 80.0
"""Near-verbatim score from which two sentences report the same thing in the same words: a
different speaker of such a report is a conflict, not another statement."""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _much_in_common(left: Claim, right: Claim, verbatim: float) -> bool:
    """Near-verbatim sentences are one sentence however their figures read."""
    return verbatim >= SAME_REPORT


class _Link(Protocol):
    """A link between two sentences, as :func:`outlet_consistent` reads it."""

    @property
    def left(self) -> int: ...
    @property
    def right(self) -> int: ...
    @property
    def label(self) -> str: ...


_L = TypeVar("_L", bound=_Link)


def outlet_consistent(links: Sequence[_L]) -> list[_L]:
    """``links`` without the conflicts an article's own sentences take back.

    A conflict is two outlets stating one fact differently. When the left article itself
    states the right sentence's claim (another left sentence is ``shared`` with it), or the
    right article states the left one's, the outlets do not disagree on it: the two sentences
    are two facts (two data points of one table, "from 2041 … 81 percent" / "by 2090 … 76
    percent") that the check could not tell apart, and their conflict link is dropped. So an
    article compared with itself, or with a reprint, shows no conflict.
    """
    if not any(link.label == "conflict" for link in links):
        return list(links)  # cheap: most pairs of articles have no conflict
    by_left: dict[int, set[int]] = {}
    by_right: dict[int, set[int]] = {}
    for link in links:
        if link.label == "shared":
            by_left.setdefault(link.left, set()).add(link.right)
            by_right.setdefault(link.right, set()).add(link.left)
    return [
        link
        for link in links
        if link.label != "conflict"
        or not (
            by_right.get(link.right, set()) - {link.left}
            or by_left.get(link.left, set()) - {link.right}
        )
    ]
