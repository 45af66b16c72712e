"""Polarity: which predicates a sentence affirms and which it denies.

Negators (*not, never, no one*), negating verbs (*refused to*) and antonym pairs (*confirmed* /
*denied*) give each predicate concept a sign; :func:`predicate_signs` reads them from a
sentence's words. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.words import STOPWORDS, stem

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
    (
        "approve approved approves",
        "reject rejected rejects veto vetoed vetoes block blocked blocks",
    ),
    ("support supported supports", "oppose opposed opposes"),
    ("rise rose rises risen increase increased increases", "fall fell falls fallen"),
    (
        "increase increased increases raise raised raises",
        "decrease decreased cut cuts reduce reduced reduces",
    ),
    ("open opened opens reopen reopened reopens", "closed closes shut shuts"),
    ("win won wins", "lose lost loses"),
    ("agree agreed agrees", "disagree disagreed disagrees"),
    ("allow allowed allows permit permitted", "ban banned bans forbid forbade"),
    ("guilty", "innocent"),
    ("convicted", "acquitted"),
    ("lift lifted lifts", "impose imposed imposes"),
    ("admit admitted admits acknowledge acknowledged acknowledges", "deny denied denies"),
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


_INTENTION_FORMS = (
    "hope hopes hoped hoping",
    "plan plans planned planning",
    "want wants wanted wanting",
    "seek seeks sought seeking",
    "aim aims aimed aiming",
    "try tries tried trying",
    "intend intends intended intending",
    "attempt attempts attempted attempting",
    "vow vows vowed vowing",
    "promise promises promised promising",
    "pledge pledges pledged pledging",
    "threaten threatens threatened threatening",
)

INTENTIONS = {form: forms.split()[0] for forms in _INTENTION_FORMS for form in forms.split()}
"""Verbs of intention, each form to its base: with "to" after them, the predicate that follows
is wanted, planned, tried or promised, not said to happen ("hopes to reopen the terminal" says
nothing against "did not reopen it"). The intention keeps its sign, read with what is intended
("want to close"): "wants to close" / "does not want to close" disagree, "plans to close" /
"does not plan to reopen" do not."""


POLAR_WORDS = frozenset(
    ["nor", "neither", "not", "never", "cannot", "hardly", "nobody", "no"]
    + list(_ANTONYM_OF)
    + list(_NEGATING_VERBS)
    + list(INTENTIONS)
)
"""Words that make a sentence's polarity worth reading (negators, "no one", antonyms, and
intentions, read with what they intend)."""


_NOUN_MARKERS = frozenset("the a an his her its their our your my this these those of".split())
"""Words after which a word is a noun ("the questions"), not a predicate ("questioned")."""


def is_content_word(word: str) -> bool:
    return len(word) > 1 and word not in STOPWORDS and not word[0].isdecimal()


_IRREALIS = frozenset(
    "would could should might may if whether expected expects likely unlikely unless".split()
)
"""Words that put the predicate after them in doubt: "would be expected to attend" does not
say that anyone attends."""


_VERB_CLOSE = frozenset("to not never did does do will would could can may might must".split())
"""Words after which "close" is the verb (the antonym of "open"), not "a close ally"."""


_DOUBT_REACH = 4
"""How many words after a doubt word ("unlikely", "would") a predicate stays in doubt."""


_WISH_REACH = 5
"""How far after an intention its "to" may come, past what it wants done ("wants the ferry
route to reopen", "is hoping for the route to reopen")."""


_COORDINATORS = frozenset({"and", "or"})
"""Words that join a second predicate to one in doubt, which is then in doubt too."""


_STEERING = _IRREALIS | _COORDINATORS | _NEGATORS | _NEGATING_VERBS | _SKIP_AFTER_NEGATOR | {"no"}
"""Words that put what follows in doubt, negate it or are passed over after a negator: any
other word, with no negator waiting, is read as a predicate at once."""


def predicate_signs(
    words: Sequence[tuple[str, str, int, int]], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Each predicate concept's sign: negators and antonyms flip it; mixed signs give 0.

    A concept inside quotation marks is kept apart (``q:`` prefix) from one in the writer's
    words, and a predicate in doubt (after "would", "if", "expected", or an intention's "to":
    "hopes to reopen", :data:`INTENTIONS`) is not recorded.
    """
    polarity: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    negate_at = -1
    negator_start = 0
    doubt_at = -10
    wish_at = -10
    for k, (word, stemmed, start, end) in enumerate(words):
        intends = word in INTENTIONS and k + 2 < len(words) and words[k + 1][0] == "to"
        if word in INTENTIONS:
            wish_at = k
        elif word in _COORDINATORS or word == "but":
            wish_at = -10  # "wanted a ruling and agreed to talks": the talks are no wish
        elif word == "to" and k - wish_at <= _WISH_REACH:
            # "hopes to reopen", "wants the route to reopen", "is hoping for the route to
            # reopen": the reopening is in doubt, the hope is not
            doubt_at = k
        if negate_at < 0 and word not in _STEERING and not word.endswith("n't"):
            negated = False  # no negator waits and the word changes nothing of what follows
        else:
            if word in _IRREALIS or (word in _COORDINATORS and k - doubt_at <= _DOUBT_REACH + 2):
                doubt_at = k  # "unlikely to change his mind and allow imports": both in doubt
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
        if k - doubt_at <= _DOUBT_REACH or len(word) < 2 or word in STOPWORDS:
            continue  # in doubt, or not a content word (:func:`is_content_word`)
        if word[0].isdecimal() or (word.endswith(_NOMINAL) and not intends):
            continue
        if not negated and k and words[k - 1][0] in _NOUN_MARKERS:
            continue  # "the questions": a noun, not the predicate "questioned"
        in_quote = bool(quoted) and any(a <= start < b for a, b in quoted)
        concepts = _ANTONYM_OF.get(word, ((stemmed, 1),))
        if word == "close" and k and words[k - 1][0] in _VERB_CLOSE:
            concepts = _ANTONYM_OF["closes"]  # "did not close", "will close"
        if intends and is_content_word(words[k + 2][0]):
            concepts, end = _intended(INTENTIONS[word], words, k + 2), words[k + 2][3]
        for concept, sign in concepts:
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


def _intended(
    intention: str, words: Sequence[tuple[str, str, int, int]], k: int
) -> tuple[tuple[str, int], ...]:
    """The concepts of an intention and what it intends ("want to" + "reopen": ``want to
    open``, +1), each with the intended predicate's sign."""
    word, stemmed = words[k][0], words[k][1]
    concepts = _ANTONYM_OF.get(word, ((stemmed, 1),))
    if word == "close":
        concepts = _ANTONYM_OF["closes"]
    return tuple((f"{intention} to {concept}", sign) for concept, sign in concepts)


PREDICTION_WORDS = frozenset(
    "will won't shall going set expected expect expects likely unlikely plan plans planning "
    "no".split()
)
"""Words that may open a prediction (see :func:`predictions`): a sentence without any is not
read for them."""


_PREDICT_AFTER = {
    ("going", "to"): 1,
    ("set", "to"): 1,
    ("expected", "to"): 1,
    ("likely", "to"): 1,
    ("plans", "to"): 1,
    ("plan", "to"): 1,
    ("planning", "to"): 1,
    ("unlikely", "to"): -1,
    ("no", "plans", "to"): -1,
    ("no", "plan", "to"): -1,
}
"""Phrases that predict the predicate after them, with the sign they give it ("unlikely to
meet" predicts no meeting). "will" and "shall" predict it too; a negator before any of them
("not expected to", "will not", "won't") flips the sign."""


_PREDICT_FIRST = frozenset(phrase[0] for phrase in _PREDICT_AFTER)


_PREDICTION_SKIP = frozenset("be have to not never also still now soon then again".split())


def predictions(
    words: Sequence[tuple[str, str, int, int]],
) -> dict[str, tuple[int, tuple[int, int]]]:
    """What a sentence predicts: each predicted predicate's stem, with +1 (it will happen) or
    -1 (it will not, or is unlikely to), and the span from the prediction to the predicate.

    "Will", "shall", "going/set/expected/likely/planning to" predict the predicate after them;
    "unlikely to" and "no plans to" predict that it will not happen, and a negator before or
    right after the marker ("not expected to", "will not", "won't") flips the sign. Conditionals
    ("would", "could", "if") predict nothing, nor does a marker they govern ("would be
    expected to"). A predicate predicted both ways gives 0.
    """
    found: dict[str, tuple[int, tuple[int, int]]] = {}
    n = len(words)
    k = 0
    while k < n:
        word = words[k][0]
        sign = 0
        size = 0
        if word in ("will", "shall") or word.endswith("'ll"):
            sign, size = 1, 1
        elif word == "won't":
            sign, size = -1, 1
        elif word in _PREDICT_FIRST:
            for phrase, given in _PREDICT_AFTER.items():
                if tuple(w[0] for w in words[k : k + len(phrase)]) == phrase:
                    sign, size = given, len(phrase)
                    break
        if not sign:
            k += 1
            continue
        if word in _PREDICT_FIRST and _conditional_before(words, k):
            k += size  # "would be expected to attend": what would happen, not what will
            continue
        start = words[k][2]
        if k and (words[k - 1][0] in _NEGATORS or words[k - 1][0].endswith("n't")):
            if words[k - 1][0] != "won't":
                sign, start = -sign, words[k - 1][2]
        j = k + size
        while j < n and (words[j][0] in _PREDICTION_SKIP or words[j][0].endswith("ly")):
            if words[j][0] in ("not", "never"):
                sign = -sign
            j += 1
        if j < n and is_content_word(words[j][0]) and not words[j][0].endswith(_NOMINAL):
            stemmed = words[j][1]
            if stemmed in found and found[stemmed][0] != sign:
                found[stemmed] = (0, found[stemmed][1])
            else:
                found.setdefault(stemmed, (sign, (start, words[j][3])))
        k = j
    return found


_CONDITIONALS = frozenset("would could might should if".split())


def _conditional_before(words: Sequence[tuple[str, str, int, int]], k: int) -> bool:
    """A conditional within the two words before ``k`` ("would be expected to", "if set to")."""
    return any(words[j][0] in _CONDITIONALS for j in range(max(0, k - 2), k))


_SINCE = re.compile(r"(?:\W+\w+){0,4}?\W+since\b", re.IGNORECASE)


def said_since(text: str, end: int) -> bool:
    """Is the predicate ending at ``end`` said of the time since a point ("has not been seen
    since Friday")? Its negation says nothing against the predicate at or before that point
    ("was last seen on Friday")."""
    return _SINCE.match(text, end) is not None
