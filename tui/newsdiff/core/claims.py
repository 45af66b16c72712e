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

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Indel

from newsdiff.core.clauses import different_actions
from newsdiff.core.figures import Figure, agree, figures
from newsdiff.core.link_evidence import Disagreement, Evidence
from newsdiff.core.words import STOPWORDS, stem

Outcome = Literal["shared", "paraphrased", "conflict", "not linked"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*|[$£€₹¥%]", re.UNICODE)

_NEGATORS = frozenset("not n't never nor neither cannot hardly nobody".split())
"""Words that negate the predicate after them ("no one" too). "no" and "without" are left out:
they deny a noun ("no senator", "without a single vote"), which says nothing of the
predicate."""

_DETERMINERS = frozenset({"a", "an", "the", "any"})
_NEGATING_VERBS = frozenset(
    "refuse refused refuses refusing decline declined declines declining fail failed fails "
    "failing".split()
)
_SKIP_AFTER_NEGATOR = frozenset(
    "be been being have has had do does did yet also ever immediately publicly directly "
    "explicitly officially formally specifically to a an the any longer so much that one".split()
)
_SKIP_AFTER_NEGATOR |= {"been", "is", "are", "was", "were"}
_NOMINAL = ("tion", "sion", "ment", "ness", "ance", "ence", "ing")
"""Endings of nouns made from verbs: "consultation" is not the predicate "consult"."""

_NEG_RAISING = frozenset(
    stem(w) for w in "think believe expect suppose imagine feel see reckon".split()
)
"""Verbs whose negation belongs to the clause they introduce ("I don't think it comes" means
"it does not come"): a sentence that negates one has no reliable polarity to compare."""

_ANTONYM_WORDS = (
    ("confirm confirmed confirms confirming", "deny denied denies denying"),
    ("accept accepted accepts", "reject rejected rejects"),
    ("approve approved approves", "reject rejected rejects veto vetoed vetoes"),
    ("support supported supports", "oppose opposed opposes"),
    ("rise rose rises risen increase increased increases", "fall fell falls fallen"),
    ("increase increased increases raise raised raises", "decrease decreased cut cuts"),
    ("open opened opens reopen reopened reopens", "closed closes shut shuts"),
    ("win won wins", "lose lost loses"),
    ("agree agreed agrees", "disagree disagreed disagrees"),
    ("allow allowed allows permit permitted", "ban banned bans forbid forbade"),
    ("guilty", "innocent"),
    ("convicted", "acquitted"),
    ("lift lifted lifts", "impose imposed imposes"),
    ("admit admitted admits", "deny denied denies"),
    ("dispute disputed disputes", "accept accepted accepts"),
)
"""Predicate words of opposite polarity, as written: ``(positive words, negative words)``.
Word forms, not stems: "close" (a close ally) is left out while "closed" is in."""

ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(stem(w) for w in a.split()), frozenset(stem(w) for w in b.split()))
    for a, b in _ANTONYM_WORDS
)
"""The same pairs as stems (what a disagreement is about, see :func:`_contested`)."""

_ANTONYM_OF: dict[str, tuple[tuple[str, int], ...]] = {}
"""Each antonym word's predicate concepts, with its sign in each ("rejected" is the negative of
both "accept" and "approve")."""
for _positive, _negative in _ANTONYM_WORDS:
    _concept = min(stem(w) for w in _positive.split())
    for _word in _positive.split():
        _ANTONYM_OF[_word] = (*_ANTONYM_OF.get(_word, ()), (_concept, 1))
    for _word in _negative.split():
        _ANTONYM_OF[_word] = (*_ANTONYM_OF.get(_word, ()), (_concept, -1))

_POLAR_WORDS = frozenset(
    ["nor", "neither", "not", "never", "cannot", "hardly", "nobody", "no"]
    + list(_ANTONYM_OF)
    + list(_NEGATING_VERBS)
)
"""Words that make a sentence's polarity worth reading (negators, "no one", antonyms)."""

_NOUN_MARKERS = frozenset("the a an his her its their our your my this these those of".split())
"""Words after which a word is a noun ("the questions"), not a predicate ("questioned")."""

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
_DATE_WORDS = _WEEKDAYS | frozenset(_MONTHS)
_SPEECH_VERBS = frozenset(
    "said says say told tells wrote writes tweeted tweets announced announces claimed claims "
    "insisted insists argued argues added adds stated states declared declares warned warns "
    "replied replies asked asks".split()
)
_SPEECH_STEMS = frozenset(stem(w) for w in _SPEECH_VERBS)

_PRONOUNS = frozenset("he she they it we i you who which that this".split())

QUOTATION_WORDS = 5
"""A quotation needs this many words to identify a statement (see the speaker check)."""

SAME_QUOTATION = 0.9
"""Word-order similarity of two quotations at or above which they are the same statement."""

DIFFERENT_QUOTATIONS = 0.5
"""At most this share of the shorter quotation's content words found in the other quotation:
two sentences that each quote someone, and quote different words, report two statements. (On
the tune half of the development set, quotations of one statement share 0.86 or more.)"""

_LIGHT_VERBS = frozenset(
    stem(w)
    for w in "get got make made take took give gave go went come came put want say do did".split()
)
"""Verbs that carry little of what a quotation says ("get a deal", "take a look")."""

DIFFERENT_CLAIM = 0.0
"""At most this share of the claim words (content words that are not names or figures) of the
sentence with fewer of them in common: the two share their names and nothing else."""

CLAIM_WORDS = 4
"""Each sentence needs this many claim words before the "little else in common" rule applies."""


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


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence states, as the claim check reads it.

    Attributes:
        text: The sentence.
        words: Each word as ``(folded word, stem, start, end)``.
        names: Stems inside capitalised names (not sentence-initial only).
        polar: Whether the sentence negates or uses an antonym pair's word (only then is its
            polarity read, see :func:`polarity`).
        quoted_spans: Where its quotations are (offsets in ``text``).
        figures: The sentence's figures.
        dates: ``(key, text, start, end)``: weekdays, days of a month, years.
        places: ``(folded name, text, start, end)`` after "in"/"at".
        quoted: The words inside quotation marks.
        speakers: Who the sentence quotes or reports (canonical names when known).
        content: Each content word as ``(stem, start, end)``.
        stems: The stems of the content words.
        claim_words: The stems that are neither names nor figures: what is said of them.
        attributed: The names the sentence's own attribution gives ("Tom Hale said").
    """

    text: str
    words: tuple[tuple[str, str, int, int], ...]
    names: frozenset[str]
    polar: bool
    quoted_spans: tuple[tuple[int, int], ...]
    figures: tuple[Figure, ...]
    dates: tuple[tuple[str, str, int, int], ...]
    places: tuple[tuple[str, str, int, int], ...]
    quoted: tuple[str, ...]
    speakers: tuple[str, ...] = field(default=())
    content: tuple[tuple[str, int, int], ...] = ()
    stems: frozenset[str] = frozenset()
    claim_words: frozenset[str] = frozenset()
    attributed: tuple[str, ...] = ()


def _content(word: str) -> bool:
    return len(word) > 1 and word not in STOPWORDS and not word[0].isdecimal()


_QUOTE_SPAN = re.compile(r"[\"“”«»]([^\"“”«»]+)[\"“”«»]|(?<!\w)[‘']([^‘’']+?)[’'](?!\w)")


def read_claim(text: str, speakers: Sequence[str] = ()) -> Claim:
    """Read the claim of one sentence (cached by text; ``speakers`` are who the quote
    extractor says speaks in it)."""
    claim = _read_claim(text, ())
    if not speakers:
        return claim
    chosen = _choose_speakers(text, tuple(speakers), claim.attributed)
    return claim if chosen == claim.speakers else replace(claim, speakers=chosen)


@lru_cache(maxsize=16384)
def _read_claim(text: str, speakers: tuple[str, ...]) -> Claim:
    matches = list(_WORD.finditer(text))
    raw = [m.group(0) for m in matches]
    folded = [w.casefold().replace("’", "'") for w in raw]
    word_list: list[tuple[str, str, int, int]] = []
    content_list: list[tuple[str, int, int]] = []
    name_list: list[str] = []
    polar = False
    for k, (word, match) in enumerate(zip(folded, matches, strict=True)):
        stemmed = stem(word) if word[0].isalpha() else word
        start, end = match.span()
        word_list.append((word, stemmed, start, end))
        if word in _POLAR_WORDS or word.endswith("n't"):
            polar = True
        if len(word) > 1 and word not in STOPWORDS and not word[0].isdecimal():  # content
            content_list.append((stemmed, start, end))
            if raw[k][0].isupper() and (k or (len(raw) > 1 and raw[1][:1].isupper())):
                name_list.append(stemmed)  # a first word counts when a name runs on
    words = tuple(word_list)
    content = tuple(content_list)
    names = frozenset(name_list)
    quoted: list[str] = []
    quoted_spans: list[tuple[int, int]] = []
    if _MARK.search(text):
        for match in _QUOTE_SPAN.finditer(text):
            quoted += [
                w.casefold().replace("’", "'")
                for w in _WORD.findall(match.group(1) or match.group(2))
            ]
            quoted_spans.append(match.span())
    vocabulary = frozenset(folded)
    named = _attributed(raw, folded) if not _SPEECH_VERBS.isdisjoint(folded) else ()
    found_speakers = _choose_speakers(text, speakers, named)
    attributed = tuple(_plausible(named))
    stems = frozenset(s for s, _, _ in content)
    digits = _ANY_DIGIT.search(text) is not None
    found_figures = figures(text) if digits or not _NUMBER_WORDS.isdisjoint(vocabulary) else ()
    measured = (
        frozenset(
            st for st, start, _ in content if any(f.start <= start < f.end for f in found_figures)
        )
        if found_figures
        else frozenset()
    )
    return Claim(
        content=content,
        stems=stems,
        claim_words=stems - names - measured - _TEMPORAL,
        attributed=attributed,
        text=text,
        words=words,
        names=names,
        polar=polar,
        quoted_spans=tuple(quoted_spans),
        figures=found_figures,
        dates=_dates(raw, folded, matches)
        if digits or not _DATE_WORDS.isdisjoint(vocabulary)
        else (),
        places=_places(raw, folded, matches)
        if not _PLACE_PREPOSITIONS.isdisjoint(vocabulary)
        else (),
        quoted=tuple(quoted),
        speakers=found_speakers,
    )


_ANY_DIGIT = re.compile("[0-9]")
_MARK = re.compile("[\"“”«»‘’']")

_TEMPORAL = frozenset(
    stem(w) for w in "ago since yet still now then earlier later already first last".split()
)
"""Time adverbs: they place a claim in time but are not what it says."""

_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen twenty thirty forty fifty "
    "hundred thousand million billion tens hundreds thousands millions dozens".split()
)


_IRREALIS = frozenset(
    "would could should might may if whether expected expects likely unless".split()
)
"""Words that put the predicate after them in doubt: "would be expected to attend" does not
say that anyone attends."""


def polarity(claim: Claim) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Each predicate concept's sign in ``claim`` and the span that carries it (cached).

    ``concept → sign`` for each predicate whose sign is unambiguous (a negated or antonym word
    flips it), ``0`` where the sentence uses both signs.
    """
    return _polarity_cached(claim.text)


@lru_cache(maxsize=8192)
def _polarity_cached(text: str) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    claim = _read_claim(text, ())
    return _polarity(claim.words, claim.quoted_spans)


def _polarity(
    words: Sequence[tuple[str, str, int, int]], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Each predicate concept's sign: negators and antonyms flip it; mixed signs give 0.

    A concept inside quotation marks is kept apart (``q:`` prefix) from one in the writer's
    words, and a predicate in doubt (after "would", "if", "expected") is not recorded.
    """
    polarity: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    negate_at = -1
    negator_start = 0
    doubt_at = -10
    for k, (word, stemmed, start, end) in enumerate(words):
        if word in _IRREALIS:
            doubt_at = k
            continue
        no_one = word == "no" and k + 1 < len(words) and words[k + 1][0] in ("one", "body")
        if word in _NEGATORS or word.endswith("n't") or word in _NEGATING_VERBS or no_one:
            negate_at = k
            negator_start = start
            continue
        if negate_at >= 0 and word in _DETERMINERS:
            negate_at = -1  # "had never had a veto": the negation does not reach a noun phrase
            continue
        if word in _SKIP_AFTER_NEGATOR or (negate_at >= 0 and word.endswith("ly")):
            continue
        negated = negate_at >= 0 and k - negate_at <= 4
        negate_at = -1  # the first word past the auxiliaries takes the negation
        if negated and stemmed in _NEG_RAISING:
            return {}, {}
        if not _content(word) or word.endswith(_NOMINAL) or k - doubt_at <= 4:
            continue
        if not negated and k and words[k - 1][0] in _NOUN_MARKERS:
            continue  # "the questions": a noun, not the predicate "questioned"
        in_quote = any(a <= start < b for a, b in quoted)
        for concept, sign in _ANTONYM_OF.get(word, ((stemmed, 1),)):
            if in_quote:
                concept = "q:" + concept
            if negated:
                sign = -sign
            if concept in polarity and polarity[concept] != sign:
                polarity[concept] = 0
            else:
                polarity[concept] = sign
                if concept not in spans or negated or sign < 0:
                    spans[concept] = (negator_start if negated else start, end)
    return polarity, spans


def _choose_speakers(text: str, given: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    """The speakers to compare: the given ones (from the quote extractor) that the sentence
    names; else the names its own attribution gives ("Tom Hale said"); else the given ones
    (a pronoun the extractor resolved)."""
    folded = text.casefold()
    in_text = tuple(name for name in given if _surname(name) in folded)
    return tuple(_plausible(in_text or named or given))


def _attributed(raw: Sequence[str], folded: Sequence[str]) -> tuple[str, ...]:
    """Names of who a sentence reports: ``Name said`` or ``said Name`` (capitalised runs)."""
    names: list[str] = []
    for k, word in enumerate(folded):
        if word not in _SPEECH_VERBS or not raw[k].islower():
            continue
        before = _name_run(raw, folded, k - 1, -1)
        if before and " " not in before and k == 1 and _common_subject(folded[0]):
            before = ""  # "Officials said", "Police say": a capitalised first word, no name
        after = _name_run(raw, folded, k + 1, 1)
        for run in (before, after):
            if run:
                names.append(run)
    return tuple(dict.fromkeys(names))


_COLLECTIVES = frozenset("police staff government army management public media".split())


def _common_subject(word: str) -> bool:
    """A capitalised first word that is a common noun ("Officials", "Police"), not a name.

    Plurals and collectives; a surname ending in "s" ("Jones") is missed, never invented.
    """
    return word.endswith("s") or word in _COLLECTIVES


def _name_run(raw: Sequence[str], folded: Sequence[str], k: int, step: int) -> str:
    run: list[str] = []
    while 0 <= k < len(raw) and raw[k][:1].isupper() and folded[k] not in _PRONOUNS:
        run.append(raw[k])
        k += step
        if len(run) > 4:
            break
    if step < 0:
        run.reverse()
    return " ".join(run)


def _dates(
    raw: Sequence[str], folded: Sequence[str], matches: Sequence[re.Match[str]]
) -> tuple[tuple[str, str, int, int], ...]:
    """Weekdays, a day of a month ("March 3", "3 March"), and years."""
    found: list[tuple[str, str, int, int]] = []
    for k, word in enumerate(folded):
        start, end = matches[k].start(), matches[k].end()
        if word in _WEEKDAYS:
            found.append((f"weekday:{word}", raw[k], start, end))
        elif word in _MONTHS and raw[k][0].isupper():
            month = _MONTHS[word]
            if k + 1 < len(raw) and raw[k + 1].isdecimal() and int(raw[k + 1]) <= 31:
                found.append((f"day:{month}-{int(raw[k + 1])}", "", start, matches[k + 1].end()))
            elif k > 0 and raw[k - 1].isdecimal() and int(raw[k - 1]) <= 31:
                found.append((f"day:{month}-{int(raw[k - 1])}", "", matches[k - 1].start(), end))
            else:
                found.append((f"month:{month}", raw[k], start, end))
        elif word.isdecimal() and len(word) == 4 and 1800 <= int(word) <= 2100:
            found.append((f"year:{word}", raw[k], start, end))
    return tuple(found)


def _places(
    raw: Sequence[str], folded: Sequence[str], matches: Sequence[re.Match[str]]
) -> tuple[tuple[str, str, int, int], ...]:
    """Capitalised names after "in" or "at" that are not dates ("in Ohio", "at Camp David")."""
    found: list[tuple[str, str, int, int]] = []
    content = [w for w in raw if w[:1].isalpha() and w.casefold() not in STOPWORDS]
    if content and sum(w[0].isupper() for w in content) > 0.6 * len(content):
        return ()  # a Title Case headline: capitals mark the style, not places
    for k in range(len(raw) - 1):
        if folded[k] not in _PLACE_PREPOSITIONS:
            continue
        j = k + 1
        while (
            j < len(raw)
            and raw[j][:1].isupper()
            and folded[j] not in _MONTHS
            and folded[j] not in _WEEKDAYS
            and folded[j] not in STOPWORDS
        ):
            j += 1
        if k + 1 < j <= k + 4 and not folded[j - 1].endswith("'s"):
            name = " ".join(folded[k + 1 : j])
            found.append((name, "", matches[k + 1].start(), matches[j - 1].end()))
    return tuple(found)


def check_claims(
    left: Claim, right: Claim, *, verbatim: float = 0.0, shared_at: float = 80.0
) -> ClaimCheck:
    """Compare the claims of two candidate sentences.

    Args:
        left: The left sentence's claim (:func:`read_claim`).
        right: The right sentence's claim.
        verbatim: Their near-verbatim score (0–100) from scoring.
        shared_at: The near-verbatim score at which a link is ``shared``.
    """
    agree_words = _agreeing_words(left, right)
    disagree: list[Disagreement] = []
    same_quote = _same_quotation(left, right)
    named = _speaker_disagreement(left, right, explicit=True)
    if named is not None and (same_quote or verbatim >= SAME_REPORT):
        disagree.append(named)  # the same words, attributed to someone else
    speaker = _speaker_disagreement(left, right)
    if speaker is not None and not disagree:
        if verbatim < COPIED and not same_quote:
            note = f"different speakers: {speaker.left} / {speaker.right}"
            return ClaimCheck("not linked", Evidence(agree_words, (speaker,), note))
    if not same_quote and verbatim < COPIED:
        subjects = _different_subjects(left.text, right.text)
        if subjects is not None:
            note = f"different subjects: {subjects[0]} / {subjects[1]}"
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
        actions = different_actions(left.text, right.text)
        if actions is not None:
            note = f"different actions: {actions[0]} / {actions[1]}"
            return ClaimCheck("not linked", Evidence(agree_words, (), note))
    if not same_quote and verbatim < COPIED and _different_quotations(left, right):
        note = "different quotations: two statements"
        return ClaimCheck("not linked", Evidence(agree_words, (), note))
    figure_agree, figure_disagree, different_things = _figure_check(left, right)
    conversions = _conversions(left, right)
    shared_values = _shared_values(left, right)
    if shared_values and not figure_agree:
        figure_agree = shared_values
    if (
        different_things
        and not figure_agree
        and not same_quote
        and not _much_in_common(left, right, verbatim)
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
        and _different_claim(left, right, verbatim)
    ):
        return ClaimCheck("not linked", Evidence(agree_words, (), "same names, different claim"))
    if figure_disagree and _shared_context(left, right):
        disagree += figure_disagree
    disagree += _polarity_disagreements(left, right)
    if _shared_context(left, right) and (
        verbatim >= 40.0 or _same_context(left, right, DATE_CONTEXT)
    ):
        disagree += _date_disagreements(left, right)
        disagree += _place_disagreements(left, right)
    converted = tuple(
        f for f in figure_agree if not any(c.startswith(f + " ≈") for c in conversions)
    )
    agree_all = tuple(dict.fromkeys(conversions + converted + agree_words))
    explained = any(d.kind == "figure" for d in disagree) or bool(conversions)
    if disagree:
        return ClaimCheck("conflict", Evidence(agree_all, tuple(disagree)), explained)
    outcome: Outcome = "shared" if verbatim >= shared_at or same_quote else "paraphrased"
    note = "same quotation" if same_quote and verbatim < shared_at else ""
    if conversions and not note:
        note = "figures converted"
    return ClaimCheck(outcome, Evidence(agree_all, (), note), explained)


MAX_AGREE = 8
"""Evidence lists at most this many agreeing words (rarest first would need the corpus; the
sentence order is what a reader follows)."""


def _agreeing_words(left: Claim, right: Claim) -> tuple[str, ...]:
    """The left sentence's content words (as written) whose stems the right one also uses."""
    right_stems = right.stems
    seen: dict[str, str] = {}
    for stemmed, start, end in left.content:
        if stemmed in right_stems and stemmed not in seen:
            seen[stemmed] = left.text[start:end]
            if len(seen) >= MAX_AGREE:
                break
    return tuple(seen.values())[:MAX_AGREE]


def _same_quotation(left: Claim, right: Claim) -> bool:
    if len(left.quoted) < QUOTATION_WORDS or len(right.quoted) < QUOTATION_WORDS:
        return False
    return Indel.normalized_similarity(left.quoted, right.quoted) >= SAME_QUOTATION


def _different_quotations(left: Claim, right: Claim) -> bool:
    """Each sentence is mostly a quotation, and neither quotation is found in the other sentence.

    What a quoting sentence reports is its quotation: "the plan is dead," Ruiz said and "we will
    vote for it," Ruiz said share their speaker and their pattern, not their claim. Each
    quotation's content words other than names are looked for in the whole other sentence
    (its quotation or the writer's words around it), so that an excerpt, a reordering or a
    paraphrase of the same statement by the writer still links.
    """
    if len(left.quoted) < QUOTATION_WORDS or len(right.quoted) < QUOTATION_WORDS:
        return False
    a = _quoted_stems(left.quoted) - left.names - _LIGHT_VERBS
    b = _quoted_stems(right.quoted) - right.names - _LIGHT_VERBS
    if len(a) < 2 or len(b) < 2:
        return False
    if _writers_words(left) > len(a) or _writers_words(right) > len(b):
        return False  # the writer's own words say much besides: they may carry the claim
    return len(a & right.stems) <= DIFFERENT_QUOTATIONS * len(a) and len(
        b & left.stems
    ) <= DIFFERENT_QUOTATIONS * len(b)


_SUBJECT_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|[—–]|--|[,:;\"“”‘(]")
_DASHES = frozenset({"—", "–", "--"})
_OPENERS = frozenset("and but however meanwhile also still so yet then".split())
_INTRODUCERS = frozenset(
    "in on during after before at while as outside inside when earlier later since despite "
    "ahead under with for by from until amid following".split()
)
_TITLES = frozenset(
    "sen rep mr mrs ms dr gov gen lt col sgt president vice senator representative secretary "
    "attorney general prime minister judge justice former chairman chairwoman speaker leader "
    "governor mayor chief first lady republican democrat democratic independent gop u.s "
    "jr sr ii iii".split()
)
_NOT_NAMES = frozenset(
    "the a an this that these those it its he she they we i you there here his her their our "
    "my your some many most all several both each one two three four five officials".split()
)


@lru_cache(maxsize=8192)
def _subject(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The person a sentence is about, when it opens with a name: ``(surname, run)``.

    Reads past a dateline ("WASHINGTON —"), an opening connective ("But") and an opening
    phrase up to its comma ("In September, Moore …"); the name must be followed by a comma (an
    apposition) or a lower-case word that is not a plural noun (the verb; "has", "joined",
    "said" — a word in -s other than a speech verb is not read, as "leaders" cannot be told
    from "admits"). ``None`` for anything else: a sentence that
    opens with a quotation, a pronoun, a determiner or a lower-case word.
    """
    tokens = _SUBJECT_TOKEN.findall(text)
    k = 0
    for j, token in enumerate(tokens[:6]):
        if token in _DASHES:
            if all(t.isupper() or t == "," for t in tokens[:j]):
                k = j + 1
            break
    while k < len(tokens) and (tokens[k].casefold() in _OPENERS or tokens[k] == ","):
        k += 1
    if k < len(tokens) and tokens[k].casefold() in _INTRODUCERS:
        comma = next((j for j in range(k, min(k + 14, len(tokens))) if tokens[j] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    run: list[str] = []
    while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].casefold() not in _NOT_NAMES:
        run.append(tokens[k])
        k += 1
    if not run or k >= len(tokens) or not (tokens[k] == "," or tokens[k][:1].islower()):
        return None
    following = tokens[k].casefold()
    if following.endswith("s") and not following.endswith("ss") and following not in _SPEECH_VERBS:
        return None  # "Senate leaders have …", "Obama campaign officials": the name is a modifier
    names = [t for t in run if t.casefold().rstrip(".") not in _TITLES]
    if not names:
        return None
    surname = _fold(names[-1].rstrip(".")).removesuffix("'s").removesuffix("’s")
    return surname, tuple(run)


def _different_subjects(left_text: str, right_text: str) -> tuple[str, str] | None:
    """Two sentences about two different people: each opens with a name, the names differ,
    and one of the two people is not mentioned by the other sentence at all.

    "Sen. Scott Brown … was the first to call on Akin to withdraw" and "Akin also claimed he
    would help …" report what two people did. A single opening word counts as a name only
    when the other sentence writes it as one too ("Administration officials warn" is no
    name). When each sentence names the other's subject ("Pompeo met Netanyahu" / "Netanyahu
    met Pompeo"), they may report one event from two sides and are left to the other rules.
    """
    left, right = _subject(left_text), _subject(right_text)
    if left is None or right is None or left[0] == right[0]:
        return None
    left_names = {_fold(t).rstrip(".") for t in left[1]} - _TITLES
    if left_names & {_fold(t).rstrip(".") for t in right[1]}:
        return None  # "Almada Atlético" / "Almada": runs that share a name may be one
    for subject, other in ((left, right_text), (right, left_text)):
        if len(subject[1]) == 1 and subject[1][0] not in other:
            return None
    left_folded, right_folded = _fold(left_text), _fold(right_text)
    if left[0] in right_folded and right[0] in left_folded:
        return None
    return left[1][-1], right[1][-1]


def _writers_words(claim: Claim) -> int:
    """How many content words a sentence has outside its quotations, names and speech verbs."""
    spans = claim.quoted_spans
    return sum(
        1
        for stemmed, start, _ in claim.content
        if stemmed not in claim.names
        and stemmed not in _SPEECH_STEMS
        and not any(a <= start < b for a, b in spans)
    )


@lru_cache(maxsize=4096)
def _quoted_stems(quoted: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for w in quoted if _content(w))


def _surname(name: str) -> str:
    parts = _fold(name).split()
    return parts[-1] if parts else ""


def _speaker_disagreement(
    left: Claim, right: Claim, *, explicit: bool = False
) -> Disagreement | None:
    """Both sentences name who speaks, the names differ, and neither names the other's speaker.

    With ``explicit``, only the speakers each sentence's own attribution names ("Tom Hale
    said") count: what a conflict rests on must be on the page, not resolved from context.
    """
    if explicit:
        left_speakers, right_speakers = list(left.attributed), list(right.attributed)
    else:
        left_speakers, right_speakers = list(left.speakers), list(right.speakers)
    if not left_speakers or not right_speakers:
        return None
    left_names = {_surname(s) for s in left_speakers}
    right_names = {_surname(s) for s in right_speakers}
    left_text, right_text = _fold(left.text), _fold(right.text)
    if not any(n in left_text for n in left_names) and not any(
        n in right_text for n in right_names
    ):
        return None  # neither sentence names its speaker: nothing the reader can check
    if left_names & right_names:
        return None
    if any(name in right_text for name in left_names) or any(
        name in left_text for name in right_names
    ):
        return None
    a, b = left_speakers[0], right_speakers[0]
    return Disagreement("speaker", a, b, _find(left.text, a), _find(right.text, b))


def _fold(text: str) -> str:
    """Case and accents folded: "Calderón" and "Calderon" are one name."""
    if text.isascii():
        return text.casefold()
    return _fold_accents(text)


@lru_cache(maxsize=4096)
def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plausible(speakers: Sequence[str]) -> list[str]:
    """Speakers that can be names: not a date word ("Tuesday"), not empty."""
    return [
        s
        for s in speakers
        if s.strip() and not any(w in _WEEKDAYS or w in _MONTHS for w in s.casefold().split())
    ]


def _find(text: str, name: str) -> tuple[int, int]:
    where = text.casefold().find(name.casefold())
    if where < 0:
        where = text.casefold().find(_surname(name))
        name = _surname(name)
    return (where, where + len(name)) if where >= 0 else (0, 0)


def _figure_check(left: Claim, right: Claim) -> tuple[tuple[str, ...], list[Disagreement], bool]:
    """Agreeing figures, disagreeing figures of one quantity, and "counts of different things".

    Two figures measure one quantity when they have the same unit or currency and count the
    same noun. Where a sentence states several figures and some agree, the others are taken
    to measure other quantities. A percentage without its noun, or two counts of differently
    named things, are compared only when each sentence states one such figure and the rest of
    their claims match. "Counts of different things" is true when both sentences state
    counted figures, none is comparable with the other side's, and no value is shared.
    """
    agreeing: list[str] = []
    candidates: list[tuple[Figure, Figure]] = []
    comparable = False
    context = _same_context(left, right)
    for a in left.figures:
        partners = [b for b in right.figures if _comparable(a, b, left, right, context)]
        if not partners:
            continue
        comparable = True
        if any(agree(a, b) for b in partners):
            agreeing.append(left.text[a.start : a.end])
        else:
            candidates.append((a, partners[0]))
    disagreeing: list[Disagreement] = []
    if not agreeing:
        for a, b in candidates:
            if any(agree(c, b) for c in left.figures) or any(agree(a, c) for c in right.figures):
                continue
            disagreeing.append(
                Disagreement(
                    "figure",
                    left.text[a.start : a.end],
                    right.text[b.start : b.end],
                    (a.start, a.end),
                    (b.start, b.end),
                )
            )
    counted_left = [a for a in left.figures if a.kind == "count" and a.noun]
    counted_right = [b for b in right.figures if b.kind == "count" and b.noun]
    left_values = {round(a.value, 6) for a in left.figures}
    right_values = {round(b.value, 6) for b in right.figures}
    different_things = (
        bool(counted_left)
        and bool(counted_right)
        and not comparable
        and not left_values & right_values
    )
    return tuple(agreeing), disagreeing, different_things


def _shared_values(left: Claim, right: Claim) -> tuple[str, ...]:
    """Figures of the left sentence whose exact value the right one also states."""
    values = {round(b.value, 6) for b in right.figures}
    return tuple(left.text[a.start : a.end] for a in left.figures if round(a.value, 6) in values)


def _comparable(a: Figure, b: Figure, left: Claim, right: Claim, context: bool) -> bool:
    if a.kind != b.kind:
        return False
    if a.noun is not None and a.noun == b.noun:
        return True
    if not context or not _single(left, a.kind) or not _single(right, b.kind):
        return False
    if a.kind == "count":
        return a.noun in PEOPLE and b.noun in PEOPLE
    return a.noun is None and b.noun is None


PEOPLE = frozenset(
    stem(w)
    for w in "people persons residents civilians workers staff employees inhabitants villagers "
    "citizens individuals men women children passengers migrants refugees patients".split()
)
"""Nouns that count people: "1,200 people" and "1,900 residents" can be one count."""


def _single(claim: Claim, kind: str) -> bool:
    return sum(1 for f in claim.figures if f.kind == kind) == 1


def _counts_alike(a: Figure, b: Figure, context: bool) -> bool:
    """Two counts of differently named things ("1,200 people" / "1,900 residents") are one
    quantity when everything else the two sentences claim is the same."""
    return context and a.kind == b.kind == "count" and bool(a.noun) and bool(b.noun)


SAME_CONTEXT = 0.5
"""Share of the smaller set of claim words (figure nouns left out) two sentences must have in
common for their counts of differently named things to be compared."""


DATE_CONTEXT = 0.7
"""Share of claim words in common before two sentences' dates or places are compared: a
sentence often dates several events ("signed on Tuesday … the club said on Wednesday")."""


def _same_context(left: Claim, right: Claim, share: float = SAME_CONTEXT) -> bool:
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    a = left.claim_words - nouns
    b = right.claim_words - nouns
    if not a or not b:
        return False
    return len(a & b) >= share * min(len(a), len(b))


CONTEXT_WORDS = 2
"""Claim words two sentences must share, besides what they disagree on, before a disagreement
is a conflict: "He pleaded guilty" says too little to contradict "Manafort has pleaded not
guilty to charges of money laundering"."""


def _shared_context(left: Claim, right: Claim, contested: frozenset[str] = frozenset()) -> bool:
    """Do the two sentences make the same claim apart from ``contested`` (and their figures)?

    At least :data:`CONTEXT_WORDS` claim words in common, and :data:`SAME_CONTEXT` of the
    smaller sentence's claim words.
    """
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    a = left.claim_words - nouns - contested
    b = right.claim_words - nouns - contested
    common = len(a & b)
    return common >= CONTEXT_WORDS and common >= SAME_CONTEXT * min(len(a), len(b))


COPIED = 60.0
"""Near-verbatim score from which word order shows copying (as scoring's copy floor): copied
sentences are never look-alikes of each other."""

SAME_REPORT = 80.0
"""Near-verbatim score from which two sentences report the same thing in the same words: a
different speaker of such a report is a conflict, not another statement."""


def _much_in_common(left: Claim, right: Claim, verbatim: float) -> bool:
    """Near-verbatim sentences are one sentence however their figures read."""
    return verbatim >= SAME_REPORT


def _conversions(left: Claim, right: Claim) -> tuple[str, ...]:
    """Amounts given in two currencies, or one quantity in two units: ``£4.5m ≈ $5.7m``.

    Each sentence states one amount of money (in different currencies), or the two state one
    measure (length, mass, area, time) in different units that agree once converted. No
    exchange rate is assumed, so two currencies never conflict.
    """
    found: list[str] = []
    money_left = [a for a in left.figures if a.kind.startswith("currency")]
    money_right = [b for b in right.figures if b.kind.startswith("currency")]
    if len(money_left) == 1 and len(money_right) == 1:
        a, b = money_left[0], money_right[0]
        if a.kind != b.kind and _plausible_exchange(a, b):
            found.append(f"{left.text[a.start : a.end]} ≈ {right.text[b.start : b.end]}")
    for a in left.figures:
        if a.kind not in _MEASURES:
            continue
        for b in right.figures:
            if b.kind == a.kind and agree(a, b) and round(a.value) != round(b.value):
                found.append(f"{left.text[a.start : a.end]} ≈ {right.text[b.start : b.end]}")
    return tuple(found)


_MEASURES = frozenset({"length", "mass", "area"})

_MAJOR = frozenset({"currency:USD", "currency:GBP", "currency:EUR"})
EXCHANGE_SPREAD = 1.7
"""Dollars, pounds and euros have traded within a factor of 1.7 of each other for decades: two
amounts further apart than that are not one amount converted. Other currencies are never
called a conversion (nor a conflict)."""


def _plausible_exchange(a: Figure, b: Figure) -> bool:
    if a.kind not in _MAJOR or b.kind not in _MAJOR or a.value <= 0 or b.value <= 0:
        return False
    ratio = a.value / b.value
    return 1 / EXCHANGE_SPREAD <= ratio <= EXCHANGE_SPREAD


def _different_claim(left: Claim, right: Claim, verbatim: float) -> bool:
    """Same names, little else: the claim words of the two sentences barely meet."""
    if verbatim >= 60.0:
        return False
    a, b = left.claim_words, right.claim_words
    if len(a) < CLAIM_WORDS or len(b) < CLAIM_WORDS:
        return False
    return len(a & b) <= DIFFERENT_CLAIM * min(len(a), len(b))


def _polarity_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    result: list[Disagreement] = []
    if not left.polar and not right.polar:
        return []  # neither sentence negates anything nor uses an antonym: same polarity
    left_polarity, left_spans = polarity(left)
    right_polarity, right_spans = polarity(right)
    for concept, sign in left_polarity.items():
        other = right_polarity.get(concept)
        if not sign or not other or other == sign:
            continue
        plain = concept.removeprefix("q:")
        if plain in left.names | right.names:
            continue
        if not _shared_context(left, right, _contested(plain)):
            continue
        ls, le = left_spans[concept]
        rs, re_ = right_spans[concept]
        result.append(
            Disagreement("polarity", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))
        )
    return result


def _contested(concept: str) -> frozenset[str]:
    """The stems a polarity disagreement is about: the concept and its antonyms."""
    stems = {concept}
    for positive, negative in ANTONYMS:
        if concept in positive or concept in negative:
            stems |= positive | negative
    return frozenset(stems)


def _date_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    result: list[Disagreement] = []
    for prefix in ("weekday:", "day:", "year:"):
        a = [d for d in left.dates if d[0].startswith(prefix)]
        b = [d for d in right.dates if d[0].startswith(prefix)]
        if not a or not b:
            continue
        if {d[0] for d in a} & {d[0] for d in b}:
            continue
        x, y = a[0], b[0]
        result.append(
            Disagreement(
                "date", left.text[x[2] : x[3]], right.text[y[2] : y[3]], (x[2], x[3]), (y[2], y[3])
            )
        )
        break
    return result


def _place_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    if not left.places or not right.places:
        return []
    left_text, right_text = left.text.casefold(), right.text.casefold()
    if any(p[0] in right_text for p in left.places) or any(p[0] in left_text for p in right.places):
        return []
    x, y = left.places[0], right.places[0]
    return [
        Disagreement(
            "place", left.text[x[2] : x[3]], right.text[y[2] : y[3]], (x[2], x[3]), (y[2], y[3])
        )
    ]
