"""What a sentence asserts, for three look-alike kinds that share words but not a claim.

* **A question against a statement.** "Will the council approve the tower?" asserts nothing;
  "The council approved the tower" does. A question (direct, or reported: "asked whether …")
  is no counterpart of a statement, unless the statement speaks of that question ("the
  questions touch on whether …"), or the question takes its proposition for granted: "Why did
  the council approve the tower?" presupposes the approval, so *why*, *how*, *when* and
  *where* questions are left to the other rules.
* **A short fragment with a pronoun subject** ("He said it was wrong.", "They didn't come to
  me."): it names no one, so what links it is the few words it has. Its evidence is counted:
  content words in common (not light verbs, not reporting verbs), one more for a shared
  first-person pronoun or a shared negation, one more for a term the other sentence quotes,
  one less when only one of the two is negated. At most :data:`WEAK_EVIDENCE`, and the
  fragment does not carry a link.
* **A general rule against an event.** "Members may not vote by proxy" states what holds for
  anyone; "Ms Hale voted by proxy on Tuesday" states what one named agent did. The rule has a
  generic subject ("members", "a member", "anyone", "it takes …", the law itself) with a modal
  or a present verb of permission, and no date; the event names its agent and is told in the
  past.

Each reading is cached per sentence text and starts with a cheap test (a question mark, a
short sentence, a generic opening), so most candidate pairs cost a set lookup. Pure
functions; no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.core.claim import Claim
from newsdiff.core.clause_words import ED_NOT_VERBS, IRREGULAR
from newsdiff.core.polarity import is_content_word
from newsdiff.core.words import stem

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_CONNECTIVES = frozenset("but and so still yet or now then well".split())

_REPORTING = frozenset(
    "said says say asked asks ask added adds wondered wonders reads read goes went told tells "
    "wrote writes continued continues replied replies demanded demands".split()
)
"""Verbs of an attribution after a quoted question (“Who will pay?” he asks)."""

ATTRIBUTION_TAIL = 10
"""Words after a question mark that may still be its attribution (", one question asks")."""

_PRESUPPOSING = frozenset("why how when where".split())
"""Question words whose question takes its proposition for granted ("Why did X resign?")."""

_ASKING = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|inquires"
    r"|want(?:s|ed)? to know|wanting to know)\b(?:\s+[\w'’.-]+){0,4}?\s+(?:whether|if)\b"
)
"""A reported question: a verb of asking and the clause it asks about."""

ASKING_WITHIN = 10
"""A reported question's verb of asking lies within this many words of the sentence's start
(past a connective): further on, it is part of something else the sentence says."""

_ABOUT_QUESTIONS = frozenset(
    "question questions questioned questioning ask asks asked asking query queries queried "
    "inquire inquiry inquiries inquired wonder wonders wondered whether".split()
)
"""Words of a statement that speaks of a question: it may report that question."""


_CUES = ("ask", "quer", "inquir", "wonder", "whether", "question", "know")
"""Substrings every word of :data:`_ABOUT_QUESTIONS` (and "want to know") contains."""


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def _opening(words: list[str]) -> list[str]:
    """The words past an opening connective ("But was …")."""
    k = 0
    while k < len(words) - 1 and words[k] in _CONNECTIVES:
        k += 1
    return words[k:]


@lru_cache(maxsize=8192)
def mood(text: str) -> str:
    """``"question"`` (a direct or reported question that asserts nothing), ``"presupposing"``
    (a *why*/*how*/*when*/*where* question), ``"about questions"`` (a statement that speaks of
    questions or asking) or ``"statement"``."""
    if "?" in text:
        direct = _direct_question(text)
        if direct:
            return direct
    folded = text.casefold()
    if not any(cue in folded for cue in _CUES):
        return "statement"  # most sentences: no word of asking at all
    words = _words(text)
    if _ABOUT_QUESTIONS.isdisjoint(words) and "know" not in words:
        return "statement"
    opening = _opening(words)
    if opening and opening[0] not in {"asked", "asking"}:
        head = " ".join(opening[: ASKING_WITHIN + 6])
        found = _ASKING.search(head)
        if found and len(head[: found.start()].split()) < ASKING_WITHIN:
            return "question"
    return "statement" if _ABOUT_QUESTIONS.isdisjoint(words) else "about questions"


def _direct_question(text: str) -> str:
    """The mood of a sentence with a question mark, ``""`` when the question is only a part of
    it: more than an attribution follows it, or more than an attribution comes before the
    quotation mark, colon or dash that opens it ("Clinton sought a middle ground, saying …
    ‘what's in it?’" states something)."""
    mark = text.rfind("?")
    tail = _words(text[mark + 1 :])
    if tail and (len(tail) > ATTRIBUTION_TAIL or _REPORTING.isdisjoint(tail)):
        return ""
    start = max(text.rfind(opener, 0, mark) for opener in _QUESTION_OPENERS)
    if start > 0:
        before = _words(text[:start])
        if before and (tail or len(before) > ATTRIBUTION_TAIL or _REPORTING.isdisjoint(before)):
            return ""
        text, mark = text[start:], mark - start
    question = _opening(_words(text[: mark + 1]))
    if not question:
        return ""
    return "presupposing" if question[0] in _PRESUPPOSING else "question"


_QUESTION_OPENERS = ("“", '"', "‘", " '", ":", "—", "–", " -- ", ";")
"""Marks that may open a question inside a sentence."""


def question_against_statement(left: Claim, right: Claim) -> bool:
    """One sentence asks (directly or reported), the other states, and the statement does not
    speak of questions or asking."""
    moods = {mood(left.text), mood(right.text)}
    if moods != {"question", "statement"}:
        return False
    # a quoted word in common: perhaps one remark, quoted as a question and as a statement
    return not _quoted_words(left) & _quoted_words(right)


def _quoted_words(claim: Claim) -> frozenset[str]:
    return frozenset(stem(w) for w in claim.quoted if is_content_word(w))


FRAGMENT_WORDS = 7
"""A fragment has at most this many words."""

WEAK_EVIDENCE = 1
"""A fragment whose evidence (see the module) is at most this carries no link."""

_SUBJECT_PRONOUNS = frozenset("he she it they i we you this that".split())

_FIRST_PERSON = {
    "i": "i",
    "me": "i",
    "my": "i",
    "mine": "i",
    "i'm": "i",
    "i've": "i",
    "i'd": "i",
    "i'll": "i",
    "we": "we",
    "us": "we",
    "our": "we",
    "ours": "we",
    "we're": "we",
    "we've": "we",
    "we'd": "we",
    "we'll": "we",
}

_NEGATIONS = frozenset("not never no nothing nobody none cannot neither nor".split())

_LIGHT = frozenset(
    stem(w)
    for w in "be is was were been have has had do did does get got make made take took give "
    "gave go went come came put want say said tell told think thought know knew see saw "
    "also just".split()
)
"""Verbs and adverbs that say little on their own ("it was", "they came", "I think")."""


@lru_cache(maxsize=8192)
def _fragment(text: str) -> bool:
    """A short sentence whose subject is a pronoun ("He pleaded guilty.", "“They didn't come
    to me.")."""
    if text.count(" ") > 2 * FRAGMENT_WORDS:
        return False
    words = _words(text)
    if not words or len(words) > FRAGMENT_WORDS:
        return False
    opening = _opening(words)
    return bool(opening) and opening[0] in _SUBJECT_PRONOUNS and len(opening) > 1


def _negated(claim: Claim) -> bool:
    return any(w in _NEGATIONS or w.endswith("n't") for w, _, _, _ in claim.words)


QUOTED_TERM = 4
"""A quotation of at most this many words singles its words out ("calling him “reckless”"):
a fragment sharing one of them shares the very term, not a common word of a long quotation."""


def _quoted_terms(claim: Claim) -> frozenset[str]:
    terms: set[str] = set()
    for start, end in claim.quoted_spans:
        words = _words(claim.text[start:end])
        if len(words) <= QUOTED_TERM:
            terms.update(stem(w) for w in words)
    return frozenset(terms)


def fragment_evidence(fragment: Claim, other: Claim) -> int:
    """How much links a short fragment to another sentence (see the module)."""
    shared = (fragment.stems & other.stems) - _LIGHT
    evidence = len(shared)
    if shared & _quoted_terms(other):
        evidence += 1  # the other sentence quotes the very word ("calling him “reckless”")
    fragment_negated, other_negated = _negated(fragment), _negated(other)
    if fragment_negated and other_negated:
        evidence += 1
    elif fragment_negated != other_negated:
        evidence -= 1
    persons = {_FIRST_PERSON[w] for w, _, _, _ in fragment.words if w in _FIRST_PERSON}
    if persons & {_FIRST_PERSON[w] for w, _, _, _ in other.words if w in _FIRST_PERSON}:
        evidence += 1
    return evidence


def weak_fragment(left: Claim, right: Claim) -> bool:
    """A pronoun-subject fragment on either side whose evidence is at most
    :data:`WEAK_EVIDENCE`, and no name on it to say whom it is about."""
    for fragment, other in ((left, right), (right, left)):
        if (
            _fragment(fragment.text)
            and not fragment.names
            and fragment_evidence(fragment, other) <= WEAK_EVIDENCE
        ):
            return True
    return False


_GENERIC_DETERMINERS = frozenset("a an any every each no".split())
_GENERIC_PRONOUNS = frozenset("anyone anybody nobody everyone everybody whoever".split())
_LAW_NOUNS = frozenset(
    "law laws legislation bill rule rules constitution clause act amendment statute statutes "
    "policy charter treaty regulation regulations bylaw bylaws ordinance code".split()
)
_RULE_MODALS = frozenset("may must can cannot can't shall mustn't needn't".split())
_RULE_VERBS = frozenset(
    "gives allows lets requires bars bans prohibits forbids permits grants mandates provides "
    "says states makes takes needs".split()
)
_RULE_STATES = frozenset(
    "allowed permitted required barred banned prohibited forbidden entitled eligible "
    "obliged needed".split()
)


@lru_cache(maxsize=8192)
def general_rule(text: str) -> bool:
    """A rule stated in general: a generic subject (a bare plural, "a member", "anyone", "it
    takes", the law itself) and a modal ("may not"), a verb of permission or requirement in
    the present ("requires", "gives … the right") or a state of being allowed ("are barred
    from")."""
    words = _opening(_words(text))
    if len(words) < 3:
        return False
    if words[0] == "it" and words[1] in {"takes", "requires"}:
        return True
    k = _generic_subject(text, words)
    if k is None or k >= len(words):
        return False
    verb = words[k]
    if verb in _RULE_MODALS and k + 1 < len(words) and words[k + 1] in {"have", "well"}:
        return False  # "may have been", "may well": a guess about the past, not a rule
    if verb in _RULE_MODALS or (k > 0 and verb in _RULE_VERBS and words[k - 1] in _LAW_NOUNS):
        return True
    return verb in {"is", "are"} and any(w in _RULE_STATES for w in words[k + 1 : k + 3])


def _generic_subject(text: str, words: list[str]) -> int | None:
    """Where the verb after a generic subject phrase is, ``None`` for another subject."""
    first = words[0]
    if first in _GENERIC_PRONOUNS:
        return 1
    if first == "no" and words[1] == "one":
        return 2
    if first.isalpha() and first.endswith("s") and not first.endswith("ss"):
        # a bare plural ("Members may …"): the verb must follow it
        verb = words[1]
        return 1 if verb in _RULE_MODALS or verb in {"is", "are"} else None
    if first not in _GENERIC_DETERMINERS and first != "the":
        return None
    for k in range(1, min(len(words), SUBJECT_WORDS + 1)):
        if words[k] in _RULE_MODALS or words[k] in {"is", "are"} or words[k] in _RULE_VERBS:
            # "the" only for the law itself: "the harbour bylaw gives …"
            return k if first != "the" or words[k - 1] in _LAW_NOUNS else None
    return None


SUBJECT_WORDS = 8
"""A generic subject phrase ("a two-thirds majority of the council") has at most this many
words before its verb."""


def _event(claim: Claim) -> bool:
    """A named agent's act told in the past, or dated."""
    if not claim.names:
        return False
    if claim.dates:
        return True
    return any(
        w in IRREGULAR
        or w in {"was", "were", "had", "did"}
        or (w.endswith("ed") and len(w) > 4 and w not in ED_NOT_VERBS)
        for w, _, _, _ in claim.words
    )


def rule_against_event(left: Claim, right: Claim) -> bool:
    """One sentence states a general rule, the other a named agent's dated or past act."""
    for rule, event in ((left, right), (right, left)):
        if (
            general_rule(rule.text)
            and not rule.dates
            and not general_rule(event.text)
            and _event(event)
        ):
            return True
    return False


def mood_lookalike(left: Claim, right: Claim) -> str | None:
    """The note for a pair whose sentences differ in what they assert, else ``None``."""
    if question_against_statement(left, right):
        return "a question / a statement: nothing asserted on one side"
    if weak_fragment(left, right):
        return "a pronoun fragment with too little in common"
    if rule_against_event(left, right):
        return "a general rule / an event it governs"
    return None
